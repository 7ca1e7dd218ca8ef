import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { jsonResponse } from '../test/fake-host';
import { portfolioCalls, portfolioEntry, routePortfolio } from '../test/portfolio-fixtures';
import { renderWithHost } from '../test/render-with-host';

import { GadgetView } from './gadget-view';

const PAYMENTS = portfolioEntry('p-2', 'Payments', 'AMBER', {
  overridden: true,
  percentDone: 62.5,
  forecastP85: '2031-01-08',
  reasons: [
    { status: 'GREEN', code: 'OVERRIDDEN', message: 'Set by hand: vendor confirmed the date.' },
    { status: 'RED', code: 'FORECAST_LATE', message: 'The work finishes 8 days after the target.' },
    { status: 'AMBER', code: 'BLOCKED_SHARE', message: '3 of 20 open items are blocked.' },
  ],
});
const CHECKOUT = portfolioEntry('p-3', 'Checkout', 'RED');
const ADS = portfolioEntry('p-4', 'Ads', 'GREEN');
const PORTFOLIO = { programs: [PAYMENTS, CHECKOUT, ADS], truncated: false };

function renderGadget(search: string, portfolio: unknown = PORTFOLIO) {
  window.history.replaceState(null, '', `/gadget${search}`);
  const rendered = renderWithHost(<GadgetView />, []);
  routePortfolio(rendered.fetch, [() => jsonResponse(portfolio)]);
  return rendered;
}

const GADGET_7 = '?dashboardId=10100&dashboardItemId=7&view=DEFAULT';

describe('GadgetView', () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it('offers the programs by name, remembers the choice per gadget and shows its health', async () => {
    const { host, unmount } = renderGadget(GADGET_7);

    const select = await screen.findByLabelText('Program');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a program…',
      'Ads',
      'Checkout',
      'Payments',
    ]);
    expect(screen.queryByRole('region', { name: 'Program health' })).not.toBeInTheDocument();

    fireEvent.change(select, { target: { value: 'p-2' } });

    expect(await screen.findByRole('heading', { name: 'Payments' })).toBeInTheDocument();
    expect(window.localStorage.getItem('keystone.gadget.7.program')).toBe('p-2');
    expect(screen.queryByLabelText('Program')).not.toBeInTheDocument();
    expect(screen.getByTestId('program-health-status')).toHaveTextContent('Amber');
    expect(screen.getByTestId('program-health-overridden')).toHaveTextContent('set by hand');
    const reasons = within(screen.getByRole('list', { name: 'Health reasons' })).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.getAttribute('data-code'))).toEqual([
      'OVERRIDDEN',
      'FORECAST_LATE',
      'BLOCKED_SHARE',
    ]);
    expect(screen.getByTestId('gadget-percent-done')).toHaveTextContent('62.5%');
    expect(screen.getByRole('progressbar', { name: 'Done by issue count' })).toHaveAttribute(
      'aria-valuenow',
      '62.5',
    );
    expect(screen.getByTestId('gadget-forecast')).toHaveTextContent('P85 2031-01-08 (8 days late)');
    expect(screen.getByTestId('gadget-forecast')).toHaveAttribute('data-late', 'true');
    expect(screen.getByText('Target 2030-12-31')).toBeInTheDocument();
    expect(host.resize).toHaveBeenCalled();

    // Jira reloads the gadget: the choice is still there; another gadget has its own.
    unmount();
    renderGadget(GADGET_7);
    expect(await screen.findByRole('heading', { name: 'Payments' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Program')).not.toBeInTheDocument();
  });

  it('keeps a separate choice for each dashboard item', async () => {
    window.localStorage.setItem('keystone.gadget.7.program', 'p-2');
    renderGadget('?dashboardItemId=8');

    expect(await screen.findByLabelText('Program')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Payments' })).not.toBeInTheDocument();
  });

  it('lets the user choose another program', async () => {
    window.localStorage.setItem('keystone.gadget.7.program', 'p-2');
    renderGadget(GADGET_7);

    fireEvent.click(await screen.findByRole('button', { name: 'Choose another program' }));
    fireEvent.change(await screen.findByLabelText('Program'), { target: { value: 'p-3' } });

    expect(await screen.findByRole('heading', { name: 'Checkout' })).toBeInTheDocument();
    expect(screen.getByTestId('program-health-status')).toHaveTextContent('Red');
    expect(window.localStorage.getItem('keystone.gadget.7.program')).toBe('p-3');
  });

  it('asks again when the remembered program no longer exists', async () => {
    window.localStorage.setItem('keystone.gadget.7.program', 'gone');
    renderGadget(GADGET_7);

    expect(await screen.findByLabelText('Program')).toBeInTheDocument();
  });

  it('shows a configured program straight away, without a selector', async () => {
    window.localStorage.setItem('keystone.gadget.7.program', 'p-4');
    const { fetch } = renderGadget(`${GADGET_7}&programId=p-3`);

    expect(await screen.findByRole('heading', { name: 'Checkout' })).toBeInTheDocument();
    expect(screen.getByTestId('program-health-status')).toHaveTextContent('Red');
    expect(screen.getByText('Checkout: the worst reason')).toBeInTheDocument();
    expect(screen.getByTestId('gadget-forecast')).toHaveTextContent('P85 2030-11-02');
    expect(screen.getByTestId('gadget-forecast')).toHaveAttribute('data-late', 'false');
    expect(screen.queryByLabelText('Program')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose another program' })).not.toBeInTheDocument();
    expect(portfolioCalls(fetch)).toHaveLength(1);
  });

  it('says so when the configured program is gone', async () => {
    renderGadget(`${GADGET_7}&programId=gone`);

    expect(await screen.findByTestId('gadget-missing-program')).toHaveTextContent('no longer exists');
    expect(screen.queryByLabelText('Program')).not.toBeInTheDocument();
  });

  it('explains where programs come from when there are none', async () => {
    renderGadget(GADGET_7, { programs: [], truncated: false });

    expect(await screen.findByText('No programs yet')).toBeInTheDocument();
    expect(screen.getByText("Create a program from a project's Program page.")).toBeInTheDocument();
  });

  it('reports a response of the wrong shape', async () => {
    renderGadget(GADGET_7, { programs: 'all of them' });

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
  });
});
