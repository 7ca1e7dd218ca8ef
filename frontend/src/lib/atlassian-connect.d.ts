/**
 * The part of the Atlassian Connect JavaScript API (all.js) that Keystone uses.
 * The Java app injects all.js into every page's <head>, which defines `window.AP`.
 */

export type ConnectHttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The XMLHttpRequest-like object all.js hands to AP.request callbacks. */
export interface ConnectXhr {
  status: number;
  statusText: string;
  responseText: string;
  getResponseHeader(name: string): string | null;
}

export interface ConnectRequestOptions {
  url: string;
  type?: ConnectHttpMethod;
  data?: string;
  contentType?: string;
  headers?: Record<string, string>;
  cache?: boolean;
  success?: (responseText: string, statusText: string, xhr: ConnectXhr) => void;
  error?: (xhr: ConnectXhr, statusText: string, errorThrown: unknown) => void;
}

export interface ConnectJiraContext {
  issue?: { id: string | number; key: string; issuetype?: { id: string | number } };
  project?: { id: string | number; key: string };
  dashboardItem?: { id: string };
  dashboard?: { id: string };
}

export interface ConnectContext {
  jira?: ConnectJiraContext;
  license?: { active: boolean };
  url?: { displayUrl: string };
}

export type ConnectFlagType = 'info' | 'success' | 'warning' | 'error';

export interface ConnectFlagOptions {
  title: string;
  body?: string;
  type?: ConnectFlagType;
  close?: 'manual' | 'auto';
}

export interface ConnectFlag {
  close(): void;
}

export type ConnectEventListener = (...args: unknown[]) => void;

export interface ConnectApi {
  context: {
    /** Newer all.js versions also return a Promise; older ones only call back. */
    getToken(callback?: (token: string) => void): Promise<string> | undefined;
    getContext(callback?: (context: ConnectContext) => void): Promise<ConnectContext> | undefined;
  };
  request(options: ConnectRequestOptions): Promise<unknown> | undefined;
  navigator: {
    go(target: string, context?: Record<string, unknown>): void;
  };
  flag: {
    create(options: ConnectFlagOptions): ConnectFlag;
  };
  /** Present on hosts that support design-token theming. */
  theming?: {
    initializeTheming(): void;
  };
  events: {
    on(name: string, listener: ConnectEventListener): void;
    off(name: string, listener: ConnectEventListener): void;
  };
  resize(width?: string, height?: string): void;
  sizeToParent(): void;
}

declare global {
  interface Window {
    /** Defined by all.js when the page runs inside a Jira iframe. */
    AP?: ConnectApi;
  }
}
