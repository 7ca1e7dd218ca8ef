import type { Host, HttpMethod } from './host';
import {
  INVALID_RESPONSE_CODE,
  NETWORK_ERROR_CODE,
  ProblemError,
  genericProblem,
  problemFromBody,
} from './problem-error';

/** Turns parsed JSON (or `undefined` for an empty body) into a typed value, or throws. */
export type Decoder<T> = (json: unknown) => T;

export interface ApiRequest<T> {
  method: HttpMethod;
  /** Path on Keystone's own server, e.g. `/api/session`. */
  path: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Sent as-is instead of `body` (e.g. a CSV file for an import). */
  content?: { type: string; data: BodyInit };
  /** Extra request headers, e.g. `If-Match`. */
  headers?: Record<string, string>;
  decode: Decoder<T>;
}

export interface ApiClient {
  request<T>(request: ApiRequest<T>): Promise<T>;
  get<T>(path: string, decode: Decoder<T>): Promise<T>;
  post<T>(path: string, body: unknown, decode: Decoder<T>): Promise<T>;
  put<T>(path: string, body: unknown, decode: Decoder<T>): Promise<T>;
  patch<T>(path: string, body: unknown, decode: Decoder<T>): Promise<T>;
  delete<T>(path: string, decode: Decoder<T>): Promise<T>;
  /** A file the server generates (an export): the body as a Blob, authenticated like every call. */
  download(path: string): Promise<Blob>;
  /** A non-JSON download (e.g. `text/csv`) as text; errors are still problems. */
  getText(path: string, accept: string): Promise<string>;
}

export interface ApiClientOptions {
  host: Pick<Host, 'getToken'>;
  /** Prefix for every path; empty means the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** A decoder for endpoints whose body we do not read (e.g. 204 No Content). */
export const ignoreBody: Decoder<undefined> = () => undefined;

function isJsonContentType(contentType: string | null): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

async function problemFromResponse(response: Response): Promise<ProblemError> {
  if (!isJsonContentType(response.headers.get('Content-Type'))) {
    return genericProblem(response.status, response.statusText);
  }
  try {
    return problemFromBody(await response.json(), response.status, response.statusText);
  } catch {
    return genericProblem(response.status, response.statusText);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ProblemError(
      {
        title: 'Unexpected response',
        status: response.status,
        detail: 'The server sent a response that is not valid JSON.',
        code: INVALID_RESPONSE_CODE,
      },
      { cause },
    );
  }
}

/**
 * The one client for Keystone's API. Every call asks the host for a fresh token (Connect
 * tokens expire after minutes, so none is cached) and sends it as `Authorization: JWT …`.
 * Non-2xx responses become a {@link ProblemError}.
 */
export function createApiClient({
  host,
  baseUrl = '',
  fetch: fetchImpl = (input, init) => globalThis.fetch(input, init),
}: ApiClientOptions): ApiClient {
  async function send(
    method: HttpMethod,
    path: string,
    accept: string,
    extra: Pick<ApiRequest<unknown>, 'body' | 'content' | 'headers'>,
  ): Promise<Response> {
    const token = await host.getToken();
    const headers: Record<string, string> = {
      ...extra.headers,
      Accept: accept,
      Authorization: `JWT ${token}`,
    };
    const init: RequestInit = { method, headers, credentials: 'omit' };
    if (extra.content !== undefined) {
      headers['Content-Type'] = extra.content.type;
      init.body = extra.content.data;
    } else if (extra.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(extra.body);
    }

    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, init);
    } catch (cause) {
      throw new ProblemError(
        {
          title: 'Keystone could not be reached',
          status: 0,
          detail: 'Check your connection and try again.',
          code: NETWORK_ERROR_CODE,
        },
        { cause },
      );
    }

    if (!response.ok) {
      throw await problemFromResponse(response);
    }
    return response;
  }

  async function request<T>({ method, path, decode, ...extra }: ApiRequest<T>): Promise<T> {
    const response = await send(method, path, 'application/json, application/problem+json', extra);
    const json = await readJson(response);
    try {
      return decode(json);
    } catch (cause) {
      if (cause instanceof ProblemError) {
        throw cause;
      }
      throw new ProblemError(
        {
          title: 'Unexpected response',
          status: response.status,
          detail: cause instanceof Error ? cause.message : 'The response had an unexpected shape.',
          code: INVALID_RESPONSE_CODE,
        },
        { cause },
      );
    }
  }

  return {
    request,
    get: (path, decode) => request({ method: 'GET', path, decode }),
    post: (path, body, decode) => request({ method: 'POST', path, body, decode }),
    put: (path, body, decode) => request({ method: 'PUT', path, body, decode }),
    patch: (path, body, decode) => request({ method: 'PATCH', path, body, decode }),
    delete: (path, decode) => request({ method: 'DELETE', path, decode }),
    download: async (path) => (await send('GET', path, '*/*', {})).blob(),
    getText: async (path, accept) =>
      (await send('GET', path, `${accept}, application/problem+json`, {})).text(),
  };
}
