import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useCallback, useState, type FormEvent } from 'react';

import {
  ADMIN_REQUIRED,
  useJiraFieldSettings,
  useSaveStoryPointsOverride,
  type JiraFieldSettings,
} from '../features/settings/jira-fields';
import { useHost, useHostResize } from '../lib/host-context';
import { ProblemError } from '../lib/problem-error';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';

const INPUT_ID = 'keystone-story-points-override';

const isAdminRequired = (error: unknown) => error instanceof ProblemError && error.code === ADMIN_REQUIRED;

function NotAdmin() {
  return (
    <SectionMessage appearance="information" title="For Jira administrators">
      <p>
        Only Jira administrators can see and change which Jira fields Keystone reads. Ask one of
        your site&apos;s administrators if story points look wrong.
      </p>
    </SectionMessage>
  );
}

function FieldId({ value }: { value: string | null }) {
  return value === null ? (
    <Text color="color.text.subtlest">not found</Text>
  ) : (
    <Text weight="medium">
      <code>{value}</code>
    </Text>
  );
}

function Discovered({ settings }: { settings: JiraFieldSettings }) {
  const rows: [string, string | null][] = [
    ['Story points', settings.discovered.storyPoints],
    ['Flagged', settings.discovered.flagged],
    ['Start date', settings.discovered.startDate],
  ];
  return (
    <dl aria-label="Discovered fields" style={{ margin: 0 }}>
      {rows.map(([label, value]) => (
        <Inline key={label} space="space.100" alignBlock="center">
          <dt>
            <Text color="color.text.subtle">{label}:</Text>
          </dt>
          <dd style={{ margin: 0 }} data-testid={`discovered-${label.toLowerCase().replace(' ', '-')}`}>
            <FieldId value={value} />
          </dd>
        </Inline>
      ))}
    </dl>
  );
}

interface OverrideFormProps {
  settings: JiraFieldSettings;
  onSaved: (saved: JiraFieldSettings) => void;
}

function OverrideForm({ settings, onSaved }: OverrideFormProps) {
  const [draft, setDraft] = useState(settings.storyPointsOverride ?? '');
  const [empty, setEmpty] = useState(false);
  const { busy, failure, save, clear } = useSaveStoryPointsOverride(onSaved);
  const trimmed = draft.trim();
  const changesField = trimmed !== '' && trimmed !== settings.storyPointsField;
  const messages = empty ? ['Enter a custom field id such as customfield_10016.'] : (failure?.field ?? []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '') {
      setEmpty(true);
      return;
    }
    save(trimmed);
  };

  return (
    <form aria-label="Story points field" onSubmit={onSubmit} noValidate style={{ maxWidth: '32rem' }}>
      <Stack space="space.150">
        <Stack space="space.050">
          <label htmlFor={INPUT_ID}>
            <Text weight="semibold">Story points field override</Text>
          </label>
          <Textfield
            id={INPUT_ID}
            value={draft}
            placeholder={settings.discovered.storyPoints ?? 'customfield_10016'}
            isInvalid={messages.length > 0}
            aria-describedby={`${INPUT_ID}-hint${messages.length > 0 ? ` ${INPUT_ID}-error` : ''}`}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setEmpty(false);
              clear();
            }}
          />
          <Text id={`${INPUT_ID}-hint`} size="small" color="color.text.subtlest">
            A custom field id such as customfield_10016, for sites whose story points live in a
            field Keystone did not find by itself.
          </Text>
          {messages.length > 0 && (
            <Text id={`${INPUT_ID}-error`} size="small" color="color.text.danger">
              {messages.join(' ')}
            </Text>
          )}
        </Stack>
        {(changesField || settings.storyPointsOverride !== null) && (
          <SectionMessage appearance="warning">
            <p>
              Changing the story points field makes Keystone read every issue of every project
              from Jira again. The figures stay usable meanwhile; on a large site this takes a while.
            </p>
          </SectionMessage>
        )}
        {failure?.other !== undefined && failure.other !== null && (
          isAdminRequired(failure.other) ? <NotAdmin /> : <ProblemMessage error={failure.other} />
        )}
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={busy}>
            Save
          </Button>
          {settings.storyPointsOverride !== null && (
            <Button
              isDisabled={busy}
              onClick={() => {
                setDraft('');
                setEmpty(false);
                save(null);
              }}
            >
              Use discovered field
            </Button>
          )}
        </Inline>
      </Stack>
    </form>
  );
}

/** Which Jira custom fields Keystone reads, and the admin's override of the story points field. */
export function JiraFieldsSection() {
  const host = useHost();
  const { state } = useJiraFieldSettings();
  // The PUT answers with the settings as saved; they replace what was loaded.
  const [saved, setSaved] = useState<JiraFieldSettings | null>(null);
  const settings = saved ?? (state.status === 'ready' ? state.data : null);
  useHostResize(settings ?? state.status);

  const onSaved = useCallback(
    (next: JiraFieldSettings) => {
      const before = saved ?? (state.status === 'ready' ? state.data : null);
      setSaved(next);
      const reread = before?.storyPointsField !== next.storyPointsField;
      const field = next.storyPointsField ?? 'no field';
      host.flag({
        title: reread
          ? `Story points now come from ${field}; Keystone is reading everything from Jira again`
          : 'Jira fields saved',
        type: 'success',
      });
    },
    [host, saved, state],
  );

  return (
    <Stack space="space.200">
      <Heading size="medium" as="h2">
        Jira fields
      </Heading>
      {state.status === 'loading' && <LoadingState label="Loading the Jira field settings" />}
      {state.status === 'error' &&
        (isAdminRequired(state.error) ? <NotAdmin /> : <ProblemMessage error={state.error} />)}
      {settings !== null && (
        <>
          <Text>
            Keystone reads story points from{' '}
            {settings.storyPointsField === null ? (
              <Text color="color.text.subtle">no field (none was found)</Text>
            ) : (
              <Text weight="semibold" testId="story-points-field">
                <code>{settings.storyPointsField}</code>
              </Text>
            )}
            {settings.storyPointsOverride === null
              ? ', the field it discovered.'
              : ', set by an administrator.'}
          </Text>
          <Heading size="xsmall" as="h3">
            Discovered fields
          </Heading>
          <Discovered settings={settings} />
          <OverrideForm key={settings.storyPointsOverride ?? ''} settings={settings} onSaved={onSaved} />
        </>
      )}
    </Stack>
  );
}
