import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { Program } from '../features/programs/programs';

/** The program's name, dates and the projects it spans. */
export function ProgramHeader({ program }: { program: Program }) {
  return (
    <Stack space="space.100">
      <Heading size="large" as="h2">
        {program.name}
      </Heading>
      {program.description !== null && <Text color="color.text.subtle">{program.description}</Text>}
      <Inline space="space.300" shouldWrap alignBlock="center">
        <Inline space="space.100">
          <Text weight="semibold">Target date:</Text>
          <Text testId="program-target-date">{program.targetDate ?? 'not set'}</Text>
        </Inline>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text weight="semibold">Projects:</Text>
          <ul
            aria-label="Projects in the program"
            style={{ display: 'flex', alignItems: 'center', gap: '4px', margin: 0, padding: 0, listStyle: 'none' }}
          >
            {program.projectKeys.map((key) => (
              <li key={key}>
                <Lozenge>{key}</Lozenge>
              </li>
            ))}
          </ul>
        </Inline>
      </Inline>
    </Stack>
  );
}
