import type { ApiClient } from '../../lib/api-client';
import type { StatusCategory } from '../mirror/issue-mirror';
import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';

/**
 * The figures Keystone rolls up over a set of issues (a program, one of its projects, or an
 * issue's descendants). Percentages are 0..100; null where there was nothing to divide by.
 */
export interface RollupFigures {
  issues: { total: number; new: number; indeterminate: number; done: number };
  estimate: { field: string | null; total: number; done: number; unestimatedIssues: number };
  time: { originalSeconds: number; remainingSeconds: number; spentSeconds: number };
  percentComplete: { byCount: number | null; byEstimate: number | null; byTime: number | null };
  overdue: number;
  blocked: number;
  /** `yyyy-MM-dd` calendar dates. */
  dates: { earliestStart: string | null; latestDue: string | null };
}

export interface ProjectRollup extends RollupFigures {
  projectKey: string;
}

/** GET /api/programs/{id}/rollup */
export interface ProgramRollup extends RollupFigures {
  programId: string;
  asOf: string;
  perProject: ProjectRollup[];
}

/** GET /api/issues/{issueId}/rollup: the figures over the issue's descendants. */
export interface IssueRollup extends RollupFigures {
  issueId: string;
  asOf: string;
}

export interface WorkItem {
  id: string;
  key: string;
  summary: string;
  projectKey: string | null;
  issueType: string | null;
  hierarchyLevel: number | null;
  status: string;
  statusCategory: StatusCategory;
  dueDate: string | null;
  hasChildren: boolean;
  rollup: RollupFigures;
}

/** GET /api/programs/{id}/children: one level of the program's work. */
export interface WorkLevel {
  items: WorkItem[];
  /** The server lists at most a few hundred items per level. */
  truncated: boolean;
}

// Optional groups default to zeros so a backend that omits an empty group still renders.
const child = (object: JsonObject, field: string, what: string): [JsonObject, string] => {
  const value = object[field];
  const path = `${what}.${field}`;
  return [value === undefined || value === null ? {} : asObject(value, path), path];
};

const count = (object: JsonObject, field: string, what: string) =>
  readOptionalNumber(object, field, what) ?? 0;

export function decodeFigures(object: JsonObject, what: string): RollupFigures {
  // `issues` is the one group every rollup has; without it the response is not a rollup.
  const issuesPath = `${what}.issues`;
  const issues = asObject(object.issues, issuesPath);
  const [estimate, estimatePath] = child(object, 'estimate', what);
  const [time, timePath] = child(object, 'time', what);
  const [percent, percentPath] = child(object, 'percentComplete', what);
  const [dates, datesPath] = child(object, 'dates', what);
  return {
    issues: {
      total: readNumber(issues, 'total', issuesPath),
      new: count(issues, 'new', issuesPath),
      indeterminate: count(issues, 'indeterminate', issuesPath),
      done: count(issues, 'done', issuesPath),
    },
    estimate: {
      field: readOptionalString(estimate, 'field', estimatePath),
      total: count(estimate, 'total', estimatePath),
      done: count(estimate, 'done', estimatePath),
      unestimatedIssues: count(estimate, 'unestimatedIssues', estimatePath),
    },
    time: {
      originalSeconds: count(time, 'originalSeconds', timePath),
      remainingSeconds: count(time, 'remainingSeconds', timePath),
      spentSeconds: count(time, 'spentSeconds', timePath),
    },
    percentComplete: {
      byCount: readOptionalNumber(percent, 'byCount', percentPath),
      byEstimate: readOptionalNumber(percent, 'byEstimate', percentPath),
      byTime: readOptionalNumber(percent, 'byTime', percentPath),
    },
    overdue: count(object, 'overdue', what),
    blocked: count(object, 'blocked', what),
    dates: {
      earliestStart: readOptionalString(dates, 'earliestStart', datesPath),
      latestDue: readOptionalString(dates, 'latestDue', datesPath),
    },
  };
}

function decodeProjectRollup(json: unknown, what: string): ProjectRollup {
  const object = asObject(json, what);
  return { projectKey: readString(object, 'projectKey', what), ...decodeFigures(object, what) };
}

export function decodeProgramRollup(json: unknown): ProgramRollup {
  const what = 'program rollup';
  const object = asObject(json, what);
  return {
    programId: readString(object, 'programId', what),
    asOf: readString(object, 'asOf', what),
    ...decodeFigures(object, what),
    perProject: readList(object, 'perProject', what, decodeProjectRollup),
  };
}

export function decodeIssueRollup(json: unknown): IssueRollup {
  const what = 'issue rollup';
  const object = asObject(json, what);
  return {
    issueId: readString(object, 'issueId', what),
    asOf: readString(object, 'asOf', what),
    ...decodeFigures(object, what),
  };
}

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

function decodeWorkItem(json: unknown, what: string): WorkItem {
  const object = asObject(json, what);
  const category = readOptionalString(object, 'statusCategory', what);
  return {
    id: readString(object, 'id', what),
    key: readString(object, 'key', what),
    summary: readOptionalString(object, 'summary', what) ?? '',
    projectKey: readOptionalString(object, 'projectKey', what),
    issueType: readOptionalString(object, 'issueType', what),
    hierarchyLevel: readOptionalNumber(object, 'hierarchyLevel', what),
    status: readOptionalString(object, 'status', what) ?? 'Unknown',
    // Lenient like the mirror: a category Jira adds later must not blank the table.
    statusCategory: CATEGORIES.find((known) => known === category) ?? 'unknown',
    dueDate: readOptionalString(object, 'dueDate', what),
    hasChildren: object.hasChildren === undefined ? false : readBoolean(object, 'hasChildren', what),
    rollup: decodeFigures(asObject(object.rollup, `${what}.rollup`), `${what}.rollup`),
  };
}

export function decodeWorkLevel(json: unknown): WorkLevel {
  const what = 'program children';
  const object = asObject(json, what);
  return {
    items: readList(object, 'items', what, decodeWorkItem),
    truncated: object.truncated === undefined ? false : readBoolean(object, 'truncated', what),
  };
}

export function fetchProgramRollup(api: ApiClient, programId: string): Promise<ProgramRollup> {
  return api.get(`/api/programs/${encodeURIComponent(programId)}/rollup`, decodeProgramRollup);
}

export function fetchIssueRollup(api: ApiClient, issueId: string): Promise<IssueRollup> {
  return api.get(`/api/issues/${encodeURIComponent(issueId)}/rollup`, decodeIssueRollup);
}

/** `parentIssueId` null asks for the top of the program's hierarchy. */
export function fetchWorkLevel(
  api: ApiClient,
  programId: string,
  parentIssueId: string | null,
): Promise<WorkLevel> {
  const query = parentIssueId === null ? '' : `?parentIssueId=${encodeURIComponent(parentIssueId)}`;
  return api.get(`/api/programs/${encodeURIComponent(programId)}/children${query}`, decodeWorkLevel);
}
