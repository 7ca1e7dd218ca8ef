import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';

import { shellApi } from '../api';
import type { EditableField } from '../issue-edit';
import { buildPatch } from '../issue-edit';
import { useShell } from '../shell-context';
import { StatusLozenge } from '../status-lozenge';
import type { Issue, SiteIssue } from '../types';
import { useLoad } from '../use-load';

import { ConnectFrame } from './connect-frame';
import { IssueDetails } from './issue-details';
import { IssueLinks } from './issue-links';
import { Panel } from './panel';

/** Until the sandbox's issue API answers, the site listing still gives a read-mostly view. */
function fromSiteRow(row: SiteIssue): Issue {
  return {
    ...row, typeId: null, hierarchyLevel: null, statusId: null, statusCategory: row.statusCategory ?? null,
    assignee: null, storyPoints: null, originalEstimate: null, remainingEstimate: null, timeSpent: null,
    startDate: null, dueDate: null, labels: [], flagged: false, updated: null, blocks: [], blockedBy: [], children: [],
  };
}

const layout = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 360px', gap: token('space.400') } as const;

/** Jira's issue view: summary, Keystone's issue panel, and the details column the user edits. */
export function IssuePage({ issueKey }: { issueKey: string }) {
  const { site, user, flag, reloadSite, issueChanged } = useShell();
  const loaded = useLoad(() => shellApi.issue(issueKey), issueKey);
  const [saved, setSaved] = useState<Issue | null>(null);
  // Bumped when the sandbox refuses an edit, so the editors drop the draft and show the stored value.
  const [revision, setRevision] = useState(0);
  const row = site.issues.find((i) => i.key === issueKey);
  const fresh = saved?.key === issueKey ? saved : null;
  const issue = fresh ?? loaded.data ?? (row ? fromSiteRow(row) : null);

  if (!issue) {
    return loaded.error ? <SectionMessage appearance="error" title={`Issue ${issueKey}`}>{loaded.error.message}</SectionMessage> : null;
  }

  const fail = (e: unknown) => {
    setRevision((r) => r + 1);
    flag({ title: 'The sandbox refused the change', body: e instanceof Error ? e.message : String(e), type: 'error' });
  };
  const afterChange = (next: Issue | null) => {
    if (next) setSaved(next); else loaded.reload();
    reloadSite();
    issueChanged(issueKey);
  };
  const save = (field: EditableField, input: string | boolean) => {
    try {
      const patch = buildPatch(user, issue, field, input);
      if (patch) shellApi.patchIssue(issueKey, patch).then(afterChange, fail);
    } catch (e) {
      fail(e);
    }
  };
  const addLink = (direction: 'blocks' | 'blockedBy', other: string) => {
    const [blocker, blocked] = direction === 'blocks' ? [issueKey, other] : [other, issueKey];
    shellApi.addLink(blocker, blocked, user).then(() => { setSaved(null); afterChange(null); }, fail);
  };
  const removeLink = (linkId: string) => {
    shellApi.removeLink(linkId).then(() => { setSaved(null); afterChange(null); }, fail);
  };
  const remove = () => {
    if (!window.confirm(`Delete ${issueKey}? Keystone gets an issue_deleted webhook.`)) return;
    shellApi.deleteIssue(issueKey, user).then(() => {
      reloadSite();
      window.location.hash = `#/project/${issue.projectKey}/issues`;
    }, fail);
  };
  const project = site.projects.find((p) => p.key === issue.projectKey);

  return (
    <div style={layout}>
      <Stack space="space.200">
        <Text color="color.text.subtlest">
          <a href={`#/project/${issue.projectKey}/issues`}>{project?.name ?? issue.projectKey}</a>
          {issue.parentKey && <> / <a href={`#/issue/${issue.parentKey}`}>{issue.parentKey}</a></>} / {issue.key}
        </Text>
        <Heading size="large" testId="issue-summary">{issue.summary}</Heading>
        <ConnectFrame module="issue-panel" context={{
          'issue.id': issue.id, 'issue.key': issue.key, 'project.id': issue.projectId, 'project.key': issue.projectKey,
        }} />
        {issue.children.length > 0 && (
          <Stack space="space.100">
            <Heading size="xsmall">Child issues</Heading>
            {issue.children.map((c) => (
              <Inline key={c.key} space="space.100" alignBlock="center">
                <a href={`#/issue/${c.key}`}>{c.key}</a><Text>{c.summary}</Text><StatusLozenge name={c.status} />
              </Inline>
            ))}
          </Stack>
        )}
      </Stack>
      <Panel>
        <Stack space="space.300">
          {loaded.error && (
            <SectionMessage appearance="warning" title="Issue API unavailable">
              Showing the site listing; edits need /sandbox/api/issues ({loaded.error.message}).
            </SectionMessage>
          )}
          <Text size="small" color="color.text.subtlest">{issue.type} · acting as {site.users.find((u) => u.accountId === user)?.displayName ?? user}</Text>
          <IssueDetails issue={issue} save={save} revision={revision} />
          <IssueLinks issue={issue} addLink={addLink} removeLink={removeLink} />
          <Box><Button appearance="subtle" onClick={remove}>Delete issue</Button></Box>
        </Stack>
      </Panel>
    </div>
  );
}
