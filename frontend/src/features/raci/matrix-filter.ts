import type { RaciRole } from './raci';
import type { RaciMatrix } from './raci-reports';

/** The matrix view's filter; null means "any". */
export interface MatrixFilter {
  role: RaciRole | null;
  accountId: string | null;
}

export const NO_FILTER: MatrixFilter = { role: null, accountId: null };

/**
 * The same filter the server applies to `matrix` and `matrix.csv`: keep only cells with that
 * role / that person, and only rows (and people) that still have a cell.
 */
export function filterMatrix(matrix: RaciMatrix, filter: MatrixFilter): RaciMatrix {
  if (filter.role === null && filter.accountId === null) return matrix;
  const items = matrix.items.flatMap((row) => {
    const cells: RaciMatrix['items'][number]['cells'] = {};
    for (const [accountId, holdings] of Object.entries(row.cells)) {
      if (filter.accountId !== null && accountId !== filter.accountId) continue;
      const kept = holdings.filter((h) => filter.role === null || h.role === filter.role);
      if (kept.length > 0) cells[accountId] = kept;
    }
    return Object.keys(cells).length > 0 ? [{ scope: row.scope, cells }] : [];
  });
  const shown = new Set(items.flatMap((row) => Object.keys(row.cells)));
  return { ...matrix, items, people: matrix.people.filter((p) => shown.has(p.accountId)) };
}

/** `programId=…&role=…&accountId=…` for the API. */
export function matrixQuery(programId: string, filter: MatrixFilter): string {
  const params = new URLSearchParams({ programId });
  if (filter.role !== null) params.set('role', filter.role);
  if (filter.accountId !== null) params.set('accountId', filter.accountId);
  return params.toString();
}
