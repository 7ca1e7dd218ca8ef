import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import { shortDate } from '../lib/calendar-dates';

import { BASELINE_COLOUR, MARK_DASH, MILESTONE_COLOUR } from './burnup-palette';

/** The plot area inside the chart's margins, in SVG units. */
export interface ChartFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartMilestone {
  name: string;
  /** `yyyy-MM-dd`. */
  date: string;
}

const labelText: CSSProperties = { fill: token('color.text.subtle', 'gray'), fontSize: '11px' };

/**
 * The baseline's scope as a dashed line across the plot, and a dashed vertical marker on the
 * baseline's day when that day is on the chart (`x` null otherwise).
 */
export function BaselineMarks({ frame, y, x, label }: { frame: ChartFrame; y: number; x: number | null; label: string }) {
  const line: CSSProperties = { stroke: BASELINE_COLOUR, strokeWidth: 1.5, strokeDasharray: MARK_DASH };
  return (
    <g data-mark="baseline">
      <line data-testid="baseline-scope" x1={frame.left} x2={frame.right} y1={y} y2={y} style={line} />
      <text x={frame.left + 4} y={Math.max(frame.top + 10, y - 4)} style={labelText}>
        {label}
      </text>
      {x !== null && (
        <line
          data-testid="baseline-marker"
          x1={x}
          x2={x}
          y1={frame.top}
          y2={frame.bottom}
          style={{ ...line, strokeWidth: 1 }}
        />
      )}
    </g>
  );
}

const DIAMOND = 5;

/** A thin dotted line and a diamond on the time axis per milestone; the name shows on hover. */
export function MilestoneMarks({
  frame,
  milestones,
}: {
  frame: ChartFrame;
  milestones: readonly (ChartMilestone & { x: number })[];
}) {
  if (milestones.length === 0) return null;
  return (
    <g data-mark="milestones">
      {milestones.map((milestone) => (
        <g key={`${milestone.date}-${milestone.name}`} data-testid="milestone-marker" data-date={milestone.date}>
          <title>{`${milestone.name}: ${shortDate(milestone.date)}`}</title>
          <line
            x1={milestone.x}
            x2={milestone.x}
            y1={frame.top}
            y2={frame.bottom}
            style={{ stroke: MILESTONE_COLOUR, strokeWidth: 1, strokeDasharray: '2 3' }}
          />
          <path
            d={`M${milestone.x},${frame.bottom - DIAMOND}l${DIAMOND},${DIAMOND}l${-DIAMOND},${DIAMOND}l${-DIAMOND},${-DIAMOND}Z`}
            style={{ fill: MILESTONE_COLOUR, stroke: token('elevation.surface', 'white'), strokeWidth: 1 }}
          />
        </g>
      ))}
    </g>
  );
}
