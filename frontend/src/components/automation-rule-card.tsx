import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';

import type { AutomationRule, ParamDef } from '../features/automation/automation';
import { saveRule } from '../features/automation/automation-api';
import {
  checkDraft,
  describeRuleFailure,
  isAdminRequired,
  isDirty,
  isVersionMismatch,
  paramField,
  ruleDraftOf,
  toRuleBody,
  type RuleDraft,
  type RuleFailure,
} from '../features/automation/rule-draft';
import { useApi } from '../lib/host-context';

import { SwitchField } from './automation-switch';
import { FormField } from './form-field';
import { ProblemMessage } from './problem-message';

export interface AutomationRuleCardProps {
  rule: AutomationRule;
  onSaved: (saved: AutomationRule) => void;
  /** Loads every rule again (after someone else changed this one). */
  onReload: () => void;
  /** This card's rule is the one just saved: says so until it is changed again. */
  justSaved?: boolean;
}

function StateLozenge({ rule }: { rule: AutomationRule }) {
  if (!rule.enabled) return <Lozenge>Off</Lozenge>;
  return rule.dryRun ? <Lozenge appearance="moved">Dry run</Lozenge> : <Lozenge appearance="success">On</Lozenge>;
}

function rangeHint(def: ParamDef): string {
  const range = def.min !== null && def.max !== null
    ? `From ${def.min} to ${def.max}. `
    : def.min !== null ? `${def.min} or more. ` : def.max !== null ? `${def.max} or less. ` : '';
  const fallback = typeof def.default === 'boolean' ? (def.default ? 'on' : 'off') : String(def.default);
  return `${range}Default: ${fallback === '' ? 'none' : fallback}.`;
}

interface ParamInputProps {
  id: string;
  def: ParamDef;
  value: string | boolean;
  errors: string[] | undefined;
  onChange: (value: string | boolean) => void;
}

function ParamInput({ id, def, value, errors, onChange }: ParamInputProps) {
  if (def.type === 'boolean') {
    return (
      <SwitchField
        id={id}
        label={def.label}
        hint={rangeHint(def)}
        errors={errors}
        checked={value === true}
        onChange={onChange}
      />
    );
  }
  return (
    <FormField id={id} label={def.label} hint={rangeHint(def)} errors={errors}>
      {(ids) => (
        <Textfield
          id={ids.id}
          type={def.type === 'integer' ? 'number' : 'text'}
          inputMode={def.type === 'integer' ? 'numeric' : undefined}
          {...(def.type === 'integer' && def.min !== null ? { min: def.min } : {})}
          {...(def.type === 'integer' && def.max !== null ? { max: def.max } : {})}
          width={def.type === 'integer' ? 'small' : 'large'}
          value={String(value)}
          isInvalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </FormField>
  );
}

function OtherFailure({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (isAdminRequired(error)) {
    return (
      <SectionMessage appearance="information" title="For Jira administrators">
        <p>Only Jira administrators can change automation rules.</p>
      </SectionMessage>
    );
  }
  if (isVersionMismatch(error)) {
    return (
      <SectionMessage appearance="warning" title="Someone else changed this rule">
        <p>
          This rule was changed by someone else since the page loaded, so your changes were not saved. Reload to
          see the rule as it is now, then make your changes again.
        </p>
        <Inline>
          <Button onClick={onReload}>Reload rules</Button>
        </Inline>
      </SectionMessage>
    );
  }
  return <ProblemMessage error={error} />;
}

/** One rule: on/off, dry run, its parameters, and Save (only once something changed). */
export function AutomationRuleCard({ rule, onSaved, onReload, justSaved = false }: AutomationRuleCardProps) {
  const api = useApi();
  const [draft, setDraft] = useState<RuleDraft>(() => ruleDraftOf(rule));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RuleFailure | null>(null);
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const dirty = isDirty(rule, draft);
  const idOf = (field: string) => `automation-${rule.key}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const headingId = idOf('heading');
  const errorsOf = (field: string) => checked[field] ?? failure?.fields[field];

  const change = (update: (previous: RuleDraft) => RuleDraft, field: string) => {
    setDraft(update);
    // A message about a field goes once it is edited; the others stay until the next save.
    setChecked(({ [field]: _gone, ...rest }) => rest);
    setFailure((previous) => {
      if (previous === null) return null;
      const { [field]: _old, ...fields } = previous.fields;
      return { ...previous, fields };
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkDraft(rule, draft);
    setChecked(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    saveRule(api, rule, toRuleBody(rule, draft)).then(
      (saved) => {
        setBusy(false);
        onSaved(saved);
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(describeRuleFailure(rule, error));
      },
    );
  };
  const other = failure?.other;

  return (
    <article
      aria-labelledby={headingId}
      data-testid={`automation-rule-${rule.key}`}
      style={{
        padding: token('space.200', '16px'),
        border: `${token('border.width', '1px')} solid ${token('color.border', 'lightgray')}`,
        borderRadius: token('radius.medium', '6px'),
        background: token('elevation.surface.raised', 'white'),
        boxShadow: token('elevation.shadow.raised', 'none'),
      }}
    >
      <form aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
        <Stack space="space.150">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Heading size="small" as="h4" id={headingId}>
              {rule.name}
            </Heading>
            <StateLozenge rule={rule} />
          </Inline>
          {rule.description !== '' && <Text color="color.text.subtle">{rule.description}</Text>}
          <Inline space="space.300" shouldWrap>
            <SwitchField
              id={idOf('enabled')}
              label="Enabled"
              hint="Runs when its trigger happens."
              errors={failure?.fields.enabled}
              checked={draft.enabled}
              onChange={(enabled) => {
                change((previous) => ({ ...previous, enabled }), 'enabled');
              }}
            />
            <SwitchField
              id={idOf('dry-run')}
              label="Dry run"
              hint="Records what the rule would do, without doing it."
              errors={failure?.fields.dryRun}
              checked={draft.dryRun}
              onChange={(dryRun) => {
                change((previous) => ({ ...previous, dryRun }), 'dryRun');
              }}
            />
          </Inline>
          {rule.paramDefs.length > 0 && (
            <Inline space="space.200" shouldWrap>
              {rule.paramDefs.map((def) => {
                const field = paramField(def.name);
                return (
                  <ParamInput
                    key={def.name}
                    id={idOf(field)}
                    def={def}
                    value={draft.params[def.name] ?? ''}
                    errors={errorsOf(field)}
                    onChange={(value) => {
                      change((previous) => ({ ...previous, params: { ...previous.params, [def.name]: value } }), field);
                    }}
                  />
                );
              })}
            </Inline>
          )}
          {other !== undefined && other !== null && <OtherFailure error={other} onReload={onReload} />}
          <Inline space="space.100" alignBlock="center">
            <Button type="submit" appearance="primary" isDisabled={!dirty} isLoading={busy}>
              Save
            </Button>
            {dirty && (
              <Button
                appearance="subtle"
                isDisabled={busy}
                onClick={() => {
                  setDraft(ruleDraftOf(rule));
                  setChecked({});
                  setFailure(null);
                }}
              >
                Discard changes
              </Button>
            )}
            <span role="status">
              {justSaved && !dirty && !busy && failure === null && (
                <Text size="small" color="color.text.success">
                  Saved
                </Text>
              )}
            </span>
          </Inline>
        </Stack>
      </form>
    </article>
  );
}
