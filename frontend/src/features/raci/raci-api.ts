import type { ApiClient } from '../../lib/api-client';

import { decodeScopeRaci, type AssignmentInput, type ScopeRaci, type ScopeType } from './raci';
import {
  decodeGapReport,
  decodeMatrix,
  decodeMine,
  type GapReport,
  type MyResponsibilities,
  type RaciMatrix,
} from './raci-reports';
import { matrixQuery, type MatrixFilter } from './matrix-filter';

const enc = encodeURIComponent;

function scopePath(type: ScopeType, id: string): string {
  return `/api/raci/${type}/${enc(id)}`;
}

export function fetchScopeRaci(api: ApiClient, type: ScopeType, id: string): Promise<ScopeRaci> {
  return api.get(scopePath(type, id), decodeScopeRaci);
}

/**
 * Replaces the scope's own assignments. `version` guards against overwriting someone else's
 * edit made since this view loaded (412 RACI_VERSION_MISMATCH).
 */
export function saveScopeRaci(
  api: ApiClient,
  type: ScopeType,
  id: string,
  assignments: AssignmentInput[],
  version: number,
): Promise<ScopeRaci> {
  return api.request({
    method: 'PUT',
    path: scopePath(type, id),
    body: { assignments },
    headers: { 'If-Match': `"${version}"` },
    decode: decodeScopeRaci,
  });
}

const after = (cursor: string | null) => (cursor === null ? '' : `&cursor=${enc(cursor)}`);

/** One page of work items (the first without a cursor). */
export function fetchMatrix(api: ApiClient, programId: string, cursor: string | null = null): Promise<RaciMatrix> {
  return api.get(`/api/raci/matrix?programId=${enc(programId)}${after(cursor)}`, decodeMatrix);
}

export function fetchGapReport(
  api: ApiClient,
  programId: string,
  cursor: string | null = null,
): Promise<GapReport> {
  return api.get(`/api/raci/gaps?programId=${enc(programId)}${after(cursor)}`, decodeGapReport);
}

export function fetchMine(api: ApiClient): Promise<MyResponsibilities> {
  return api.get('/api/raci/mine', decodeMine);
}

/** The matrix as the server writes it for spreadsheets, with the view's filter. */
export function fetchMatrixCsv(api: ApiClient, programId: string, filter: MatrixFilter): Promise<string> {
  return api.getText(`/api/raci/matrix.csv?${matrixQuery(programId, filter)}`, 'text/csv');
}
