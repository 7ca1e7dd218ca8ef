import type { HeatMapKind } from './risk-analytics';
import type { Level, Roam, RiskStatus } from './risk';

/** A heat-map cell chosen to narrow the register. */
export interface HeatMapCell {
  kind: HeatMapKind;
  probability: number;
  impact: number;
}

/** The register's filters, as the user set them; empty strings mean "any". */
export interface RiskFilter {
  programId: string;
  projectKey: string;
  level: Level | '';
  roam: Roam | '';
  status: RiskStatus | '';
  ownerAccountId: string;
  overdueReview: boolean;
  q: string;
  cell: HeatMapCell | null;
}

export const EMPTY_FILTER: RiskFilter = {
  programId: '',
  projectKey: '',
  level: '',
  roam: '',
  status: 'OPEN',
  ownerAccountId: '',
  overdueReview: false,
  q: '',
  cell: null,
};

/** Server sort keys (docs/risks.md); a leading `-` sorts descending. */
export const SORT_KEYS = ['exposure', 'score', 'residualScore', 'title', 'reviewDate', 'dueDate', 'createdAt', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RiskSort {
  key: SortKey;
  descending: boolean;
}
export const DEFAULT_SORT: RiskSort = { key: 'exposure', descending: true };

/**
 * Query parameters for GET /api/risks and its relatives. `withCell` false leaves the heat-map
 * cell out: the heat map itself and the trend show the whole filtered register.
 */
export function filterParams(filter: RiskFilter, withCell = true): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value.trim() !== '') params.set(name, value.trim());
  };
  set('programId', filter.programId);
  set('projectKey', filter.projectKey.toUpperCase());
  set('level', filter.level);
  set('roam', filter.roam);
  set('status', filter.status);
  set('ownerAccountId', filter.ownerAccountId);
  if (filter.overdueReview) params.set('overdueReview', 'true');
  set('q', filter.q);
  if (withCell && filter.cell !== null) {
    const prefix = filter.cell.kind === 'residual' ? 'residual' : '';
    params.set(prefix === '' ? 'probability' : 'residualProbability', String(filter.cell.probability));
    params.set(prefix === '' ? 'impact' : 'residualImpact', String(filter.cell.impact));
  }
  return params;
}

export function sortParam(sort: RiskSort): string {
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/** `?a=b` or the empty string. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function sameCell(a: HeatMapCell | null, b: HeatMapCell | null): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.probability === b.probability && a.impact === b.impact;
}
