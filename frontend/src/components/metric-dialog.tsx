import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent, type ReactNode } from 'react';

import {
  EMPTY_DRAFT,
  checkDraft,
  placeFailure,
  toNewMetric,
  type MetricDraft,
  type MetricMessages,
} from '../features/metrics/metric-draft';
import type { NewMetric } from '../features/metrics/metrics';

import { ProblemMessage } from './problem-message';

type TextKey = 'name' | 'unit' | 'targetValue' | 'targetDate' | 'jql' | 'labels' | 'issueTypes' | 'statusCategories'
  | 'windowDays';

const id = (field: string) => `keystone-metric-${field}`;

function Labelled({ field, label, errors = [], hint, children }: {
  field: string;
  label: string;
  errors?: readonly string[] | undefined;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Stack space="space.050">
      <label htmlFor={id(field)}>
        <Text weight="semibold">{label}</Text>
      </label>
      {children}
      {hint !== undefined && (
        <Text size="small" color="color.text.subtlest">
          {hint}
        </Text>
      )}
      {errors.length > 0 && (
        <Text id={`${id(field)}-error`} size="small" color="color.text.danger">
          {errors.join(' ')}
        </Text>
      )}
    </Stack>
  );
}

const selectStyle = {
  padding: token('space.075', '6px'),
  borderRadius: token('radius.small', '4px'),
  border: `1px solid ${token('color.border.input', 'gray')}`,
  background: token('color.background.input', 'white'),
  color: token('color.text', 'black'),
};

function Choice<V extends string>({ field, value, options, onChange }: {
  field: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}) {
  return (
    <select
      id={id(field)}
      value={value}
      style={selectStyle}
      onChange={(event) => {
        onChange(event.currentTarget.value as V);
      }}
    >
      {options.map(([option, label]) => (
        <option key={option} value={option}>
          {label}
        </option>
      ))}
    </select>
  );
}

export interface MetricDialogProps {
  /** The metric being edited, as a draft; absent for a new metric. */
  initial?: MetricDraft;
  title: string;
  /** Saves; a rejection with a problem shows its messages beside the fields. */
  onSave: (metric: NewMetric) => Promise<unknown>;
  onCancel: () => void;
}

/** Add or edit a metric: checks what it can, then shows Keystone's (and Jira's) messages beside the fields. */
export function MetricDialog({ initial = EMPTY_DRAFT, title, onSave, onCancel }: MetricDialogProps) {
  const [draft, setDraft] = useState<MetricDraft>(initial);
  const [messages, setMessages] = useState<MetricMessages>({});
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MetricDraft>(field: K) => (value: MetricDraft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
  };
  const text = (field: TextKey, type = 'text') => (
    <Textfield
      id={id(field)}
      type={type}
      value={draft[field]}
      isInvalid={((messages as Partial<Record<string, string[]>>)[field] ?? []).length > 0}
      onChange={(event) => {
        set(field)(event.currentTarget.value);
      }}
    />
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setMessages(found);
    setOther(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    onSave(toNewMetric(draft)).then(
      () => {
        setBusy(false);
      },
      (error: unknown) => {
        const placed = placeFailure(error);
        setMessages(placed.fields);
        setOther(placed.other);
        setBusy(false);
      },
    );
  };

  const type = draft.sourceType;
  return (
    <div
      role="dialog"
      aria-label={title}
      style={{
        padding: token('space.200', '16px'),
        border: `1px solid ${token('color.border', 'lightgray')}`,
        borderRadius: token('radius.large', '8px'),
        background: token('elevation.surface.overlay', 'white'),
        maxWidth: '36rem',
      }}
    >
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack space="space.200">
          <Heading size="small" as="h4">
            {title}
          </Heading>
          <Labelled field="name" label="Name" errors={messages.name}>
            {text('name')}
          </Labelled>
          <Inline space="space.200" shouldWrap>
            <Labelled field="unit" label="Unit (optional)" errors={messages.unit}>
              {text('unit')}
            </Labelled>
            <Labelled field="direction" label="Direction" errors={messages.direction}>
              <Choice
                field="direction"
                value={draft.direction}
                options={[
                  ['DOWN_IS_GOOD', 'Down is good'],
                  ['UP_IS_GOOD', 'Up is good'],
                ]}
                onChange={set('direction')}
              />
            </Labelled>
          </Inline>
          <Inline space="space.200" shouldWrap>
            <Labelled field="targetValue" label="Target value (optional)" errors={messages.targetValue}>
              {text('targetValue')}
            </Labelled>
            <Labelled field="targetDate" label="Target date" errors={messages.targetDate}>
              {text('targetDate', 'date')}
            </Labelled>
          </Inline>
          <Labelled field="sourceType" label="Source" errors={messages.sourceType}>
            <Choice
              field="sourceType"
              value={type}
              options={[
                ['JQL', 'JQL count (asks Jira)'],
                ['MIRROR', "Count or points of the program's issues"],
                ['MANUAL', 'Values I enter'],
                ['CYCLE_TIME', 'Cycle time (days in progress to done)'],
                ['THROUGHPUT', 'Throughput (done per week)'],
              ]}
              onChange={set('sourceType')}
            />
          </Labelled>
          {type === 'JQL' && (
            <Labelled
              field="jql"
              label="JQL"
              errors={messages.jql}
              hint="e.g. labels = security-finding AND statusCategory != Done"
            >
              {text('jql')}
            </Labelled>
          )}
          {type === 'MIRROR' && (
            <Stack space="space.150">
              <Labelled field="aggregate" label="Measure" errors={messages.filter}>
                <Choice
                  field="aggregate"
                  value={draft.aggregate}
                  options={[
                    ['COUNT', 'Number of issues'],
                    ['ESTIMATE_SUM', 'Story points (level-0 issues)'],
                  ]}
                  onChange={set('aggregate')}
                />
              </Labelled>
              <Labelled field="labels" label="Labels (any of, comma-separated)">
                {text('labels')}
              </Labelled>
              <Labelled field="issueTypes" label="Issue types (comma-separated)">
                {text('issueTypes')}
              </Labelled>
              <Labelled field="statusCategories" label="Status categories" hint="new, indeterminate, done">
                {text('statusCategories')}
              </Labelled>
              <Inline space="space.200">
                <Labelled field="overdue" label="Overdue">
                  <Choice field="overdue" value={draft.overdue} options={YES_NO} onChange={set('overdue')} />
                </Labelled>
                <Labelled field="blocked" label="Blocked">
                  <Choice field="blocked" value={draft.blocked} options={YES_NO} onChange={set('blocked')} />
                </Labelled>
              </Inline>
            </Stack>
          )}
          {(type === 'CYCLE_TIME' || type === 'THROUGHPUT') && (
            <Inline space="space.200" shouldWrap>
              {type === 'CYCLE_TIME' && (
                <Labelled field="statistic" label="Statistic">
                  <Choice
                    field="statistic"
                    value={draft.statistic}
                    options={[
                      ['MEDIAN', 'Median'],
                      ['P85', '85th percentile'],
                    ]}
                    onChange={set('statistic')}
                  />
                </Labelled>
              )}
              <Labelled field="windowDays" label="Days looked back" errors={messages.windowDays}>
                {text('windowDays')}
              </Labelled>
            </Inline>
          )}
          {other !== null && <ProblemMessage error={other} />}
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={busy}>
              Save metric
            </Button>
            <Button appearance="subtle" onClick={onCancel}>
              Cancel
            </Button>
          </Inline>
        </Stack>
      </form>
    </div>
  );
}

const YES_NO = [
  ['any', 'Either'],
  ['yes', 'Only'],
  ['no', 'Exclude'],
] as const;
