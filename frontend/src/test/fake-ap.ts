import { vi } from 'vitest';

import type { ConnectApi } from '../lib/atlassian-connect';

/** A stand-in for window.AP whose methods are spies. */
export function createFakeAp() {
  return {
    context: {
      getToken: vi.fn<ConnectApi['context']['getToken']>((callback) => {
        callback?.('jwt-from-ap');
        return undefined;
      }),
      getContext: vi.fn<ConnectApi['context']['getContext']>(() => undefined),
    },
    request: vi.fn<ConnectApi['request']>(() => undefined),
    navigator: { go: vi.fn<ConnectApi['navigator']['go']>() },
    flag: { create: vi.fn<ConnectApi['flag']['create']>(() => ({ close: vi.fn() })) },
    theming: { initializeTheming: vi.fn<() => void>() },
    events: {
      on: vi.fn<ConnectApi['events']['on']>(),
      off: vi.fn<ConnectApi['events']['off']>(),
    },
    resize: vi.fn<ConnectApi['resize']>(),
    sizeToParent: vi.fn<ConnectApi['sizeToParent']>(),
  } satisfies ConnectApi;
}
