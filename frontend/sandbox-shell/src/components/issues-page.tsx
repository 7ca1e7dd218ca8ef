import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { useShell } from '../shell-context';
import { StatusLozenge } from '../status-lozenge';

import { CreateIssue } from './create-issue';

const head = {
  cells: [
    { key: 'key', content: 'Key', isSortable: true, width: 10 },
    { key: 'summary', content: 'Summary', isSortable: true },
    { key: 'type', content: 'Type', width: 12 },
    { key: 'status', content: 'Status', isSortable: true, width: 14 },
    { key: 'parent', content: 'Parent', width: 10 },
  ],
};

/** The project's issue list, as Jira's list view shows it. */
export function IssuesPage({ projectKey }: { projectKey: string }) {
  const { site } = useShell();
  const [creating, setCreating] = useState(false);
  const project = site.projects.find((p) => p.key === projectKey);
  const rows = site.issues
    .filter((i) => i.projectKey === projectKey)
    .map((i) => ({
      key: i.key,
      testId: `issue-row-${i.key}`,
      cells: [
        { key: i.key, content: <a href={`#/issue/${i.key}`}>{i.key}</a> },
        { key: i.summary, content: i.summary },
        { key: i.type, content: i.type },
        { key: i.status, content: <StatusLozenge name={i.status} category={i.statusCategory} /> },
        { key: i.parentKey ?? '', content: i.parentKey ? <a href={`#/issue/${i.parentKey}`}>{i.parentKey}</a> : '' },
      ],
    }));

  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="large">{project ? `${project.name} issues` : `${projectKey} issues`}</Heading>
        <Button appearance="primary" onClick={() => { setCreating((c) => !c); }} testId="create-issue">
          Create issue
        </Button>
      </Inline>
      {creating && <CreateIssue projectKey={projectKey} onDone={() => { setCreating(false); }} />}
      <DynamicTable head={head} rows={rows} rowsPerPage={50} defaultPage={1} label={`${projectKey} issues`} />
    </Stack>
  );
}
