import { ignoreBody, type ApiClient } from '../../lib/api-client';

import {
  asObject,
  readList,
  readNumber,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from './json-fields';

export type SyncState = 'backfilling' | 'retrying' | 'live';

export interface ProjectProgress {
  projectKey: string;
  /** `queued`, `running`, `done` or `failed`; shown as sent. */
  state: string;
  fetched: number;
  /** Jira's estimate; unknown until the first page of a project arrives. */
  total: number | null;
  percent: number;
  lastError: string | null;
}

export interface ParkedEvent {
  webhookId: string;
  event: string;
  attempts: number;
  lastError: string | null;
  receivedAt: string | null;
}

export interface ReconcileSummary {
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  issuesRepaired: number | null;
  failedWebhooks: number | null;
  lastError: string | null;
}

/** GET /api/admin/sync: how far the mirror is from Jira, and what needs an admin. */
export interface SyncStatus {
  state: SyncState;
  percent: number;
  mirroredIssues: number;
  projects: ProjectProgress[];
  inbox: { pending: number; parked: number; done: number };
  /** The most recent parked events (the API sends at most 50). */
  parked: ParkedEvent[];
  reconcile: ReconcileSummary;
}

function decodeProject(json: unknown, what: string): ProjectProgress {
  const object = asObject(json, what);
  return {
    projectKey: readString(object, 'projectKey', what),
    state: readString(object, 'state', what),
    fetched: readNumber(object, 'fetched', what),
    total: readOptionalNumber(object, 'total', what),
    percent: readNumber(object, 'percent', what),
    lastError: readOptionalString(object, 'lastError', what),
  };
}

function decodeParked(json: unknown, what: string): ParkedEvent {
  const object = asObject(json, what);
  return {
    webhookId: readString(object, 'webhookId', what),
    event: readOptionalString(object, 'event', what) ?? 'unknown event',
    attempts: readNumber(object, 'attempts', what),
    lastError: readOptionalString(object, 'lastError', what),
    receivedAt: readOptionalString(object, 'receivedAt', what),
  };
}

function decodeReconcile(object: JsonObject, what: string): ReconcileSummary {
  return {
    lastStartedAt: readOptionalString(object, 'lastStartedAt', what),
    lastFinishedAt: readOptionalString(object, 'lastFinishedAt', what),
    issuesRepaired: readOptionalNumber(object, 'issuesRepaired', what),
    failedWebhooks: readOptionalNumber(object, 'failedWebhooks', what),
    lastError: readOptionalString(object, 'lastError', what),
  };
}

export function decodeSyncStatus(json: unknown): SyncStatus {
  const what = 'sync status';
  const object = asObject(json, what);
  const inbox = asObject(object.inbox, `${what}.inbox`);
  const reconcile = object.reconcile ?? {};
  return {
    state: readOneOf(object, 'state', what, ['backfilling', 'retrying', 'live'] as const),
    percent: readNumber(object, 'percent', what),
    mirroredIssues: readNumber(object, 'mirroredIssues', what),
    projects: readList(object, 'projects', what, decodeProject),
    inbox: {
      pending: readNumber(inbox, 'pending', `${what}.inbox`),
      parked: readNumber(inbox, 'parked', `${what}.inbox`),
      done: readNumber(inbox, 'done', `${what}.inbox`),
    },
    parked: readList(object, 'parked', what, decodeParked),
    reconcile: decodeReconcile(asObject(reconcile, `${what}.reconcile`), `${what}.reconcile`),
  };
}

export function fetchSyncStatus(api: ApiClient): Promise<SyncStatus> {
  return api.get('/api/admin/sync', decodeSyncStatus);
}

/** Starts reading every issue from Jira again (202 Accepted; progress shows in the status). */
export function requestResync(api: ApiClient): Promise<undefined> {
  return api.post('/api/admin/sync', undefined, ignoreBody);
}

/** Puts a parked webhook event back into the inbox for another attempt (204). */
export function retryParkedEvent(api: ApiClient, webhookId: string): Promise<undefined> {
  const path = `/api/admin/sync/parked/${encodeURIComponent(webhookId)}/retry`;
  return api.post(path, undefined, ignoreBody);
}
