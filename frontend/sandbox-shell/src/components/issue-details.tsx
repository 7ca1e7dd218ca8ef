import Button from '@atlaskit/button/new';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';

import { shellApi } from '../api';
import type { EditableField } from '../issue-edit';
import { formatEstimate } from '../issue-edit';
import { useShell } from '../shell-context';
import { StatusLozenge } from '../status-lozenge';
import type { Issue } from '../types';
import { useLoad } from '../use-load';

import { ChoiceEditor, TextEditor } from './field-editors';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack space="space.050">
      <Text size="small" weight="bold" color="color.text.subtlest">{label}</Text>
      {children}
    </Stack>
  );
}

/** Jira's details column: every field the user can change, each saved on its own. */
export function IssueDetails({ issue, save, revision }: { issue: Issue; revision: number; save: (field: EditableField, input: string | boolean) => void }) {
  const { site } = useShell();
  const statuses = useLoad(shellApi.statuses, 'statuses');
  const statusOptions = (statuses.data ?? []).map((s) => ({ label: s.name, value: s.id }));
  const userOptions = site.users.map((u) => ({ label: u.displayName, value: u.accountId }));
  // Remounting an editor with the saved value discards a stale draft.
  const k = (field: string, value: unknown) => `${issue.key}:${field}:${String(value)}:${revision}`;

  return (
    <Stack space="space.200" testId="issue-details">
      <Field label="Status">
        <div><StatusLozenge name={issue.status} category={issue.statusCategory} /></div>
        {statusOptions.length > 0 && (
          <ChoiceEditor label="Status" testId="field-status" options={statusOptions} value={issue.statusId}
            onCommit={(v) => { save('statusId', v); }} />
        )}
      </Field>
      <Field label="Assignee">
        <ChoiceEditor label="Assignee" testId="field-assignee" options={userOptions} value={issue.assignee} clearable
          onCommit={(v) => { save('assignee', v); }} />
      </Field>
      <Field label="Parent">
        <TextEditor key={k('parent', issue.parentKey)} label="Parent" testId="field-parentKey" initial={issue.parentKey ?? ''}
          placeholder="Issue key, blank for none" onCommit={(v) => { save('parentKey', v); }} />
      </Field>
      <Field label="Story points">
        <TextEditor key={k('points', issue.storyPoints)} label="Story points" type="number" testId="field-storyPoints"
          initial={issue.storyPoints === null ? '' : String(issue.storyPoints)} onCommit={(v) => { save('storyPoints', v); }} />
      </Field>
      <Field label="Original estimate">
        <TextEditor key={k('estimate', issue.originalEstimate)} label="Original estimate" testId="field-originalEstimate"
          placeholder="e.g. 2d 4h" initial={formatEstimate(issue.originalEstimate)}
          onCommit={(v) => { save('originalEstimate', v); }} />
      </Field>
      <Field label="Due date">
        <TextEditor key={k('due', issue.dueDate)} label="Due date" type="date" testId="field-dueDate"
          initial={issue.dueDate ?? ''} onCommit={(v) => { save('dueDate', v); }} />
      </Field>
      <Field label="Flagged">
        <Box>
          <Button appearance={issue.flagged ? 'warning' : 'default'} isSelected={issue.flagged} testId="field-flagged"
            onClick={() => { save('flagged', !issue.flagged); }}>
            {issue.flagged ? 'Flagged — remove flag' : 'Add flag'}
          </Button>
        </Box>
      </Field>
      {issue.updated && (
        <Text size="small" color="color.text.subtlest" testId="issue-updated">Updated {issue.updated}</Text>
      )}
    </Stack>
  );
}
