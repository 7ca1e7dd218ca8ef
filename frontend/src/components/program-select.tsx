import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useId } from 'react';

export interface ProgramSelectProps {
  programs: readonly { id: string; name: string }[];
  onSelect: (programId: string) => void;
}

/**
 * A native select: small enough for a dashboard gadget, where Atlaskit's Select would bring
 * react-select and emotion (about 36 kB gzipped) for a one-off choice.
 */
export function ProgramSelect({ programs, onSelect }: ProgramSelectProps) {
  const id = useId();
  return (
    <Stack space="space.050">
      <label htmlFor={id}>Program</label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onSelect(event.target.value);
        }}
        style={{
          maxWidth: '100%',
          padding: token('space.075', '6px'),
          borderRadius: token('radius.small', '3px'),
          border: `1px solid ${token('color.border.input', 'gray')}`,
          backgroundColor: token('color.background.input', 'white'),
          color: token('color.text', 'black'),
          font: 'inherit',
        }}
      >
        <option value="" disabled>
          Choose a program…
        </option>
        {programs.map((program) => (
          <option key={program.id} value={program.id}>
            {program.name}
          </option>
        ))}
      </select>
    </Stack>
  );
}
