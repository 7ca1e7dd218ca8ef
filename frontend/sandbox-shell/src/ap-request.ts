/**
 * AP.request as Jira's host page does it: the page, not the iframe, calls Jira's REST API with the
 * user's session. Here the session is the `sandbox.user` cookie (see user-cookie.ts) and Jira's REST
 * API lives under the simulated site's base path, so `/rest/api/3/field` becomes
 * `/sandbox/jira/rest/api/3/field` on this origin.
 */
export const SITE_BASE_PATH = '/sandbox/jira';

export interface ApRequestArgs {
  url?: unknown;
  type?: unknown;
  data?: unknown;
  contentType?: unknown;
  headers?: unknown;
}

/** What goes back over postMessage; all.js turns it into Connect's xhr-like object. */
export interface ApResponse {
  status: number;
  statusText: string;
  body: string;
  headers: Record<string, string>;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
// The host owns the session: an iframe may not replace it or send another identity.
const FORBIDDEN_HEADERS = new Set(['cookie', 'authorization', 'host']);

/** Only a relative Jira REST path may be called: no other origin, no way out of /rest/. */
export function checkRestUrl(url: unknown): string {
  if (typeof url !== 'string' || !url.startsWith('/rest/') || url.includes('\\')) {
    throw new Error(`AP.request only calls Jira's REST API by a relative /rest/ URL, not ${String(url)}`);
  }
  const resolved = new URL(url, 'http://site.invalid');
  if (resolved.origin !== 'http://site.invalid' || !resolved.pathname.startsWith('/rest/')) {
    throw new Error(`AP.request URL leaves /rest/: ${url}`);
  }
  return resolved.pathname + resolved.search;
}

function requestHeaders(args: ApRequestArgs): Record<string, string> {
  const headers: Record<string, string> = {};
  if (args.headers && typeof args.headers === 'object') {
    for (const [name, value] of Object.entries(args.headers as Record<string, unknown>)) {
      if (typeof value === 'string' && !FORBIDDEN_HEADERS.has(name.toLowerCase())) headers[name] = value;
    }
  }
  if (typeof args.contentType === 'string') headers['Content-Type'] = args.contentType;
  return headers;
}

export async function performApRequest(args: ApRequestArgs, fetchImpl: typeof fetch = fetch): Promise<ApResponse> {
  const path = checkRestUrl(args.url);
  const method = typeof args.type === 'string' ? args.type.toUpperCase() : 'GET';
  if (!METHODS.has(method)) throw new Error(`AP.request: unsupported method ${method}`);
  const hasBody = method !== 'GET' && method !== 'DELETE' && args.data !== undefined && args.data !== null;
  const body = typeof args.data === 'string' ? args.data : JSON.stringify(args.data);
  const response = await fetchImpl(SITE_BASE_PATH + path, {
    method,
    credentials: 'same-origin',
    headers: requestHeaders(args),
    ...(hasBody ? { body } : {}),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, statusText: response.statusText, body: await response.text(), headers };
}
