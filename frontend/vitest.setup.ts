import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// @atlaskit/tokens calls window.matchMedia when imported; jsdom does not implement it.
// Older code still calls the legacy addListener/removeListener, so provide those too.
const legacyListeners = { addListener: () => undefined, removeListener: () => undefined };

Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  writable: true,
  value: (query: string): MediaQueryList => ({
    ...legacyListeners,
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

afterEach(() => {
  cleanup();
});
