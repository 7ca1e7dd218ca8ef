import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';

import type { Issue, LinkedIssue } from '../types';

type Direction = 'blocks' | 'blockedBy';

const directions: { label: string; value: Direction }[] = [
  { label: 'blocks', value: 'blocks' },
  { label: 'is blocked by', value: 'blockedBy' },
];

function LinkRow({ link, onRemove }: { link: LinkedIssue; onRemove: () => void }) {
  return (
    <Inline space="space.100" alignBlock="center" testId={`link-${link.key}`}>
      <a href={`#/issue/${link.key}`}>{link.key}</a>
      <Text>{link.summary}</Text>
      <Button appearance="subtle" spacing="compact" onClick={onRemove}>Remove</Button>
    </Inline>
  );
}

/** The "Blocks / is blocked by" section: Keystone follows these links for its dependency risks. */
export function IssueLinks({
  issue,
  addLink,
  removeLink,
}: {
  issue: Issue;
  addLink: (direction: Direction, otherKey: string) => void;
  removeLink: (linkId: string) => void;
}) {
  const [direction, setDirection] = useState<Direction>('blocks');
  const [other, setOther] = useState('');
  return (
    <Stack space="space.100" testId="issue-links">
      <Heading size="xsmall">Linked issues</Heading>
      {issue.blocks.length > 0 && <Text weight="bold">blocks</Text>}
      {issue.blocks.map((l) => <LinkRow key={l.linkId} link={l} onRemove={() => { removeLink(l.linkId); }} />)}
      {issue.blockedBy.length > 0 && <Text weight="bold">is blocked by</Text>}
      {issue.blockedBy.map((l) => <LinkRow key={l.linkId} link={l} onRemove={() => { removeLink(l.linkId); }} />)}
      <Inline space="space.100" alignBlock="center">
        <div style={{ width: '150px', flexShrink: 0 }}>
        <Select<{ label: string; value: Direction }>
          label="Link type"
          spacing="compact"
          options={directions}
          value={directions.find((d) => d.value === direction) ?? null}
          onChange={(o) => { if (o) setDirection(o.value); }}
        />
        </div>
        <Textfield aria-label="Linked issue key" placeholder="Issue key" isCompact value={other}
          testId="link-key" onChange={(e) => { setOther(e.currentTarget.value); }} />
        <Button spacing="compact" testId="link-add" isDisabled={other.trim() === ''}
          onClick={() => { addLink(direction, other.trim().toUpperCase()); setOther(''); }}>
          Link
        </Button>
      </Inline>
    </Stack>
  );
}
