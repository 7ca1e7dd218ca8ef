import Select from '@atlaskit/select';

import { FormField } from './form-field';

export interface ChoiceOption {
  label: string;
  value: string;
}

const ANY: ChoiceOption = { value: '', label: 'Any' };

/**
 * A filter bar's select: "Any" comes first and stands for the empty value, so a
 * filter left alone sends nothing.
 */
export function ChoiceField({ id, label, options, value, onChange }: {
  id: string;
  label: string;
  options: ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const all = [ANY, ...options];
  return (
    <FormField id={id} label={label}>
      {(ids) => (
        <Select<ChoiceOption>
          inputId={ids.id}
          options={all}
          value={all.find((option) => option.value === value) ?? ANY}
          onChange={(option) => {
            onChange(option?.value ?? '');
          }}
        />
      )}
    </FormField>
  );
}
