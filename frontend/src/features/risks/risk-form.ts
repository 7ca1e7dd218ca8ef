import { ProblemError } from '../../lib/problem-error';

import type { Proximity, Risk, RiskIssueRef, RiskStatus, Roam } from './risk';

/** POST /api/risks; PATCH sends a subset (null clears a field). */
export interface RiskBody {
  title: string;
  description: string | null;
  category: string | null;
  probability: number;
  impact: number;
  residualProbability: number | null;
  residualImpact: number | null;
  roam: Roam;
  status: RiskStatus;
  ownerAccountId: string | null;
  mitigation: string | null;
  contingency: string | null;
  trigger: string | null;
  reviewDate: string | null;
  dueDate: string | null;
  proximity: Proximity | null;
  programIds: string[];
  projectKeys: string[];
  issueIds: string[];
}

/** What the form holds, as typed: numbers and dates stay text until sent. */
export interface RiskDraft {
  title: string;
  description: string;
  category: string;
  probability: string;
  impact: string;
  residualProbability: string;
  residualImpact: string;
  roam: Roam;
  status: RiskStatus;
  ownerAccountId: string;
  mitigation: string;
  contingency: string;
  trigger: string;
  reviewDate: string;
  dueDate: string;
  proximity: Proximity | '';
  programIds: string[];
  /** Comma- or space-separated project keys. */
  projectKeys: string;
  /** Linked issues; the refs let the form show keys for the ids it sends. */
  issues: RiskIssueRef[];
}

export type RiskField = keyof RiskDraft;
export type RiskFieldMessages = Partial<Record<RiskField, string[]>>;

export const EMPTY_DRAFT: RiskDraft = {
  title: '',
  description: '',
  category: '',
  probability: '',
  impact: '',
  residualProbability: '',
  residualImpact: '',
  roam: 'OWNED',
  status: 'OPEN',
  ownerAccountId: '',
  mitigation: '',
  contingency: '',
  trigger: '',
  reviewDate: '',
  dueDate: '',
  proximity: '',
  programIds: [],
  projectKeys: '',
  issues: [],
};

const text = (value: string | null) => value ?? '';
const number = (value: number | null) => (value === null ? '' : String(value));

export function draftOf(risk: Risk): RiskDraft {
  return {
    title: risk.title,
    description: text(risk.description),
    category: text(risk.category),
    probability: String(risk.probability),
    impact: String(risk.impact),
    residualProbability: number(risk.residualProbability),
    residualImpact: number(risk.residualImpact),
    roam: risk.roam,
    status: risk.status,
    ownerAccountId: text(risk.ownerAccountId),
    mitigation: text(risk.mitigation),
    contingency: text(risk.contingency),
    trigger: text(risk.trigger),
    reviewDate: text(risk.reviewDate),
    dueDate: text(risk.dueDate),
    proximity: risk.proximity ?? '',
    programIds: risk.programs.map((program) => program.id),
    projectKeys: risk.projectKeys.join(', '),
    issues: risk.issues,
  };
}

export function splitProjectKeys(value: string): string[] {
  const keys = value
    .split(/[\s,;]+/)
    .map((key) => key.trim().toUpperCase())
    .filter((key) => key !== '');
  return [...new Set(keys)];
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());
/** `Number('x')` is NaN; checkDraft stops such input before anything is sent. */
const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

export function toBody(draft: RiskDraft): RiskBody {
  return {
    title: draft.title.trim(),
    description: optional(draft.description),
    category: optional(draft.category),
    probability: Number(draft.probability.trim()),
    impact: Number(draft.impact.trim()),
    residualProbability: optionalNumber(draft.residualProbability),
    residualImpact: optionalNumber(draft.residualImpact),
    roam: draft.roam,
    status: draft.status,
    ownerAccountId: optional(draft.ownerAccountId),
    mitigation: optional(draft.mitigation),
    contingency: optional(draft.contingency),
    trigger: optional(draft.trigger),
    reviewDate: optional(draft.reviewDate),
    dueDate: optional(draft.dueDate),
    proximity: draft.proximity === '' ? null : draft.proximity,
    programIds: draft.programIds,
    projectKeys: splitProjectKeys(draft.projectKeys),
    issueIds: draft.issues.map((issue) => issue.id),
  };
}

/** Create body without empty members: the API's defaults (owner = caller, …) apply to what is left out. */
export function toCreateBody(draft: RiskDraft): Partial<RiskBody> {
  const body = toBody(draft);
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  );
}

/** The members that differ from the risk as loaded: a merge patch (lists are replaced whole). */
export function toPatch(original: Risk, draft: RiskDraft): Partial<RiskBody> {
  const before = toBody(draftOf(original)) as unknown as Record<string, unknown>;
  const after = toBody(draft) as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(after).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field])),
  );
}

const SCORE_FIELDS = ['probability', 'impact', 'residualProbability', 'residualImpact'] as const;

/** Checks the form can answer without a round trip; the server checks everything again. */
export function checkDraft(draft: RiskDraft): RiskFieldMessages {
  const messages: RiskFieldMessages = {};
  if (draft.title.trim() === '') messages.title = ['Give the risk a title.'];
  for (const field of SCORE_FIELDS) {
    const value = draft[field].trim();
    const required = field === 'probability' || field === 'impact';
    if (value === '' ? required : !/^-?\d+$/.test(value)) {
      messages[field] = ['Enter a whole number from 1 to 5.'];
    }
  }
  return messages;
}

/** Server field paths (`programIds[2]`, `issueIds[0]`, …) onto the form's inputs. */
const FIELD_OF: [RegExp, RiskField][] = [
  [/^programIds(\[\d+\])?$/, 'programIds'],
  [/^projectKeys(\[\d+\])?$/, 'projectKeys'],
  [/^issueIds(\[\d+\])?$/, 'issues'],
  [/^issueKeys(\[\d+\])?$/, 'issues'],
];
const PLAIN_FIELDS: readonly RiskField[] = Object.keys(EMPTY_DRAFT) as RiskField[];

export function formFieldOf(serverField: string): RiskField | null {
  const mapped = FIELD_OF.find(([pattern]) => pattern.test(serverField));
  if (mapped !== undefined) return mapped[1];
  return (PLAIN_FIELDS as readonly string[]).includes(serverField) ? (serverField as RiskField) : null;
}

export interface RiskFailure {
  fields: RiskFieldMessages;
  /** Everything not placed beside an input: shown as a problem message. */
  other: ProblemError | null;
}

/** Sorts a failed save into messages beside the inputs and the rest. */
export function describeRiskFailure(error: unknown): RiskFailure {
  if (!(error instanceof ProblemError)) {
    return {
      fields: {},
      other: new ProblemError({
        title: 'Could not save the risk',
        status: 0,
        detail: error instanceof Error ? error.message : 'An unexpected error occurred.',
        code: 'unexpected',
      }),
    };
  }
  const fields: RiskFieldMessages = {};
  const unplaced = error.errors.filter((fieldError) => {
    const field = formFieldOf(fieldError.field);
    if (field === null) return true;
    (fields[field] ??= []).push(fieldError.message);
    return false;
  });
  if (error.errors.length > 0 && unplaced.length === 0) return { fields, other: null };
  const { type, title, status, detail, code } = error;
  return {
    fields,
    other: new ProblemError({ type, title, status, ...(detail === undefined ? {} : { detail }), code, errors: unplaced }),
  };
}
