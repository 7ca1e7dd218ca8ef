import { vi } from 'vitest';

import type { Host } from '../lib/host';

/** A Host whose every method is a spy; getToken hands out token-1, token-2, … */
export function createFakeHost() {
  let issued = 0;
  return {
    getToken: vi.fn<Host['getToken']>(() => {
      issued += 1;
      return Promise.resolve(`token-${issued}`);
    }),
    getContext: vi.fn<Host['getContext']>(() => Promise.resolve({ issue: null, project: null })),
    request: vi.fn<Host['request']>(() => Promise.resolve({ status: 200, body: '{}' })),
    navigate: vi.fn<Host['navigate']>(),
    flag: vi.fn<Host['flag']>(),
    initTheming: vi.fn<Host['initTheming']>(),
    onEvent: vi.fn<Host['onEvent']>(() => () => undefined),
    resize: vi.fn<Host['resize']>(),
    sizeToParent: vi.fn<Host['sizeToParent']>(),
  } satisfies Host;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(problem: Record<string, unknown>, status: number): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
