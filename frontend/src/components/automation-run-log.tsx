import Button from '@atlaskit/button/default/button';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useCallback, useState } from 'react';

import { OUTCOMES, OUTCOME_LABELS, type AutomationRule, type Outcome } from '../features/automation/automation';
import { EMPTY_RUN_FILTER, type RunFilter } from '../features/automation/automation-api';
import { useRunLog } from '../features/automation/use-automation';
import { useHostResize } from '../lib/host-context';
import { useDebouncedText } from '../lib/use-debounced-text';

import { ChoiceField } from './choice-field';
import { FormField } from './form-field';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { Timestamp } from './timestamp';

const OUTCOME_APPEARANCE: Record<Outcome, ThemeAppearance> = {
  ACTED: 'success',
  DRY_RUN: 'inprogress',
  SKIPPED: 'default',
  FAILED: 'removed',
};

/** An outcome always with its name: colour is never the only cue. */
export function OutcomeLozenge({ outcome }: { outcome: Outcome }) {
  return (
    <Lozenge appearance={OUTCOME_APPEARANCE[outcome]} testId={`outcome-${outcome}`}>
      {OUTCOME_LABELS[outcome]}
    </Lozenge>
  );
}

const HEAD = {
  cells: [
    { key: 'at', content: 'Time' },
    { key: 'rule', content: 'Rule' },
    { key: 'trigger', content: 'Trigger' },
    { key: 'issue', content: 'Issue' },
    { key: 'outcome', content: 'Outcome' },
    { key: 'detail', content: 'Detail' },
  ],
};

export interface AutomationRunLogProps {
  /** For the rule filter and the rules' names; runs of rules not listed show their key. */
  rules: readonly AutomationRule[];
}

/** Every run of every rule, newest first: what triggered it and what it did, or why it did nothing. */
export function AutomationRunLog({ rules }: AutomationRunLogProps) {
  const [filter, setFilter] = useState<RunFilter>(EMPTY_RUN_FILTER);
  const log = useRunLog(filter);
  useHostResize(`${log.status} ${log.runs.length}`);
  const setIssueKey = useCallback((issueKey: string) => {
    setFilter((previous) => ({ ...previous, issueKey }));
  }, []);
  const [issueText, setIssueText] = useDebouncedText(filter.issueKey, setIssueKey);
  const names = new Map(rules.map((rule) => [rule.key, rule.name]));
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_RUN_FILTER);

  const rows = log.runs.map((run) => ({
    key: run.id,
    cells: [
      { key: 'at', content: <Timestamp value={run.at} /> },
      { key: 'rule', content: names.get(run.ruleKey) ?? run.ruleKey },
      { key: 'trigger', content: run.trigger },
      { key: 'issue', content: run.issueKey ?? '' },
      { key: 'outcome', content: <OutcomeLozenge outcome={run.outcome} /> },
      { key: 'detail', content: run.detail },
    ],
  }));

  return (
    <Stack space="space.150">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Heading size="small" as="h3">
          Run log
        </Heading>
        <Button onClick={log.refresh} isDisabled={log.status === 'loading'}>
          Refresh
        </Button>
      </Inline>
      <section aria-label="Run log filters">
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
            gap: token('space.150', '12px'),
            alignItems: 'end',
          }}
        >
          <ChoiceField
            id="automation-runs-rule"
            label="Rule"
            options={rules.map((rule) => ({ value: rule.key, label: rule.name }))}
            value={filter.ruleKey}
            onChange={(ruleKey) => {
              setFilter((previous) => ({ ...previous, ruleKey }));
            }}
          />
          <ChoiceField
            id="automation-runs-outcome"
            label="Outcome"
            options={OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }))}
            value={filter.outcome}
            onChange={(outcome) => {
              setFilter((previous) => ({ ...previous, outcome: outcome as RunFilter['outcome'] }));
            }}
          />
          <FormField id="automation-runs-issue" label="Issue key">
            {(ids) => (
              <Textfield
                id={ids.id}
                value={issueText}
                placeholder="e.g. PAY-12"
                onChange={(event) => {
                  setIssueText(event.currentTarget.value);
                }}
              />
            )}
          </FormField>
        </div>
      </section>
      {log.status === 'loading' && <LoadingState label="Loading the run log" />}
      {log.status === 'error' && <ProblemMessage error={log.error} />}
      {log.status === 'ready' && log.runs.length === 0 && (
        <Text color="color.text.subtle" testId="automation-runs-empty">
          {filtered
            ? 'No runs match these filters.'
            : 'No rule has run yet. Runs appear here as soon as an enabled rule is triggered.'}
        </Text>
      )}
      {log.status === 'ready' && log.runs.length > 0 && (
        <DynamicTable label="Automation runs" head={HEAD} rows={rows} />
      )}
      {log.status === 'ready' && log.error !== null && <ProblemMessage error={log.error} />}
      {log.status === 'ready' && log.nextCursor !== null && (
        <Inline>
          <Button onClick={log.loadMore} isLoading={log.loadingMore}>
            Load more
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
