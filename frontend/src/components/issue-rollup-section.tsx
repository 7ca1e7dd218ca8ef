import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import { isNotMirroredYet } from '../features/mirror/use-issue-mirror';
import type { IssueRollup } from '../features/rollup/rollup';
import { useIssueRollup } from '../features/rollup/use-rollups';
import { useHostResize } from '../lib/host-context';

import { ProblemMessage } from './problem-message';
import { RollupProgress } from './rollup-progress';
import { StatusBreakdown } from './status-breakdown';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Inline space="space.100">
      <Text weight="semibold">{label}:</Text>
      <Text color={value > 0 ? 'color.text.danger' : 'color.text'} testId={`rollup-${label.toLowerCase()}`}>
        {value}
      </Text>
    </Inline>
  );
}

function Figures({ rollup }: { rollup: IssueRollup }) {
  return (
    <Stack space="space.150">
      <Heading size="xsmall" as="h2">
        Work below this issue
      </Heading>
      <Text color="color.text.subtle">
        {rollup.issues.total} {rollup.issues.total === 1 ? 'issue' : 'issues'} in any project
      </Text>
      <RollupProgress figures={rollup} measures={['byCount', 'byEstimate']} />
      <StatusBreakdown issues={rollup.issues} />
      <Inline space="space.300">
        <Count label="Overdue" value={rollup.overdue} />
        <Count label="Blocked" value={rollup.blocked} />
      </Inline>
    </Stack>
  );
}

/**
 * The rollup of the issue's descendants. Nothing at all while there is nothing below the issue
 * or Keystone has not read it yet: a leaf issue's panel should not grow an empty section.
 */
export function IssueRollupSection({ issueId }: { issueId: string }) {
  const { state } = useIssueRollup(issueId);
  const hasWork = state.status === 'ready' && state.data.issues.total > 0;
  const failed = state.status === 'error' && !isNotMirroredYet(state.error);
  useHostResize(hasWork ? state.data : failed ? 'error' : 'hidden');

  if (failed) return <ProblemMessage error={state.error} />;
  return hasWork ? <Figures rollup={state.data} /> : null;
}
