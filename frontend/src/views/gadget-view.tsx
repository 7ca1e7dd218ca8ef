import { ConnectionStatus } from '../components/connection-status';
import { ContextDetails } from '../components/context-details';
import { EmptyState } from '../components/empty-state';
import { readQueryParams } from '../lib/query-params';

const PARAMS = ['dashboardId', 'dashboardItemId', 'view'] as const;

/** Dashboard gadget: one program's health at a glance. */
export function GadgetView() {
  const { dashboardId, dashboardItemId, view } = readQueryParams(PARAMS);
  return (
    <>
      <ContextDetails
        details={[
          { label: 'Dashboard', value: dashboardId },
          { label: 'Gadget', value: dashboardItemId },
          { label: 'View', value: view },
        ]}
      />
      <ConnectionStatus />
      <EmptyState
        header="No program selected"
        description="Once this gadget is set up with a program, its health will appear here."
      />
    </>
  );
}
