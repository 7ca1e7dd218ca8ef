import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties, type FormEvent, type ReactNode } from 'react';

import type { Program } from '../features/programs/programs';
import {
  PROXIMITIES,
  PROXIMITY_LABELS,
  ROAMS,
  ROAM_LABELS,
  STATUSES,
  type Risk,
} from '../features/risks/risk';
import type { RiskDraft, RiskField } from '../features/risks/risk-form';
import { useSaveRisk } from '../features/risks/use-save-risk';

import { FormField, TextArea, type FieldIds } from './form-field';
import { OwnerPicker } from './owner-picker';
import { ProblemMessage } from './problem-message';
import { RiskIssueLinks } from './risk-issue-links';

export interface RiskFormProps {
  /** The risk being edited, or null to create one. */
  original: Risk | null;
  initial: RiskDraft;
  categories: readonly string[];
  programs: readonly Program[];
  ownerNames: ReadonlyMap<string, string>;
  onSaved: (risk: Risk) => void;
  onCancel?: () => void;
}

interface Option {
  label: string;
  value: string;
}

const idOf = (field: RiskField) => `risk-${field}`;

type TextField = 'title' | 'reviewDate' | 'dueDate' | 'projectKeys';
const option = (value: string, label = value): Option => ({ value, label });

function ChoiceSelect({ ids, options, value, onChange, clearable = false }: {
  ids: FieldIds;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  clearable?: boolean;
}) {
  return (
    <Select<Option>
      inputId={ids.id}
      descriptionId={ids.describedBy}
      isInvalid={ids.invalid}
      isClearable={clearable}
      options={options}
      value={options.find((candidate) => candidate.value === value) ?? (value === '' ? null : option(value))}
      onChange={(chosen) => {
        onChange(chosen?.value ?? '');
      }}
    />
  );
}

const grid = (columns: string): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: columns,
  gap: token('space.200', '16px'),
  alignItems: 'start',
});

/** Create or edit a risk; server validation messages appear beside the inputs they concern. */
export function RiskForm({ original, initial, categories, programs, ownerNames, onSaved, onCancel }: RiskFormProps) {
  const [draft, setDraft] = useState<RiskDraft>(initial);
  const [ownerName, setOwnerName] = useState<string | undefined>(undefined);
  const { busy, failure, save } = useSaveRisk(original, onSaved);
  const set =
    <F extends RiskField>(field: F) =>
    (value: RiskDraft[F]) => {
      setDraft((previous) => ({ ...previous, [field]: value }));
    };
  const errors = (field: RiskField) => failure?.fields[field];

  const text = (field: TextField, label: string, extra: { hint?: string; type?: string } = {}) => (
    <FormField id={idOf(field)} label={label} hint={extra.hint} errors={errors(field)}>
      {(ids) => (
        <Textfield
          id={ids.id}
          type={extra.type ?? 'text'}
          value={draft[field]}
          isInvalid={ids.invalid}
          aria-describedby={ids.describedBy}
          testId={ids.id}
          onChange={(event) => {
            set(field)(event.currentTarget.value);
          }}
        />
      )}
    </FormField>
  );
  const score = (field: 'probability' | 'impact' | 'residualProbability' | 'residualImpact', label: string) => (
    <FormField id={idOf(field)} label={label} errors={errors(field)}>
      {(ids) => (
        <Textfield
          id={ids.id}
          type="number"
          min={1}
          max={5}
          value={draft[field]}
          isInvalid={ids.invalid}
          aria-describedby={ids.describedBy}
          testId={ids.id}
          onChange={(event) => {
            set(field)(event.currentTarget.value);
          }}
        />
      )}
    </FormField>
  );
  const long = (field: 'description' | 'mitigation' | 'contingency' | 'trigger', label: string): ReactNode => (
    <FormField id={idOf(field)} label={label} errors={errors(field)}>
      {(ids) => <TextArea ids={ids} value={draft[field]} onChange={set(field)} />}
    </FormField>
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(draft);
  };
  const programOptions = programs.map((program) => option(program.id, program.name));

  return (
    <form aria-label={original === null ? 'New risk' : `Edit risk ${original.title}`} onSubmit={onSubmit} noValidate>
      <Stack space="space.200">
        {text('title', 'Title')}
        {long('description', 'Description (optional)')}
        <div style={grid('repeat(auto-fit, minmax(9rem, 1fr))')}>
          {score('probability', 'Probability (1–5)')}
          {score('impact', 'Impact (1–5)')}
          {score('residualProbability', 'Residual probability')}
          {score('residualImpact', 'Residual impact')}
        </div>
        <Text size="small" color="color.text.subtlest">
          Residual scores are the probability and impact after mitigation; leave both empty until assessed.
        </Text>
        <div style={grid('repeat(auto-fit, minmax(12rem, 1fr))')}>
          <FormField id={idOf('category')} label="Category" errors={errors('category')}>
            {(ids) => (
              <ChoiceSelect ids={ids} clearable options={categories.map((c) => option(c))} value={draft.category} onChange={set('category')} />
            )}
          </FormField>
          <FormField id={idOf('roam')} label="ROAM" errors={errors('roam')} hint="Resolved closes the risk">
            {(ids) => (
              <ChoiceSelect
                ids={ids}
                options={ROAMS.map((roam) => option(roam, ROAM_LABELS[roam]))}
                value={draft.roam}
                onChange={(value) => {
                  // The server's rule (RESOLVED ⇔ CLOSED), mirrored so the form never sends a contradiction.
                  setDraft((previous) => ({
                    ...previous,
                    roam: value as RiskDraft['roam'],
                    status: value === 'RESOLVED' ? 'CLOSED' : 'OPEN',
                  }));
                }}
              />
            )}
          </FormField>
          <FormField id={idOf('status')} label="Status" errors={errors('status')}>
            {(ids) => (
              <ChoiceSelect
                ids={ids}
                options={STATUSES.map((status) => option(status, status === 'OPEN' ? 'Open' : 'Closed'))}
                value={draft.status}
                onChange={(value) => {
                  setDraft((previous) => ({
                    ...previous,
                    status: value as RiskDraft['status'],
                    roam: value === 'CLOSED' ? 'RESOLVED' : previous.roam === 'RESOLVED' ? 'OWNED' : previous.roam,
                  }));
                }}
              />
            )}
          </FormField>
          <FormField id={idOf('ownerAccountId')} label="Owner" errors={errors('ownerAccountId')} hint="Empty: you">
            {(ids) => (
              <OwnerPicker
                ids={ids}
                accountId={draft.ownerAccountId}
                displayName={ownerName ?? ownerNames.get(draft.ownerAccountId)}
                onChange={(accountId, name) => {
                  set('ownerAccountId')(accountId);
                  setOwnerName(name);
                }}
              />
            )}
          </FormField>
          <FormField id={idOf('proximity')} label="Proximity" errors={errors('proximity')}>
            {(ids) => (
              <ChoiceSelect
                ids={ids}
                clearable
                options={PROXIMITIES.map((p) => option(p, PROXIMITY_LABELS[p]))}
                value={draft.proximity}
                onChange={(value) => {
                  set('proximity')(value as RiskDraft['proximity']);
                }}
              />
            )}
          </FormField>
          {text('reviewDate', 'Review date', { type: 'date' })}
          {text('dueDate', 'Due date', { type: 'date' })}
        </div>
        {long('mitigation', 'Mitigation plan')}
        {long('contingency', 'Contingency plan')}
        {long('trigger', 'Trigger')}
        <FormField id={idOf('programIds')} label="Programs" errors={errors('programIds')}>
          {(ids) => (
            <Select<Option, true>
              inputId={ids.id}
              descriptionId={ids.describedBy}
              isInvalid={ids.invalid}
              isMulti
              options={programOptions}
              value={draft.programIds.map((id) => programOptions.find((o) => o.value === id) ?? option(id))}
              onChange={(chosen) => {
                set('programIds')(chosen.map((o) => o.value));
              }}
            />
          )}
        </FormField>
        {text('projectKeys', 'Projects', { hint: 'Project keys, separated by commas, e.g. WEB, MOB' })}
        <RiskIssueLinks issues={draft.issues} errors={errors('issues')} onChange={set('issues')} />
        {failure?.other && <ProblemMessage error={failure.other} />}
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={busy} testId="risk-save">
            {original === null ? 'Create risk' : 'Save changes'}
          </Button>
          {onCancel !== undefined && (
            <Button appearance="subtle" onClick={onCancel} isDisabled={busy}>
              Cancel
            </Button>
          )}
        </Inline>
      </Stack>
    </form>
  );
}
