import { shortDate } from '../../lib/calendar-dates';

import type { Baseline, ScopeChange } from './baseline';
import { formatAmount } from './format';

export type ScopeMeasure = 'count' | 'points';

/** "+2", "−1", "0": a change always shows its sign (a true minus sign, as screen readers say "minus"). */
export function signed(value: number): string {
  const amount = formatAmount(Math.abs(value));
  if (amount === '0') return '0';
  return value > 0 ? `+${amount}` : `\u2212${amount}`;
}

function part(value: number, percent: number | null, one: string, many: string): string {
  const unit = formatAmount(Math.abs(value)) === '1' ? one : many;
  return percent === null ? `${signed(value)} ${unit}` : `${signed(value)} ${unit} (${signed(percent)} %)`;
}

/**
 * "Scope +2 items (+40 %) · +4 points (+50 %) since the baseline of 2 Nov", the chart's measure
 * first. Points are left out when neither the baseline nor today had any estimate to compare.
 */
export function describeScopeChange(baseline: Baseline, change: ScopeChange, measure: ScopeMeasure): string {
  const since = `since the baseline of ${shortDate(baseline.date)}`;
  const hasPoints = baseline.scopePoints !== 0 || change.points !== 0;
  if (change.count === 0 && change.points === 0) return `Scope unchanged ${since}`;
  const items = part(change.count, change.countPercent, 'item', 'items');
  const points = part(change.points, change.pointsPercent, 'point', 'points');
  const parts = !hasPoints ? [items] : measure === 'points' ? [points, items] : [items, points];
  return `Scope ${parts.join(' · ')} ${since}`;
}
