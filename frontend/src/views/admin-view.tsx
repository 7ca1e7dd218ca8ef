import { ConnectionStatus } from '../components/connection-status';
import { JiraSyncSection } from '../components/jira-sync-section';

/** Site administration for Keystone: the connection and the Jira sync behind the mirror. */
export function AdminView() {
  return (
    <>
      <ConnectionStatus />
      <JiraSyncSection />
    </>
  );
}
