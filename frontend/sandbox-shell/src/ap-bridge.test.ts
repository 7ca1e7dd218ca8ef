import { describe, expect, it, vi } from 'vitest';

import { type ApHostDeps, createApHandler, FULL_PAGE_HEIGHT } from './ap-bridge';
import type { ConnectFrameInfo } from './frames';

function setup(overrides: Partial<ApHostDeps> = {}) {
  const source = { postMessage: vi.fn() };
  const frame: ConnectFrameInfo = {
    module: 'issue-panel',
    context: { 'issue.id': '10042', 'issue.key': 'PAY-3', 'project.id': '10001', 'project.key': 'PAY' },
    element: document.createElement('iframe'),
  };
  const deps: ApHostDeps = {
    frameFor: (s) => (s === (source as unknown) ? frame : undefined),
    user: () => 'user-1',
    theme: () => 'dark',
    contextToken: vi.fn((user: string) => Promise.resolve(`token-for-${user}`)),
    navigate: vi.fn(),
    flag: vi.fn(() => 7),
    closeFlag: vi.fn(),
    request: vi.fn(() => Promise.resolve({ status: 200, statusText: 'OK', body: '[]', headers: {} })),
    siteUrl: 'http://localhost/sandbox/jira',
    ...overrides,
  };
  const handle = createApHandler(deps);
  const call = async (method: string, args: Record<string, unknown> = {}, from: unknown = source) => {
    handle({ data: { ap: 'call', id: 1, method, args }, source: from } as unknown as MessageEvent);
    await vi.waitFor(() => { expect(source.postMessage).toHaveBeenCalled(); });
    return source.postMessage.mock.calls[0]?.[0] as { ap: string; id: number; value?: unknown; error?: string };
  };
  return { deps, frame, source, call, handle };
}

describe('AP host (answers /sandbox/all.js)', () => {
  it('gives a context token for the acting user', async () => {
    const { call } = setup();
    expect(await call('getToken')).toEqual({ ap: 'result', id: 1, value: 'token-for-user-1' });
  });

  it('describes the frame it was asked from', async () => {
    const { call } = setup();
    expect((await call('getContext')).value).toEqual({
      jira: { issue: { id: '10042', key: 'PAY-3' }, project: { id: '10001', key: 'PAY' } },
      url: { displayUrl: 'http://localhost/sandbox/jira' },
    });
  });

  it('resizes and fills the asking iframe', async () => {
    const { call, frame } = setup();
    await call('resize', { height: '321px' });
    expect(frame.element.style.height).toBe('321px');
    const again = setup();
    await again.call('sizeToParent');
    expect(again.frame.element.style.height).toBe(FULL_PAGE_HEIGHT);
  });

  it('performs AP.request for the frame and answers with status, body and headers', async () => {
    const { call, deps } = setup();
    const result = await call('request', { url: '/rest/api/3/field', type: 'GET' });
    expect(deps.request).toHaveBeenCalledWith({ url: '/rest/api/3/field', type: 'GET' });
    expect(result.value).toEqual({ status: 200, statusText: 'OK', body: '[]', headers: {} });
  });

  it('answers a refused request with an error the frame can report', async () => {
    const { call } = setup({ request: () => Promise.reject(new Error('AP.request only calls /rest/')) });
    expect(await call('request', { url: 'https://elsewhere' })).toEqual({ ap: 'result', id: 1, error: 'AP.request only calls /rest/' });
  });

  it('navigates, flags and reports the theme', async () => {
    const { call, deps } = setup();
    await call('navigate', { target: 'issue', context: { issueKey: 'WEB-2' } });
    expect(deps.navigate).toHaveBeenCalledWith({ kind: 'issue', issueKey: 'WEB-2' });
    expect((await setup().call('getTheme')).value).toBe('dark');
    const flagged = setup();
    expect((await flagged.call('flag', { title: 'Saved', body: 'ok', type: 'success' })).value).toBe(7);
    expect(flagged.deps.flag).toHaveBeenCalledWith({ title: 'Saved', body: 'ok', type: 'success' });
  });

  it('answers unknown methods with an error and ignores strangers', async () => {
    const { call, handle, source } = setup();
    expect((await call('dialog.create')).error).toMatch(/not simulated/);
    source.postMessage.mockClear();
    handle({ data: { ap: 'call', id: 2, method: 'getToken' }, source: {} } as unknown as MessageEvent);
    handle({ data: 'hello', source } as unknown as MessageEvent);
    await new Promise((r) => setTimeout(r, 10));
    expect(source.postMessage).not.toHaveBeenCalled();
  });
});
