import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';

import { shellApi } from '../api';
import { useShell } from '../shell-context';
import { useLoad } from '../use-load';
import { Panel } from './panel';

/** Jira's "Create issue" form: project, type, summary and an optional parent; the sandbox sends issue_created. */
export function CreateIssue({ projectKey, onDone }: { projectKey: string; onDone: () => void }) {
  const { site, user, reloadSite } = useShell();
  const types = useLoad(shellApi.issueTypes, 'issue-types');
  const [project, setProject] = useState(projectKey);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [parent, setParent] = useState('');
  const [error, setError] = useState<string | null>(null);

  const projectOptions = site.projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.key }));
  const typeOptions = (types.data ?? []).map((t) => ({ label: t.name, value: t.id }));
  const submit = () => {
    if (!typeId || summary.trim() === '') {
      setError('Choose a type and write a summary.');
      return;
    }
    const parentKey = parent.trim().toUpperCase();
    shellApi
      .createIssue({ projectKey: project, typeId, summary: summary.trim(), actor: user, ...(parentKey ? { parentKey } : {}) })
      .then((issue) => {
        reloadSite();
        onDone();
        window.location.hash = `#/issue/${issue.key}`;
      })
      .catch((e: unknown) => { setError(e instanceof Error ? e.message : String(e)); });
  };

  return (
    <Panel testId="create-issue-form">
      <Stack space="space.150">
        {types.error && <SectionMessage appearance="warning">Issue types: {types.error.message}</SectionMessage>}
        {error && <SectionMessage appearance="error">{error}</SectionMessage>}
        <Inline space="space.150" shouldWrap>
          <Box>
            <Select
              label="Project"
              options={projectOptions}
              value={projectOptions.find((o) => o.value === project) ?? null}
              onChange={(o) => { if (o) setProject(o.value); }}
            />
          </Box>
          <Select
            label="Issue type"
            placeholder="Type"
            options={typeOptions}
            value={typeOptions.find((o) => o.value === typeId) ?? null}
            onChange={(o) => { setTypeId(o?.value ?? null); }}
          />
        </Inline>
        <Textfield aria-label="Summary" placeholder="Summary" value={summary}
          onChange={(e) => { setSummary(e.currentTarget.value); }} testId="create-summary" />
        <Textfield aria-label="Parent" placeholder="Parent key (optional), e.g. WEB-1" value={parent}
          onChange={(e) => { setParent(e.currentTarget.value); }} />
        <Inline space="space.100">
          <Button appearance="primary" onClick={submit} testId="create-submit">Create</Button>
          <Button appearance="subtle" onClick={onDone}>Cancel</Button>
        </Inline>
      </Stack>
    </Panel>
  );
}
