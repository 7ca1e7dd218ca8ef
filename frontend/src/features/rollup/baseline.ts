import { ignoreBody, type ApiClient } from '../../lib/api-client';
import { asObject, readBoolean, readNumber, readOptionalNumber, readOptionalString, readString } from '../sync/json-fields';

/** The program's scope fixed on one day (docs/rollups.md, "Baseline"). */
export interface Baseline {
  /** `yyyy-MM-dd`. */
  date: string;
  scope: number;
  done: number;
  scopePoints: number;
  donePoints: number;
  /** The day was rebuilt from Jira history rather than taken from a snapshot. */
  reconstructed: boolean;
  /** Atlassian account id of whoever set it; null when unknown. */
  setBy: string | null;
  setAt: string | null;
}

/** Today's scope minus the baseline's; the percentages are null when the baseline had none to divide by. */
export interface ScopeChange {
  count: number;
  points: number;
  countPercent: number | null;
  pointsPercent: number | null;
}

function optionalBoolean(object: Record<string, unknown>, field: string, what: string): boolean {
  return object[field] === undefined || object[field] === null ? false : readBoolean(object, field, what);
}

export function decodeBaseline(json: unknown, what = 'baseline'): Baseline {
  const object = asObject(json, what);
  return {
    date: readString(object, 'date', what),
    scope: readNumber(object, 'scope', what),
    done: readNumber(object, 'done', what),
    scopePoints: readOptionalNumber(object, 'scopePoints', what) ?? 0,
    donePoints: readOptionalNumber(object, 'donePoints', what) ?? 0,
    reconstructed: optionalBoolean(object, 'reconstructed', what),
    setBy: readOptionalString(object, 'setBy', what),
    setAt: readOptionalString(object, 'setAt', what),
  };
}

export function decodeScopeChange(json: unknown, what = 'scopeChange'): ScopeChange {
  const object = asObject(json, what);
  return {
    count: readNumber(object, 'count', what),
    points: readOptionalNumber(object, 'points', what) ?? 0,
    countPercent: readOptionalNumber(object, 'countPercent', what),
    pointsPercent: readOptionalNumber(object, 'pointsPercent', what),
  };
}

const baselinePath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}/baseline`;

/** PUT …/baseline: `date` absent means the server's today (no clock skew between browser and server). */
export function setBaseline(api: ApiClient, programId: string, date?: string): Promise<Baseline> {
  return api.put(baselinePath(programId), date === undefined ? {} : { date }, (json) => decodeBaseline(json));
}

export function clearBaseline(api: ApiClient, programId: string): Promise<undefined> {
  return api.delete(baselinePath(programId), ignoreBody);
}
