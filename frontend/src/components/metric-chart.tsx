import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { Metric, MetricSample } from '../features/metrics/metrics';
import { formatAmount } from '../features/rollup/format';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 52 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const DASH = '5 4';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const axisText: CSSProperties = { fill: token('color.text.subtle', 'gray'), fontSize: '11px' };

const time = (iso: string) => new Date(iso).getTime();
/** The target date's start (UTC), where the plan line ends. */
const targetTime = (date: string) => time(`${date}T00:00:00Z`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function describe(metric: Metric, samples: readonly MetricSample[]): string {
  const unit = metric.unit === null ? '' : ` ${metric.unit}`;
  const last = samples[samples.length - 1];
  let text = `${metric.name}: ${samples.length} values`;
  if (last !== undefined) text += `, latest ${formatAmount(last.value)}${unit} on ${day(time(last.at))}`;
  if (metric.targetValue !== null && metric.targetDate !== null) {
    text += `; target ${formatAmount(metric.targetValue)}${unit} by ${metric.targetDate}`;
  }
  return `${text}.`;
}

/**
 * A metric's values over time (x proportional to time) with its target: the plan line from the first value to
 * the target at the target date (the on-track rule's line), and the target value as a dashed level.
 */
export function MetricChart({ metric, samples }: { metric: Metric; samples: readonly MetricSample[] }) {
  const hasTarget = metric.targetValue !== null && metric.targetDate !== null;
  const times = samples.map((sample) => time(sample.at));
  const start = Math.min(...times, hasTarget ? targetTime(metric.targetDate ?? '') : Infinity);
  const latest = Math.max(...times, hasTarget ? targetTime(metric.targetDate ?? '') : -Infinity);
  // values taken minutes apart (sampled on demand) would sit on one vertical line: space them evenly instead
  const byIndex = !hasTarget && latest - start < HOUR_MS;
  const end = byIndex ? start + DAY_MS : latest;
  const values = [...samples.map((sample) => sample.value), ...(hasTarget ? [metric.targetValue ?? 0] : [])];
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const byTime = (ms: number) => MARGIN.left + ((ms - start) / (end - start)) * PLOT_WIDTH;
  const spread = (ms: number) => {
    const index = times.indexOf(ms);
    return MARGIN.left + (times.length <= 1 ? PLOT_WIDTH / 2 : (index * PLOT_WIDTH) / (times.length - 1));
  };
  const x = byIndex ? spread : byTime;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - ((value - low) / (high - low)) * PLOT_HEIGHT;
  const round = (value: number) => Math.round(value * 10) / 10;
  const line = samples.map((sample, index) => `${index === 0 ? 'M' : 'L'}${round(x(time(sample.at)))},${round(y(sample.value))}`);
  const first = samples[0];
  const summary = describe(metric, samples);
  const valueColour = token('color.chart.blue.bold', 'steelblue');
  const targetColour = token('color.chart.green.bold', 'green');
  const ticks = [low, (low + high) / 2, high];

  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ display: 'block', maxWidth: `${WIDTH * 1.5}px`, height: 'auto' }}
      data-testid="metric-chart"
    >
      <title>{summary}</title>
      {ticks.map((value) => (
        <g key={value}>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={round(y(value))}
            y2={round(y(value))}
            style={{ stroke: token('color.border', 'lightgray'), strokeWidth: 1 }}
          />
          <text x={MARGIN.left - 6} y={round(y(value))} dy="0.32em" textAnchor="end" style={axisText}>
            {formatAmount(Math.round(value * 100) / 100)}
          </text>
        </g>
      ))}
      <text x={MARGIN.left} y={HEIGHT - 8} textAnchor="start" style={axisText}>
        {day(start)}
      </text>
      <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} textAnchor="end" style={axisText}>
        {day(byIndex ? latest : end)}
      </text>
      {hasTarget && (
        <g data-series="target">
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={round(y(metric.targetValue ?? 0))}
            y2={round(y(metric.targetValue ?? 0))}
            style={{ stroke: targetColour, strokeWidth: 1, strokeDasharray: DASH }}
          />
          {first !== undefined && (
            <line
              data-series="plan"
              x1={round(x(time(first.at)))}
              y1={round(y(first.value))}
              x2={round(x(targetTime(metric.targetDate ?? '')))}
              y2={round(y(metric.targetValue ?? 0))}
              style={{ stroke: targetColour, strokeWidth: 1.5 }}
            />
          )}
        </g>
      )}
      <g data-series="values">
        {line.length > 1 && (
          <path d={line.join('')} style={{ fill: 'none', stroke: valueColour, strokeWidth: 2, strokeLinejoin: 'round' }} />
        )}
        {samples.map((sample) => (
          <circle
            key={sample.id}
            cx={round(x(time(sample.at)))}
            cy={round(y(sample.value))}
            r={3}
            style={{ fill: valueColour }}
          />
        ))}
      </g>
    </svg>
  );
}
