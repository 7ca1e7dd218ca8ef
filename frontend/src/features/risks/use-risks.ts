import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';
import { fetchAllPrograms, type Program } from '../programs/programs';

import type { IssueRisks, Risk, RiskPage } from './risk';
import type { ExposureDay, HeatMap, HistoryEntry, ScorePoint } from './risk-analytics';
import {
  fetchExposureTrend,
  fetchHeatMap,
  fetchIssueRisks,
  fetchOverdueReviews,
  fetchRisk,
  fetchRiskHistory,
  fetchRiskMatrix,
  fetchRiskPage,
  fetchScoreTrend,
  fetchTopRisks,
} from './risk-api';
import type { RiskFilter, RiskSort } from './risk-filter';
import type { RiskMatrix } from './risk-matrix';

// The resources are keyed by the JSON of what they load, so a changed filter loads afresh
// through the same one-request-at-a-time machinery the other views use; nothing polls: the
// register changes by hand, and every change made here calls `refresh`.
const once = () => null;

export interface PageQuery {
  filter: RiskFilter;
  sort: RiskSort;
  cursor: string | null;
}

const pageResource: PolledResource<RiskPage> = {
  load: (api, key) => {
    const { filter, sort, cursor } = JSON.parse(key) as PageQuery;
    return fetchRiskPage(api, filter, sort, cursor);
  },
  nextDelay: once,
};

/** `revision` changes after an edit, so the same query loads again. */
export function useRiskPage(query: PageQuery, revision: number): PolledResult<RiskPage> {
  return usePolledResource(JSON.stringify({ ...query, revision }), pageResource);
}

export interface RegisterOverview {
  heatMap: HeatMap;
  trend: ExposureDay[];
  top: Risk[];
  overdue: Risk[];
}

const overviewResource: PolledResource<RegisterOverview> = {
  load: async (api, key) => {
    const filter = JSON.parse(key) as RiskFilter;
    const [heatMap, trend, top, overdue] = await Promise.all([
      fetchHeatMap(api, filter),
      fetchExposureTrend(api, filter),
      fetchTopRisks(api, filter),
      fetchOverdueReviews(api, filter),
    ]);
    return { heatMap, trend, top, overdue };
  },
  nextDelay: once,
};

/** Heat map, trend and the two short lists for the filter (the heat-map cell does not narrow them). */
export function useRegisterOverview(filter: RiskFilter, revision: number): PolledResult<RegisterOverview> {
  return usePolledResource(JSON.stringify({ ...filter, cell: null, revision }), overviewResource);
}

export interface RiskDetails {
  risk: Risk;
  history: HistoryEntry[];
  trend: ScorePoint[];
}

const detailsResource: PolledResource<RiskDetails> = {
  load: async (api, id) => {
    const [risk, history, trend] = await Promise.all([fetchRisk(api, id), fetchRiskHistory(api, id), fetchScoreTrend(api, id)]);
    return { risk, history, trend };
  },
  nextDelay: once,
};

export function useRiskDetails(riskId: string | null): PolledResult<RiskDetails> {
  return usePolledResource(riskId, detailsResource);
}

const matrixResource: PolledResource<RiskMatrix> = { load: fetchRiskMatrix, nextDelay: once };

export function useRiskMatrix(): PolledResult<RiskMatrix> {
  return usePolledResource('risk-matrix', matrixResource);
}

const programsResource: PolledResource<Program[]> = { load: fetchAllPrograms, nextDelay: once };

export function usePrograms(): PolledResult<Program[]> {
  return usePolledResource('programs', programsResource);
}

const issueRisksResource: PolledResource<IssueRisks> = {
  load: fetchIssueRisks,
  // Risks linked elsewhere (the register, an ancestor) show up without reopening the issue.
  nextDelay: (outcome) => ('data' in outcome ? 15_000 : 30_000),
};

export function useIssueRisks(issueId: string): PolledResult<IssueRisks> {
  return usePolledResource(issueId, issueRisksResource);
}
