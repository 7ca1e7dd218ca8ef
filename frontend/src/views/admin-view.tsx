import { Stack } from '@atlaskit/primitives/compiled';
import { Suspense, lazy } from 'react';

import { ConnectionStatus } from '../components/connection-status';
import { JiraSyncSection } from '../components/jira-sync-section';
import { LoadingState } from '../components/loading-state';

// Loaded on demand: Textfield is not in the chunk every entry shares (see program-page-view).
const JiraFieldsSection = lazy(() =>
  import('../components/jira-fields-section').then((module) => ({
    default: module.JiraFieldsSection,
  })),
);

const RiskMatrixSection = lazy(() =>
  import('../components/risk-matrix-section').then((module) => ({ default: module.RiskMatrixSection })),
);

const AutomationSection = lazy(() =>
  import('../components/automation-section').then((module) => ({ default: module.AutomationSection })),
);

/**
 * Site administration for Keystone: the connection, the Jira sync, the Jira fields it reads, the risk matrix,
 * and the automation rules.
 */
export function AdminView() {
  return (
    <>
      <ConnectionStatus />
      <Stack space="space.500">
        <JiraSyncSection />
        <Suspense fallback={<LoadingState label="Loading the Jira field settings" />}>
          <JiraFieldsSection />
        </Suspense>
        <Suspense fallback={<LoadingState label="Loading the risk matrix" />}>
          <RiskMatrixSection />
        </Suspense>
        <Suspense fallback={<LoadingState label="Loading the automation settings" />}>
          <AutomationSection />
        </Suspense>
      </Stack>
    </>
  );
}
