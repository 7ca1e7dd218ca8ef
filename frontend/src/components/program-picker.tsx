import { Stack } from '@atlaskit/primitives/compiled';
import Select from '@atlaskit/select';

import type { Program } from '../features/programs/programs';

export interface ProgramPickerProps {
  programs: readonly Program[];
  selectedId: string;
  onSelect: (programId: string) => void;
}

const INPUT_ID = 'keystone-program-picker';

/** Chooses which of the project's programs the page shows. */
export function ProgramPicker({ programs, selectedId, onSelect }: ProgramPickerProps) {
  const options = programs.map((program) => ({ label: program.name, value: program.id }));
  return (
    <Stack space="space.050">
      <label htmlFor={INPUT_ID}>Program</label>
      <div style={{ maxWidth: '24rem' }}>
        <Select
          inputId={INPUT_ID}
          options={options}
          value={options.find((option) => option.value === selectedId) ?? null}
          onChange={(option) => {
            if (option !== null) onSelect(option.value);
          }}
        />
      </div>
    </Stack>
  );
}
