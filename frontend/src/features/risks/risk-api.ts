import type { ApiClient } from '../../lib/api-client';
import { ignoreBody } from '../../lib/api-client';

import { decodeRisk, decodeRiskPage, decodeIssueRisks, type IssueRisks, type Risk, type RiskPage } from './risk';
import {
  decodeExposureTrend,
  decodeHeatMap,
  decodeHistory,
  decodeScoreTrend,
  type ExposureDay,
  type HeatMap,
  type HistoryEntry,
  type ScorePoint,
} from './risk-analytics';
import { filterParams, queryString, sortParam, type RiskFilter, type RiskSort } from './risk-filter';
import { decodeImportReport, importContentType, type ImportReport } from './risk-import';
import { decodeRiskMatrix, type RiskMatrix, type RiskMatrixInput } from './risk-matrix';
import type { RiskBody } from './risk-form';

export const REGISTER_PAGE_SIZE = 20;

const riskPath = (id: string) => `/api/risks/${encodeURIComponent(id)}`;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export function fetchRiskPage(
  api: ApiClient,
  filter: RiskFilter,
  sort: RiskSort,
  cursor: string | null,
  limit = REGISTER_PAGE_SIZE,
): Promise<RiskPage> {
  const params = filterParams(filter);
  params.set('sort', sortParam(sort));
  params.set('limit', String(limit));
  if (cursor !== null) params.set('cursor', cursor);
  return api.get(`/api/risks${queryString(params)}`, decodeRiskPage);
}

/** Open risks by exposure, worst first. */
export async function fetchTopRisks(api: ApiClient, filter: RiskFilter, limit = 5): Promise<Risk[]> {
  const params = filterParams({ ...filter, cell: null });
  params.set('limit', String(limit));
  return (await api.get(`/api/risks/top${queryString(params)}`, decodeRiskPage)).items;
}

export async function fetchOverdueReviews(api: ApiClient, filter: RiskFilter, limit = 5): Promise<Risk[]> {
  const params = filterParams({ ...filter, cell: null, status: 'OPEN', overdueReview: true });
  params.set('sort', 'reviewDate');
  params.set('limit', String(limit));
  return (await api.get(`/api/risks${queryString(params)}`, decodeRiskPage)).items;
}

export function fetchHeatMap(api: ApiClient, filter: RiskFilter): Promise<HeatMap> {
  return api.get(`/api/risks/heatmap${queryString(filterParams(filter, false))}`, decodeHeatMap);
}

export function fetchExposureTrend(api: ApiClient, filter: RiskFilter): Promise<ExposureDay[]> {
  return api.get(`/api/risks/trend${queryString(filterParams(filter, false))}`, decodeExposureTrend);
}

export function fetchRisk(api: ApiClient, id: string): Promise<Risk> {
  return api.get(riskPath(id), (json) => decodeRisk(json));
}

export function fetchRiskHistory(api: ApiClient, id: string): Promise<HistoryEntry[]> {
  return api.get(`${riskPath(id)}/history`, decodeHistory);
}

export function fetchScoreTrend(api: ApiClient, id: string): Promise<ScorePoint[]> {
  return api.get(`${riskPath(id)}/trend`, decodeScoreTrend);
}

export function createRisk(api: ApiClient, body: RiskBody): Promise<Risk> {
  return api.post('/api/risks', body, (json) => decodeRisk(json));
}

/** A JSON merge patch of the changed fields, guarded by the version the form was loaded at. */
export function patchRisk(api: ApiClient, risk: Pick<Risk, 'id' | 'version'>, patch: Partial<RiskBody>): Promise<Risk> {
  return api.request({
    method: 'PATCH',
    path: riskPath(risk.id),
    content: { type: 'application/merge-patch+json', data: JSON.stringify(patch) },
    headers: ifMatch(risk.version),
    decode: (json) => decodeRisk(json),
  });
}

export function deleteRisk(api: ApiClient, risk: Pick<Risk, 'id' | 'version'>): Promise<undefined> {
  return api.request({ method: 'DELETE', path: riskPath(risk.id), headers: ifMatch(risk.version), decode: ignoreBody });
}

export function fetchIssueRisks(api: ApiClient, issueId: string): Promise<IssueRisks> {
  return api.get(`/api/issues/${encodeURIComponent(issueId)}/risks`, decodeIssueRisks);
}

export function linkIssueRisk(api: ApiClient, issueId: string, riskId: string): Promise<Risk> {
  return api.put(`/api/issues/${encodeURIComponent(issueId)}/risks/${encodeURIComponent(riskId)}`, undefined, (json) =>
    decodeRisk(json),
  );
}

export function unlinkIssueRisk(api: ApiClient, issueId: string, riskId: string): Promise<Risk> {
  return api.delete(`/api/issues/${encodeURIComponent(issueId)}/risks/${encodeURIComponent(riskId)}`, (json) =>
    decodeRisk(json),
  );
}

export function searchRisks(api: ApiClient, text: string, limit = 8): Promise<RiskPage> {
  const params = new URLSearchParams({ q: text.trim(), limit: String(limit) });
  return api.get(`/api/risks?${params.toString()}`, decodeRiskPage);
}

/** Sends the chosen file as the request body; `dryRun` only reports what would happen. */
export async function importRisks(api: ApiClient, file: File, dryRun: boolean): Promise<ImportReport> {
  return api.request({
    method: 'POST',
    path: `/api/risks/import?dryRun=${dryRun ? 'true' : 'false'}`,
    content: { type: importContentType(file), data: file },
    decode: decodeImportReport,
  });
}

export function exportPath(format: 'csv' | 'xlsx', filter: RiskFilter, sort: RiskSort): string {
  const params = filterParams(filter);
  params.set('sort', sortParam(sort));
  return `/api/risks/export.${format}${queryString(params)}`;
}

export function fetchRiskMatrix(api: ApiClient): Promise<RiskMatrix> {
  return api.get('/api/settings/risk-matrix', decodeRiskMatrix);
}

export function saveRiskMatrix(api: ApiClient, matrix: RiskMatrixInput, version: number): Promise<RiskMatrix> {
  return api.request({
    method: 'PUT',
    path: '/api/settings/risk-matrix',
    body: matrix,
    headers: ifMatch(version),
    decode: decodeRiskMatrix,
  });
}
