import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';

import type { SyncState } from '../features/sync/sync-status';

const SYNC_STATE: Record<SyncState, { label: string; appearance: ThemeAppearance }> = {
  backfilling: { label: 'Backfilling', appearance: 'inprogress' },
  retrying: { label: 'Retrying', appearance: 'moved' },
  live: { label: 'Live', appearance: 'success' },
};

export function SyncStateLozenge({ state }: { state: SyncState }) {
  const { label, appearance } = SYNC_STATE[state];
  return <Lozenge appearance={appearance}>{label}</Lozenge>;
}

const PROJECT_STATE: Partial<Record<string, ThemeAppearance>> = {
  queued: 'default',
  running: 'inprogress',
  done: 'success',
  failed: 'removed',
};

/** A project's backfill state as the API names it. */
export function ProjectStateLozenge({ state }: { state: string }) {
  return <Lozenge appearance={PROJECT_STATE[state] ?? 'default'}>{state}</Lozenge>;
}
