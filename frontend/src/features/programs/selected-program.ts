import { useCallback, useState } from 'react';

/**
 * The program a user last picked on a project's page. Jira reloads the iframe on every visit
 * and does not keep its hash, so the choice lives in the app origin's localStorage, per project.
 */
const storageKey = (projectKey: string) => `keystone.program-page.${projectKey}.program`;

function read(projectKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(projectKey));
  } catch {
    // Storage can be blocked for third-party frames; the page then just forgets the choice.
    return null;
  }
}

function write(projectKey: string, programId: string): void {
  try {
    window.localStorage.setItem(storageKey(projectKey), programId);
  } catch {
    // See read().
  }
}

export function useRememberedProgram(
  projectKey: string,
): [string | null, (programId: string) => void] {
  const [programId, setProgramId] = useState(() => read(projectKey));
  const choose = useCallback(
    (id: string) => {
      write(projectKey, id);
      setProgramId(id);
    },
    [projectKey],
  );
  return [programId, choose];
}
