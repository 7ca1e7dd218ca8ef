import { useCallback, useState } from 'react';

import { useApi } from '../../lib/host-context';
import { ProblemError } from '../../lib/problem-error';

import { createProgram, type NewProgram, type Program } from './programs';

/** What the create form holds, as typed. */
export interface ProgramDraft {
  name: string;
  /** Comma- or space-separated project keys. */
  projects: string;
  rootIssues: string;
  /** `yyyy-MM-dd` from a date input, or empty. */
  targetDate: string;
}

/** The form's inputs; server field paths such as `projectKeys[1]` map onto these. */
export type DraftField = 'name' | 'projects' | 'rootIssues' | 'targetDate';

export type FieldMessages = Partial<Record<DraftField, string[]>>;

/** Jira keys are upper case; users type them any way. */
export function splitKeys(text: string): string[] {
  const keys = text
    .split(/[\s,;]+/)
    .map((key) => key.trim().toUpperCase())
    .filter((key) => key !== '');
  return [...new Set(keys)];
}

export function toNewProgram(draft: ProgramDraft): NewProgram {
  const rootIssueKeys = splitKeys(draft.rootIssues);
  return {
    name: draft.name.trim(),
    projectKeys: splitKeys(draft.projects),
    ...(rootIssueKeys.length > 0 ? { rootIssueKeys } : {}),
    ...(draft.targetDate === '' ? {} : { targetDate: draft.targetDate }),
  };
}

const FIELD_OF: [RegExp, DraftField][] = [
  [/^name$/, 'name'],
  [/^projectKeys(\[\d+\])?$/, 'projects'],
  [/^rootIssueKeys(\[\d+\])?$/, 'rootIssues'],
  [/^(targetDate|startDate)$/, 'targetDate'],
];

export interface CreateFailure {
  /** Messages to show beside the inputs they concern. */
  fields: FieldMessages;
  /** Everything else: shown as a problem message above the buttons. */
  other: ProblemError | null;
}

/** Sorts a failed create into messages beside the inputs and the rest. */
export function describeFailure(error: unknown): CreateFailure {
  if (!(error instanceof ProblemError)) {
    return { fields: {}, other: toProblem(error) };
  }
  if (error.code === 'PROGRAM_NAME_TAKEN') {
    return { fields: { name: [error.detail ?? 'Another program already has this name.'] }, other: null };
  }
  const fields: FieldMessages = {};
  const unplaced = error.errors.filter((fieldError) => {
    const match = FIELD_OF.find(([pattern]) => pattern.test(fieldError.field));
    if (match === undefined) return true;
    (fields[match[1]] ??= []).push(fieldError.message);
    return false;
  });
  const placedAll = error.errors.length > 0 && unplaced.length === 0;
  return {
    fields,
    other: placedAll ? null : withErrors(error, unplaced),
  };
}

function withErrors(error: ProblemError, errors: ProblemError['errors']): ProblemError {
  const { type, title, status, detail, code } = error;
  return new ProblemError({ type, title, status, ...(detail === undefined ? {} : { detail }), code, errors });
}

function toProblem(error: unknown): ProblemError {
  return new ProblemError({
    title: 'Could not create the program',
    status: 0,
    detail: error instanceof Error ? error.message : 'An unexpected error occurred.',
    code: 'unexpected',
  });
}

export interface CreateProgramState {
  busy: boolean;
  failure: CreateFailure | null;
  submit: (draft: ProgramDraft) => void;
}

/** Creates the program; `onCreated` hears of it so the page can reload and select it. */
export function useCreateProgram(onCreated: (program: Program) => void): CreateProgramState {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CreateFailure | null>(null);

  const submit = useCallback(
    (draft: ProgramDraft) => {
      const program = toNewProgram(draft);
      // Checked here too so an empty name gets an answer without a round trip.
      if (program.name === '') {
        setFailure({ fields: { name: ['Give the program a name.'] }, other: null });
        return;
      }
      setBusy(true);
      setFailure(null);
      createProgram(api, program).then(
        (created) => {
          setBusy(false);
          onCreated(created);
        },
        (error: unknown) => {
          setBusy(false);
          setFailure(describeFailure(error));
        },
      );
    },
    [api, onCreated],
  );

  return { busy, failure, submit };
}
