import { Suspense, lazy } from 'react';

import { ConnectionStatus } from '../components/connection-status';
import { ContextDetails } from '../components/context-details';
import { EmptyState } from '../components/empty-state';
import { IssueMirrorCard } from '../components/issue-mirror-card';
import { IssueRollupSection } from '../components/issue-rollup-section';
import { LoadingState } from '../components/loading-state';
import { ProblemMessage } from '../components/problem-message';
import type { IssueMirror } from '../features/mirror/issue-mirror';
import { isNotMirroredYet, useIssueMirror } from '../features/mirror/use-issue-mirror';
import type { PolledState } from '../features/sync/use-polled-resource';
import { useHostResize } from '../lib/host-context';
import { readQueryParams } from '../lib/query-params';

const PARAMS = ['issueKey', 'issueId', 'projectKey'] as const;

// Loaded on demand: the risk form's Select and Textfield stay out of the shared chunk.
const IssueRisksSection = lazy(() =>
  import('../components/issue-risks-section').then((module) => ({ default: module.IssueRisksSection })),
);

// Loaded on demand: avatars and lozenges stay out of the chunk every entry loads.
const ScopeRaciSection = lazy(() =>
  import('../components/raci/scope-raci-section').then((module) => ({
    default: module.ScopeRaciSection,
  })),
);

/** Changes whenever the panel's height may have changed. */
function layoutRevision(state: PolledState<IssueMirror>): unknown {
  if (state.status === 'ready') {
    // The hook keeps the same object while polls return identical data;
    // a stale copy does not change.
    return state.refreshError === undefined ? state.data : 'stale';
  }
  return state.status === 'error' && isNotMirroredYet(state.error) ? 'not-mirrored' : state.status;
}

function MirrorSection({ issueId }: { issueId: string }) {
  const { state } = useIssueMirror(issueId);
  useHostResize(layoutRevision(state));

  switch (state.status) {
    case 'loading':
      return <LoadingState label="Loading Keystone's copy of this issue" />;
    case 'error':
      return isNotMirroredYet(state.error) ? (
        <EmptyState
          header="Keystone is still reading this issue from Jira"
          description={
            'This happens right after Keystone is installed or the issue is created. ' +
            'The panel updates by itself within seconds.'
          }
        />
      ) : (
        <ProblemMessage error={state.error} />
      );
    case 'ready':
      return <IssueMirrorCard mirror={state.data} stale={state.refreshError !== undefined} />;
  }
}

/**
 * Issue view panel: Keystone's mirror of the issue, the rollup of the work below it, the risks
 * on it (its own and its ancestors') and its RACI, all refreshed while the panel is open.
 */
export function IssuePanelView() {
  const { issueKey, issueId, projectKey } = readQueryParams(PARAMS);
  return (
    <>
      <ContextDetails
        details={[
          { label: 'Issue', value: issueKey },
          { label: 'Issue ID', value: issueId },
          { label: 'Project', value: projectKey },
        ]}
      />
      <ConnectionStatus />
      {issueId === null ? (
        <EmptyState
          header="No issue to show"
          description={
            'Jira did not say which issue this panel belongs to; reload the issue to try again.'
          }
        />
      ) : (
        <>
          <MirrorSection issueId={issueId} />
          <IssueRollupSection issueId={issueId} />
          <Suspense fallback={null}>
            <IssueRisksSection issueId={issueId} issueKey={issueKey} />
          </Suspense>
          <Suspense fallback={<LoadingState label="Loading the RACI" />}>
            <ScopeRaciSection scopeType="issue" scopeId={issueId} />
          </Suspense>
        </>
      )}
    </>
  );
}
