import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';

import {
  fetchDependencies,
  useProgramDependencies,
  type Dependency,
  type DependencyEnd,
} from '../features/rollup/dependencies';
import type { DependencyCounts } from '../features/rollup/rollup';
import { useMorePages } from '../features/sync/use-more-pages';
import type { ApiClient } from '../lib/api-client';
import { useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { ShowMore } from './show-more';
import { StatusLozenge } from './status-lozenge';

const COLUMNS = ['Blocker', 'Blocks', 'Blocked', 'On track?'] as const;

const cell: CSSProperties = {
  padding: `${token('space.075', '6px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', 'lightgray')}`,
  textAlign: 'start',
  verticalAlign: 'top',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "3 cross-project dependencies, 1 off track". */
function summary({ crossProject, offTrack }: DependencyCounts): string {
  return `${plural(crossProject, 'cross-project dependency', 'cross-project dependencies')}, ${offTrack} off track`;
}

function IssueEnd({ end }: { end: DependencyEnd }) {
  return (
    <Stack space="space.050">
      <Inline space="space.075" alignBlock="center">
        {end.projectKey !== null && <Lozenge>{end.projectKey}</Lozenge>}
        <Text weight="medium">{end.key}</Text>
      </Inline>
      {end.summary !== '' && (
        <Text maxLines={1} color="color.text.subtle">
          {end.summary}
        </Text>
      )}
      <Inline space="space.100" alignBlock="center">
        <StatusLozenge status={end.status} category={end.statusCategory} />
        <Text size="small" color="color.text.subtle">
          {end.dueDate === null ? 'no due date' : `due ${end.dueDate}`}
        </Text>
      </Inline>
    </Stack>
  );
}

function DependencyRow({ dependency }: { dependency: Dependency }) {
  return (
    <tr data-link-id={dependency.linkId}>
      <td style={cell}>
        <IssueEnd end={dependency.blocker} />
      </td>
      <td style={{ ...cell, paddingInline: 0 }}>
        <span role="img" aria-label="blocks">
          →
        </span>
      </td>
      <td style={cell}>
        <IssueEnd end={dependency.blocked} />
      </td>
      <td style={cell}>
        {dependency.offTrack ? (
          <Stack space="space.050">
            <Inline>
              <Lozenge appearance="removed">Off track</Lozenge>
            </Inline>
            {dependency.reason !== null && <Text color="color.text.danger">{dependency.reason}</Text>}
          </Stack>
        ) : (
          <Text color="color.text.subtle">On track</Text>
        )}
      </td>
    </tr>
  );
}

export interface DependenciesSectionProps {
  programId: string;
  /** The rollup's counts, polled every few seconds; null until it has loaded or if not sent. */
  counts: DependencyCounts | null;
}

/** Cross-project Blocks links touching the program, the off-track ones first, with why. */
export function DependenciesSection({ programId, counts }: DependenciesSectionProps) {
  const { state, refresh } = useProgramDependencies(programId);
  useHostResize(state.status === 'ready' ? state.data : state.status);

  // The list polls slowly; when the rollup's counts move (not when they first arrive), read it
  // again at once so the table agrees with the summary.
  const countsKey = counts === null ? null : `${counts.crossProject}/${counts.offTrack}`;
  const seenCounts = useRef(countsKey);
  useEffect(() => {
    const previous = seenCounts.current;
    seenCounts.current = countsKey;
    if (previous !== null && countsKey !== null && previous !== countsKey) refresh();
  }, [countsKey, refresh]);

  const first = state.status === 'ready' ? state.data : null;
  const loadPage = useCallback(
    (api: ApiClient, cursor: string) => fetchDependencies(api, programId, cursor),
    [programId],
  );
  const more = useMorePages(first, loadPage);
  const items = useMemo(
    () => (first === null ? [] : [first, ...more.pages].flatMap((page) => page.items)),
    [first, more.pages],
  );
  const shown: DependencyCounts | null =
    counts ??
    (state.status === 'ready'
      ? { crossProject: items.length, offTrack: items.filter((item) => item.offTrack).length }
      : null);
  // Stable: off-track dependencies first, otherwise the server's order (by blocker key), among the
  // pages read so far.
  const sorted = [...items].sort((a, b) => Number(b.offTrack) - Number(a.offTrack));

  return (
    <section aria-label="Dependencies">
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Dependencies
        </Heading>
        {shown !== null && (
          <Text color={shown.offTrack > 0 ? 'color.text.danger' : 'color.text'} testId="dependencies-summary">
            {summary(shown)}
          </Text>
        )}
        {state.status === 'loading' && <LoadingState label="Loading the dependencies" />}
        {state.status === 'error' && <ProblemMessage error={state.error} />}
        {state.status === 'ready' && sorted.length === 0 && (
          <Text color="color.text.subtle">No open work in this program waits on another project.</Text>
        )}
        {sorted.length > 0 && (
          <table aria-label="Cross-project dependencies" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" style={cell}>
                    <Text weight="semibold" color="color.text.subtle">
                      {column}
                    </Text>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((dependency) => (
                <DependencyRow key={dependency.linkId} dependency={dependency} />
              ))}
            </tbody>
          </table>
        )}
        {first !== null && (
          <ShowMore
            more={more}
            testId="dependencies-shown"
            message={
              first.total === null
                ? `Showing the first ${items.length} dependencies.`
                : `Showing ${items.length} of ${first.total} dependencies.`
            }
          />
        )}
      </Stack>
    </section>
  );
}
