import Heading from '@atlaskit/heading';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import {
  describeTiming,
  milestoneTiming,
  sortMilestones,
  type Milestone,
  type MilestoneTiming,
} from '../features/programs/milestones';
import { localToday, shortDate } from '../lib/calendar-dates';

const LOZENGE: Record<MilestoneTiming['kind'], { label: string; appearance: ThemeAppearance }> = {
  past: { label: 'Past', appearance: 'default' },
  today: { label: 'Due today', appearance: 'moved' },
  soon: { label: 'Due soon', appearance: 'moved' },
  upcoming: { label: 'Upcoming', appearance: 'inprogress' },
};

export interface MilestonesSectionProps {
  milestones: readonly Milestone[];
  /** `yyyy-MM-dd`; the viewer's today unless a test pins it. */
  today?: string;
}

function issueCount(milestone: Milestone): string {
  const count = milestone.issueKeys.length;
  return count === 1 ? '1 issue' : `${count} issues`;
}

/** The program's milestones, earliest first, each with how far away it is. Read-only. */
export function MilestonesSection({ milestones, today = localToday() }: MilestonesSectionProps) {
  const sorted = sortMilestones(milestones);
  return (
    <section aria-label="Milestones">
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Milestones
        </Heading>
        {sorted.length === 0 ? (
          <Text color="color.text.subtle">This program has no milestones.</Text>
        ) : (
          <ol style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {sorted.map((milestone) => {
              const timing = milestoneTiming(milestone.date, today);
              const lozenge = LOZENGE[timing.kind];
              return (
                <li
                  key={milestone.id ?? `${milestone.date}-${milestone.name}`}
                  data-testid="milestone"
                  data-timing={timing.kind}
                  style={{
                    padding: `${token('space.075', '6px')} 0`,
                    borderBottom: `${token('border.width', '1px')} solid ${token('color.border', 'lightgray')}`,
                  }}
                >
                  <Inline space="space.150" alignBlock="center" shouldWrap>
                    <Text weight="medium">{milestone.name}</Text>
                    <Text color="color.text.subtle">
                      <time dateTime={milestone.date}>
                        {shortDate(milestone.date)} {milestone.date.slice(0, 4)}
                      </time>
                    </Text>
                    <Lozenge appearance={lozenge.appearance}>{lozenge.label}</Lozenge>
                    <Text size="small" color="color.text.subtle">
                      {describeTiming(timing)}
                    </Text>
                    {milestone.issueKeys.length > 0 && (
                      <Text size="small" color="color.text.subtlest">
                        <span title={milestone.issueKeys.join(', ')}>{issueCount(milestone)}</span>
                      </Text>
                    )}
                  </Inline>
                </li>
              );
            })}
          </ol>
        )}
      </Stack>
    </section>
  );
}
