import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { IssueMirror } from '../features/mirror/issue-mirror';

import { IssueRefList } from './issue-ref-list';
import { ProgressBar } from './progress-bar';
import { StatusLozenge } from './status-lozenge';
import { Timestamp } from './timestamp';

export interface IssueMirrorCardProps {
  mirror: IssueMirror;
  /** True when the latest poll failed and this is the last copy that loaded. */
  stale?: boolean;
}

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <Inline space="space.100">
      <Text weight="semibold">{label}:</Text>
      <Text color={value === null ? 'color.text.subtlest' : 'color.text'}>{value ?? 'none'}</Text>
    </Inline>
  );
}

function ChildrenProgress({ issues }: { issues: IssueMirror['children'] }) {
  if (issues.length === 0) {
    return <Fact label="Children" value={null} />;
  }
  const done = issues.filter((child) => child.statusCategory === 'done').length;
  return (
    <Stack space="space.050">
      <Text>
        {done} of {issues.length} children done
      </Text>
      <ProgressBar
        label="Children done"
        value={done}
        max={issues.length}
        appearance={done === issues.length ? 'success' : 'brand'}
        width="12rem"
      />
    </Stack>
  );
}

/** What Keystone's mirror holds for the issue, and how fresh that copy is. */
export function IssueMirrorCard({ mirror, stale = false }: IssueMirrorCardProps) {
  const parent =
    mirror.parent === null ? null : `${mirror.parent.key} ${mirror.parent.summary}`.trim();
  return (
    <Stack space="space.150">
      <Heading size="xsmall" as="h2">
        Keystone mirror
      </Heading>
      <Inline space="space.100" alignBlock="center">
        <StatusLozenge
          status={mirror.status}
          category={mirror.statusCategory}
          testId="mirror-status"
        />
        {mirror.flagged && <Lozenge appearance="removed">Flagged</Lozenge>}
        {mirror.issueType !== null && <Text color="color.text.subtle">{mirror.issueType}</Text>}
      </Inline>
      <Stack space="space.050">
        <Fact
          label="Story points"
          value={mirror.storyPoints === null ? null : String(mirror.storyPoints)}
        />
        <Fact label="Due date" value={mirror.dueDate} />
        <Fact label="Parent" value={parent} />
      </Stack>
      <ChildrenProgress issues={mirror.children} />
      {mirror.blockedBy.length > 0 && <IssueRefList label="Blocked by" issues={mirror.blockedBy} />}
      {mirror.blocks.length > 0 && <IssueRefList label="Blocks" issues={mirror.blocks} />}
      <Text as="p" size="small" color="color.text.subtlest">
        Mirrored <Timestamp value={mirror.mirroredAt} /> from Jira&apos;s update at{' '}
        <Timestamp value={mirror.jiraUpdated} />
        {stale && '. Keystone could not refresh it just now and will keep trying.'}
      </Text>
    </Stack>
  );
}
