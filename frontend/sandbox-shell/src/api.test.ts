import { describe, expect, it, vi } from 'vitest';

import { callJson, ShellApiError } from './api';

const respond = (status: number, body: string, contentType = 'application/json') =>
  vi.fn<typeof fetch>().mockResolvedValue(new Response(body === '' ? null : body, { status, headers: { 'Content-Type': contentType } }));

describe('sandbox API client', () => {
  it('sends JSON and reads JSON', async () => {
    const fetchImpl = respond(200, '{"key":"PAY-3"}');
    await expect(callJson('PATCH', '/sandbox/api/issues/PAY-3', { actor: 'a', dueDate: null }, fetchImpl)).resolves.toEqual({ key: 'PAY-3' });
    const [, init] = fetchImpl.mock.calls[0] ?? [];
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"actor":"a","dueDate":null}');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('treats 204 as no body', async () => {
    await expect(callJson('DELETE', '/sandbox/api/links/1', undefined, respond(204, ''))).resolves.toBeUndefined();
  });

  it('surfaces the sandbox error message with its status', async () => {
    const error = await callJson('PATCH', '/x', {}, respond(400, '{"error":"No issue ZZZ-1"}')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShellApiError);
    expect(error).toMatchObject({ message: 'No issue ZZZ-1', status: 400 });
  });

  it('names method, path and status when the body is not the sandbox error shape', async () => {
    const error = await callJson('GET', '/sandbox/api/issues/PAY-3', undefined, respond(404, '<html>Not Found</html>', 'text/html'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'GET /sandbox/api/issues/PAY-3: HTTP 404', status: 404 });
  });

  it('reports an unreachable server as status 0', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(callJson('GET', '/sandbox/api/site', undefined, fetchImpl)).rejects.toMatchObject({ status: 0 });
  });
});
