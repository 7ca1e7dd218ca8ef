import type { ApiClient } from '../../lib/api-client';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';
import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOptionalNumber,
  readString,
} from '../sync/json-fields';

import { decodeBaseline, decodeScopeChange, type Baseline, type ScopeChange } from './baseline';
import { pollEvery } from './use-rollups';

/** One day of a program's burn-up: its scope and what of it was done, by count and by points. */
export interface BurnupDay {
  /** `yyyy-MM-dd`. */
  date: string;
  scope: number;
  done: number;
  scopePoints: number;
  donePoints: number;
  /** Before Keystone took daily snapshots: rebuilt from created and resolved dates. */
  reconstructed: boolean;
}

/** GET /api/programs/{id}/burnup */
export interface Burnup {
  programId: string;
  from: string;
  to: string;
  days: BurnupDay[];
  /** Null when no baseline is set (the server leaves the member out). */
  baseline: Baseline | null;
  /** Null without a baseline, or when today is unknown to the server. */
  scopeChange: ScopeChange | null;
}

/** Snapshots change once a day and today's on read; a minute is current enough for a chart. */
export const BURNUP_POLL_MS = 60_000;

function decodeDay(json: unknown, what: string): BurnupDay {
  const object = asObject(json, what);
  return {
    date: readString(object, 'date', what),
    scope: readNumber(object, 'scope', what),
    done: readNumber(object, 'done', what),
    scopePoints: readOptionalNumber(object, 'scopePoints', what) ?? 0,
    donePoints: readOptionalNumber(object, 'donePoints', what) ?? 0,
    reconstructed:
      object.reconstructed === undefined || object.reconstructed === null
        ? false
        : readBoolean(object, 'reconstructed', what),
  };
}

export function decodeBurnup(json: unknown): Burnup {
  const what = 'burn-up';
  const object = asObject(json, what);
  return {
    programId: readString(object, 'programId', what),
    from: readString(object, 'from', what),
    to: readString(object, 'to', what),
    days: readList(object, 'days', what, decodeDay),
    baseline:
      object.baseline === undefined || object.baseline === null
        ? null
        : decodeBaseline(object.baseline, `${what}.baseline`),
    scopeChange:
      object.scopeChange === undefined || object.scopeChange === null
        ? null
        : decodeScopeChange(object.scopeChange, `${what}.scopeChange`),
  };
}

/** The server's default range: the program's start date (or 8 weeks back) to today. */
export function fetchBurnup(api: ApiClient, programId: string): Promise<Burnup> {
  return api.get(`/api/programs/${encodeURIComponent(programId)}/burnup`, decodeBurnup);
}

const burnupResource: PolledResource<Burnup> = {
  load: fetchBurnup,
  nextDelay: pollEvery(BURNUP_POLL_MS),
};

export function useProgramBurnup(programId: string): PolledResult<Burnup> {
  return usePolledResource(programId, burnupResource);
}
