import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';

/** A risk as docs/risks.md describes it (RiskView); only what the views use. */
export const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Level = (typeof LEVELS)[number];
export const ROAMS = ['OWNED', 'ACCEPTED', 'MITIGATED', 'RESOLVED'] as const;
export type Roam = (typeof ROAMS)[number];
export const STATUSES = ['OPEN', 'CLOSED'] as const;
export type RiskStatus = (typeof STATUSES)[number];
export const PROXIMITIES = ['IMMEDIATE', 'SHORT_TERM', 'MEDIUM_TERM', 'LONG_TERM'] as const;
export type Proximity = (typeof PROXIMITIES)[number];

export const ROAM_LABELS: Record<Roam, string> = {
  OWNED: 'Owned',
  ACCEPTED: 'Accepted',
  MITIGATED: 'Mitigated',
  RESOLVED: 'Resolved',
};
export const LEVEL_LABELS: Record<Level, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
};
export const PROXIMITY_LABELS: Record<Proximity, string> = {
  IMMEDIATE: 'Immediate (2 weeks)',
  SHORT_TERM: 'Short term (3 months)',
  MEDIUM_TERM: 'Medium term (6 months)',
  LONG_TERM: 'Long term',
};

export interface RiskIssueRef {
  id: string;
  /** Null once the issue is gone from Jira. */
  key: string | null;
  summary: string | null;
  statusCategory: string | null;
}

export interface Risk {
  id: string;
  title: string;
  description: string | null;
  category: string | null;
  probability: number;
  impact: number;
  score: number;
  level: Level;
  residualProbability: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  residualLevel: Level | null;
  exposure: number;
  exposureLevel: Level;
  roam: Roam;
  status: RiskStatus;
  ownerAccountId: string | null;
  mitigation: string | null;
  contingency: string | null;
  trigger: string | null;
  reviewDate: string | null;
  dueDate: string | null;
  proximity: Proximity | null;
  reviewOverdue: boolean;
  programs: { id: string; name: string }[];
  projectKeys: string[];
  issues: RiskIssueRef[];
  mitigationProgress: { total: number; done: number };
  version: number;
}

/** A risk on an issue's panel: its own, or inherited from an ancestor issue. */
export interface IssueRisk extends Risk {
  inheritedFrom: { id: string; key: string } | null;
}

function readOptionalOneOf<V extends string>(
  object: JsonObject,
  field: string,
  what: string,
  allowed: readonly V[],
): V | null {
  return object[field] === undefined || object[field] === null ? null : readOneOf(object, field, what, allowed);
}

const readStringItem = (item: unknown, what: string): string => {
  if (typeof item !== 'string') throw new Error(`Expected ${what} to be a string.`);
  return item;
};

function decodeIssueRef(json: unknown, what: string): RiskIssueRef {
  const object = asObject(json, what);
  return {
    id: readString(object, 'id', what),
    key: readOptionalString(object, 'key', what),
    summary: readOptionalString(object, 'summary', what),
    statusCategory: readOptionalString(object, 'statusCategory', what),
  };
}

function decodeProgramRef(json: unknown, what: string): { id: string; name: string } {
  const object = asObject(json, what);
  return { id: readString(object, 'id', what), name: readString(object, 'name', what) };
}

export function decodeRisk(json: unknown, what = 'risk'): Risk {
  const o = asObject(json, what);
  const progress =
    o.mitigationProgress === undefined || o.mitigationProgress === null
      ? { total: 0, done: 0 }
      : asObject(o.mitigationProgress, `${what}.mitigationProgress`);
  return {
    id: readString(o, 'id', what),
    title: readString(o, 'title', what),
    description: readOptionalString(o, 'description', what),
    category: readOptionalString(o, 'category', what),
    probability: readNumber(o, 'probability', what),
    impact: readNumber(o, 'impact', what),
    score: readNumber(o, 'score', what),
    level: readOneOf(o, 'level', what, LEVELS),
    residualProbability: readOptionalNumber(o, 'residualProbability', what),
    residualImpact: readOptionalNumber(o, 'residualImpact', what),
    residualScore: readOptionalNumber(o, 'residualScore', what),
    residualLevel: readOptionalOneOf(o, 'residualLevel', what, LEVELS),
    exposure: readNumber(o, 'exposure', what),
    exposureLevel: readOneOf(o, 'exposureLevel', what, LEVELS),
    roam: readOneOf(o, 'roam', what, ROAMS),
    status: readOneOf(o, 'status', what, STATUSES),
    ownerAccountId: readOptionalString(o, 'ownerAccountId', what),
    mitigation: readOptionalString(o, 'mitigation', what),
    contingency: readOptionalString(o, 'contingency', what),
    trigger: readOptionalString(o, 'trigger', what),
    reviewDate: readOptionalString(o, 'reviewDate', what),
    dueDate: readOptionalString(o, 'dueDate', what),
    proximity: readOptionalOneOf(o, 'proximity', what, PROXIMITIES),
    reviewOverdue: o.reviewOverdue === undefined ? false : readBoolean(o, 'reviewOverdue', what),
    programs: readList(o, 'programs', what, decodeProgramRef),
    projectKeys: readList(o, 'projectKeys', what, readStringItem),
    issues: readList(o, 'issues', what, decodeIssueRef),
    mitigationProgress: {
      total: readNumber(progress, 'total', `${what}.mitigationProgress`),
      done: readNumber(progress, 'done', `${what}.mitigationProgress`),
    },
    version: readNumber(o, 'version', what),
  };
}

export function decodeIssueRisk(json: unknown, what: string): IssueRisk {
  const object = asObject(json, what);
  const from = object.inheritedFrom;
  let inheritedFrom: IssueRisk['inheritedFrom'] = null;
  if (from !== undefined && from !== null) {
    const ref = asObject(from, `${what}.inheritedFrom`);
    inheritedFrom = { id: readString(ref, 'id', what), key: readString(ref, 'key', what) };
  }
  return { ...decodeRisk(json, what), inheritedFrom };
}

export interface RiskPage {
  items: Risk[];
  nextCursor: string | null;
}

export function decodeRiskPage(json: unknown): RiskPage {
  const what = 'risk list';
  const object = asObject(json, what);
  return {
    items: readList(object, 'items', what, decodeRisk),
    nextCursor: readOptionalString(object, 'nextCursor', what),
  };
}

/** Exposure of the open risks a filter selects (register summary, issue subtree). */
export interface Exposure {
  openCount: number;
  exposure: number;
  maxLevel: Level | null;
  overdueReviews: number;
}

export function decodeExposure(json: unknown, what = 'exposure'): Exposure {
  const o = asObject(json, what);
  return {
    openCount: readNumber(o, 'openCount', what),
    exposure: readNumber(o, 'exposure', what),
    maxLevel: readOptionalOneOf(o, 'maxLevel', what, LEVELS),
    overdueReviews: o.overdueReviews === undefined ? 0 : readNumber(o, 'overdueReviews', what),
  };
}

export interface IssueRisks {
  issue: { id: string; key: string };
  items: IssueRisk[];
  subtree: Exposure | null;
}

export function decodeIssueRisks(json: unknown): IssueRisks {
  const what = 'issue risks';
  const o = asObject(json, what);
  const issue = asObject(o.issue, `${what}.issue`);
  return {
    issue: { id: readString(issue, 'id', what), key: readString(issue, 'key', what) },
    items: readList(o, 'items', what, decodeIssueRisk),
    subtree: o.subtree === undefined || o.subtree === null ? null : decodeExposure(o.subtree, `${what}.subtree`),
  };
}
