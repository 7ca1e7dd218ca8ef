import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';

import { lookUpIssue } from '../features/risks/issue-lookup';
import type { RiskIssueRef } from '../features/risks/risk';
import { useHost } from '../lib/host-context';

import { FormField } from './form-field';

export interface RiskIssueLinksProps {
  issues: readonly RiskIssueRef[];
  errors: readonly string[] | undefined;
  onChange: (issues: RiskIssueRef[]) => void;
}

/** The Jira issues linked to a risk (mitigation work among them): add by key, remove. */
export function RiskIssueLinks({ issues, errors, onChange }: RiskIssueLinksProps) {
  const host = useHost();
  const [key, setKey] = useState('');
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messages = [...(errors ?? []), ...(lookupError === null ? [] : [lookupError])];

  const add = () => {
    setBusy(true);
    setLookupError(null);
    lookUpIssue(host, key).then(
      (issue) => {
        setBusy(false);
        setKey('');
        if (!issues.some((linked) => linked.id === issue.id)) onChange([...issues, issue]);
      },
      (error: unknown) => {
        setBusy(false);
        setLookupError(error instanceof Error ? error.message : 'The issue could not be found.');
      },
    );
  };

  return (
    <Stack space="space.100">
      {issues.length > 0 && (
        <ul aria-label="Linked issues" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {issues.map((issue) => (
            <li key={issue.id}>
              <Inline space="space.100" alignBlock="center">
                <Text weight="medium">{issue.key ?? `Issue ${issue.id} (deleted)`}</Text>
                {issue.summary !== null && <Text color="color.text.subtle">{issue.summary}</Text>}
                <Button
                  appearance="subtle"
                  spacing="compact"
                  aria-label={`Remove ${issue.key ?? issue.id}`}
                  onClick={() => {
                    onChange(issues.filter((linked) => linked.id !== issue.id));
                  }}
                >
                  Remove
                </Button>
              </Inline>
            </li>
          ))}
        </ul>
      )}
      <FormField id="risk-issues" label="Link an issue" hint="An issue key, e.g. WEB-12" errors={messages}>
        {(ids) => (
          <Inline space="space.100" alignBlock="start">
            <div style={{ flex: 1, maxWidth: '16rem' }}>
              <Textfield
                id={ids.id}
                value={key}
                isInvalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onChange={(event) => {
                  setKey(event.currentTarget.value);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    if (key.trim() !== '') add();
                  }
                }}
              />
            </div>
            <Button onClick={add} isDisabled={key.trim() === ''} isLoading={busy}>
              Add
            </Button>
          </Inline>
        )}
      </FormField>
    </Stack>
  );
}
