import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';

/** Site-wide list of programs. */
export function PortfolioView() {
  return (
    <>
      <ConnectionStatus />
      <EmptyState
        header="No programs yet"
        description="Programs on this site will be listed here with their status and health."
      />
    </>
  );
}
