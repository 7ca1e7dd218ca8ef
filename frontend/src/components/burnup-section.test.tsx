import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { BurnupSection } from './burnup-section';

const DAYS = ['2026-11-01', '2026-11-02', '2026-11-03'].map((date, index) => ({
  date,
  scope: 5 + index,
  done: index,
  scopePoints: 8 + 2 * index,
  donePoints: index,
  reconstructed: false,
}));
const PLAIN = { programId: 'p-1', from: '2026-11-01', to: '2026-11-03', days: DAYS };
const WITH_BASELINE = {
  ...PLAIN,
  baseline: { date: '2026-11-02', scope: 5, done: 1, scopePoints: 8, donePoints: 1, setBy: 'a', setAt: '2026-11-02T09:00:00Z' },
  scopeChange: { count: 2, points: 4, countPercent: 40, pointsPercent: 50 },
};

describe('BurnupSection with a baseline and milestones', () => {
  it('summarises the scope change by the chosen measure and marks baseline and milestones', async () => {
    renderWithHost(
      <BurnupSection
        programId="p-1"
        milestones={[
          { name: 'Beta', date: '2026-11-03' },
          { name: 'GA', date: '2027-01-10' },
        ]}
      />,
      [jsonResponse(WITH_BASELINE)],
    );
    expect(await screen.findByTestId('scope-change')).toHaveTextContent(
      'Scope +2 items (+40 %) · +4 points (+50 %) since the baseline of 2 Nov',
    );
    expect(screen.getByText('Scope grew')).toBeInTheDocument();
    expect(screen.getByTestId('baseline-scope')).toBeInTheDocument();
    expect(screen.getByTestId('baseline-marker')).toBeInTheDocument();
    expect(screen.getAllByTestId('milestone-marker')).toHaveLength(1);
    expect(screen.getByRole('list', { name: 'Burn-up legend' })).toHaveTextContent('Milestone');

    fireEvent.click(screen.getByRole('button', { name: 'Story points' }));
    expect(screen.getByTestId('scope-change')).toHaveTextContent(
      'Scope +4 points (+50 %) · +2 items (+40 %) since the baseline of 2 Nov',
    );
  });

  it('reloads the burn-up after the baseline is cleared', async () => {
    const { fetch } = renderWithHost(<BurnupSection programId="p-1" />, [
      jsonResponse(WITH_BASELINE),
      new Response(null, { status: 204 }),
      jsonResponse(PLAIN),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear baseline' }));

    expect(await screen.findByText(/No baseline yet/)).toBeInTheDocument();
    expect(screen.queryByTestId('baseline-scope')).toBeNull();
    expect(screen.getByRole('button', { name: 'Set baseline' })).toBeInTheDocument();
    await waitFor(() => {
      expect(fetch.mock.calls.map(([url, init]) => `${init?.method ?? ''} ${typeof url === 'string' ? url : 'not a path'}`)).toEqual([
        'GET /api/programs/p-1/burnup',
        'DELETE /api/programs/p-1/baseline',
        'GET /api/programs/p-1/burnup',
      ]);
    });
  });
});
