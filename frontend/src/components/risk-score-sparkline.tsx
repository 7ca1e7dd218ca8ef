import { token } from '@atlaskit/tokens';

import type { ScorePoint } from '../features/risks/risk-analytics';

const WIDTH = 160;
const HEIGHT = 36;
const PAD = 4;
/** Scores run 1..25; a fixed scale keeps sparklines of different risks comparable. */
const MAX_SCORE = 25;

function describeScoreTrend(points: readonly ScorePoint[]): string {
  const last = points[points.length - 1];
  if (last === undefined) return 'Score trend: no changes yet.';
  const values = points.map((point) => point.exposure).join(', ');
  return `Exposure after each of ${points.length} ${points.length === 1 ? 'change' : 'changes'}: ${values}. Now ${last.exposure} (inherent ${last.score}${last.residualScore === null ? '' : `, residual ${last.residualScore}`}).`;
}

/** Exposure after each change to one risk (step line), the inherent score dashed behind it. */
export function RiskScoreSparkline({ points }: { points: readonly ScorePoint[] }) {
  const x = (index: number) => PAD + (points.length <= 1 ? (WIDTH - 2 * PAD) / 2 : (index * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / MAX_SCORE) * (HEIGHT - 2 * PAD);
  const line = (value: (point: ScorePoint) => number) =>
    points.map((point, index) => `${Math.round(x(index) * 10) / 10},${Math.round(y(value(point)) * 10) / 10}`).join(' ');
  const last = points[points.length - 1];
  const summary = describeScoreTrend(points);
  return (
    <svg
      role="img"
      aria-label={summary}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      data-testid="risk-score-trend"
      data-points={points.length}
      data-last-exposure={last?.exposure ?? ''}
    >
      <title>{summary}</title>
      <polyline points={line((point) => point.score)} style={{ fill: 'none', stroke: token('color.chart.gray.bold', 'gray'), strokeWidth: 1, strokeDasharray: '3 3' }} />
      <polyline points={line((point) => point.exposure)} style={{ fill: 'none', stroke: token('color.chart.red.bold', 'firebrick'), strokeWidth: 2 }} />
      {last !== undefined && <circle cx={x(points.length - 1)} cy={y(last.exposure)} r={2.5} style={{ fill: token('color.chart.red.bold', 'firebrick') }} />}
    </svg>
  );
}
