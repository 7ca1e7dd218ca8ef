import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { HistoryEntry } from '../features/risks/risk-analytics';

import { Timestamp } from './timestamp';

const FIELD_LABELS: Record<string, string> = {
  residualProbability: 'residual probability',
  residualImpact: 'residual impact',
  ownerAccountId: 'owner',
  reviewDate: 'review date',
  dueDate: 'due date',
  programIds: 'programs',
  projectKeys: 'projects',
  issueIds: 'issues',
  roam: 'ROAM',
};

/** Lists come as "a, b"; each part is shown by its label (user name, issue key) when known. */
const show = (value: string | null, names: ReadonlyMap<string, string>) =>
  value === null || value === ''
    ? '(none)'
    : value
        .split(', ')
        .map((part) => names.get(part) ?? part)
        .join(', ');

/** Every recorded change, newest first: who, when, which field, from what to what. */
/** `names`: account ids and issue ids to the names and keys to show for them. */
export function RiskHistoryList({ entries, names }: { entries: readonly HistoryEntry[]; names: ReadonlyMap<string, string> }) {
  if (entries.length === 0) return <Text color="color.text.subtle">No changes recorded yet.</Text>;
  const newestFirst = [...entries].reverse();
  return (
    <ol aria-label="Risk history" data-testid="risk-history" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {newestFirst.map((entry, index) => {
        const field = FIELD_LABELS[entry.field] ?? entry.field;
        const who = entry.accountId === null ? 'Keystone' : (names.get(entry.accountId) ?? entry.accountId);
        return (
          <li key={`${entry.at}-${entry.field}-${index}`} data-field={entry.field}>
            <Stack space="space.025">
              <Text>
                {entry.field === 'deleted' ? (
                  <>Deleted</>
                ) : (
                  <>
                    <Text weight="semibold">{field}</Text>: {show(entry.from, names)} → {show(entry.to, names)}
                  </>
                )}
              </Text>
              <Text size="small" color="color.text.subtlest">
                {who}, <Timestamp value={entry.at} />
              </Text>
            </Stack>
          </li>
        );
      })}
    </ol>
  );
}
