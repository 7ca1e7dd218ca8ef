import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { RaciGap } from '../../features/raci/raci';

/** A scope's gaps: errors (no A, several A, inactive A/R) first, then information. */
export function GapList({ gaps }: { gaps: readonly RaciGap[] }) {
  const ordered = [...gaps].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <Stack space="space.050" as="ul" testId="raci-gaps">
      {ordered.map((gap, index) => (
        <Inline key={`${gap.code}-${index}`} as="li" space="space.100" alignBlock="center">
          <Lozenge appearance={gap.severity === 'error' ? 'removed' : 'default'}>
            {gap.severity === 'error' ? 'Gap' : 'Note'}
          </Lozenge>
          <Text>{gap.message}</Text>
        </Inline>
      ))}
    </Stack>
  );
}
