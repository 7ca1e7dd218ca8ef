import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { Baseline, ScopeChange } from '../features/rollup/baseline';
import { describeScopeChange, type ScopeMeasure } from '../features/rollup/scope-change';
import { shortDate } from '../lib/calendar-dates';

export interface ScopeChangeSummaryProps {
  baseline: Baseline | null;
  change: ScopeChange | null;
  measure: ScopeMeasure;
}

/** "Scope +2 items (+40 %) · +4 points (+50 %) since the baseline of 2 Nov", or why there is none. */
export function ScopeChangeSummary({ baseline, change, measure }: ScopeChangeSummaryProps) {
  if (baseline === null) {
    return (
      <Text size="small" color="color.text.subtle">
        No baseline yet: set one to see how the scope changes from that day on.
      </Text>
    );
  }
  if (change === null) {
    return (
      <Text size="small" color="color.text.subtle">
        Baseline of {shortDate(baseline.date)}; today&apos;s scope is not known yet to compare with it.
      </Text>
    );
  }
  const grew = measure === 'points' ? change.points > 0 : change.count > 0;
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <span data-testid="scope-change">
        <Text weight="medium">{describeScopeChange(baseline, change, measure)}</Text>
      </span>
      {grew && <Lozenge appearance="moved">Scope grew</Lozenge>}
    </Inline>
  );
}
