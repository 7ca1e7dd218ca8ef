import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { COLOR_MODE_ATTRIBUTE, followHostColorMode, initTheming, type ColorMode } from './theme';

vi.mock('@atlaskit/tokens/set-global-theme', () => ({
  setGlobalTheme: vi.fn(() => Promise.resolve(() => undefined)),
}));

/** Lets MutationObserver callbacks and promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Stands in for setGlobalTheme: each call stays pending until `finish` is called, then
 * writes the colour mode onto the root as the real one does.
 */
function createFakeApply(root: HTMLElement) {
  const pending: { mode: ColorMode; resolve: () => void }[] = [];
  const apply = vi.fn((mode: ColorMode) => {
    return new Promise<void>((resolve) => {
      pending.push({
        mode,
        resolve: () => {
          root.setAttribute(COLOR_MODE_ATTRIBUTE, mode);
          resolve();
        },
      });
    });
  });
  const finish = async () => {
    pending.shift()?.resolve();
    await settle();
  };
  return { apply, finish, pending };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('followHostColorMode', () => {
  it('applies light until the host says otherwise', async () => {
    const root = document.createElement('div');
    const { apply, finish } = createFakeApply(root);

    stop = followHostColorMode(root, apply);
    await finish();

    expect(apply.mock.calls).toEqual([['light']]);
    expect(root.getAttribute(COLOR_MODE_ATTRIBUTE)).toBe('light');
  });

  it('starts from the mode the host already set', async () => {
    const root = document.createElement('div');
    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'dark');
    const { apply, finish } = createFakeApply(root);

    stop = followHostColorMode(root, apply);
    await finish();

    expect(apply.mock.calls).toEqual([['dark']]);
  });

  it('follows the host to dark and back without reacting to its own writes', async () => {
    const root = document.createElement('div');
    const { apply, finish } = createFakeApply(root);
    stop = followHostColorMode(root, apply);
    await finish();

    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'dark');
    await settle();
    await finish();
    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'light');
    await settle();
    await finish();

    expect(apply.mock.calls).toEqual([['light'], ['dark'], ['light']]);
    expect(root.getAttribute(COLOR_MODE_ATTRIBUTE)).toBe('light');
  });

  it('ends on the host mode when the host switches while a theme is loading', async () => {
    const root = document.createElement('div');
    const { apply, finish, pending } = createFakeApply(root);
    stop = followHostColorMode(root, apply);

    // The host pushes dark while light is still loading; the light load then
    // finishes and writes "light" over the host's value.
    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'dark');
    await settle();
    expect(pending).toHaveLength(1);
    await finish();
    await finish();

    expect(apply.mock.calls).toEqual([['light'], ['dark']]);
    expect(root.getAttribute(COLOR_MODE_ATTRIBUTE)).toBe('dark');
  });

  it('ignores values that are not colour modes', async () => {
    const root = document.createElement('div');
    const { apply, finish } = createFakeApply(root);
    stop = followHostColorMode(root, apply);
    await finish();

    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'sepia');
    await settle();

    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('keeps following after a theme fails to load', async () => {
    const root = document.createElement('div');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const apply = vi
      .fn((mode: ColorMode) => {
        root.setAttribute(COLOR_MODE_ATTRIBUTE, mode);
        return Promise.resolve();
      })
      .mockImplementationOnce(() => Promise.reject(new Error('chunk failed')));
    stop = followHostColorMode(root, apply);
    await settle();

    root.setAttribute(COLOR_MODE_ATTRIBUTE, 'dark');
    await settle();

    expect(warn).toHaveBeenCalledTimes(1);
    expect(apply.mock.calls).toEqual([['light'], ['dark']]);
  });
});

describe('initTheming', () => {
  it('asks the host to push its theme and loads the Atlaskit theme for the page', async () => {
    const host = { initTheming: vi.fn() };

    stop = initTheming(host);
    await settle();

    expect(host.initTheming).toHaveBeenCalledTimes(1);
    expect(setGlobalTheme).toHaveBeenCalledWith({ colorMode: 'light', light: 'light', dark: 'dark' });
  });
});
