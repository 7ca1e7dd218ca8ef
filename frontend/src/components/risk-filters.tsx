import Button from '@atlaskit/button/default/button';
import { Inline, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';

import type { Program } from '../features/programs/programs';
import { LEVELS, LEVEL_LABELS, ROAMS, ROAM_LABELS } from '../features/risks/risk';
import { EMPTY_FILTER, type RiskFilter } from '../features/risks/risk-filter';
import { useDebouncedText } from '../lib/use-debounced-text';

import { ChoiceField } from './choice-field';
import { FormField } from './form-field';
import { OwnerPicker } from './owner-picker';

export interface RiskFiltersProps {
  filter: RiskFilter;
  programs: readonly Program[];
  onChange: (filter: RiskFilter) => void;
}

/** The register's filters; every change goes straight to the table, heat map and trend. */
export function RiskFilters({ filter, programs, onChange }: RiskFiltersProps) {
  const [ownerName, setOwnerName] = useState<string | undefined>(undefined);
  const set = <K extends keyof RiskFilter>(key: K) => (value: RiskFilter[K]) => {
    onChange({ ...filter, [key]: value });
  };
  const [q, setQ] = useDebouncedText(filter.q, set('q'));
  const [project, setProject] = useDebouncedText(filter.projectKey, set('projectKey'));

  return (
    <section aria-label="Filters">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
          gap: token('space.150', '12px'),
          alignItems: 'end',
        }}
      >
        <FormField id="filter-q" label="Text">
          {(ids) => (
            <Textfield
              id={ids.id}
              testId="filter-q"
              value={q}
              placeholder="Title or description"
              onChange={(event) => {
                setQ(event.currentTarget.value);
              }}
            />
          )}
        </FormField>
        <ChoiceField
          id="filter-program"
          label="Program"
          options={programs.map((program) => ({ value: program.id, label: program.name }))}
          value={filter.programId}
          onChange={set('programId')}
        />
        <FormField id="filter-project" label="Project">
          {(ids) => (
            <Textfield
              id={ids.id}
              value={project}
              placeholder="Key, e.g. WEB"
              onChange={(event) => {
                setProject(event.currentTarget.value);
              }}
            />
          )}
        </FormField>
        <ChoiceField
          id="filter-level"
          label="Level"
          options={LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
          value={filter.level}
          onChange={(value) => {
            set('level')(value as RiskFilter['level']);
          }}
        />
        <ChoiceField
          id="filter-roam"
          label="ROAM"
          options={ROAMS.map((roam) => ({ value: roam, label: ROAM_LABELS[roam] }))}
          value={filter.roam}
          onChange={(value) => {
            set('roam')(value as RiskFilter['roam']);
          }}
        />
        <ChoiceField
          id="filter-status"
          label="Status"
          options={[
            { value: 'OPEN', label: 'Open' },
            { value: 'CLOSED', label: 'Closed' },
          ]}
          value={filter.status}
          onChange={(value) => {
            set('status')(value as RiskFilter['status']);
          }}
        />
        <FormField id="filter-owner" label="Owner">
          {(ids) => (
            <OwnerPicker
              ids={ids}
              accountId={filter.ownerAccountId}
              displayName={ownerName}
              placeholder="Anyone"
              onChange={(accountId, name) => {
                setOwnerName(name);
                set('ownerAccountId')(accountId);
              }}
            />
          )}
        </FormField>
      </div>
      <Inline space="space.200" alignBlock="center">
        <label style={{ display: 'flex', gap: token('space.075', '6px'), alignItems: 'center', marginBlockStart: token('space.100', '8px') }}>
          <input
            type="checkbox"
            checked={filter.overdueReview}
            onChange={(event) => {
              set('overdueReview')(event.currentTarget.checked);
            }}
          />
          <Text>Review overdue</Text>
        </label>
        {JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER) && (
          <Button
            appearance="subtle"
            onClick={() => {
              setOwnerName(undefined);
              setQ('');
              setProject('');
              onChange(EMPTY_FILTER);
            }}
          >
            Clear filters
          </Button>
        )}
      </Inline>
    </section>
  );
}
