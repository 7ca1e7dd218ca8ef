import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse } from '../../test/fake-host';
import { KWAME, LENA, PRIYA, issueScope, person, programScope, routeRaciFetch, rowOf } from '../../test/raci-fixtures';
import { renderWithHost } from '../../test/render-with-host';

import { RaciMatrixSection } from './raci-matrix-section';

const program = programScope('p-1', 'Checkout 2.0');
const epic = issueScope('10001', 'EPIC-1');

const MATRIX = {
  programId: 'p-1',
  programName: 'Checkout 2.0',
  people: [person(KWAME, 'Kwame Mensah'), person(LENA, 'Lena Novak'), person(PRIYA, 'Priya Raman')],
  items: [
    { scope: program, cells: { [PRIYA]: [{ role: 'A', inherited: false }] } },
    { scope: epic, cells: { [KWAME]: [{ role: 'A', inherited: false }], [LENA]: [{ role: 'R', inherited: false }] } },
    {
      scope: issueScope('10042', 'MOB-7', { statusName: 'Done', statusCategory: 'done' }),
      cells: { [KWAME]: [{ role: 'A', inherited: true, fromScope: epic }] },
    },
  ],
  truncated: false,
};

const MATRIX_URL = '/api/raci/matrix?programId=p-1';

function renderMatrix(extra: Record<string, () => Response> = {}) {
  const rendered = renderWithHost(<RaciMatrixSection programId="p-1" programName="Checkout 2.0" />, []);
  routeRaciFetch(rendered.fetch, { [`GET ${MATRIX_URL}`]: () => jsonResponse(MATRIX), ...extra });
  return rendered;
}

const rows = () =>
  within(screen.getByTestId('raci-matrix'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-scope'));

/** The people columns, by accountId (a header also holds the avatar's hidden name). */
const columns = () =>
  within(screen.getByTestId('raci-matrix'))
    .getAllByRole('columnheader')
    .map((header) => header.getAttribute('data-account-id') ?? header.textContent);

async function choose(label: string, option: string) {
  fireEvent.keyDown(screen.getByLabelText(label), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('RaciMatrixSection', () => {
  it('shows people x work items, inherited roles in parentheses with their source', async () => {
    renderMatrix();
    await screen.findByTestId('raci-matrix');
    expect(columns()).toEqual(['Work item', 'Status', KWAME, LENA, PRIYA]);
    expect(rows()).toEqual(['p-1', 'EPIC-1', 'MOB-7']);
    const story = rowOf(screen.getByRole('rowheader', { name: /MOB-7/ }));
    const inherited = within(story).getByTitle('Accountable, inherited from EPIC-1');
    expect(inherited).toHaveTextContent('(A)');
    expect(within(story).getByText('Done')).toBeInTheDocument();
  });

  it('says how many work items a truncated matrix has not examined, and reads the next page when asked', async () => {
    const [programRow, epicRow, storyRow] = MATRIX.items;
    renderMatrix({
      [`GET ${MATRIX_URL}`]: () =>
        jsonResponse({ ...MATRIX, items: [programRow, epicRow], nextCursor: 'c1', remaining: 1, truncated: true }),
      [`GET ${MATRIX_URL}&cursor=c1`]: () =>
        jsonResponse({ ...MATRIX, people: [person(KWAME, 'Kwame Mensah')], items: [storyRow], remaining: 0 }),
    });
    await screen.findByTestId('raci-matrix');
    expect(rows()).toEqual(['p-1', 'EPIC-1']);
    expect(screen.getByTestId('raci-not-examined')).toHaveTextContent('Truncated: 1 more work item not examined yet.');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => {
      expect(rows()).toEqual(['p-1', 'EPIC-1', 'MOB-7']);
    });
    expect(columns()).toEqual(['Work item', 'Status', KWAME, LENA, PRIYA]);
    expect(screen.queryByTestId('raci-not-examined')).toBeNull();
  });

  it('filters by role and by person', async () => {
    renderMatrix();
    await screen.findByTestId('raci-matrix');

    await choose('Role', 'R · Responsible');
    expect(rows()).toEqual(['EPIC-1']);
    expect(columns()).toEqual(['Work item', 'Status', LENA]);

    await choose('Role', 'Any role');
    await choose('Person', 'Kwame Mensah');
    expect(rows()).toEqual(['EPIC-1', 'MOB-7']);
    expect(columns()).toEqual(['Work item', 'Status', KWAME]);

    await choose('Role', 'C · Consulted');
    expect(screen.queryByTestId('raci-matrix')).toBeNull();
    expect(screen.getByText('No roles match the filter')).toBeInTheDocument();
  });

  it('exports the CSV the server writes, with the filter in use', async () => {
    // jsdom has no object URLs; each test file gets its own jsdom, so these do not leak.
    URL.createObjectURL = vi.fn(() => 'blob:raci');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fetch } = renderMatrix({
      [`GET /api/raci/matrix.csv?programId=p-1&role=A`]: () =>
        new Response('Type,Key\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }),
    });
    await screen.findByTestId('raci-matrix');
    await choose('Role', 'A · Accountable');
    fireEvent.click(screen.getByTestId('raci-export-csv'));

    await waitFor(() => {
      expect(click).toHaveBeenCalled();
    });
    const csvCall = fetch.mock.calls.find(([url]) => typeof url === 'string' && url.includes('matrix.csv'));
    expect(csvCall?.[1]?.headers).toMatchObject({ Accept: 'text/csv, application/problem+json' });
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('raci-checkout-2-0.csv');
  });
});
