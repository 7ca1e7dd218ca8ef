import { describe, expect, it, vi } from 'vitest';

import { createFakeHost, jsonResponse, problemResponse } from '../test/fake-host';

import { createApiClient, ignoreBody } from './api-client';
import {
  GENERIC_ERROR_CODE,
  INVALID_RESPONSE_CODE,
  NETWORK_ERROR_CODE,
  ProblemError,
} from './problem-error';

const asRecord = (json: unknown) => json as Record<string, unknown>;

function setup(...responses: (Response | Error)[]) {
  const host = createFakeHost();
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const response of responses) {
    if (response instanceof Error) {
      fetch.mockRejectedValueOnce(response);
    } else {
      fetch.mockResolvedValueOnce(response);
    }
  }
  const api = createApiClient({ host, fetch });
  const headersOf = (call: number) => new Headers(fetch.mock.calls[call]?.[1]?.headers);
  return { host, fetch, api, headersOf };
}

async function captureError(promise: Promise<unknown>): Promise<ProblemError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
}

describe('createApiClient', () => {
  it('asks the host for a fresh token on every call', async () => {
    const { host, api, headersOf } = setup(jsonResponse({ n: 1 }), jsonResponse({ n: 2 }));

    await api.get('/api/one', asRecord);
    await api.get('/api/two', asRecord);

    expect(host.getToken).toHaveBeenCalledTimes(2);
    expect(headersOf(0).get('Authorization')).toBe('JWT token-1');
    expect(headersOf(1).get('Authorization')).toBe('JWT token-2');
  });

  it('sends JSON and decodes the JSON response', async () => {
    const { fetch, api, headersOf } = setup(jsonResponse({ id: 7, name: 'Apollo' }, 201));

    const created = await api.post('/api/programs', { name: 'Apollo' }, asRecord);

    expect(created).toEqual({ id: 7, name: 'Apollo' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/programs');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"Apollo"}');
    expect(headersOf(0).get('Content-Type')).toBe('application/json');
    expect(headersOf(0).get('Accept')).toContain('application/problem+json');
  });

  it('sends no body or Content-Type on GET', async () => {
    const { fetch, api, headersOf } = setup(jsonResponse({}));

    await api.get('/api/session', asRecord);

    expect(fetch.mock.calls[0]?.[1]?.body).toBeUndefined();
    expect(headersOf(0).has('Content-Type')).toBe(false);
  });

  it('prefixes the base URL', async () => {
    const host = createFakeHost();
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({}));
    const api = createApiClient({ host, fetch, baseUrl: 'https://keystone.example' });

    await api.get('/api/session', asRecord);

    expect(fetch.mock.calls[0]?.[0]).toBe('https://keystone.example/api/session');
  });

  it('passes undefined to the decoder for an empty 204 response', async () => {
    const { api } = setup(new Response(null, { status: 204 }));
    const decode = vi.fn(ignoreBody);

    await expect(api.delete('/api/programs/7', decode)).resolves.toBeUndefined();
    expect(decode).toHaveBeenCalledWith(undefined);
  });

  it('turns application/problem+json into a ProblemError with code and field errors', async () => {
    const { api } = setup(
      problemResponse(
        {
          type: 'https://keystone.example/problems/validation',
          title: 'Invalid program',
          detail: 'The program could not be saved.',
          code: 'validation_failed',
          errors: [
            { field: 'name', message: 'must not be blank' },
            { field: 'dueDate', message: 'must be in the future' },
            { nonsense: true },
          ],
        },
        422,
      ),
    );

    const error = await captureError(api.post('/api/programs', { name: '' }, asRecord));

    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_failed');
    expect(error.title).toBe('Invalid program');
    expect(error.detail).toBe('The program could not be saved.');
    expect(error.type).toBe('https://keystone.example/problems/validation');
    expect(error.message).toBe('The program could not be saved.');
    expect(error.errors).toEqual([
      { field: 'name', message: 'must not be blank' },
      { field: 'dueDate', message: 'must be in the future' },
    ]);
  });

  it('gives a problem without a code the generic code', async () => {
    const { api } = setup(problemResponse({ title: 'Forbidden' }, 403));

    const error = await captureError(api.get('/api/admin', asRecord));

    expect(error.status).toBe(403);
    expect(error.title).toBe('Forbidden');
    expect(error.code).toBe(GENERIC_ERROR_CODE);
    expect(error.errors).toEqual([]);
  });

  it('turns a non-JSON error body into a generic ProblemError', async () => {
    const { api } = setup(
      new Response('<html><body>Bad gateway</body></html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );

    const error = await captureError(api.get('/api/session', asRecord));

    expect(error.status).toBe(502);
    expect(error.code).toBe(GENERIC_ERROR_CODE);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBe('The server responded with status 502.');
  });

  it('treats an unparseable problem body as a generic error', async () => {
    const { api } = setup(
      new Response('{not json', {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const error = await captureError(api.get('/api/session', asRecord));

    expect(error.status).toBe(500);
    expect(error.code).toBe(GENERIC_ERROR_CODE);
  });

  it('reports a network failure as a ProblemError', async () => {
    const { api } = setup(new TypeError('Failed to fetch'));

    const error = await captureError(api.get('/api/session', asRecord));

    expect(error.status).toBe(0);
    expect(error.code).toBe(NETWORK_ERROR_CODE);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports a success body that is not JSON as an invalid response', async () => {
    const { api } = setup(new Response('hello', { status: 200 }));

    const error = await captureError(api.get('/api/session', asRecord));

    expect(error.code).toBe(INVALID_RESPONSE_CODE);
    expect(error.status).toBe(200);
  });

  it('reports a body the decoder rejects as an invalid response', async () => {
    const { api } = setup(jsonResponse({ unexpected: true }));

    const error = await captureError(
      api.get('/api/session', () => {
        throw new Error('siteUrl is missing');
      }),
    );

    expect(error.code).toBe(INVALID_RESPONSE_CODE);
    expect(error.detail).toBe('siteUrl is missing');
  });

  it('does not call the API when no token can be had', async () => {
    const { host, fetch, api } = setup(jsonResponse({}));
    host.getToken.mockRejectedValueOnce(new Error('host unavailable'));

    await expect(api.get('/api/session', asRecord)).rejects.toThrow('host unavailable');
    expect(fetch).not.toHaveBeenCalled();
  });
});
