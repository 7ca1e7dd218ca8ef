import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { Program } from '../features/programs/programs';
import { formatAmount, formatPart } from '../features/rollup/format';
import type { ProgramRollup } from '../features/rollup/rollup';
import { useProgramRollup } from '../features/rollup/use-rollups';
import { useHostResize } from '../lib/host-context';

import { FigureTiles, type Figure } from './figure-tiles';
import { LoadingState } from './loading-state';
import { PerProjectTable } from './per-project-table';
import { ProblemMessage } from './problem-message';
import { ProgramHeader } from './program-header';
import { RollupProgress } from './rollup-progress';
import { StatusBreakdown } from './status-breakdown';
import { Timestamp } from './timestamp';
import { WorkTable } from './work-table';

function figures(rollup: ProgramRollup): Figure[] {
  const attention = (count: number) => (count > 0 ? 'danger' : 'neutral');
  return [
    { label: 'Issues', value: formatAmount(rollup.issues.total) },
    { label: 'Done', value: formatAmount(rollup.issues.done) },
    { label: 'Overdue', value: formatAmount(rollup.overdue), tone: attention(rollup.overdue) },
    { label: 'Blocked', value: formatAmount(rollup.blocked), tone: attention(rollup.blocked) },
    { label: 'Unestimated', value: formatAmount(rollup.estimate.unestimatedIssues) },
    { label: 'Story points done', value: formatPart(rollup.estimate.done, rollup.estimate.total) },
    { label: 'Latest due date', value: rollup.dates.latestDue ?? 'none' },
  ];
}

function RollupFigures({ rollup, stale }: { rollup: ProgramRollup; stale: boolean }) {
  return (
    <Stack space="space.300">
      <RollupProgress figures={rollup} measures={['byCount', 'byEstimate', 'byTime']} />
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Status
        </Heading>
        <StatusBreakdown issues={rollup.issues} />
      </Stack>
      <FigureTiles figures={figures(rollup)} />
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Projects
        </Heading>
        <PerProjectTable projects={rollup.perProject} />
      </Stack>
      <Text size="small" color="color.text.subtlest">
        Figures as of <Timestamp value={rollup.asOf} />
        {stale && '. Keystone could not refresh them just now and will keep trying.'}
      </Text>
    </Stack>
  );
}

/** One program: its header, rollup figures (polled), and its work with drill-down. */
export function ProgramDashboard({ program }: { program: Program }) {
  const { state } = useProgramRollup(program.id);
  // The hook keeps the same object while polls return identical figures.
  useHostResize(state.status === 'ready' ? state.data : state.status);

  return (
    <Stack space="space.400">
      <ProgramHeader program={program} />
      {state.status === 'loading' && <LoadingState label="Loading the program's figures" />}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {state.status === 'ready' && (
        <RollupFigures rollup={state.data} stale={state.refreshError !== undefined} />
      )}
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Work
        </Heading>
        <WorkTable programId={program.id} />
      </Stack>
    </Stack>
  );
}
