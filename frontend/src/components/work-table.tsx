import Button from '@atlaskit/button/default/button';
import { Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useCallback, useState, type CSSProperties, type ReactNode } from 'react';

import { formatPercent } from '../features/rollup/format';
import type { WorkItem, WorkLevel } from '../features/rollup/rollup';
import { useWorkLevel } from '../features/rollup/use-rollups';
import type { PolledState } from '../features/sync/use-polled-resource';
import { useHostResize } from '../lib/host-context';

import { EmptyState } from './empty-state';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { ProgressBar } from './progress-bar';
import { StatusLozenge } from './status-lozenge';

const COLUMNS = ['Key', 'Summary', 'Type', 'Status', 'Done', 'Overdue', 'Blocked'] as const;

const cell: CSSProperties = {
  padding: `${token('space.075', '6px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', 'lightgray')}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};

interface LevelProps {
  programId: string;
  depth: number;
  expanded: ReadonlySet<string>;
  onToggle: (issueId: string) => void;
}

/** Changes whenever a level's rows may have changed height. */
function revision(state: PolledState<WorkLevel>): unknown {
  return state.status === 'ready' ? state.data : state.status;
}

function WorkRow({ item, ...level }: LevelProps & { item: WorkItem }) {
  const open = level.expanded.has(item.id);
  const byCount = item.rollup.percentComplete.byCount;
  return (
    <>
      <tr>
        <td style={{ ...cell, paddingInlineStart: `calc(${level.depth} * 1.5rem + 0.5rem)` }}>
          <Inline space="space.050" alignBlock="center">
            {/* A fixed slot keeps keys aligned whether or not the row can expand. */}
            <span style={{ display: 'inline-flex', justifyContent: 'center', width: '36px' }}>
              {item.hasChildren && (
                <Button
                  appearance="subtle"
                  spacing="compact"
                  aria-expanded={open}
                  aria-label={`${open ? 'Hide' : 'Show'} work under ${item.key}`}
                  onClick={() => {
                    level.onToggle(item.id);
                  }}
                >
                  {open ? '▾' : '▸'}
                </Button>
              )}
            </span>
            <Text weight="medium">{item.key}</Text>
          </Inline>
        </td>
        <td style={cell}>
          <Text maxLines={1}>{item.summary}</Text>
        </td>
        <td style={cell}>
          <Text color="color.text.subtle">{item.issueType ?? ''}</Text>
        </td>
        <td style={cell}>
          <StatusLozenge status={item.status} category={item.statusCategory} />
        </td>
        <td style={cell}>
          {item.rollup.issues.total === 0 ? (
            <Text color="color.text.subtlest">no work below</Text>
          ) : (
            <Inline space="space.100" alignBlock="center">
              <ProgressBar
                label={`${item.key} done by issue count`}
                value={byCount ?? 0}
                max={100}
                appearance={byCount === 100 ? 'success' : 'brand'}
                width="5rem"
              />
              <Text>{formatPercent(byCount)}</Text>
            </Inline>
          )}
        </td>
        <td style={cell}>
          <Text color={item.rollup.overdue > 0 ? 'color.text.danger' : 'color.text'}>
            {item.rollup.overdue}
          </Text>
        </td>
        <td style={cell}>
          <Text color={item.rollup.blocked > 0 ? 'color.text.danger' : 'color.text'}>
            {item.rollup.blocked}
          </Text>
        </td>
      </tr>
      {open && <ChildRows {...level} parentId={item.id} depth={level.depth + 1} />}
    </>
  );
}

function Rows({ level, ...props }: LevelProps & { level: WorkLevel }) {
  return (
    <>
      {level.items.map((item) => (
        <WorkRow key={item.id} item={item} {...props} />
      ))}
      {level.truncated && (
        <MessageRow depth={props.depth}>
          Showing the first {level.items.length} items; open the issues in Jira for the rest.
        </MessageRow>
      )}
    </>
  );
}

function MessageRow({ depth, children }: { depth: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={COLUMNS.length} style={{ ...cell, paddingInlineStart: `calc(${depth} * 1.5rem + 36px + 0.75rem)` }}>
        {children}
      </td>
    </tr>
  );
}

/** The rows one level below an expanded item, loaded when it opens. */
function ChildRows({ parentId, ...props }: LevelProps & { parentId: string }) {
  const { state } = useWorkLevel(props.programId, parentId);
  useHostResize(revision(state));
  switch (state.status) {
    case 'loading':
      return (
        <MessageRow depth={props.depth}>
          <Text color="color.text.subtle">Loading…</Text>
        </MessageRow>
      );
    case 'error':
      return (
        <MessageRow depth={props.depth}>
          <ProblemMessage error={state.error} />
        </MessageRow>
      );
    case 'ready':
      return <Rows level={state.data} {...props} />;
  }
}

/** The program's work from the top of its hierarchy down, one level per click. */
export function WorkTable({ programId }: { programId: string }) {
  const { state } = useWorkLevel(programId, null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((issueId: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(issueId)) next.add(issueId);
      return next;
    });
  }, []);
  useHostResize(expanded);
  useHostResize(revision(state));

  if (state.status === 'loading') return <LoadingState label="Loading the program's work" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  if (state.data.items.length === 0) {
    return (
      <EmptyState
        header="No work in this program yet"
        description="Issues appear here once Keystone has read the program's projects from Jira."
      />
    );
  }
  return (
    <table aria-label="Program work" style={{ width: '100%', borderCollapse: 'collapse' }}>
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
        <Rows level={state.data} programId={programId} depth={0} expanded={expanded} onToggle={toggle} />
      </tbody>
    </table>
  );
}
