/**
 * Everything Keystone's UI needs from the product it is embedded in. The real
 * implementation (ap-host.ts) talks to Jira through all.js; tests use fakes.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HostEntityRef {
  id: string;
  key: string;
}

export interface HostContext {
  issue: HostEntityRef | null;
  project: HostEntityRef | null;
}

/** A Jira REST call made as the current user (e.g. `/rest/api/3/myself`). */
export interface HostRequest {
  url: string;
  method?: HttpMethod;
  /** Sent as JSON when present. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Any HTTP response Jira gave, successful or not. */
export interface HostResponse {
  status: number;
  body: string;
}

export type FlagType = 'info' | 'success' | 'warning' | 'error';

export interface FlagOptions {
  title: string;
  body?: string;
  type?: FlagType;
}

/** Targets understood by Jira's `AP.navigator.go`. */
export type NavigationTarget =
  | 'issue'
  | 'dashboard'
  | 'projectAdminSummary'
  | 'projectAdminTabPanel'
  | 'addonModule'
  | 'site'
  | 'userProfile';

export type NavigationContext = Record<string, string | number | boolean>;

export type HostEventListener = (...args: unknown[]) => void;

export interface Host {
  /** A fresh, short-lived JWT for calling Keystone's own API. */
  getToken(): Promise<string>;
  getContext(): Promise<HostContext>;
  /** Resolves with any HTTP response; rejects only when no response arrived. */
  request(request: HostRequest): Promise<HostResponse>;
  navigate(target: NavigationTarget, context?: NavigationContext): void;
  flag(options: FlagOptions): void;
  /** Asks the host to push its theme (html `data-color-mode`) into this frame. */
  initTheming(): void;
  /** Subscribes to a host event; returns the unsubscribe function. */
  onEvent(name: string, listener: HostEventListener): () => void;
  /** Resizes the iframe to fit its content. */
  resize(): void;
  /** Makes the iframe fill its parent (full-page modules). */
  sizeToParent(): void;
}
