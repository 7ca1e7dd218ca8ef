import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';

/** Risks across all programs. */
export function RiskRegisterView() {
  return (
    <>
      <ConnectionStatus />
      <EmptyState
        header="No risks recorded yet"
        description="Risks raised in your programs will be listed here with their owner, likelihood and impact."
      />
    </>
  );
}
