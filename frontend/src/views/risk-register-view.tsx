import { Stack } from '@atlaskit/primitives/compiled';
import { Suspense, lazy } from 'react';

import { ConnectionStatus } from '../components/connection-status';
import { LoadingState } from '../components/loading-state';

// Loaded on demand: the register's Select, Textfield and table code stays out of the chunk
// every entry shares (see program-page-view).
const RiskRegister = lazy(() =>
  import('../components/risk-register').then((module) => ({ default: module.RiskRegister })),
);

/** Risks across all programs and projects: heat map, trend, the filtered register, import/export. */
export function RiskRegisterView() {
  return (
    <Stack space="space.300">
      <ConnectionStatus />
      <Suspense fallback={<LoadingState label="Loading the risk register" />}>
        <RiskRegister />
      </Suspense>
    </Stack>
  );
}
