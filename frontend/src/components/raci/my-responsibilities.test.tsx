import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse } from '../../test/fake-host';
import { KWAME, issueScope, programScope, routeRaciFetch, rowOf } from '../../test/raci-fixtures';
import { renderWithHost } from '../../test/render-with-host';

import { MyResponsibilities } from './my-responsibilities';

const epic = issueScope('10001', 'EPIC-1', { statusName: 'In Progress', statusCategory: 'indeterminate' });
const programs = [{ id: 'p-1', name: 'Checkout 2.0' }];

function renderMine(items: unknown[]) {
  const rendered = renderWithHost(<MyResponsibilities />, []);
  routeRaciFetch(rendered.fetch, { 'GET /api/raci/mine': () => jsonResponse({ accountId: KWAME, items }) });
  return rendered;
}

describe('MyResponsibilities', () => {
  it('lists each item with its status, the roles held (inherited ones marked) and its programs', async () => {
    renderMine([
      { scope: programScope('p-1', 'Checkout 2.0'), roles: [{ role: 'C', inherited: false }], programs },
      { scope: epic, roles: [{ role: 'A', inherited: false }], programs },
      {
        scope: issueScope('10042', 'MOB-7', { statusName: 'Done', statusCategory: 'done' }),
        roles: [
          { role: 'A', inherited: true, fromScope: epic },
          { role: 'I', inherited: false },
        ],
        programs,
      },
    ]);
    const table = await screen.findByTestId('raci-mine');
    const story = rowOf(within(table).getByRole('rowheader', { name: /MOB-7/ }));
    expect(within(story).getByText('Done')).toBeInTheDocument();
    expect(within(story).getByTitle('Accountable, inherited from EPIC-1')).toHaveTextContent('(A)');
    expect(within(story).getByTitle('Informed')).toHaveTextContent(/^IInformed$/);
    expect(story).toHaveTextContent('Checkout 2.0');
    const epicRow = rowOf(within(table).getByRole('rowheader', { name: /EPIC-1/ }));
    expect(within(epicRow).getByText('In Progress')).toBeInTheDocument();
    expect(within(table).getByText('Program')).toBeInTheDocument();
  });

  it('opens an issue in Jira', async () => {
    const { host } = renderMine([{ scope: epic, roles: [{ role: 'R', inherited: false }], programs }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Open EPIC-1 in Jira' }));
    expect(host.navigate).toHaveBeenCalledWith('issue', { issueKey: 'EPIC-1' });
  });

  it('says so when the user holds no role', async () => {
    renderMine([]);
    expect(await screen.findByText('Nothing assigned to you yet')).toBeInTheDocument();
  });
});
