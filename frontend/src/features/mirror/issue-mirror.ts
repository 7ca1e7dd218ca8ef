import type { ApiClient } from '../../lib/api-client';
import {
  asObject,
  readBoolean,
  readList,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../sync/json-fields';

/** Jira's three status categories; anything else Jira invents shows as `unknown`. */
export type StatusCategory = 'new' | 'indeterminate' | 'done' | 'unknown';

export interface IssueRef {
  id: string;
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
}

/** GET /api/issues/{issueId}/mirror: Keystone's copy of one Jira issue. */
export interface IssueMirror extends IssueRef {
  projectKey: string | null;
  issueType: string | null;
  hierarchyLevel: number | null;
  storyPoints: number | null;
  /** `yyyy-MM-dd`, a calendar date without a time zone. */
  dueDate: string | null;
  flagged: boolean;
  parent: IssueRef | null;
  children: IssueRef[];
  blockedBy: IssueRef[];
  blocks: IssueRef[];
  /** ISO instants: when Jira last changed the issue, and when Keystone stored that change. */
  jiraUpdated: string;
  mirroredAt: string;
}

/** The API's 404 code while the mirror has not caught up with the issue yet. */
export const ISSUE_NOT_MIRRORED = 'ISSUE_NOT_MIRRORED';

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

function readCategory(object: Record<string, unknown>, what: string): StatusCategory {
  // Lenient on purpose: a category Jira adds later must not blank the whole panel.
  const value = readOptionalString(object, 'statusCategory', what);
  return CATEGORIES.find((category) => category === value) ?? 'unknown';
}

function decodeRef(json: unknown, what: string): IssueRef {
  const object = asObject(json, what);
  return {
    id: readString(object, 'id', what),
    key: readString(object, 'key', what),
    summary: readOptionalString(object, 'summary', what) ?? '',
    status: readOptionalString(object, 'status', what) ?? 'Unknown',
    statusCategory: readCategory(object, what),
  };
}

export function decodeIssueMirror(json: unknown): IssueMirror {
  const what = 'issue mirror';
  const object = asObject(json, what);
  const parent = object.parent;
  return {
    ...decodeRef(object, what),
    // The mirror itself always has a status; only a link's target may lack one.
    status: readString(object, 'status', what),
    projectKey: readOptionalString(object, 'projectKey', what),
    issueType: readOptionalString(object, 'issueType', what),
    hierarchyLevel: readOptionalNumber(object, 'hierarchyLevel', what),
    storyPoints: readOptionalNumber(object, 'storyPoints', what),
    dueDate: readOptionalString(object, 'dueDate', what),
    flagged: object.flagged === undefined ? false : readBoolean(object, 'flagged', what),
    parent: parent === undefined || parent === null ? null : decodeRef(parent, `${what}.parent`),
    children: readList(object, 'children', what, decodeRef),
    blockedBy: readList(object, 'blockedBy', what, decodeRef),
    blocks: readList(object, 'blocks', what, decodeRef),
    jiraUpdated: readString(object, 'jiraUpdated', what),
    mirroredAt: readString(object, 'mirroredAt', what),
  };
}

export function fetchIssueMirror(api: ApiClient, issueId: string): Promise<IssueMirror> {
  return api.get(`/api/issues/${encodeURIComponent(issueId)}/mirror`, decodeIssueMirror);
}
