import type { ApiClient } from '../../lib/api-client';
import type { StatusCategory } from '../mirror/issue-mirror';
import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOneOf,
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

export const HEALTH_STATUSES = ['GREEN', 'AMBER', 'RED'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** One reason behind a program's health; `code` is stable (ON_SCHEDULE, FORECAST_LATE, …). */
export interface HealthReason {
  status: HealthStatus;
  code: string;
  message: string;
}

/** The worst of the reasons, unless a TPM set the status by hand (`overridden`). */
export interface ProgramHealth {
  status: HealthStatus;
  overridden: boolean;
  reasons: HealthReason[];
}

/** What the Monte Carlo forecast drew on. */
export interface ForecastBasis {
  remainingItems: number;
  /** Level-0 items finished per complete week, oldest first. */
  weeklyThroughput: number[];
  trials: number;
  seed: number | null;
  /** What was counted, e.g. "level-0 items". */
  unit: string | null;
  note: string | null;
}

/** Finish dates (`yyyy-MM-dd`) 50, 85 and 95 % likely; null when there is no pace to project. */
export interface Forecast {
  p50: string | null;
  p85: string | null;
  p95: string | null;
  basis: ForecastBasis;
}

/** Blocks links between issues of different projects where one end is in the program. */
export interface DependencyCounts {
  crossProject: number;
  offTrack: number;
}

/** GET /api/programs/{id}/rollup */
export interface ProgramRollup extends RollupFigures {
  programId: string;
  asOf: string;
  perProject: ProjectRollup[];
  /** Null when the server did not send it (an older server, or nothing computed yet). */
  dependencies: DependencyCounts | null;
  health: ProgramHealth | null;
  forecast: Forecast | null;
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

/** Decodes `object[field]` with `decode`, or gives null when the member is missing or null. */
function optionalGroup<T>(
  object: JsonObject,
  field: string,
  what: string,
  decode: (group: JsonObject, path: string) => T,
): T | null {
  const value = object[field];
  if (value === undefined || value === null) return null;
  const path = `${what}.${field}`;
  return decode(asObject(value, path), path);
}

function readNumberItem(item: unknown, what: string): number {
  if (typeof item !== 'number' || !Number.isFinite(item)) throw new Error(`Expected ${what} to be a number.`);
  return item;
}

export function decodeHealthReason(json: unknown, what: string): HealthReason {
  const object = asObject(json, what);
  return {
    status: readOneOf(object, 'status', what, HEALTH_STATUSES),
    code: readString(object, 'code', what),
    message: readOptionalString(object, 'message', what) ?? '',
  };
}

function decodeHealth(object: JsonObject, what: string): ProgramHealth {
  return {
    status: readOneOf(object, 'status', what, HEALTH_STATUSES),
    overridden: object.overridden === undefined || object.overridden === null
      ? false
      : readBoolean(object, 'overridden', what),
    reasons: readList(object, 'reasons', what, decodeHealthReason),
  };
}

function decodeForecast(object: JsonObject, what: string): Forecast {
  const basis =
    optionalGroup(object, 'basis', what, (group, path) => ({
      remainingItems: readOptionalNumber(group, 'remainingItems', path) ?? 0,
      weeklyThroughput: readList(group, 'weeklyThroughput', path, readNumberItem),
      trials: readOptionalNumber(group, 'trials', path) ?? 0,
      seed: readOptionalNumber(group, 'seed', path),
      unit: readOptionalString(group, 'unit', path),
      note: readOptionalString(group, 'note', path),
    })) ?? { remainingItems: 0, weeklyThroughput: [], trials: 0, seed: null, unit: null, note: null };
  return {
    p50: readOptionalString(object, 'p50', what),
    p85: readOptionalString(object, 'p85', what),
    p95: readOptionalString(object, 'p95', what),
    basis,
  };
}

export function decodeProgramRollup(json: unknown): ProgramRollup {
  const what = 'program rollup';
  const object = asObject(json, what);
  return {
    programId: readString(object, 'programId', what),
    asOf: readString(object, 'asOf', what),
    ...decodeFigures(object, what),
    perProject: readList(object, 'perProject', what, decodeProjectRollup),
    dependencies: optionalGroup(object, 'dependencies', what, (group, path) => ({
      crossProject: count(group, 'crossProject', path),
      offTrack: count(group, 'offTrack', path),
    })),
    health: optionalGroup(object, 'health', what, decodeHealth),
    forecast: optionalGroup(object, 'forecast', what, decodeForecast),
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
