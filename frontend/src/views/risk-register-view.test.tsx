import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';
import { heatMapJson, registerBackground, riskJson, routeFetch, urlOf } from '../test/risk-fixtures';

import { RiskRegisterView } from './risk-register-view';

const CRITICAL = riskJson();
const LOW = riskJson({
  id: '0b6f9a54-0000-4000-8000-000000000002',
  title: 'Late design review',
  probability: 1,
  impact: 2,
  score: 2,
  level: 'LOW',
  exposure: 2,
  exposureLevel: 'LOW',
});

function renderRegister() {
  const rendered = renderWithHost(<RiskRegisterView />, []);
  routeFetch(rendered.fetch, [
    registerBackground,
    (url) => (url.pathname === '/api/risks/heatmap' ? jsonResponse(heatMapJson([[4, 4, 1], [1, 2, 1]])) : undefined),
    (url) => {
      if (url.pathname !== '/api/risks') return undefined;
      if (url.searchParams.get('overdueReview') === 'true') return jsonResponse({ items: [] });
      const p = url.searchParams.get('probability');
      const i = url.searchParams.get('impact');
      const items = [CRITICAL, LOW].filter(
        (risk) => (p === null || String(risk.probability) === p) && (i === null || String(risk.impact) === i),
      );
      return jsonResponse({ items, nextCursor: null });
    },
  ]);
  return rendered;
}

const registerCalls = (fetch: ReturnType<typeof renderWithHost>['fetch']) =>
  fetch.mock.calls
    .map(([input]) => new URL(urlOf(input), 'http://keystone.test'))
    .filter((url) => url.pathname === '/api/risks' && url.searchParams.get('overdueReview') === null);

describe('RiskRegisterView', () => {
  it('lists the open risks by exposure and narrows the table to a clicked heat-map cell', async () => {
    const { fetch } = renderRegister();

    // The register is loaded lazily; the first import can take a few seconds on a busy machine.
    const table = await screen.findByRole('table', { name: 'Risks' }, { timeout: 15000 });
    await within(table).findByText('Late design review');
    expect(within(table).getByText('Vendor SDK end of life')).toBeInTheDocument();
    const first = registerCalls(fetch)[0];
    expect(first?.searchParams.get('status')).toBe('OPEN');
    expect(first?.searchParams.get('sort')).toBe('-exposure');

    fireEvent.click(await screen.findByRole('button', { name: 'Probability 4, impact 4: 1 risk, Critical' }));

    await waitFor(() => {
      expect(within(screen.getByRole('table', { name: 'Risks' })).queryByText('Late design review')).not.toBeInTheDocument();
    });
    expect(within(screen.getByRole('table', { name: 'Risks' })).getByText('Vendor SDK end of life')).toBeInTheDocument();
    const filtered = registerCalls(fetch).at(-1);
    expect(filtered?.searchParams.get('probability')).toBe('4');
    expect(filtered?.searchParams.get('impact')).toBe('4');
    expect(screen.getByTestId('cell-filter')).toHaveTextContent('inherent probability 4, impact 4');
    expect(screen.getByTestId('heat-cell-4-4')).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Show every cell' }));
    await within(screen.getByRole('table', { name: 'Risks' })).findByText('Late design review');
    expect(registerCalls(fetch).at(-1)?.searchParams.has('probability')).toBe(false);
  }, 30_000);

  it('filters residual cells by the residual scores', async () => {
    const { fetch } = renderRegister();
    await screen.findByRole('table', { name: 'Risks' }, { timeout: 15000 });

    fireEvent.click(await screen.findByRole('button', { name: 'Residual' }));
    fireEvent.click(screen.getByTestId('heat-cell-2-3'));

    await waitFor(() => {
      expect(registerCalls(fetch).at(-1)?.searchParams.get('residualProbability')).toBe('2');
    });
    const url = registerCalls(fetch).at(-1);
    expect(url?.searchParams.get('residualImpact')).toBe('3');
    expect(url?.searchParams.has('probability')).toBe(false);
  }, 30_000);
});
