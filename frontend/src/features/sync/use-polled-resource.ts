import { useCallback, useEffect, useState } from 'react';

import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/host-context';

/** What a poll produced; decides how long to wait before the next one. */
export type PollOutcome<T> = { data: T } | { error: unknown };

export interface PolledResource<T> {
  load(api: ApiClient, key: string): Promise<T>;
  /** Milliseconds until the next poll, or `null` to stop polling. */
  nextDelay(outcome: PollOutcome<T>): number | null;
}

export type PolledState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `refreshError` is set when the latest poll failed and `data` is the last good value. */
  | { status: 'ready'; data: T; refreshError: unknown };

export interface PolledResult<T> {
  state: PolledState<T>;
  /** Loads now (e.g. after an action changed the data) and restarts the polling cycle. */
  refresh: () => void;
}

interface Snapshot<T> {
  key: string;
  data?: T;
  error?: unknown;
  /** JSON of `data`, so an unchanged poll keeps the same object and causes no re-render. */
  json?: string;
}

/**
 * Loads `resource` for `key` and keeps re-loading it, one request at a time (the next poll is
 * scheduled only after the previous one settled, so slow responses never pile up). The last
 * good data stays visible while later polls run or fail; there is no loading state after the
 * first. `key` null means there is nothing to load; a new key starts from scratch.
 * `resource` must be stable (module-level or memoised): a new one restarts polling.
 */
export function usePolledResource<T>(
  key: string | null,
  resource: PolledResource<T>,
): PolledResult<T> {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<Snapshot<T> | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) {
      return undefined;
    }
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const schedule = (delay: number | null) => {
      if (active && delay !== null) {
        timer = setTimeout(poll, delay);
      }
    };
    // Hoisted function declarations do not see the narrowing of `key` to string.
    const currentKey = key;
    function poll() {
      resource.load(api, currentKey).then(
        (data) => {
          if (!active) return;
          const json = JSON.stringify(data);
          setSnapshot((previous) =>
            previous?.key === currentKey && previous.json === json && previous.error === undefined
              ? previous
              : { key: currentKey, data, json },
          );
          schedule(resource.nextDelay({ data }));
        },
        (error: unknown) => {
          if (!active) return;
          setSnapshot((previous) =>
            previous?.key === currentKey && previous.data !== undefined
              ? { ...previous, error }
              : { key: currentKey, error },
          );
          schedule(resource.nextDelay({ error }));
        },
      );
    }

    poll();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [api, key, resource, generation]);

  const refresh = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);

  return { state: toState(key, snapshot), refresh };
}

function toState<T>(key: string | null, snapshot: Snapshot<T> | null): PolledState<T> {
  if (snapshot?.key !== key) {
    return { status: 'loading' };
  }
  if (snapshot.data !== undefined) {
    return { status: 'ready', data: snapshot.data, refreshError: snapshot.error };
  }
  return { status: 'error', error: snapshot.error };
}
