import { Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

export interface Figure {
  label: string;
  value: string;
  /** Draws the eye to figures that need attention (overdue, blocked) when they are not zero. */
  tone?: 'neutral' | 'danger';
}

/** Headline numbers as a wrapping grid of tiles; each tile is a labelled group. */
export function FigureTiles({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
        gap: token('space.150', '12px'),
        margin: 0,
        padding: 0,
      }}
    >
      {figures.map(({ label, value, tone = 'neutral' }) => (
        <div
          key={label}
          role="group"
          aria-label={label}
          style={{
            padding: token('space.150', '12px'),
            borderRadius: token('radius.medium', '6px'),
            border: `1px solid ${token('color.border', 'lightgray')}`,
            backgroundColor: token('elevation.surface.raised', 'white'),
          }}
        >
          <dt>
            <Text size="small" color="color.text.subtle">
              {label}
            </Text>
          </dt>
          <dd style={{ margin: 0 }}>
            <Text size="large" weight="bold" color={tone === 'danger' ? 'color.text.danger' : 'color.text'}>
              {value}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
