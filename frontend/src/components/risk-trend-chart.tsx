import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { ExposureDay } from '../features/risks/risk-analytics';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 40 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const DATE_TICKS = 6;

const SERIES = [
  { key: 'exposure', label: 'Open exposure (residual where assessed)', colour: token('color.chart.red.bold', 'firebrick'), dash: '' },
  { key: 'inherentScore', label: 'Open inherent score', colour: token('color.chart.gray.bolder', 'dimgray'), dash: '5 4' },
] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  return name === undefined || day === undefined || Number.isNaN(day) ? date : `${day} ${name}`;
}

/** A whole step of 1, 2 or 5 times a power of ten so about four steps cover `max`. */
function niceStep(max: number): number {
  const raw = max / 4;
  if (raw <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((factor) => factor * magnitude).find((step) => raw <= step) ?? 10 * magnitude;
}

function tickIndexes(count: number): number[] {
  if (count <= DATE_TICKS) return Array.from({ length: count }, (_, index) => index);
  return [...new Set(Array.from({ length: DATE_TICKS }, (_, t) => Math.round((t * (count - 1)) / (DATE_TICKS - 1))))];
}

function describeExposureTrend(days: readonly ExposureDay[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return 'Open exposure: no days to show.';
  const at = (day: ExposureDay) =>
    `${day.openCount} open ${day.openCount === 1 ? 'risk' : 'risks'}, exposure ${day.exposure}, inherent ${day.inherentScore}`;
  return `Open exposure from ${first.date} to ${last.date}: ${at(last)} on ${last.date}; ${at(first)} on ${first.date}.`;
}

const axisText: CSSProperties = { fill: token('color.text.subtle', 'gray'), fontSize: '11px' };

/** The register's open exposure and inherent score per day, as burnup-chart.tsx draws lines. */
export function RiskTrendChart({ days }: { days: readonly ExposureDay[] }) {
  const max = Math.max(0, ...days.flatMap((day) => [day.exposure, day.inherentScore]));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const valueTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const x = (index: number) =>
    MARGIN.left + (days.length <= 1 ? PLOT_WIDTH / 2 : (index * PLOT_WIDTH) / (days.length - 1));
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const round = (value: number) => Math.round(value * 10) / 10;
  const summary = describeExposureTrend(days);
  const last = days[days.length - 1];

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ display: 'block', maxWidth: `${WIDTH}px`, height: 'auto' }}
        data-testid="risk-trend-chart"
        data-last-exposure={last?.exposure ?? ''}
      >
        <title>{summary}</title>
        {valueTicks.map((value) => (
          <g key={value}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={round(y(value))}
              y2={round(y(value))}
              style={{ stroke: value === 0 ? token('color.border.bold', 'gray') : token('color.border', 'lightgray'), strokeWidth: 1 }}
            />
            <text x={MARGIN.left - 6} y={round(y(value))} dy="0.32em" textAnchor="end" style={axisText}>
              {value}
            </text>
          </g>
        ))}
        {tickIndexes(days.length).map((index) => {
          const day = days[index];
          if (day === undefined) return null;
          const anchor = index === 0 ? 'start' : index === days.length - 1 ? 'end' : 'middle';
          return (
            <text key={day.date} x={round(x(index))} y={HEIGHT - 8} textAnchor={days.length <= 1 ? 'middle' : anchor} style={axisText}>
              {shortDate(day.date)}
            </text>
          );
        })}
        {SERIES.map(({ key, colour, dash }) => {
          const points = days.map((day, index) => `${round(x(index))},${round(y(day[key]))}`);
          const end = points[points.length - 1];
          return (
            <g key={key} data-series={key}>
              {points.length > 1 && (
                <polyline
                  points={points.join(' ')}
                  style={{ fill: 'none', stroke: colour, strokeWidth: 2, strokeLinejoin: 'round', strokeDasharray: dash }}
                />
              )}
              {end !== undefined && (
                <circle cx={end.split(',')[0]} cy={end.split(',')[1]} r={3} style={{ fill: colour }} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: token('space.200', '16px'), color: token('color.text', 'black') }}>
          {SERIES.map(({ key, label, colour, dash }) => (
            <li key={key} style={{ display: 'flex', alignItems: 'center', gap: token('space.075', '6px') }}>
              <svg aria-hidden width="24" height="8" viewBox="0 0 24 8">
                <line x1="0" x2="24" y1="4" y2="4" style={{ stroke: colour, strokeWidth: 2, strokeDasharray: dash }} />
              </svg>
              {label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
