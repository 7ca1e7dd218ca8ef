import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

export interface FieldIds {
  id: string;
  /** For `aria-describedby`: the hint and the messages, when there are any. */
  describedBy: string | undefined;
  invalid: boolean;
}

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[] | undefined;
  children: (ids: FieldIds) => ReactNode;
}

/** A label, the input (rendered by `children` with the ids to wire up), its hint and its messages. */
export function FormField({ id, label, hint, errors = [], children }: FormFieldProps) {
  const describedBy = [hint === undefined ? null : `${id}-hint`, errors.length > 0 ? `${id}-error` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <Stack space="space.050">
      <label htmlFor={id}>
        <Text weight="semibold">{label}</Text>
      </label>
      {children({ id, describedBy: describedBy === '' ? undefined : describedBy, invalid: errors.length > 0 })}
      {hint !== undefined && (
        <Text id={`${id}-hint`} size="small" color="color.text.subtlest">
          {hint}
        </Text>
      )}
      {errors.length > 0 && (
        <Text id={`${id}-error`} size="small" color="color.text.danger" testId={`${id}-error`}>
          {errors.join(' ')}
        </Text>
      )}
    </Stack>
  );
}

export interface TextAreaProps {
  ids: FieldIds;
  value: string;
  rows?: number;
  onChange: (value: string) => void;
}

/** A plain textarea in Atlaskit's field colours (no Atlaskit textarea package is installed). */
export function TextArea({ ids, value, rows = 3, onChange }: TextAreaProps) {
  return (
    <textarea
      id={ids.id}
      value={value}
      rows={rows}
      aria-invalid={ids.invalid}
      aria-describedby={ids.describedBy}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
      style={{
        font: 'inherit',
        padding: token('space.075', '6px'),
        color: token('color.text', 'black'),
        background: token('color.background.input', 'white'),
        border: `${token('border.width', '1px')} solid ${
          ids.invalid ? token('color.border.danger', 'red') : token('color.border.input', 'gray')
        }`,
        borderRadius: token('radius.small', '3px'),
        resize: 'vertical',
      }}
    />
  );
}
