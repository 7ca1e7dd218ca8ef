import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { Baseline } from '../features/rollup/baseline';
import { formatAmount } from '../features/rollup/format';
import type { BurnupDay } from '../features/rollup/burnup';
import { daysBetween, shortDate } from '../lib/calendar-dates';

import { BaselineMarks, MilestoneMarks, type ChartFrame, type ChartMilestone } from './burnup-marks';
import { BASELINE_COLOUR, MILESTONE_COLOUR } from './burnup-palette';

export type BurnupMeasure = 'count' | 'points';

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** At most this many date labels fit under the chart without overlapping. */
const DATE_TICKS = 6;
const DASH = '5 4';
const RECONSTRUCTED_OPACITY = 0.55;

const SERIES = [
  { key: 'scope', label: 'Scope', colour: token('color.chart.gray.bolder', 'dimgray') },
  { key: 'done', label: 'Done', colour: token('color.chart.green.bold', 'green') },
] as const;

type SeriesKey = (typeof SERIES)[number]['key'];

function valueOf(day: BurnupDay, series: SeriesKey, measure: BurnupMeasure): number {
  if (measure === 'points') return series === 'scope' ? day.scopePoints : day.donePoints;
  return series === 'scope' ? day.scope : day.done;
}

/** 1, 2, 2.5 or 5 times a power of ten, so that about four steps cover `max`; whole for counts. */
function niceStep(max: number, measure: BurnupMeasure): number {
  const raw = max / 4;
  if (raw <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10]
    .map((factor) => factor * magnitude)
    .filter((step) => measure === 'points' || Number.isInteger(step));
  const step = steps.find((candidate) => raw <= candidate) ?? 10 * magnitude;
  return measure === 'count' ? Math.max(1, Math.round(step)) : step;
}

function dateTickIndexes(count: number): number[] {
  if (count <= DATE_TICKS) return Array.from({ length: count }, (_, index) => index);
  const indexes = Array.from({ length: DATE_TICKS }, (_, tick) =>
    Math.round((tick * (count - 1)) / (DATE_TICKS - 1)),
  );
  return [...new Set(indexes)];
}

/** One series as two paths: solid where both days were snapshots, dashed where either was rebuilt. */
function paths(points: readonly { x: number; y: number }[], days: readonly BurnupDay[]) {
  let solid = '';
  let dashed = '';
  let previous: 'solid' | 'dashed' | null = null;
  for (let index = 1; index < points.length; index += 1) {
    const from = points[index - 1];
    const to = points[index];
    if (from === undefined || to === undefined) continue;
    const rebuilt = days[index - 1]?.reconstructed === true || days[index]?.reconstructed === true;
    const kind = rebuilt ? 'dashed' : 'solid';
    const segment = `${previous === kind ? '' : `M${from.x},${from.y}`}L${to.x},${to.y}`;
    if (kind === 'dashed') dashed += segment;
    else solid += segment;
    previous = kind;
  }
  return { solid, dashed };
}

function describeBurnup(days: readonly BurnupDay[], measure: BurnupMeasure): string {
  const first = days[0];
  const last = days[days.length - 1];
  const what = measure === 'points' ? 'story points' : 'issue count';
  if (first === undefined || last === undefined) return `Burn-up by ${what}: no days to show.`;
  const amount = (day: BurnupDay, series: SeriesKey) => formatAmount(valueOf(day, series, measure));
  const at = (day: BurnupDay) => `scope ${amount(day, 'scope')}, done ${amount(day, 'done')}`;
  let text = `Burn-up by ${what} from ${first.date} to ${last.date}: ${at(last)} on ${last.date}`;
  if (days.length > 1) text += `, from ${at(first)} on ${first.date}`;
  const rebuilt = days.filter((day) => day.reconstructed);
  const lastRebuilt = rebuilt[rebuilt.length - 1];
  if (lastRebuilt !== undefined) {
    const count = rebuilt.length === 1 ? '1 day is' : `${rebuilt.length} days are`;
    text += `. ${count} reconstructed from Jira history, up to ${lastRebuilt.date}`;
  }
  return `${text}.`;
}

/** The first and last date labels stay inside the chart. */
function anchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count <= 1) return 'middle';
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}

export interface BurnupChartProps {
  days: readonly BurnupDay[];
  measure: BurnupMeasure;
  /** Drawn as a dashed scope line, and a marker on its day when that day is on the chart. */
  baseline?: Baseline | null;
  /** Marked on the time axis when their dates are on the chart. */
  milestones?: readonly ChartMilestone[];
}

/** The day's position counted from the first day; null when the date is off the chart. */
function dayOffset(days: readonly BurnupDay[], date: string): number | null {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return null;
  const exact = days.findIndex((day) => day.date === date);
  if (exact >= 0) return exact;
  const offset = daysBetween(first.date, date);
  const span = daysBetween(first.date, last.date);
  if (offset === null || span === null || offset < 0 || offset > span) return null;
  // Days are consecutive, so this only matters if one is missing: place the date proportionally.
  return span === 0 ? 0 : (offset * (days.length - 1)) / span;
}

function describeMarks(
  baseline: Baseline | null,
  milestones: readonly ChartMilestone[],
  measure: BurnupMeasure,
): string {
  let text = '';
  if (baseline !== null) {
    const scope = measure === 'points' ? baseline.scopePoints : baseline.scope;
    text += ` Baseline of ${baseline.date}: scope ${formatAmount(scope)}.`;
  }
  if (milestones.length > 0) {
    text += ` Milestones: ${milestones.map((m) => `${m.name} on ${m.date}`).join(', ')}.`;
  }
  return text;
}

const axisText: CSSProperties = { fill: token('color.text.subtle', 'gray'), fontSize: '11px' };

/** Scope and done over the days as an SVG line chart; rebuilt days are dashed and lighter. */
export function BurnupChart({ days, measure, baseline = null, milestones = [] }: BurnupChartProps) {
  const baselineValue =
    baseline === null ? null : measure === 'points' ? baseline.scopePoints : baseline.scope;
  const max = Math.max(
    0,
    baselineValue ?? 0,
    ...days.flatMap((day) => [valueOf(day, 'scope', measure), valueOf(day, 'done', measure)]),
  );
  const step = niceStep(max, measure);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const valueTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const x = (index: number) =>
    MARGIN.left + (days.length <= 1 ? PLOT_WIDTH / 2 : (index * PLOT_WIDTH) / (days.length - 1));
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const round = (value: number) => Math.round(value * 10) / 10;
  const baselineOffset = baseline === null ? null : dayOffset(days, baseline.date);
  const shownMilestones = milestones.flatMap((milestone) => {
    const offset = dayOffset(days, milestone.date);
    return offset === null ? [] : [{ ...milestone, x: round(x(offset)) }];
  });
  const summary =
    describeBurnup(days, measure) +
    describeMarks(baseline, shownMilestones, measure);
  const frame: ChartFrame = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: MARGIN.top + PLOT_HEIGHT,
  };

  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ display: 'block', maxWidth: `${WIDTH * 1.5}px`, height: 'auto' }}
      data-testid="burnup-chart"
      data-measure={measure}
    >
      <title>{summary}</title>
      <g data-axis="values">
        {valueTicks.map((value) => (
          <g key={value}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={round(y(value))}
              y2={round(y(value))}
              style={{
                stroke: value === 0 ? token('color.border.bold', 'gray') : token('color.border', 'lightgray'),
                strokeWidth: 1,
              }}
            />
            <text x={MARGIN.left - 6} y={round(y(value))} dy="0.32em" textAnchor="end" style={axisText}>
              {formatAmount(value)}
            </text>
          </g>
        ))}
      </g>
      <g data-axis="dates">
        {dateTickIndexes(days.length).map((index) => {
          const day = days[index];
          if (day === undefined) return null;
          return (
            <g key={day.date}>
              <line
                x1={round(x(index))}
                x2={round(x(index))}
                y1={MARGIN.top + PLOT_HEIGHT}
                y2={MARGIN.top + PLOT_HEIGHT + 4}
                style={{ stroke: token('color.border.bold', 'gray'), strokeWidth: 1 }}
              />
              <text
                x={round(x(index))}
                y={MARGIN.top + PLOT_HEIGHT + 16}
                textAnchor={anchor(index, days.length)}
                style={axisText}
              >
                {shortDate(day.date)}
              </text>
            </g>
          );
        })}
      </g>
      {baseline !== null && baselineValue !== null && (
        <BaselineMarks
          frame={frame}
          y={round(y(baselineValue))}
          x={baselineOffset === null ? null : round(x(baselineOffset))}
          label={`Baseline ${shortDate(baseline.date)}`}
        />
      )}
      <MilestoneMarks frame={frame} milestones={shownMilestones} />
      {SERIES.map(({ key, colour }) => {
        const points = days.map((day, index) => ({
          x: round(x(index)),
          y: round(y(valueOf(day, key, measure))),
        }));
        const { solid, dashed } = paths(points, days);
        const last = points[points.length - 1];
        const line: CSSProperties = { fill: 'none', stroke: colour, strokeWidth: 2, strokeLinejoin: 'round' };
        return (
          <g key={key} data-series={key}>
            {solid !== '' && <path d={solid} data-kind="snapshot" style={line} />}
            {dashed !== '' && (
              <path
                d={dashed}
                data-kind="reconstructed"
                style={{ ...line, strokeDasharray: DASH, opacity: RECONSTRUCTED_OPACITY }}
              />
            )}
            {last !== undefined && <circle cx={last.x} cy={last.y} r={3} style={{ fill: colour }} />}
          </g>
        );
      })}
    </svg>
  );
}

function MilestoneSwatch() {
  return (
    <svg aria-hidden width="12" height="12" viewBox="0 0 12 12" style={{ display: 'block' }}>
      <path d="M6,1L11,6L6,11L1,6Z" style={{ fill: MILESTONE_COLOUR }} />
    </svg>
  );
}

function LineSwatch({ colour, dashed, faded = dashed }: { colour: string; dashed: boolean; faded?: boolean }) {
  return (
    <svg aria-hidden width="24" height="8" viewBox="0 0 24 8" style={{ display: 'block' }}>
      <line
        x1="0"
        x2="24"
        y1="4"
        y2="4"
        style={{
          stroke: colour,
          strokeWidth: 2,
          ...(dashed ? { strokeDasharray: DASH } : {}),
          ...(faded ? { opacity: RECONSTRUCTED_OPACITY } : {}),
        }}
      />
    </svg>
  );
}

export interface BurnupLegendProps {
  reconstructed: boolean;
  baseline?: boolean;
  milestones?: boolean;
}

/** What the lines mean; the optional entries appear only when the chart draws them. */
export function BurnupLegend({ reconstructed, baseline = false, milestones = false }: BurnupLegendProps) {
  const item: CSSProperties = { display: 'flex', alignItems: 'center', gap: token('space.075', '6px') };
  return (
    <ul
      aria-label="Burn-up legend"
      style={{
        margin: 0,
        padding: 0,
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: token('space.200', '16px'),
        color: token('color.text', 'black'),
      }}
    >
      {SERIES.map(({ key, label, colour }) => (
        <li key={key} style={item}>
          <LineSwatch colour={colour} dashed={false} />
          {label}
        </li>
      ))}
      {reconstructed && (
        <li style={item}>
          <LineSwatch colour={token('color.chart.neutral', 'gray')} dashed />
          Reconstructed from Jira history (before daily snapshots)
        </li>
      )}
      {baseline && (
        <li style={item}>
          <LineSwatch colour={BASELINE_COLOUR} dashed faded={false} />
          Baseline scope
        </li>
      )}
      {milestones && (
        <li style={item}>
          <MilestoneSwatch />
          Milestone
        </li>
      )}
    </ul>
  );
}
