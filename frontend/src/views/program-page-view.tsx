import { Stack } from '@atlaskit/primitives/compiled';
import { Suspense, lazy, useCallback } from 'react';

import { ConnectionStatus } from '../components/connection-status';
import { EmptyState } from '../components/empty-state';
import { LoadingState } from '../components/loading-state';
import { ProblemMessage } from '../components/problem-message';
import { ProgramDashboard } from '../components/program-dashboard';
import type { Program } from '../features/programs/programs';
import { useRememberedProgram } from '../features/programs/selected-program';
import { useProjectPrograms } from '../features/programs/use-project-programs';
import { useHost, useHostResize } from '../lib/host-context';
import { readQueryParams } from '../lib/query-params';

const PARAMS = ['projectKey'] as const;

// Loaded on demand: Select and Textfield bring react-select and emotion (about 36 kB gzipped),
// and every statically imported Atlaskit module lands in the chunk that all entries load.
const ProgramCreateForm = lazy(() =>
  import('../components/program-create-form').then((module) => ({
    default: module.ProgramCreateForm,
  })),
);
const ProgramRaciSection = lazy(() =>
  import('../components/raci/program-raci-section').then((module) => ({
    default: module.ProgramRaciSection,
  })),
);
const ProgramPicker = lazy(() =>
  import('../components/program-picker').then((module) => ({ default: module.ProgramPicker })),
);

function ProjectPrograms({ projectKey }: { projectKey: string }) {
  const host = useHost();
  const { state, refresh } = useProjectPrograms(projectKey);
  const [rememberedId, remember] = useRememberedProgram(projectKey);
  useHostResize(state.status === 'ready' ? state.data : state.status);

  const onCreated = useCallback(
    (program: Program) => {
      host.flag({ title: `Program "${program.name}" created`, type: 'success' });
      remember(program.id);
      refresh();
    },
    [host, remember, refresh],
  );

  if (state.status === 'loading') return <LoadingState label="Loading programs" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;

  const programs = state.data;
  if (programs.length === 0) {
    return (
      <Stack space="space.300">
        <EmptyState
          header={`No program includes ${projectKey} yet`}
          description="Create one to roll up progress, estimates, dates and blockers across every project it spans."
        />
        <Suspense fallback={<LoadingState label="Loading the form" />}>
          <ProgramCreateForm projectKey={projectKey} onCreated={onCreated} />
        </Suspense>
      </Stack>
    );
  }
  // A remembered program that no longer includes this project falls back to the first.
  const selected = programs.find((program) => program.id === rememberedId) ?? programs[0];
  return (
    <Stack space="space.300">
      {programs.length > 1 && selected !== undefined && (
        <Suspense fallback={null}>
          <ProgramPicker programs={programs} selectedId={selected.id} onSelect={remember} />
        </Suspense>
      )}
      {selected !== undefined && <ProgramDashboard key={selected.id} program={selected} />}
      {selected !== undefined && (
        <Suspense fallback={<LoadingState label="Loading the RACI" />}>
          <ProgramRaciSection
            key={selected.id}
            programId={selected.id}
            programName={selected.name}
            reportsOnRequest
          />
        </Suspense>
      )}
    </Stack>
  );
}

/** Project page: the programs this project belongs to, their rollups and their work. */
export function ProgramPageView() {
  const { projectKey } = readQueryParams(PARAMS);
  return (
    <Stack space="space.300">
      <ConnectionStatus />
      {projectKey === null ? (
        <EmptyState
          header="No project to show"
          description="Jira did not say which project this page belongs to; reload the page to try again."
        />
      ) : (
        <ProjectPrograms projectKey={projectKey} />
      )}
    </Stack>
  );
}
