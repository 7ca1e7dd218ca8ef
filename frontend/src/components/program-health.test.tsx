import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { HealthStatus, ProgramHealth } from '../features/rollup/rollup';

import { HealthHeader } from './program-health';

const reason = (status: HealthStatus, code: string, message: string) => ({ status, code, message });

describe('HealthHeader', () => {
  it.each([
    ['GREEN', 'Green', reason('GREEN', 'ON_SCHEDULE', '85 % likely to finish by 2030-11-02, before the target 2030-12-31.')],
    ['AMBER', 'Amber', reason('AMBER', 'BLOCKED_SHARE', '3 of 20 open items (15 %) are blocked.')],
    ['RED', 'Red', reason('RED', 'OVERDUE_SHARE', '5 of 20 open items (25 %) are overdue.')],
  ] as const)('shows %s as %s with its reason and marker', (status, label, why) => {
    render(<HealthHeader health={{ status, overridden: false, reasons: [why] }} />);

    const region = screen.getByRole('region', { name: 'Program health' });
    expect(within(region).getByTestId('program-health-status')).toHaveTextContent(label);
    expect(within(region).queryByTestId('program-health-overridden')).not.toBeInTheDocument();
    const item = within(region).getByRole('listitem');
    expect(item).toHaveTextContent(why.message);
    expect(within(item).getByRole('img', { name: label })).toBeInTheDocument();
    expect(item).toHaveAttribute('data-code', why.code);
  });

  it('marks a status set by hand and keeps what the rules said, each reason with its own marker', () => {
    const health: ProgramHealth = {
      status: 'GREEN',
      overridden: true,
      reasons: [
        reason('GREEN', 'OVERRIDDEN', 'Set by hand: vendor confirmed the date (the rules say RED).'),
        reason('RED', 'FORECAST_LATE', 'At the recent pace the work finishes around 2031-02-01 (85 % likely), 32 days after the target 2030-12-31.'),
        reason('AMBER', 'NO_RISK_REVIEW', 'No risk review for 30 days.'),
      ],
    };
    render(<HealthHeader health={health} />);

    expect(screen.getByTestId('program-health-status')).toHaveTextContent('Green');
    expect(screen.getByTestId('program-health-overridden')).toHaveTextContent('set by hand');
    const items = within(screen.getByRole('list', { name: 'Health reasons' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('img').getAttribute('aria-label'))).toEqual([
      'Green',
      'Red',
      'Amber',
    ]);
    expect(items[0]).toHaveTextContent('Set by hand: vendor confirmed the date (the rules say RED).');
  });

  it('shows no reason list when there are none', () => {
    render(<HealthHeader health={{ status: 'GREEN', overridden: false, reasons: [] }} />);

    expect(screen.getByTestId('program-health-status')).toHaveTextContent('Green');
    expect(screen.queryByRole('list', { name: 'Health reasons' })).not.toBeInTheDocument();
  });
});
