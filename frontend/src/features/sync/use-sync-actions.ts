import { useCallback, useState } from 'react';

import { useApi, useHost } from '../../lib/host-context';

import { requestResync, retryParkedEvent } from './sync-status';

export interface SyncActions {
  /** `resync` or the webhook id being retried; one action at a time. */
  busy: string | null;
  /** The last action's failure, until the next action starts. */
  error: unknown;
  resync: () => void;
  retry: (webhookId: string) => void;
}

/** The admin's two levers; `onDone` reloads the status so the effect shows at once. */
export function useSyncActions(onDone: () => void): SyncActions {
  const api = useApi();
  const host = useHost();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    (id: string, action: () => Promise<unknown>, success: string) => {
      setBusy(id);
      setError(null);
      action().then(
        () => {
          setBusy(null);
          host.flag({ title: success, type: 'success' });
          onDone();
        },
        (failure: unknown) => {
          setBusy(null);
          setError(failure);
        },
      );
    },
    [host, onDone],
  );

  const resync = useCallback(() => {
    run('resync', () => requestResync(api), 'Keystone is reading everything from Jira again');
  }, [api, run]);

  const retry = useCallback(
    (webhookId: string) => {
      run(webhookId, () => retryParkedEvent(api, webhookId), 'Event queued for another attempt');
    },
    [api, run],
  );

  return { busy, error, resync, retry };
}
