import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import { Suspense, lazy, useState } from 'react';

import type { ScopeType } from '../../features/raci/raci';
import { useScopeRaci } from '../../features/raci/use-raci';
import { useHost, useHostResize } from '../../lib/host-context';
import { ProblemError } from '../../lib/problem-error';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';

import { EffectiveRaci } from './effective-raci';
import { GapList } from './gap-list';

// The pickers bring react-select; only someone who edits needs them.
const RaciEditor = lazy(() =>
  import('./raci-editor').then((module) => ({ default: module.RaciEditor })),
);

/** Not yet in Keystone's mirror: the mirror section of the panel already says so. */
function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}

/**
 * The RACI of an issue or program: who holds each role and where it comes from, its gaps, and
 * an editor for its own assignments.
 */
export function ScopeRaciSection({
  scopeType,
  scopeId,
  title = 'RACI',
}: {
  scopeType: ScopeType;
  scopeId: string;
  title?: string;
}) {
  const host = useHost();
  const { state, refresh } = useScopeRaci(scopeType, scopeId);
  const [editing, setEditing] = useState(false);
  useHostResize(state.status === 'ready' ? [state.data, editing] : state.status);

  if (state.status === 'loading') return <LoadingState label="Loading the RACI" />;
  if (state.status === 'error') return isNotFound(state.error) ? null : <ProblemMessage error={state.error} />;

  const raci = state.data;
  return (
    <Stack space="space.150" testId="raci-section">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Heading size="xsmall" as={scopeType === 'program' ? 'h4' : 'h2'}>
          {title}
        </Heading>
        {!editing && (
          <Button
            appearance="subtle"
            spacing="compact"
            onClick={() => {
              setEditing(true);
            }}
            testId="raci-edit"
          >
            Edit RACI
          </Button>
        )}
      </Inline>
      {editing ? (
        <Suspense fallback={<LoadingState label="Loading the editor" />}>
          <RaciEditor
            scopeType={scopeType}
            scopeId={scopeId}
            raci={raci}
            onSaved={() => {
              setEditing(false);
              host.flag({ title: 'RACI saved', type: 'success' });
              refresh();
            }}
            onCancel={() => {
              setEditing(false);
            }}
          />
        </Suspense>
      ) : (
        <EffectiveRaci raci={raci} />
      )}
      {raci.gaps.length > 0 && <GapList gaps={raci.gaps} />}
    </Stack>
  );
}
