import { ConnectionStatus } from '../components/connection-status';
import { ContextDetails } from '../components/context-details';
import { EmptyState } from '../components/empty-state';
import { readQueryParams } from '../lib/query-params';

const PARAMS = ['projectKey', 'projectId'] as const;

/** Project page: the program this project belongs to. */
export function ProgramPageView() {
  const { projectKey, projectId } = readQueryParams(PARAMS);
  return (
    <>
      <ContextDetails
        details={[
          { label: 'Project', value: projectKey },
          { label: 'Project ID', value: projectId },
        ]}
      />
      <ConnectionStatus />
      <EmptyState
        header="No program includes this project yet"
        description="Once this project is added to a Keystone program, the program's milestones, status and risks will appear here."
      />
    </>
  );
}
