import type {
  Faults,
  Issue,
  IssueType,
  Notification,
  Site,
  Status,
  WebhookDelivery,
  WebhookSwitches,
} from './types';

/** A failed call to the sandbox API; `status` is 0 when the server was not reached. */
export class ShellApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ShellApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function errorMessage(json: unknown): string | null {
  if (json && typeof json === 'object' && 'error' in json && typeof json.error === 'string') {
    return json.error;
  }
  return null;
}

function parse(text: string): unknown {
  try {
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Calls a sandbox endpoint with a JSON body. Errors arrive as `{"error": "…"}` (400/404/409);
 * anything else (an HTML error page, no server) still becomes a ShellApiError with a readable message.
 */
export async function callJson<T>(
  method: Method,
  path: string,
  body?: unknown,
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new ShellApiError(`${method} ${path} failed: ${e instanceof Error ? e.message : String(e)}`, 0);
  }
  const json = parse(await response.text());
  if (!response.ok) {
    const message = errorMessage(json) ?? `${method} ${path}: HTTP ${response.status}`;
    throw new ShellApiError(message, response.status);
  }
  return json as T;
}

const enc = encodeURIComponent;

/** Every endpoint the shell uses; see ShellController and the sandbox's issue/webhook/fault APIs. */
export const shellApi = {
  site: () => callJson<Site>('GET', '/sandbox/api/site'),
  frameUrl: (module: string, user: string, context: Record<string, string>) =>
    callJson<{ url: string }>('GET', `/sandbox/api/frame?${new URLSearchParams({ ...context, module, user }).toString()}`),
  contextToken: (user: string) =>
    callJson<{ token: string }>('GET', `/sandbox/api/context-token?user=${enc(user)}`),

  issue: (key: string) => callJson<Issue>('GET', `/sandbox/api/issues/${enc(key)}`),
  createIssue: (body: { projectKey: string; typeId: string; summary: string; parentKey?: string; actor: string }) =>
    callJson<Issue>('POST', '/sandbox/api/issues', body),
  patchIssue: (key: string, body: Record<string, unknown>) =>
    callJson<Issue>('PATCH', `/sandbox/api/issues/${enc(key)}`, body),
  deleteIssue: (key: string, actor: string) =>
    callJson<undefined>('DELETE', `/sandbox/api/issues/${enc(key)}?actor=${enc(actor)}`),
  addLink: (blocker: string, blocked: string, actor: string) =>
    callJson<{ linkId: string }>('POST', '/sandbox/api/links', { blocker, blocked, actor }),
  removeLink: (linkId: string) => callJson<undefined>('DELETE', `/sandbox/api/links/${enc(linkId)}`),
  statuses: () => callJson<Status[]>('GET', '/sandbox/api/statuses'),
  issueTypes: () => callJson<IssueType[]>('GET', '/sandbox/api/issue-types'),

  webhooks: () => callJson<WebhookDelivery[]>('GET', '/sandbox/api/webhooks?limit=50'),
  webhookSwitches: () => callJson<WebhookSwitches>('GET', '/sandbox/api/webhooks/switches'),
  saveWebhookSwitches: (value: WebhookSwitches) =>
    callJson<WebhookSwitches>('PUT', '/sandbox/api/webhooks/switches', value),
  notifications: () => callJson<Notification[]>('GET', '/sandbox/api/notifications?limit=50'),
  faults: () => callJson<Faults>('GET', '/sandbox/api/faults'),
  saveFaults: (value: Faults) => callJson<Faults>('PUT', '/sandbox/api/faults', value),
};
