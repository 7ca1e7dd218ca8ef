import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

import type { ColorMode } from './shell-context';

const STORAGE_KEY = 'sandbox-theme';

export function savedColorMode(): ColorMode {
  return localStorage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light';
}

/** Loads the token theme for the shell itself; the frames get the mode over postMessage. */
export function applyColorMode(mode: ColorMode): void {
  localStorage.setItem(STORAGE_KEY, mode);
  setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark' }).catch((e: unknown) => {
    console.warn('sandbox shell: theme did not load', e);
  });
}
