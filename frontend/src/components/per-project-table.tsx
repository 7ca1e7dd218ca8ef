import DynamicTable from '@atlaskit/dynamic-table';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import { formatPart, formatPercent } from '../features/rollup/format';
import type { ProjectRollup } from '../features/rollup/rollup';

import { ProgressBar } from './progress-bar';

const HEAD = {
  cells: [
    { key: 'project', content: 'Project' },
    { key: 'issues', content: 'Issues' },
    { key: 'done', content: '% done' },
    { key: 'points', content: 'Points done' },
    { key: 'overdue', content: 'Overdue' },
    { key: 'blocked', content: 'Blocked' },
  ],
};

/** How far each of the program's projects has got; "% done" counts issues. */
export function PerProjectTable({ projects }: { projects: readonly ProjectRollup[] }) {
  const rows = projects.map((project) => ({
    key: project.projectKey,
    cells: [
      { key: 'project', content: <Text weight="medium">{project.projectKey}</Text> },
      { key: 'issues', content: project.issues.total },
      {
        key: 'done',
        content: (
          <Inline space="space.100" alignBlock="center">
            <ProgressBar
              label={`${project.projectKey} done by issue count`}
              value={project.percentComplete.byCount ?? 0}
              max={100}
              appearance={project.percentComplete.byCount === 100 ? 'success' : 'brand'}
              width="5rem"
            />
            <Text>{formatPercent(project.percentComplete.byCount)}</Text>
          </Inline>
        ),
      },
      { key: 'points', content: formatPart(project.estimate.done, project.estimate.total) },
      { key: 'overdue', content: project.overdue },
      { key: 'blocked', content: project.blocked },
    ],
  }));
  return (
    <DynamicTable
      label="Progress per project"
      head={HEAD}
      rows={rows}
      emptyView={<Text>None of the program&apos;s projects has issues in scope yet.</Text>}
    />
  );
}
