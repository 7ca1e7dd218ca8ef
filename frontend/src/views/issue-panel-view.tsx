import { ConnectionStatus } from '../components/connection-status';
import { ContextDetails } from '../components/context-details';
import { EmptyState } from '../components/empty-state';
import { readQueryParams } from '../lib/query-params';

const PARAMS = ['issueKey', 'issueId', 'projectKey'] as const;

/** Issue view panel: the issue's place in a program. */
export function IssuePanelView() {
  const { issueKey, issueId, projectKey } = readQueryParams(PARAMS);
  return (
    <>
      <ContextDetails
        details={[
          { label: 'Issue', value: issueKey },
          { label: 'Issue ID', value: issueId },
          { label: 'Project', value: projectKey },
        ]}
      />
      <ConnectionStatus />
      <EmptyState
        header="This issue is not part of a program yet"
        description="When a Keystone program tracks this issue, its milestone, owner and risks will appear here."
      />
    </>
  );
}
