import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

import type { Host } from './host';

export type ColorMode = 'light' | 'dark';

/** all.js (after `AP.theming.initializeTheming()`) and setGlobalTheme both write this attribute. */
export const COLOR_MODE_ATTRIBUTE = 'data-color-mode';

/** Loads the token CSS for `mode` and marks the page with it. */
export type ApplyColorMode = (mode: ColorMode) => Promise<unknown>;

const applyWithTokens: ApplyColorMode = (mode) =>
  setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark' });

export function toColorMode(value: string | null | undefined): ColorMode | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/**
 * Keeps the Atlaskit token theme in step with the host's `data-color-mode` on `root`.
 *
 * setGlobalTheme writes the same attribute itself once its CSS has loaded, so every write
 * we expect from our own call is discounted; any other write is the host's choice. Calls
 * are serialised, and if the host changed its mind mid-load the newer choice is applied next.
 * Returns a function that stops following.
 */
export function followHostColorMode(
  root: HTMLElement,
  apply: ApplyColorMode = applyWithTokens,
): () => void {
  let wanted: ColorMode = toColorMode(root.getAttribute(COLOR_MODE_ATTRIBUTE)) ?? 'light';
  let applied: ColorMode | null = null;
  let inFlight: ColorMode | null = null;
  let expectedOwnWrites: ColorMode[] = [];
  let stopped = false;

  const pump = (): void => {
    if (stopped || inFlight !== null || wanted === applied) {
      return;
    }
    const mode = wanted;
    inFlight = mode;
    expectedOwnWrites.push(mode);
    apply(mode)
      .catch((error: unknown) => {
        // Components still render with the tokens' built-in fallback values.
        console.warn(`Keystone: could not load the ${mode} theme`, error);
      })
      .finally(() => {
        expectedOwnWrites = [];
        applied = mode;
        inFlight = null;
        pump();
      });
  };

  const observer = new MutationObserver((records) => {
    records.forEach((_record, index) => {
      // Each record carries the value *before* its write; the value a write set is the
      // next record's oldValue, or the current value for the last one.
      const next = records[index + 1];
      const written = toColorMode(
        next ? next.oldValue : root.getAttribute(COLOR_MODE_ATTRIBUTE),
      );
      if (written === null) {
        return;
      }
      if (expectedOwnWrites[0] === written) {
        expectedOwnWrites.shift();
      } else {
        wanted = written;
      }
    });
    pump();
  });
  observer.observe(root, {
    attributes: true,
    attributeFilter: [COLOR_MODE_ATTRIBUTE],
    attributeOldValue: true,
  });
  pump();

  return () => {
    stopped = true;
    observer.disconnect();
  };
}

/** Light/dark theming for an entry: the host pushes its mode, the tokens follow it. */
export function initTheming(host: Pick<Host, 'initTheming'>): () => void {
  const stop = followHostColorMode(document.documentElement);
  host.initTheming();
  return stop;
}
