import { AsyncSelect, type OptionType } from '@atlaskit/select';
import { useCallback } from 'react';

import type { RaciPerson } from '../../features/raci/raci';
import { searchUsers } from '../../features/raci/user-search';
import { useHost } from '../../lib/host-context';

import { PersonChip } from './person-chip';

interface PersonOption extends OptionType {
  label: string;
  value: string;
  person: RaciPerson;
}

const toOption = (person: RaciPerson): PersonOption => ({
  label: person.displayName,
  value: person.accountId,
  person,
});

interface CommonProps {
  inputId: string;
  label: string;
}

export type UserPickerProps = CommonProps &
  (
    | { isMulti: true; value: readonly RaciPerson[]; onChange: (people: RaciPerson[]) => void }
    | { isMulti: false; value: RaciPerson | null; onChange: (person: RaciPerson | null) => void }
  );

/**
 * Picks Jira users by name, searching Jira as the current user (AP.request), so it offers the
 * people that user may see in Jira itself.
 */
export function UserPicker(props: UserPickerProps) {
  const host = useHost();
  const loadOptions = useCallback(
    async (query: string) => (await searchUsers(host, query)).map(toOption),
    [host],
  );
  const common = {
    inputId: props.inputId,
    'aria-label': props.label,
    loadOptions,
    cacheOptions: true,
    defaultOptions: false,
    isClearable: true,
    placeholder: 'Search people in Jira',
    noOptionsMessage: ({ inputValue }: { inputValue: string }) =>
      inputValue.trim() === '' ? 'Type a name' : `Nobody called "${inputValue}"`,
    formatOptionLabel: (option: PersonOption) => <PersonChip person={option.person} />,
  };
  if (props.isMulti) {
    const { onChange } = props;
    return (
      <AsyncSelect<PersonOption, true>
        {...common}
        isMulti
        value={props.value.map(toOption)}
        onChange={(options) => {
          onChange(options.map((option) => option.person));
        }}
      />
    );
  }
  const { onChange } = props;
  return (
    <AsyncSelect<PersonOption>
      {...common}
      value={props.value === null ? null : toOption(props.value)}
      onChange={(option) => {
        onChange(option === null ? null : option.person);
      }}
    />
  );
}
