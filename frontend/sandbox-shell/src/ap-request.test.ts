import { describe, expect, it, vi } from 'vitest';

import { checkRestUrl, performApRequest } from './ap-request';

describe('AP.request on the host side', () => {
  it('calls the simulated site with the session cookie and returns status, body and headers', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(
      new Response('{"ok":true}', { status: 201, statusText: 'Created', headers: { 'X-Thing': 'v', 'Content-Type': 'application/json' } }),
    );
    const response = await performApRequest(
      { url: '/rest/api/3/issue/PAY-3/properties/k', type: 'put', data: '{"a":1}', contentType: 'application/json',
        headers: { Accept: 'application/json', Authorization: 'JWT stolen', Cookie: 'x=y' } },
      fetchImpl,
    );
    expect(response).toEqual({ status: 201, statusText: 'Created', body: '{"ok":true}',
      headers: { 'x-thing': 'v', 'content-type': 'application/json' } });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/sandbox/jira/rest/api/3/issue/PAY-3/properties/k');
    expect(init).toMatchObject({ method: 'PUT', credentials: 'same-origin', body: '{"a":1}' });
    expect(init?.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
  });

  it('sends no body with GET and passes HTTP errors through as answers', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response('{"errorMessages":["x"]}', { status: 404 }));
    const response = await performApRequest({ url: '/rest/api/3/issue/NOPE-1', data: 'ignored' }, fetchImpl);
    expect(response.status).toBe(404);
    expect(fetchImpl.mock.calls[0]?.[1]).not.toHaveProperty('body');
  });

  it.each(['https://evil.example/rest/api/3/x', '//evil.example/rest/x', '/sandbox/api/faults', '/rest/../sandbox/api/faults',
    '/rest/%2e%2e/x', 'rest/api/3/x', '/rest\\..\\x', 42])('refuses %s', (url) => {
    expect(() => checkRestUrl(url)).toThrow(/AP.request/);
  });

  it('refuses unknown methods without calling anything', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    await expect(performApRequest({ url: '/rest/api/3/field', type: 'TRACE' }, fetchImpl)).rejects.toThrow(/unsupported/);
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
