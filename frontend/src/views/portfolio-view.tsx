import { Stack, Text } from '@atlaskit/primitives/compiled';

import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';
import { LoadingState } from '../components/loading-state';
import { PortfolioTable } from '../components/portfolio-table';
import { ProblemMessage } from '../components/problem-message';
import { sortByHealth, summarizeHealth } from '../features/portfolio/portfolio';
import { usePortfolio } from '../features/portfolio/use-portfolio';
import { useHostResize } from '../lib/host-context';

function PortfolioOverview() {
  const { state } = usePortfolio();
  // The hook keeps the same object while polls return identical data.
  useHostResize(state.status === 'ready' ? state.data : state.status);

  if (state.status === 'loading') return <LoadingState label="Loading programs" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;

  const { programs, truncated } = state.data;
  if (programs.length === 0) {
    return (
      <EmptyState
        header="No programs yet"
        description="Create a program from a project's Program page."
      />
    );
  }
  return (
    <Stack space="space.200">
      <Text weight="semibold" testId="portfolio-summary">
        {summarizeHealth(programs)}
        {truncated && ` (the first ${programs.length} programs)`}
      </Text>
      <PortfolioTable programs={sortByHealth(programs)} />
      {state.refreshError !== undefined && (
        <Text size="small" color="color.text.subtlest">
          Keystone could not refresh the programs just now and will keep trying.
        </Text>
      )}
    </Stack>
  );
}

/** Site-wide list of programs, worst health first. */
export function PortfolioView() {
  return (
    <Stack space="space.300">
      <ConnectionStatus />
      <PortfolioOverview />
    </Stack>
  );
}
