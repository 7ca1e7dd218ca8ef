import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import type { RollupFigures } from '../features/rollup/rollup';

type Category = 'new' | 'indeterminate' | 'done';

// Jira's own status colours: to do grey, in progress blue, done green.
const CATEGORIES: readonly { category: Category; label: string; colour: string }[] = [
  { category: 'new', label: 'To do', colour: token('color.chart.gray.bold', 'gray') },
  {
    category: 'indeterminate',
    label: 'In progress',
    colour: token('color.chart.blue.bold', 'royalblue'),
  },
  { category: 'done', label: 'Done', colour: token('color.chart.green.bold', 'green') },
];

export interface StatusBreakdownProps {
  issues: RollupFigures['issues'];
}

const swatch = (colour: string) => (
  <span
    aria-hidden
    style={{
      display: 'block',
      width: token('space.150', '12px'),
      height: token('space.150', '12px'),
      borderRadius: token('radius.small', '3px'),
      backgroundColor: colour,
    }}
  />
);

/** Issues by status category as one stacked bar with a legend of counts. */
export function StatusBreakdown({ issues }: StatusBreakdownProps) {
  const total = issues.new + issues.indeterminate + issues.done;
  const summary = CATEGORIES.map(({ category, label }) => `${issues[category]} ${label.toLowerCase()}`);
  return (
    <Stack space="space.100">
      <div
        role="img"
        aria-label={`Issues by status: ${summary.join(', ')}`}
        style={{
          display: 'flex',
          height: token('space.200', '16px'),
          borderRadius: token('radius.small', '3px'),
          overflow: 'hidden',
          backgroundColor: token('color.background.neutral', 'lightgray'),
        }}
      >
        {total > 0 &&
          CATEGORIES.map(({ category, label, colour }) => (
            <div
              key={category}
              title={`${label}: ${issues[category]}`}
              style={{
                width: `${(issues[category] / total) * 100}%`,
                backgroundColor: colour,
                transition: 'width 300ms ease-out',
              }}
            />
          ))}
      </div>
      <ul
        aria-label="Status legend"
        style={{ margin: 0, padding: 0, listStyle: 'none', display: 'flex', gap: token('space.200', '16px') }}
      >
        {CATEGORIES.map(({ category, label, colour }) => (
          <li key={category}>
            <Inline space="space.075" alignBlock="center">
              {swatch(colour)}
              <Text>{label}</Text>
              <Text weight="semibold">{issues[category]}</Text>
            </Inline>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
