import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  reload: () => void;
}

/**
 * Loads once per `key` and again on reload(); with `everyMs`, also polls (the webhook log and the
 * notification badge follow what Keystone does without a page reload). Stale answers are dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, everyMs?: number): Loaded<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key });
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => {
    setTick((t) => t + 1);
  }, []);

  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (data) => {
        if (live) setState({ key, data });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ ...s, key, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, tick]);

  useEffect(() => {
    if (!everyMs) return undefined;
    const timer = window.setInterval(reload, everyMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [everyMs, reload]);

  const current = state.key === key;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, reload };
}
