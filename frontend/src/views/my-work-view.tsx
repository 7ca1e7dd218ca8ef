import { Stack } from '@atlaskit/primitives/compiled';
import { Suspense, lazy } from 'react';

import { ConnectionStatus } from '../components/connection-status';
import { LoadingState } from '../components/loading-state';

// Loaded on demand: avatars, lozenges and the pickers stay out of the chunk every entry loads.
const MyResponsibilities = lazy(() =>
  import('../components/raci/my-responsibilities').then((module) => ({
    default: module.MyResponsibilities,
  })),
);
const ProgramRaciChooser = lazy(() =>
  import('../components/raci/program-raci-chooser').then((module) => ({
    default: module.ProgramRaciChooser,
  })),
);

/** What the current user is responsible for across programs, and any program's RACI matrix. */
export function MyWorkView() {
  return (
    <Stack space="space.400">
      <ConnectionStatus />
      <Suspense fallback={<LoadingState label="Loading your responsibilities" />}>
        <MyResponsibilities />
      </Suspense>
      <Suspense fallback={<LoadingState label="Loading the programs" />}>
        <ProgramRaciChooser />
      </Suspense>
    </Stack>
  );
}
