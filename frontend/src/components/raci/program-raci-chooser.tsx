import { Stack } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { useAllPrograms } from '../../features/raci/use-all-programs';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';
import { ProgramPicker } from '../program-picker';

import { ProgramRaciSection } from './program-raci-section';

/** Any program's RACI matrix and gaps, chosen from every program of the site. */
export function ProgramRaciChooser() {
  const { state } = useAllPrograms();
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (state.status === 'loading') return <LoadingState label="Loading programs" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  const programs = state.data;
  const chosen = programs.find((program) => program.id === chosenId) ?? programs[0];
  if (chosen === undefined) return null;
  return (
    <Stack space="space.200">
      <ProgramPicker programs={programs} selectedId={chosen.id} onSelect={setChosenId} />
      <ProgramRaciSection key={chosen.id} programId={chosen.id} programName={chosen.name} />
    </Stack>
  );
}
