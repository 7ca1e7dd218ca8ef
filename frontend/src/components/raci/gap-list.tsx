import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import type { RaciGap } from '../../features/raci/raci';

const listStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.050', '4px'),
  margin: 0,
  paddingInlineStart: 0,
  listStyle: 'none',
} as const;

/** A scope's gaps: errors (no A, several A, inactive A/R) first, then information. */
export function GapList({ gaps }: { gaps: readonly RaciGap[] }) {
  const ordered = [...gaps].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul aria-label="RACI gaps" data-testid="raci-gaps" style={listStyle}>
      {ordered.map((gap, index) => (
        <li key={`${gap.code}-${index}`}>
          <Inline space="space.100" alignBlock="center">
            <Lozenge appearance={gap.severity === 'error' ? 'removed' : 'default'}>
              {gap.severity === 'error' ? 'Gap' : 'Note'}
            </Lozenge>
            <Text>{gap.message}</Text>
          </Inline>
        </li>
      ))}
    </ul>
  );
}
