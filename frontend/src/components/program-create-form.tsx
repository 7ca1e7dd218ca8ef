import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent } from 'react';

import {
  useCreateProgram,
  type DraftField,
  type ProgramDraft,
} from '../features/programs/create-program';
import type { Program } from '../features/programs/programs';

import { ProblemMessage } from './problem-message';

export interface ProgramCreateFormProps {
  projectKey: string;
  onCreated: (program: Program) => void;
}

interface FieldProps {
  field: DraftField;
  label: string;
  hint?: string;
  value: string;
  type?: 'text' | 'date';
  errors: readonly string[] | undefined;
  onChange: (value: string) => void;
}

const inputId = (field: DraftField) => `keystone-new-program-${field}`;

/** A labelled text field with its hint and the server's messages about it right below. */
function Field({ field, label, hint, value, type = 'text', errors = [], onChange }: FieldProps) {
  const id = inputId(field);
  const described = [hint === undefined ? null : `${id}-hint`, errors.length > 0 ? `${id}-error` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <Stack space="space.050">
      <label htmlFor={id}>
        <Text weight="semibold">{label}</Text>
      </label>
      <Textfield
        id={id}
        type={type}
        value={value}
        isInvalid={errors.length > 0}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
      {hint !== undefined && (
        <Text id={`${id}-hint`} size="small" color="color.text.subtlest">
          {hint}
        </Text>
      )}
      {errors.length > 0 && (
        <Text id={`${id}-error`} size="small" color="color.text.danger">
          {errors.join(' ')}
        </Text>
      )}
    </Stack>
  );
}

/** Creates a program that includes this project; more projects and root issues are optional. */
export function ProgramCreateForm({ projectKey, onCreated }: ProgramCreateFormProps) {
  const [draft, setDraft] = useState<ProgramDraft>({
    name: '',
    projects: projectKey,
    rootIssues: '',
    targetDate: '',
  });
  const { busy, failure, submit } = useCreateProgram(onCreated);
  const set = (field: DraftField) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(draft);
  };

  return (
    <form aria-label="Create program" onSubmit={onSubmit} noValidate style={{ maxWidth: '32rem' }}>
      <Stack space="space.200">
        <Field field="name" label="Name" value={draft.name} errors={failure?.fields.name} onChange={set('name')} />
        <Field
          field="projects"
          label="Projects"
          hint="Project keys, separated by commas, e.g. WEB, MOB"
          value={draft.projects}
          errors={failure?.fields.projects}
          onChange={set('projects')}
        />
        <Field
          field="rootIssues"
          label="Root issues (optional)"
          hint="Issue keys of initiatives or epics whose work belongs to the program, e.g. WEB-1"
          value={draft.rootIssues}
          errors={failure?.fields.rootIssues}
          onChange={set('rootIssues')}
        />
        <Field
          field="targetDate"
          label="Target date (optional)"
          type="date"
          value={draft.targetDate}
          errors={failure?.fields.targetDate}
          onChange={set('targetDate')}
        />
        {failure?.other && <ProblemMessage error={failure.other} />}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={busy}>
            Create program
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
