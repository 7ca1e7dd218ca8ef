import { describe, expect, it } from 'vitest';

import { KWAME, LENA, PRIYA, issueScope, person, programScope } from '../../test/raci-fixtures';

import { NO_FILTER, filterMatrix, matrixQuery } from './matrix-filter';
import { decodeMatrix } from './raci-reports';

const program = programScope('p-1', 'Checkout 2.0');
const epic = issueScope('10001', 'EPIC-1');

const MATRIX = decodeMatrix({
  programId: 'p-1',
  programName: 'Checkout 2.0',
  people: [person(KWAME, 'Kwame Mensah'), person(LENA, 'Lena Novak'), person(PRIYA, 'Priya Raman')],
  items: [
    { scope: program, cells: { [PRIYA]: [{ role: 'A', inherited: false }] } },
    {
      scope: epic,
      cells: {
        [KWAME]: [{ role: 'A', inherited: false }],
        [LENA]: [
          { role: 'R', inherited: false },
          { role: 'C', inherited: false },
        ],
      },
    },
    {
      scope: issueScope('10042', 'MOB-7'),
      cells: {
        [KWAME]: [{ role: 'A', inherited: true, fromScope: epic }],
        [PRIYA]: [{ role: 'I', inherited: true, fromScope: program }],
      },
    },
  ],
  truncated: false,
});

const keys = (matrix: typeof MATRIX) => matrix.items.map((row) => row.scope.key ?? row.scope.name);

describe('filterMatrix', () => {
  it('keeps the matrix as it is without a filter', () => {
    expect(filterMatrix(MATRIX, NO_FILTER)).toBe(MATRIX);
  });

  it('keeps only cells of the role, rows that still have one, and the people in them', () => {
    const shown = filterMatrix(MATRIX, { role: 'A', accountId: null });
    expect(keys(shown)).toEqual(['Checkout 2.0', 'EPIC-1', 'MOB-7']);
    expect(shown.items[1]?.cells).toEqual({ [KWAME]: [{ role: 'A', inherited: false, fromScope: null }] });
    expect(shown.people.map((p) => p.displayName)).toEqual(['Kwame Mensah', 'Priya Raman']);
  });

  it('keeps only one person, with every role they hold, inherited ones included', () => {
    const shown = filterMatrix(MATRIX, { role: null, accountId: PRIYA });
    expect(keys(shown)).toEqual(['Checkout 2.0', 'MOB-7']);
    expect(shown.people.map((p) => p.accountId)).toEqual([PRIYA]);
    expect(shown.items[1]?.cells[PRIYA]?.[0]).toMatchObject({ role: 'I', inherited: true });
  });

  it('combines role and person, and can leave nothing', () => {
    expect(keys(filterMatrix(MATRIX, { role: 'C', accountId: LENA }))).toEqual(['EPIC-1']);
    const none = filterMatrix(MATRIX, { role: 'R', accountId: KWAME });
    expect(none.items).toEqual([]);
    expect(none.people).toEqual([]);
  });
});

describe('matrixQuery', () => {
  it('names only the filters in use', () => {
    expect(matrixQuery('p-1', NO_FILTER)).toBe('programId=p-1');
    expect(matrixQuery('p 1', { role: 'A', accountId: '712020:x' })).toBe(
      'programId=p+1&role=A&accountId=712020%3Ax',
    );
  });
});
