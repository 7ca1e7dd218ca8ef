import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';

import type { Risk } from '../features/risks/risk';
import { linkIssueRisk, searchRisks } from '../features/risks/risk-api';
import { useApi, useHost } from '../lib/host-context';

import { FormField } from './form-field';
import { ProblemMessage } from './problem-message';
import { RiskLevelLozenge } from './risk-level-lozenge';

export interface RiskLinkSearchProps {
  issueId: string;
  linkedIds: readonly string[];
  onLinked: (risk: Risk) => void;
  onCancel: () => void;
}

const SEARCH_DELAY_MS = 300;

/** Finds a risk by title and links it to the issue. */
export function RiskLinkSearch({ issueId, linkedIds, onLinked, onCancel }: RiskLinkSearchProps) {
  const api = useApi();
  const host = useHost();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Risk[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (text.trim() === '') return undefined;
    let active = true;
    const timer = setTimeout(() => {
      searchRisks(api, text).then(
        (page) => {
          if (active) setFound(page.items);
        },
        (failure: unknown) => {
          if (active) setError(failure);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [api, text]);

  const link = (risk: Risk) => {
    setError(null);
    linkIssueRisk(api, issueId, risk.id).then(
      (linked) => {
        host.flag({ title: `"${linked.title}" linked`, type: 'success' });
        onLinked(linked);
      },
      (failure: unknown) => {
        setError(failure);
      },
    );
  };
  const candidates = (found ?? []).filter((risk) => !linkedIds.includes(risk.id));

  return (
    <Stack space="space.100">
      <FormField id="risk-link-search" label="Find a risk to link">
        {(ids) => (
          <Textfield
            id={ids.id}
            value={text}
            placeholder="Words from its title"
            onChange={(event) => {
              setText(event.currentTarget.value);
            }}
          />
        )}
      </FormField>
      {found !== null && text.trim() !== '' && candidates.length === 0 && (
        <Text color="color.text.subtle">No other risk matches.</Text>
      )}
      {text.trim() !== '' && candidates.length > 0 && (
        <ul aria-label="Matching risks" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {candidates.map((risk) => (
            <li key={risk.id}>
              <Inline space="space.100" alignBlock="center">
                <RiskLevelLozenge level={risk.exposureLevel} score={risk.exposure} />
                <Text>{risk.title}</Text>
                <Button spacing="compact" onClick={() => { link(risk); }} aria-label={`Link ${risk.title}`}>
                  Link
                </Button>
              </Inline>
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ProblemMessage error={error} />}
      <Inline>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
