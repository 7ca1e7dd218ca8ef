import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse } from '../../test/fake-host';
import { KWAME, PRIYA, assignment, person, programScope, routeRaciFetch, sourced } from '../../test/raci-fixtures';
import { renderWithHost } from '../../test/render-with-host';

import { ProgramRaciSection } from './program-raci-section';

const program = programScope('p-1', 'Checkout 2.0');

const PROGRAM_RACI = {
  scope: program,
  version: 1,
  own: [assignment(PRIYA, 'A'), assignment(KWAME, 'R')],
  inherited: [],
  effective: { R: [sourced(KWAME, 'R', program, false)], A: [sourced(PRIYA, 'A', program, false)], C: [], I: [] },
  gaps: [],
};

const MATRIX = {
  programId: 'p-1',
  programName: 'Checkout 2.0',
  people: [person(PRIYA, 'Priya Raman')],
  items: [{ scope: program, cells: { [PRIYA]: [{ role: 'A', inherited: false }] } }],
  truncated: false,
};

const urls = (fetch: ReturnType<typeof renderWithHost>['fetch']) =>
  fetch.mock.calls.map(([input]) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url));

function renderSection(reportsOnRequest: boolean) {
  const rendered = renderWithHost(
    <ProgramRaciSection programId="p-1" programName="Checkout 2.0" reportsOnRequest={reportsOnRequest} />,
    [],
  );
  routeRaciFetch(rendered.fetch, {
    'GET /api/raci/program/p-1': () => jsonResponse(PROGRAM_RACI),
    'GET /api/raci/matrix?programId=p-1': () => jsonResponse(MATRIX),
    'GET /api/raci/gaps?programId=p-1': () => jsonResponse({ programId: 'p-1', items: [] }),
  });
  return rendered;
}

describe('ProgramRaciSection', () => {
  it('on the Program page, asks for the program-wide matrix and gap report only when the user does', async () => {
    const { fetch } = renderSection(true);
    // the program's own RACI is shown; nothing program-wide was asked for
    expect(await screen.findAllByText('Priya Raman')).not.toHaveLength(0);
    expect(urls(fetch)).toEqual(['/api/raci/program/p-1']);

    fireEvent.click(screen.getByTestId('raci-show-reports'));
    await screen.findByTestId('raci-matrix');
    await screen.findByText('Every item has one Accountable and someone Responsible.');
    expect(urls(fetch)).toEqual(
      expect.arrayContaining(['/api/raci/matrix?programId=p-1', '/api/raci/gaps?programId=p-1']),
    );
    expect(screen.queryByTestId('raci-show-reports')).not.toBeInTheDocument();
  });

  it('elsewhere shows both reports at once', async () => {
    const { fetch } = renderSection(false);
    await screen.findByTestId('raci-matrix');
    expect(urls(fetch)).toEqual(expect.arrayContaining(['/api/raci/matrix?programId=p-1']));
    expect(screen.queryByTestId('raci-show-reports')).not.toBeInTheDocument();
  });
});
