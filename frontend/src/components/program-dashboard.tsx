import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { Suspense, lazy } from 'react';

import type { Program } from '../features/programs/programs';
import { formatAmount, formatPart } from '../features/rollup/format';
import type { ProgramRollup } from '../features/rollup/rollup';
import { useProgramRollup } from '../features/rollup/use-rollups';
import { useHostResize } from '../lib/host-context';

import { FigureTiles, type Figure } from './figure-tiles';
import { ForecastPanel } from './forecast-panel';
import { LoadingState } from './loading-state';
import { PerProjectTable } from './per-project-table';
import { ProblemMessage } from './problem-message';
import { ProgramHeader } from './program-header';
import { HealthHeader } from './program-health';
import { RollupProgress } from './rollup-progress';
import { StatusBreakdown } from './status-breakdown';
import { Timestamp } from './timestamp';
import { WorkTable } from './work-table';

// Loaded on demand, below the fold: statically imported components land in the chunk that every
// entry loads, and only the program page draws charts or lists dependencies.
const BurnupSection = lazy(() =>
  import('./burnup-section').then((module) => ({ default: module.BurnupSection })),
);
const MetricsSection = lazy(() =>
  import('./metrics-section').then((module) => ({ default: module.MetricsSection })),
);
const MilestonesSection = lazy(() =>
  import('./milestones-section').then((module) => ({ default: module.MilestonesSection })),
);
const DependenciesSection = lazy(() =>
  import('./dependencies-section').then((module) => ({ default: module.DependenciesSection })),
);

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
      {rollup.health !== null && <HealthHeader health={rollup.health} />}
      <RollupProgress figures={rollup} measures={['byCount', 'byEstimate', 'byTime']} />
      {rollup.forecast !== null && <ForecastPanel forecast={rollup.forecast} />}
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

/**
 * One program: its header, health, forecast and rollup figures (polled), its burn-up and
 * cross-project dependencies, and its work with drill-down.
 */
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
      <Suspense fallback={<LoadingState label="Loading the metrics" />}>
        <MetricsSection programId={program.id} />
      </Suspense>
      <Suspense fallback={<LoadingState label="Loading the burn-up" />}>
        <BurnupSection programId={program.id} milestones={program.milestones} />
      </Suspense>
      <Suspense fallback={<LoadingState label="Loading the milestones" />}>
        <MilestonesSection milestones={program.milestones} />
      </Suspense>
      <Suspense fallback={<LoadingState label="Loading the dependencies" />}>
        <DependenciesSection
          programId={program.id}
          counts={state.status === 'ready' ? state.data.dependencies : null}
        />
      </Suspense>
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Work
        </Heading>
        <WorkTable programId={program.id} />
      </Stack>
    </Stack>
  );
}
