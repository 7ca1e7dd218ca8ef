import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { ReconcileSummary } from '../features/sync/sync-status';
import { useSyncActions } from '../features/sync/use-sync-actions';
import { useSyncStatus } from '../features/sync/use-sync-status';
import { useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ParkedEvents } from './parked-events';
import { ProblemMessage } from './problem-message';
import { ProgressBar } from './progress-bar';
import { ResyncControl } from './resync-control';
import { SyncProjectsTable } from './sync-projects-table';
import { SyncStateLozenge } from './sync-lozenges';
import { Timestamp } from './timestamp';

function ReconcileLine({ reconcile }: { reconcile: ReconcileSummary }) {
  if (reconcile.lastStartedAt === null) {
    return <Text color="color.text.subtle">The reconcile with Jira has not run yet.</Text>;
  }
  return (
    <Stack space="space.050">
      <Text color="color.text.subtle">
        Last reconcile started <Timestamp value={reconcile.lastStartedAt} />
        {reconcile.lastFinishedAt === null ? (
          ' and is still running'
        ) : (
          <>
            , finished <Timestamp value={reconcile.lastFinishedAt} />
          </>
        )}
        : {reconcile.issuesRepaired ?? 0} issues repaired, {reconcile.failedWebhooks ?? 0} failed
        webhooks.
      </Text>
      {reconcile.lastError !== null && (
        <Text color="color.text.danger">Reconcile error: {reconcile.lastError}</Text>
      )}
    </Stack>
  );
}

/** The admin's view of how closely Keystone's mirror follows Jira. */
export function JiraSyncSection() {
  const { state, refresh } = useSyncStatus();
  const actions = useSyncActions(refresh);
  useHostResize(state.status === 'ready' ? state.data : state.status);

  return (
    <Stack space="space.200">
      <Heading size="medium" as="h2">
        Jira sync
      </Heading>
      {state.status === 'loading' && <LoadingState label="Loading the Jira sync status" />}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {state.status === 'ready' && (
        <>
          <Inline space="space.100" alignBlock="center">
            <SyncStateLozenge state={state.data.state} />
            <Text weight="semibold">{state.data.percent}%</Text>
            <Text>{state.data.mirroredIssues} issues mirrored</Text>
          </Inline>
          <ProgressBar
            label="Jira sync progress"
            value={state.data.percent}
            max={100}
            appearance={state.data.state === 'live' ? 'success' : 'brand'}
          />
          {state.refreshError !== undefined && (
            <Text color="color.text.subtle">
              Could not refresh the status just now; Keystone keeps trying.
            </Text>
          )}
          <SyncProjectsTable projects={state.data.projects} />
          <Heading size="small" as="h3">
            Webhook inbox
          </Heading>
          <Text>
            {state.data.inbox.pending} pending, {state.data.inbox.parked} parked,{' '}
            {state.data.inbox.done} done
          </Text>
          <ParkedEvents
            events={state.data.parked}
            total={state.data.inbox.parked}
            busy={actions.busy}
            onRetry={actions.retry}
          />
          <ReconcileLine reconcile={state.data.reconcile} />
        </>
      )}
      {actions.error !== null && <ProblemMessage error={actions.error} />}
      <ResyncControl busy={actions.busy === 'resync'} onResync={actions.resync} />
    </Stack>
  );
}
