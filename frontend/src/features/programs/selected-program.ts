import { useCallback, useState } from 'react';

/**
 * Choices a user made in a Keystone frame (the program picked on a project's page or in a
 * dashboard gadget). Jira reloads the iframe on every visit and does not keep its hash, so the
 * choice lives in the app origin's localStorage.
 */
const projectKeyOf = (projectKey: string) => `keystone.program-page.${projectKey}.program`;

/** Per dashboard item; a gadget opened without its item id shares one choice. */
export const gadgetKeyOf = (dashboardItemId: string | null) =>
  dashboardItemId === null ? 'keystone.gadget.program' : `keystone.gadget.${dashboardItemId}.program`;

function read(storageKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    // Storage can be blocked for third-party frames; the page then just forgets the choice.
    return null;
  }
}

function write(storageKey: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, value);
  } catch {
    // See read().
  }
}

/** A remembered string under `storageKey`; setting null forgets it. */
export function useRememberedChoice(
  storageKey: string,
): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => read(storageKey));
  const choose = useCallback(
    (next: string | null) => {
      write(storageKey, next);
      setValue(next);
    },
    [storageKey],
  );
  return [value, choose];
}

export function useRememberedProgram(
  projectKey: string,
): [string | null, (programId: string) => void] {
  return useRememberedChoice(projectKeyOf(projectKey));
}
