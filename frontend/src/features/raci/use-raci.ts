import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';

import { type ScopeRaci, type ScopeType } from './raci';
import { fetchGapReport, fetchMatrix, fetchMine, fetchScopeRaci } from './raci-api';
import type { GapReport, MyResponsibilities, RaciMatrix } from './raci-reports';

/** Someone else's edit up the hierarchy shows within half a minute. */
export const RACI_POLL_MS = 30_000;

const every = (ms: number) => () => ms;

const scopeResource: PolledResource<ScopeRaci> = {
  load: (api, key) => {
    const slash = key.indexOf('/');
    return fetchScopeRaci(api, key.slice(0, slash) as ScopeType, key.slice(slash + 1));
  },
  nextDelay: every(RACI_POLL_MS),
};

export function useScopeRaci(type: ScopeType, id: string): PolledResult<ScopeRaci> {
  return usePolledResource(`${type}/${id}`, scopeResource);
}

/** Only the first page is polled; the views read later pages when asked. */
const matrixResource: PolledResource<RaciMatrix> = {
  load: (api, programId) => fetchMatrix(api, programId),
  nextDelay: every(RACI_POLL_MS),
};

export function useRaciMatrix(programId: string): PolledResult<RaciMatrix> {
  return usePolledResource(programId, matrixResource);
}

const gapResource: PolledResource<GapReport> = {
  load: (api, programId) => fetchGapReport(api, programId),
  nextDelay: every(RACI_POLL_MS),
};

export function useGapReport(programId: string): PolledResult<GapReport> {
  return usePolledResource(programId, gapResource);
}

const mineResource: PolledResource<MyResponsibilities> = {
  load: (api) => fetchMine(api),
  nextDelay: every(RACI_POLL_MS),
};

/** The key is constant: the caller is whoever the token says. */
export function useMyResponsibilities(): PolledResult<MyResponsibilities> {
  return usePolledResource('mine', mineResource);
}
