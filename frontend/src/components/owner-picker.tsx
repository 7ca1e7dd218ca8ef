import { AsyncSelect } from '@atlaskit/select';
import { useRef } from 'react';

import { searchUsers, type JiraUser } from '../features/risks/jira-users';
import { useHost } from '../lib/host-context';

import type { FieldIds } from './form-field';

interface Option {
  label: string;
  value: string;
}

export interface OwnerPickerProps {
  ids: FieldIds;
  accountId: string;
  /** The display name when known; the id is shown otherwise. */
  displayName: string | undefined;
  onChange: (accountId: string, displayName: string | undefined) => void;
  placeholder?: string;
}

const SEARCH_DELAY_MS = 250;

/** Picks a Jira user by name; Jira's user search runs through the host as the current user. */
export function OwnerPicker({ ids, accountId, displayName, onChange, placeholder = 'Search people' }: OwnerPickerProps) {
  const host = useHost();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const value: Option | null = accountId === '' ? null : { value: accountId, label: displayName ?? accountId };

  // Debounced by hand: AsyncSelect asks on every keystroke.
  const loadOptions = (input: string) =>
    new Promise<Option[]>((resolve) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        searchUsers(host, input).then(
          (users: JiraUser[]) => {
            resolve(users.map((user) => ({ value: user.accountId, label: user.displayName })));
          },
          () => {
            resolve([]);
          },
        );
      }, SEARCH_DELAY_MS);
    });

  return (
    <AsyncSelect<Option>
      inputId={ids.id}
      descriptionId={ids.describedBy}
      isInvalid={ids.invalid}
      isClearable
      cacheOptions
      loadOptions={loadOptions}
      value={value}
      placeholder={placeholder}
      noOptionsMessage={({ inputValue }) => (inputValue.trim() === '' ? 'Type a name' : 'No matching people')}
      onChange={(option) => {
        onChange(option?.value ?? '', option?.label);
      }}
    />
  );
}
