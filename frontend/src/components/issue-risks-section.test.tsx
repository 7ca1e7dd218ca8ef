import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';
import { riskJson, routeFetch, urlOf } from '../test/risk-fixtures';

import { IssueRisksSection } from './issue-risks-section';

const OWN = riskJson({ inheritedFrom: null });
const INHERITED = riskJson({
  id: '0b6f9a54-0000-4000-8000-000000000009',
  title: 'Payment provider outage',
  inheritedFrom: { id: '10000', key: 'PAY-1' },
});

function renderSection(items: Record<string, unknown>[]) {
  const rendered = renderWithHost(<IssueRisksSection issueId="10003" issueKey="PAY-3" />, []);
  routeFetch(rendered.fetch, [
    (url, init) => {
      if (url.pathname === '/api/issues/10003/risks' && (init?.method ?? 'GET') === 'GET') {
        return jsonResponse({ issue: { id: '10003', key: 'PAY-3' }, items, subtree: { openCount: 2, exposure: 32, maxLevel: 'CRITICAL', overdueReviews: 0 } });
      }
      if (url.pathname === `/api/issues/10003/risks/${String(OWN.id)}` && init?.method === 'DELETE') {
        return jsonResponse(riskJson({ issues: [] }));
      }
      return undefined;
    },
  ]);
  return rendered;
}

describe('IssueRisksSection', () => {
  it("lists the issue's own risks and marks those inherited from an ancestor", async () => {
    renderSection([OWN, INHERITED]);

    const list = await screen.findByRole('list', { name: 'Risks of this issue' });
    const rows = within(list).getAllByTestId('issue-risk');
    expect(rows).toHaveLength(2);
    const [own, inherited] = rows as [HTMLElement, HTMLElement];
    expect(own).toHaveTextContent('Vendor SDK end of life');
    expect(within(own).getByRole('button', { name: 'Unlink Vendor SDK end of life' })).toBeInTheDocument();
    expect(inherited).toHaveTextContent('Payment provider outage');
    expect(within(inherited).getByText('inherited from PAY-1')).toBeInTheDocument();
    // An inherited risk is unlinked on the ancestor, not here.
    expect(within(inherited).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('risk-subtree')).toHaveTextContent('2 open risks, exposure 32');
  });

  it('unlinks an own risk and reloads the list', async () => {
    const { fetch, host } = renderSection([OWN]);

    fireEvent.click(await screen.findByRole('button', { name: 'Unlink Vendor SDK end of life' }));

    await waitFor(() => {
      expect(host.flag).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
    });
    const calls = () => fetch.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${urlOf(input)}`);
    expect(calls()).toContain(`DELETE /api/issues/10003/risks/${String(OWN.id)}`);
    await waitFor(() => {
      expect(calls().filter((call) => call === 'GET /api/issues/10003/risks')).toHaveLength(2);
    });
  });
});
