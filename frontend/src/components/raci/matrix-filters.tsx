import { Inline, Stack } from '@atlaskit/primitives/compiled';
import Select from '@atlaskit/select';

import { RACI_ROLES, ROLE_NAMES, type RaciPerson, type RaciRole } from '../../features/raci/raci';
import type { MatrixFilter } from '../../features/raci/matrix-filter';

interface Option<V> {
  label: string;
  value: V;
}

const ROLE_OPTIONS: Option<RaciRole | null>[] = [
  { label: 'Any role', value: null },
  ...RACI_ROLES.map((role) => ({ label: `${role} · ${ROLE_NAMES[role]}`, value: role })),
];

export interface MatrixFiltersProps {
  people: readonly RaciPerson[];
  filter: MatrixFilter;
  onChange: (filter: MatrixFilter) => void;
}

/** Role and person filters of the matrix; the export uses the same filter. */
export function MatrixFilters({ people, filter, onChange }: MatrixFiltersProps) {
  const personOptions: Option<string | null>[] = [
    { label: 'Anyone', value: null },
    ...people.map((person) => ({ label: person.displayName, value: person.accountId })),
  ];
  return (
    <Inline space="space.200" shouldWrap>
      <Stack space="space.050">
        <label htmlFor="raci-filter-role">Role</label>
        <div style={{ minWidth: '14rem' }}>
          <Select<Option<RaciRole | null>>
            inputId="raci-filter-role"
            options={ROLE_OPTIONS}
            value={ROLE_OPTIONS.find((option) => option.value === filter.role) ?? null}
            onChange={(option) => {
              onChange({ ...filter, role: option?.value ?? null });
            }}
          />
        </div>
      </Stack>
      <Stack space="space.050">
        <label htmlFor="raci-filter-person">Person</label>
        <div style={{ minWidth: '16rem' }}>
          <Select<Option<string | null>>
            inputId="raci-filter-person"
            options={personOptions}
            value={personOptions.find((option) => option.value === filter.accountId) ?? null}
            onChange={(option) => {
              onChange({ ...filter, accountId: option?.value ?? null });
            }}
          />
        </div>
      </Stack>
    </Inline>
  );
}
