import { fetchSyncStatus, type SyncStatus } from './sync-status';
import { usePolledResource, type PolledResource, type PolledResult } from './use-polled-resource';

/** While a backfill runs the bar should visibly move; once live, changes are rare. */
export const SYNC_POLL_BUSY_MS = 2000;
export const SYNC_POLL_LIVE_MS = 15000;

const syncResource: PolledResource<SyncStatus> = {
  load: fetchSyncStatus,
  nextDelay: (outcome) =>
    'data' in outcome && outcome.data.state !== 'live' ? SYNC_POLL_BUSY_MS : SYNC_POLL_LIVE_MS,
};

/** The Jira sync status for the admin page, polled while the page is open. */
export function useSyncStatus(): PolledResult<SyncStatus> {
  return usePolledResource('sync', syncResource);
}
