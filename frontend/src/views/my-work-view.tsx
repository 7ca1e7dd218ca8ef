import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';

/** What the current user is responsible for across programs. */
export function MyWorkView() {
  return (
    <>
      <ConnectionStatus />
      <EmptyState
        header="Nothing assigned to you yet"
        description="Programs, milestones and risks you are responsible for will be listed here."
      />
    </>
  );
}
