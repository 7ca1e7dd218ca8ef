import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';

/** Site administration for Keystone. */
export function AdminView() {
  return (
    <>
      <ConnectionStatus />
      <EmptyState
        header="No settings to change yet"
        description="Keystone's settings for this Jira site will appear here."
      />
    </>
  );
}
