import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

export interface ContextDetail {
  label: string;
  value: string | null;
}

export interface ContextDetailsProps {
  details: readonly ContextDetail[];
}

/** The Jira context values an entry was opened with (from its URL). */
export function ContextDetails({ details }: ContextDetailsProps) {
  return (
    <Stack space="space.050">
      {details.map(({ label, value }) => (
        <Inline key={label} space="space.100">
          <Text weight="semibold">{label}:</Text>
          <Text color={value === null ? 'color.text.subtlest' : 'color.text'}>
            {value ?? 'not provided'}
          </Text>
        </Inline>
      ))}
    </Stack>
  );
}
