import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { RACI_ROLES, ROLE_NAMES, type RaciRole, type ScopeRaci, type ScopeType } from '../../features/raci/raci';
import { saveScopeRaci } from '../../features/raci/raci-api';
import { assignmentsOf, draftOf, type RaciDraft } from '../../features/raci/raci-draft';
import { useApi } from '../../lib/host-context';

import { RaciViolations } from './raci-violations';
import { UserPicker } from './user-picker';

const HINTS: Record<RaciRole, string> = {
  R: 'Does the work',
  A: 'Decides and signs off; one person at most',
  C: 'Asked before decisions',
  I: 'Told about progress and decisions',
};

export interface RaciEditorProps {
  scopeType: ScopeType;
  scopeId: string;
  raci: ScopeRaci;
  onSaved: (raci: ScopeRaci) => void;
  onCancel: () => void;
}

/**
 * Edits the item's own assignments, one picker per role. A role left empty is inherited; the
 * server checks the rules (one A, at least one R) on the result and its refusal is shown here.
 */
export function RaciEditor({ scopeType, scopeId, raci, onSaved, onCancel }: RaciEditorProps) {
  const api = useApi();
  const [draft, setDraft] = useState<RaciDraft>(() => draftOf(raci));
  // The version the draft started from: a poll during the edit must not make the save
  // overwrite a change made by someone else meanwhile (the server answers 412 instead).
  const [baseVersion] = useState(raci.version);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const setRole = (role: RaciRole, people: RaciDraft['people'][RaciRole]) => {
    setDraft((previous) => ({ ...previous, people: { ...previous.people, [role]: people } }));
  };

  const save = () => {
    setSaving(true);
    setError(null);
    saveScopeRaci(api, scopeType, scopeId, assignmentsOf(draft), baseVersion).then(
      (saved) => {
        setSaving(false);
        onSaved(saved);
      },
      (cause: unknown) => {
        setSaving(false);
        setError(cause);
      },
    );
  };

  return (
    <Stack space="space.200" testId="raci-editor">
      <Text color="color.text.subtle">
        Leave a role empty to inherit it from the parent item or the program.
      </Text>
      {RACI_ROLES.map((role) => {
        const inputId = `raci-picker-${role}`;
        return (
          <Stack key={role} space="space.050" testId={`raci-edit-${role}`}>
            <label htmlFor={inputId}>
              <Text weight="semibold">{ROLE_NAMES[role]}</Text>{' '}
              <Text size="small" color="color.text.subtlest">
                {HINTS[role]}
              </Text>
            </label>
            {role === 'A' ? (
              <UserPicker
                inputId={inputId}
                label={ROLE_NAMES[role]}
                isMulti={false}
                value={draft.people.A[0] ?? null}
                onChange={(person) => {
                  setRole('A', person === null ? [] : [person]);
                }}
              />
            ) : (
              <UserPicker
                inputId={inputId}
                label={ROLE_NAMES[role]}
                isMulti
                value={draft.people[role]}
                onChange={(people) => {
                  setRole(role, people);
                }}
              />
            )}
          </Stack>
        );
      })}
      {error !== null && <RaciViolations error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={save} isDisabled={saving} testId="raci-save">
          {saving ? 'Saving…' : 'Save RACI'}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
