import { token } from '@atlaskit/tokens';

import type { TrendPoint } from '../features/metrics/metrics';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/** The last values as a small line, evenly spaced; one value is a dot. */
export function MetricSparkline({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  if (points.length === 0) return null;
  const values = points.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const x = (index: number) =>
    PAD + (points.length === 1 ? (WIDTH - 2 * PAD) / 2 : (index * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (value: number) => (span === 0 ? HEIGHT / 2 : PAD + (HEIGHT - 2 * PAD) * (1 - (value - min) / span));
  const round = (value: number) => Math.round(value * 10) / 10;
  const path = values.map((value, index) => `${index === 0 ? 'M' : 'L'}${round(x(index))},${round(y(value))}`).join('');
  const last = values.length - 1;
  const colour = token('color.chart.blue.bold', 'steelblue');
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      data-testid="metric-sparkline"
      data-points={points.length}
    >
      <title>{label}</title>
      {values.length > 1 && (
        <path d={path} style={{ fill: 'none', stroke: colour, strokeWidth: 1.5, strokeLinejoin: 'round' }} />
      )}
      <circle cx={round(x(last))} cy={round(y(values[last] ?? 0))} r={2} style={{ fill: colour }} />
    </svg>
  );
}
