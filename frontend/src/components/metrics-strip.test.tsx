import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Metric } from '../features/metrics/metrics';

import { MetricChart } from './metric-chart';
import { MetricsStrip } from './metrics-strip';

const metric = (overrides: Partial<Metric>): Metric => ({
  id: 'm1',
  programId: 'p1',
  name: 'Open findings',
  unit: 'findings',
  direction: 'DOWN_IS_GOOD',
  targetValue: 10,
  targetDate: '2030-06-30',
  source: { type: 'JQL', jql: 'labels = security-finding' },
  current: { id: 's3', at: '2030-05-03T00:30:00Z', value: 42, comment: null },
  first: { id: 's1', at: '2030-05-01T00:30:00Z', value: 60, comment: null },
  status: 'OFF_TRACK',
  statusReason: 'At 42, above the plan line (40) towards 10 by 2030-06-30.',
  trend: [
    { at: '2030-05-01T00:30:00Z', value: 60 },
    { at: '2030-05-02T00:30:00Z', value: 50 },
    { at: '2030-05-03T00:30:00Z', value: 42 },
  ],
  lastError: null,
  version: 0,
  ...overrides,
});

describe('MetricsStrip', () => {
  it('shows each metric with its value, target, trend and on-track lozenge', () => {
    const onSelect = vi.fn();
    render(
      <MetricsStrip
        metrics={[
          metric({}),
          metric({
            id: 'm2',
            name: 'Cloud cost',
            unit: null,
            targetValue: null,
            targetDate: null,
            status: 'NO_TARGET',
            current: null,
            trend: [],
            lastError: { message: 'Jira could not count the JQL', at: '2030-05-03T00:30:00Z' },
          }),
        ]}
        selectedId="m1"
        onSelect={onSelect}
      />,
    );

    const [first, second, ...rest] = screen.getAllByRole('listitem');
    if (first === undefined || second === undefined) throw new Error('expected two metric cards');
    expect(rest).toHaveLength(0);
    const findings = within(first);
    expect(findings.getByTestId('metric-current')).toHaveTextContent('42 findings');
    expect(findings.getByText('Target 10 findings by 2030-06-30')).toBeInTheDocument();
    expect(findings.getByTestId('metric-status')).toHaveTextContent('Off track');
    expect(findings.getByTestId('metric-sparkline')).toHaveAttribute('data-points', '3');
    expect(findings.getByRole('button')).toHaveAttribute('aria-pressed', 'true');

    const cost = within(second);
    expect(cost.getByTestId('metric-current')).toHaveTextContent('–');
    // the target line and the lozenge both say so
    expect(cost.getAllByText('No target')).toHaveLength(2);
    expect(cost.getByTestId('metric-status')).toHaveTextContent('No target');
    expect(cost.getByText('Sampling failed')).toBeInTheDocument();
    expect(cost.queryByTestId('metric-sparkline')).toBeNull();

    fireEvent.click(cost.getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('m2');
  });

  it('labels on-track metrics as such', () => {
    render(<MetricsStrip metrics={[metric({ status: 'ON_TRACK' })]} selectedId={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('metric-status')).toHaveTextContent('On track');
  });
});

describe('MetricChart', () => {
  it('draws the values and the plan line from the first value to the target at the target date', () => {
    const samples = metric({}).trend.map((point, index) => ({ id: `s${index}`, comment: null, ...point }));
    render(<MetricChart metric={metric({})} samples={samples} />);
    const chart = screen.getByTestId('metric-chart');
    expect(chart).toHaveAccessibleName(
      'Open findings: 3 values, latest 42 findings on 2030-05-03; target 10 findings by 2030-06-30.',
    );
    expect(chart.querySelectorAll('[data-series="values"] circle')).toHaveLength(3);
    const plan = chart.querySelector('[data-series="plan"]');
    expect(plan).not.toBeNull();
    // the plan line ends at the right edge (the target date is the last time shown), at the target's height
    expect(plan?.getAttribute('x2')).toBe('624');
    const targetLevel = chart.querySelector('[data-series="target"] line');
    expect(targetLevel?.getAttribute('y1')).toBe(plan?.getAttribute('y2'));
  });

  it('spreads values sampled minutes apart evenly rather than on one vertical line', () => {
    const samples = [
      { id: 's1', at: '2030-05-01T10:00:00Z', value: 0, comment: null },
      { id: 's2', at: '2030-05-01T10:00:05Z', value: 1, comment: null },
    ];
    render(<MetricChart metric={metric({ targetValue: null, targetDate: null })} samples={samples} />);
    const dots = screen.getByTestId('metric-chart').querySelectorAll('[data-series="values"] circle');
    expect([...dots].map((dot) => dot.getAttribute('cx'))).toEqual(['52', '624']);
  });

  it('has no target lines without a target', () => {
    const samples = [{ id: 's1', at: '2030-05-01T00:30:00Z', value: 3, comment: null }];
    render(<MetricChart metric={metric({ targetValue: null, targetDate: null })} samples={samples} />);
    expect(screen.getByTestId('metric-chart').querySelector('[data-series="target"]')).toBeNull();
  });
});
