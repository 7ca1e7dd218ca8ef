import type { ApiClient } from '../../lib/api-client';
import type { StatusCategory } from '../mirror/issue-mirror';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';
import {
  asObject,
  readBoolean,
  readList,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../sync/json-fields';

import { pollEvery } from './use-rollups';

/** One end of a Blocks link. */
export interface DependencyEnd {
  id: string;
  key: string;
  summary: string;
  projectKey: string | null;
  status: string;
  statusCategory: StatusCategory;
  /** `yyyy-MM-dd`. */
  dueDate: string | null;
}

export interface Dependency {
  linkId: string;
  blocker: DependencyEnd;
  blocked: DependencyEnd;
  /** The blocker is overdue, or due after the work it blocks; `reason` says which. */
  offTrack: boolean;
  reason: string | null;
}

/**
 * GET /api/programs/{id}/dependencies?cursor=&limit=: one page of the open cross-project Blocks
 * links touching the program, by blocker key then blocked key.
 */
export interface DependencyList {
  items: Dependency[];
  /** Every dependency the user may see, on all pages; null from a server older than paging. */
  total: number | null;
  /** Reads the next page; null on the last. */
  nextCursor: string | null;
  truncated: boolean;
}

/** The rollup (polled every few seconds) carries the counts; the list itself moves slowly. */
export const DEPENDENCIES_POLL_MS = 60_000;

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

function decodeEnd(object: unknown, what: string): DependencyEnd {
  const end = asObject(object, what);
  const category = readOptionalString(end, 'statusCategory', what);
  return {
    id: readString(end, 'id', what),
    key: readString(end, 'key', what),
    summary: readOptionalString(end, 'summary', what) ?? '',
    projectKey: readOptionalString(end, 'projectKey', what),
    status: readOptionalString(end, 'status', what) ?? 'Unknown',
    statusCategory: CATEGORIES.find((known) => known === category) ?? 'unknown',
    dueDate: readOptionalString(end, 'dueDate', what),
  };
}

function decodeDependency(json: unknown, what: string): Dependency {
  const object = asObject(json, what);
  return {
    linkId: readString(object, 'linkId', what),
    blocker: decodeEnd(object.blocker, `${what}.blocker`),
    blocked: decodeEnd(object.blocked, `${what}.blocked`),
    offTrack: object.offTrack === undefined ? false : readBoolean(object, 'offTrack', what),
    reason: readOptionalString(object, 'reason', what),
  };
}

export function decodeDependencyList(json: unknown): DependencyList {
  const what = 'dependencies';
  const object = asObject(json, what);
  return {
    items: readList(object, 'items', what, decodeDependency),
    total: readOptionalNumber(object, 'total', what),
    nextCursor: readOptionalString(object, 'nextCursor', what),
    truncated: object.truncated === undefined ? false : readBoolean(object, 'truncated', what),
  };
}

export function fetchDependencies(
  api: ApiClient,
  programId: string,
  cursor: string | null = null,
): Promise<DependencyList> {
  const path = `/api/programs/${encodeURIComponent(programId)}/dependencies`;
  return api.get(cursor === null ? path : `${path}?cursor=${encodeURIComponent(cursor)}`, decodeDependencyList);
}

/** Only the first page is polled; later pages are read when asked ("Show more"). */
const dependenciesResource: PolledResource<DependencyList> = {
  load: (api, programId) => fetchDependencies(api, programId),
  nextDelay: pollEvery(DEPENDENCIES_POLL_MS),
};

export function useProgramDependencies(programId: string): PolledResult<DependencyList> {
  return usePolledResource(programId, dependenciesResource);
}
