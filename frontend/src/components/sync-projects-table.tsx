import DynamicTable from '@atlaskit/dynamic-table';
import { Text } from '@atlaskit/primitives/compiled';

import type { ProjectProgress } from '../features/sync/sync-status';

import { ProgressBar } from './progress-bar';
import { ProjectStateLozenge } from './sync-lozenges';

const HEAD = {
  cells: [
    { key: 'project', content: 'Project' },
    { key: 'state', content: 'State' },
    { key: 'fetched', content: 'Issues read' },
    { key: 'progress', content: 'Progress' },
    { key: 'error', content: 'Last error' },
  ],
};

function barAppearance(project: ProjectProgress) {
  if (project.state === 'done') return 'success';
  return project.lastError === null ? 'brand' : 'danger';
}

/** Backfill progress per Jira project. */
export function SyncProjectsTable({ projects }: { projects: readonly ProjectProgress[] }) {
  const rows = projects.map((project) => ({
    key: project.projectKey,
    cells: [
      { key: 'project', content: project.projectKey },
      { key: 'state', content: <ProjectStateLozenge state={project.state} /> },
      {
        key: 'fetched',
        content: `${project.fetched} of ${project.total ?? 'unknown'}`,
      },
      {
        key: 'progress',
        content: (
          <ProgressBar
            label={`${project.projectKey} progress`}
            value={project.percent}
            max={100}
            appearance={barAppearance(project)}
            width="6rem"
          />
        ),
      },
      {
        key: 'error',
        content: project.lastError === null ? '' : (
          <Text color="color.text.danger">{project.lastError}</Text>
        ),
      },
    ],
  }));
  return (
    <DynamicTable
      label="Projects"
      head={HEAD}
      rows={rows}
      emptyView={<Text>Keystone has not started reading any project yet.</Text>}
    />
  );
}
