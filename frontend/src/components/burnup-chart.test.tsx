import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Baseline } from '../features/rollup/baseline';
import type { BurnupDay } from '../features/rollup/burnup';

import { BurnupChart, BurnupLegend } from './burnup-chart';

const day = (date: string, scope: number, done: number): BurnupDay => ({
  date,
  scope,
  done,
  scopePoints: scope * 2,
  donePoints: done * 2,
  reconstructed: false,
});

const DAYS = [day('2026-11-01', 5, 0), day('2026-11-02', 5, 1), day('2026-11-03', 6, 2), day('2026-11-04', 7, 3)];

const BASELINE: Baseline = {
  date: '2026-11-02',
  scope: 5,
  done: 1,
  scopePoints: 20,
  donePoints: 2,
  reconstructed: false,
  setBy: null,
  setAt: null,
};

const chart = () => screen.getByTestId('burnup-chart');

describe('BurnupChart marks', () => {
  it('draws no baseline or milestone without them', () => {
    render(<BurnupChart days={DAYS} measure="count" />);
    expect(chart().querySelector('[data-mark]')).toBeNull();
  });

  it('draws the baseline scope as a dashed line and a marker on its day', () => {
    render(<BurnupChart days={DAYS} measure="count" baseline={BASELINE} />);
    const line = screen.getByTestId('baseline-scope');
    const marker = screen.getByTestId('baseline-marker');
    expect(line.style.strokeDasharray).not.toBe('');
    expect(line.getAttribute('y1')).toBe(line.getAttribute('y2'));
    // The second of four days sits a third of the way across the plot (44 + 580 / 3).
    expect(marker.getAttribute('x1')).toBe('237.3');
    expect(chart()).toHaveAccessibleName(expect.stringContaining('Baseline of 2026-11-02: scope 5.'));
  });

  it('scales to the baseline in points when it is above every day', () => {
    render(<BurnupChart days={DAYS} measure="points" baseline={BASELINE} />);
    const value = (text: string) => screen.getAllByText(text, { selector: 'text' }).length;
    // 20 points is above the largest day (14), so the value axis reaches it.
    expect(value('20')).toBe(1);
    expect(chart()).toHaveAccessibleName(expect.stringContaining('Baseline of 2026-11-02: scope 20.'));
  });

  it('keeps the scope line but drops the marker when the baseline day is off the chart', () => {
    render(<BurnupChart days={DAYS} measure="count" baseline={{ ...BASELINE, date: '2026-10-20' }} />);
    expect(screen.getByTestId('baseline-scope')).toBeInTheDocument();
    expect(screen.queryByTestId('baseline-marker')).toBeNull();
  });

  it('marks milestones within the days only, named in the summary', () => {
    render(
      <BurnupChart
        days={DAYS}
        measure="count"
        milestones={[
          { name: 'Alpha', date: '2026-10-01' },
          { name: 'Beta', date: '2026-11-03' },
          { name: 'GA', date: '2026-12-01' },
        ]}
      />,
    );
    const markers = screen.getAllByTestId('milestone-marker');
    expect(markers.map((m) => m.getAttribute('data-date'))).toEqual(['2026-11-03']);
    expect(markers[0]?.querySelector('title')).toHaveTextContent('Beta: 3 Nov');
    expect(chart()).toHaveAccessibleName(expect.stringContaining('Milestones: Beta on 2026-11-03.'));
  });
});

describe('BurnupLegend', () => {
  it('lists the baseline and milestone entries only when drawn', () => {
    const { rerender } = render(<BurnupLegend reconstructed={false} />);
    const legend = () => screen.getByRole('list', { name: 'Burn-up legend' });
    expect(legend()).not.toHaveTextContent('Baseline scope');
    rerender(<BurnupLegend reconstructed={false} baseline milestones />);
    expect(legend()).toHaveTextContent('Baseline scope');
    expect(legend()).toHaveTextContent('Milestone');
  });
});
