import type { ApiClient } from '../../lib/api-client';
import {
  HEALTH_STATUSES,
  decodeHealthReason,
  type HealthReason,
  type HealthStatus,
} from '../rollup/rollup';
import {
  asObject,
  readBoolean,
  readList,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';

/** One program of the site at a glance (GET /api/portfolio). */
export interface PortfolioProgram {
  id: string;
  name: string;
  /** `yyyy-MM-dd` calendar dates. */
  targetDate: string | null;
  health: HealthStatus;
  /** A TPM set the status by hand. */
  overridden: boolean;
  /** The worst reasons (at most three), worst first. */
  reasons: HealthReason[];
  /** Done by issue count, 0..100; null when the program has no issues. */
  percentDone: number | null;
  issues: number;
  done: number;
  overdue: number;
  blocked: number;
  /** The date the work is 85 % likely to be finished by; null without a pace to project. */
  forecastP85: string | null;
}

export interface Portfolio {
  programs: PortfolioProgram[];
  /** The server lists at most a couple of hundred programs. */
  truncated: boolean;
}

const count = (object: JsonObject, field: string, what: string) =>
  readOptionalNumber(object, field, what) ?? 0;

function decodePortfolioProgram(json: unknown, what: string): PortfolioProgram {
  const object = asObject(json, what);
  return {
    id: readString(object, 'id', what),
    name: readString(object, 'name', what),
    targetDate: readOptionalString(object, 'targetDate', what),
    health: readOneOf(object, 'health', what, HEALTH_STATUSES),
    overridden:
      object.overridden === undefined || object.overridden === null
        ? false
        : readBoolean(object, 'overridden', what),
    reasons: readList(object, 'reasons', what, decodeHealthReason),
    percentDone: readOptionalNumber(object, 'percentDone', what),
    issues: count(object, 'issues', what),
    done: count(object, 'done', what),
    overdue: count(object, 'overdue', what),
    blocked: count(object, 'blocked', what),
    forecastP85: readOptionalString(object, 'forecastP85', what),
  };
}

export function decodePortfolio(json: unknown): Portfolio {
  const what = 'portfolio';
  const object = asObject(json, what);
  if (!Array.isArray(object.programs)) throw new Error(`Expected ${what}.programs to be a list.`);
  return {
    programs: readList(object, 'programs', what, decodePortfolioProgram),
    truncated:
      object.truncated === undefined || object.truncated === null
        ? false
        : readBoolean(object, 'truncated', what),
  };
}

export function fetchPortfolio(api: ApiClient): Promise<Portfolio> {
  return api.get('/api/portfolio', decodePortfolio);
}

const RANK: Record<HealthStatus, number> = { RED: 0, AMBER: 1, GREEN: 2 };

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) ||
  a.id.localeCompare(b.id);

/** Alphabetical, for pickers. */
export function sortByName<T extends { name: string; id: string }>(programs: readonly T[]): T[] {
  return [...programs].sort(byName);
}

/** Worst first: RED, then AMBER, then GREEN; by name within a status. */
export function sortByHealth(programs: readonly PortfolioProgram[]): PortfolioProgram[] {
  return [...programs].sort((a, b) => RANK[a.health] - RANK[b.health] || byName(a, b));
}

/** "2 red, 1 amber, 4 green". */
export function summarizeHealth(programs: readonly PortfolioProgram[]): string {
  const counts: Record<HealthStatus, number> = { RED: 0, AMBER: 0, GREEN: 0 };
  for (const program of programs) counts[program.health] += 1;
  return `${counts.RED} red, ${counts.AMBER} amber, ${counts.GREEN} green`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days the P85 forecast lies after the target (positive when late); null when either date is
 * missing or unreadable. `yyyy-MM-dd` parses as UTC midnight, so the difference is whole days.
 */
export function daysLate(program: Pick<PortfolioProgram, 'targetDate' | 'forecastP85'>): number | null {
  const { targetDate, forecastP85 } = program;
  if (targetDate === null || forecastP85 === null) return null;
  const target = Date.parse(targetDate);
  const p85 = Date.parse(forecastP85);
  if (Number.isNaN(target) || Number.isNaN(p85)) return null;
  return Math.round((p85 - target) / DAY_MS);
}
