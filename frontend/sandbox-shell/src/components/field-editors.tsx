import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';

/**
 * An inline text editor that commits on Enter or when focus leaves, and only when the text changed;
 * the parent remounts it (by key) with the saved value once the sandbox answers.
 */
export function TextEditor({
  label,
  initial,
  onCommit,
  type = 'text',
  placeholder,
  testId,
}: {
  label: string;
  initial: string;
  onCommit: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  placeholder?: string;
  testId: string;
}) {
  const [draft, setDraft] = useState(initial);
  // Enter then blur must not send the same change twice.
  const [sent, setSent] = useState(initial);
  const commit = () => {
    if (draft === sent) return;
    setSent(draft);
    onCommit(draft);
  };
  return (
    <Textfield
      aria-label={label}
      type={type}
      value={draft}
      placeholder={placeholder ?? 'None'}
      isCompact
      testId={testId}
      onChange={(e) => { setDraft(e.currentTarget.value); }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(initial);
      }}
    />
  );
}

export interface Option {
  label: string;
  value: string;
}

/** A select that commits on choice; `clearable` sends null-to-clear via the empty string. */
export function ChoiceEditor({
  label,
  options,
  value,
  onCommit,
  clearable = false,
  testId,
}: {
  label: string;
  options: Option[];
  value: string | null;
  onCommit: (value: string) => void;
  clearable?: boolean;
  testId: string;
}) {
  return (
    <Select<Option>
      label={label}
      inputId={testId}
      classNamePrefix={testId}
      spacing="compact"
      options={options}
      isClearable={clearable}
      placeholder="None"
      value={options.find((o) => o.value === value) ?? null}
      onChange={(o) => { onCommit(o?.value ?? ''); }}
    />
  );
}
