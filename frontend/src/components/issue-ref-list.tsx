import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { IssueRef } from '../features/mirror/issue-mirror';

import { StatusLozenge } from './status-lozenge';

export interface IssueRefListProps {
  /** e.g. "Blocked by"; also names the list for screen readers. */
  label: string;
  issues: readonly IssueRef[];
}

/** Linked issues as "KEY-1 [Status] summary" lines. */
export function IssueRefList({ label, issues }: IssueRefListProps) {
  return (
    <Stack space="space.050">
      <Text weight="semibold">{label}</Text>
      <ul aria-label={label} style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
        {issues.map((issue) => (
          <li key={issue.id}>
            <Inline space="space.100" alignBlock="center">
              <Text weight="medium">{issue.key}</Text>
              <StatusLozenge status={issue.status} category={issue.statusCategory} />
              <Text color="color.text.subtle" maxLines={1}>
                {issue.summary}
              </Text>
            </Inline>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
