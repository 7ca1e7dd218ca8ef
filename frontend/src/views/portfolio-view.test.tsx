import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PORTFOLIO_POLL_MS } from '../features/portfolio/use-portfolio';
import { jsonResponse } from '../test/fake-host';
import { portfolioCalls, portfolioEntry, routePortfolio } from '../test/portfolio-fixtures';
import { renderWithHost } from '../test/render-with-host';

import { PortfolioView } from './portfolio-view';

function renderPortfolio(...replies: (() => Response)[]) {
  const rendered = renderWithHost(<PortfolioView />, []);
  routePortfolio(rendered.fetch, replies);
  return rendered;
}

const PROGRAMS = [
  portfolioEntry('p-1', 'zeta', 'GREEN'),
  portfolioEntry('p-2', 'Payments', 'AMBER', {
    forecastP85: '2031-01-08',
    overdue: 2,
    reasons: [
      {
        status: 'AMBER',
        code: 'FORECAST_LATE',
        message: 'At the recent pace the work finishes around 2031-01-08, 8 days after the target.',
      },
      { status: 'AMBER', code: 'BLOCKED_SHARE', message: '3 of 20 open items are blocked.' },
    ],
  }),
  portfolioEntry('p-3', 'Checkout', 'RED', { overridden: true, blocked: 3, percentDone: 12.5 }),
  portfolioEntry('p-4', 'Ads', 'GREEN', { targetDate: null, forecastP85: null, percentDone: null }),
  portfolioEntry('p-5', 'Billing', 'RED', { reasons: [] }),
  portfolioEntry('p-6', 'Mobile', 'GREEN', { issues: 4, done: 4, percentDone: 100 }),
  portfolioEntry('p-7', 'Onboarding', 'GREEN', { forecastP85: '2030-12-31' }),
];

const bodyRows = async () => {
  const table = await screen.findByRole('table', { name: 'Programs by health' });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows;
};
const nameOf = (row: HTMLElement) => within(row).getAllByRole('cell')[0]?.textContent;
const rowOf = async (name: string) => {
  const row = (await bodyRows()).find((candidate) => nameOf(candidate) === name);
  if (row === undefined) throw new Error(`No row for ${name}`);
  return row;
};

describe('PortfolioView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists programs red first, then amber, then green, each by name, under a summary', async () => {
    renderPortfolio(() => jsonResponse({ programs: PROGRAMS, truncated: false }));

    expect((await bodyRows()).map(nameOf)).toEqual([
      'Billing',
      'Checkout',
      'Payments',
      'Ads',
      'Mobile',
      'Onboarding',
      'zeta',
    ]);
    expect(screen.getByTestId('portfolio-summary')).toHaveTextContent('2 red, 1 amber, 4 green');
  });

  it('shows health with the top reason, progress, counts and the dates of each program', async () => {
    renderPortfolio(() => jsonResponse({ programs: PROGRAMS, truncated: false }));

    const checkout = await rowOf('Checkout');
    expect(checkout).toHaveTextContent('Red');
    expect(checkout).toHaveTextContent('set by hand');
    expect(checkout).toHaveTextContent('Checkout: the worst reason');
    expect(within(checkout).getByRole('progressbar', { name: 'Checkout done by issue count' })).toHaveAttribute(
      'aria-valuenow',
      '12.5',
    );
    expect(checkout).toHaveTextContent('12.5%');
    expect(checkout).toHaveTextContent('10 / 20');

    const payments = await rowOf('Payments');
    expect(payments).toHaveTextContent('Amber');
    expect(payments).not.toHaveTextContent('set by hand');
    // Only the worst reason is shown in the table.
    expect(payments).toHaveTextContent('finishes around 2031-01-08');
    expect(payments).not.toHaveTextContent('blocked');

    const ads = await rowOf('Ads');
    expect(ads).toHaveTextContent('n/a');
    expect(ads).toHaveTextContent('Target not set');
    expect(within(ads).getByTestId('forecast-p-4')).toHaveTextContent('No forecast yet');
  });

  it('highlights a forecast that falls after the target', async () => {
    renderPortfolio(() => jsonResponse({ programs: PROGRAMS, truncated: false }));

    const late = within(await rowOf('Payments')).getByTestId('forecast-p-2');
    expect(late).toHaveAttribute('data-late', 'true');
    expect(late).toHaveTextContent('P85 2031-01-08 (8 days late)');
    expect(await rowOf('Payments')).toHaveTextContent('Target 2030-12-31');

    // On the target day is not late; neither is before it.
    for (const [name, id] of [
      ['Onboarding', 'p-7'],
      ['zeta', 'p-1'],
    ] as const) {
      const onTime = within(await rowOf(name)).getByTestId(`forecast-${id}`);
      expect(onTime).toHaveAttribute('data-late', 'false');
      expect(onTime).not.toHaveTextContent('late');
    }
  });

  it('says when the server listed only the first programs', async () => {
    renderPortfolio(() => jsonResponse({ programs: PROGRAMS.slice(0, 2), truncated: true }));

    expect(await screen.findByTestId('portfolio-summary')).toHaveTextContent(
      '0 red, 1 amber, 1 green (the first 2 programs)',
    );
  });

  it('explains where programs come from when there are none', async () => {
    renderPortfolio(() => jsonResponse({ programs: [], truncated: false }));

    expect(await screen.findByText('No programs yet')).toBeInTheDocument();
    expect(screen.getByText("Create a program from a project's Program page.")).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('reports a response of the wrong shape', async () => {
    renderPortfolio(() =>
      jsonResponse({ programs: [portfolioEntry('p-1', 'Ads', 'GREEN', { health: 'PURPLE' })] }),
    );

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
    expect(
      screen.getByText(/Expected portfolio\.programs\[0\]\.health to be one of GREEN, AMBER, RED/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('does not mistake a body without a program list for an empty portfolio', async () => {
    renderPortfolio(() => jsonResponse({ items: [] }));

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
    expect(screen.queryByText('No programs yet')).not.toBeInTheDocument();
  });

  it('polls every 30 seconds and follows the changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch, host } = renderPortfolio(
      () => jsonResponse({ programs: [portfolioEntry('p-1', 'Ads', 'GREEN')], truncated: false }),
      () => jsonResponse({ programs: [portfolioEntry('p-1', 'Ads', 'RED')], truncated: false }),
    );
    expect(await screen.findByTestId('portfolio-summary')).toHaveTextContent('0 red, 0 amber, 1 green');
    expect(portfolioCalls(fetch)).toHaveLength(1);
    expect(host.resize).toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(PORTFOLIO_POLL_MS - 1000));
    expect(portfolioCalls(fetch)).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    await waitFor(() => {
      expect(screen.getByTestId('portfolio-summary')).toHaveTextContent('1 red, 0 amber, 0 green');
    });
    expect(portfolioCalls(fetch)).toHaveLength(2);
  });
});
