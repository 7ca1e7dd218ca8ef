import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import { EmptyState } from '../components/empty-state';
import { ForecastVsTarget } from '../components/forecast-vs-target';
import { LoadingState } from '../components/loading-state';
import { ProblemMessage } from '../components/problem-message';
import { HealthHeader } from '../components/program-health';
import { ProgramSelect } from '../components/program-select';
import { ProgressBar } from '../components/progress-bar';
import { sortByName, type PortfolioProgram } from '../features/portfolio/portfolio';
import { usePortfolio } from '../features/portfolio/use-portfolio';
import { gadgetKeyOf, useRememberedChoice } from '../features/programs/selected-program';
import { formatPercent } from '../features/rollup/format';
import { useHostResize } from '../lib/host-context';
import { readQueryParams } from '../lib/query-params';

/**
 * `programId` is the gadget's configured program when its URL carries one; `dashboardItemId`
 * keys the choice made in the gadget itself otherwise.
 */
const PARAMS = ['dashboardItemId', 'programId'] as const;

function ProgramCard({ program }: { program: PortfolioProgram }) {
  return (
    <Stack space="space.150">
      <Heading size="xsmall" as="h2">
        {program.name}
      </Heading>
      <HealthHeader
        compact
        health={{ status: program.health, overridden: program.overridden, reasons: program.reasons }}
      />
      <Stack space="space.050">
        <Inline spread="space-between">
          <Text size="small">Done by issue count</Text>
          <Text size="small" weight="semibold" testId="gadget-percent-done">
            {formatPercent(program.percentDone)}
          </Text>
        </Inline>
        <ProgressBar
          label="Done by issue count"
          value={program.percentDone ?? 0}
          max={100}
          appearance={program.percentDone === 100 ? 'success' : 'brand'}
        />
      </Stack>
      <ForecastVsTarget
        targetDate={program.targetDate}
        forecastP85={program.forecastP85}
        testId="gadget-forecast"
      />
    </Stack>
  );
}

function ProgramGadget({
  configuredId,
  dashboardItemId,
}: {
  configuredId: string | null;
  dashboardItemId: string | null;
}) {
  const { state } = usePortfolio();
  const [rememberedId, remember] = useRememberedChoice(gadgetKeyOf(dashboardItemId));
  const chosenId = configuredId ?? rememberedId;
  // The hook keeps the same object while polls return identical data.
  useHostResize(state.status === 'ready' ? state.data : state.status);
  useHostResize(chosenId);

  if (state.status === 'loading') return <LoadingState label="Loading programs" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;

  const { programs } = state.data;
  const program = programs.find((candidate) => candidate.id === chosenId);
  if (program !== undefined) {
    return (
      <Stack space="space.150">
        <ProgramCard program={program} />
        {configuredId === null && (
          <Inline>
            <Button
              appearance="subtle"
              spacing="compact"
              onClick={() => {
                remember(null);
              }}
            >
              Choose another program
            </Button>
          </Inline>
        )}
      </Stack>
    );
  }
  if (configuredId !== null) {
    return (
      <Text testId="gadget-missing-program">
        The program this gadget was set up with no longer exists or is not visible to Keystone.
      </Text>
    );
  }
  if (programs.length === 0) {
    return (
      <EmptyState header="No programs yet" description="Create a program from a project's Program page." />
    );
  }
  // Nothing chosen yet, or the remembered program was deleted since.
  return <ProgramSelect programs={sortByName(programs)} onSelect={remember} />;
}

/** Dashboard gadget: one program's health at a glance. */
export function GadgetView() {
  const { dashboardItemId, programId } = readQueryParams(PARAMS);
  return <ProgramGadget configuredId={programId} dashboardItemId={dashboardItemId} />;
}
