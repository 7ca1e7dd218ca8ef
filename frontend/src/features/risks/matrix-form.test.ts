import { describe, expect, it } from 'vitest';

import { ProblemError } from '../../lib/problem-error';

import { describeMatrixFailure, levelRanges, toMatrixInput } from './matrix-form';

describe('risk matrix form', () => {
  it('shows the score range of each level for valid thresholds', () => {
    const input = toMatrixInput({ mediumFrom: '5', highFrom: '10', criticalFrom: '15', categories: ' vendor \n\ncost\n' });
    expect(input.categories).toEqual(['vendor', 'cost']);
    expect(levelRanges(input)).toEqual([
      { level: 'LOW', from: 1, to: 4 },
      { level: 'MEDIUM', from: 5, to: 9 },
      { level: 'HIGH', from: 10, to: 14 },
      { level: 'CRITICAL', from: 15, to: 25 },
    ]);
  });

  it('has no ranges for thresholds out of order or out of 2..25', () => {
    expect(levelRanges(toMatrixInput({ mediumFrom: '10', highFrom: '5', criticalFrom: '15', categories: '' }))).toBeNull();
    expect(levelRanges(toMatrixInput({ mediumFrom: '5', highFrom: '10', criticalFrom: '30', categories: '' }))).toBeNull();
    expect(levelRanges(toMatrixInput({ mediumFrom: 'x', highFrom: '10', criticalFrom: '15', categories: '' }))).toBeNull();
  });

  it('puts threshold and category errors beside their inputs and keeps the rest', () => {
    const failure = describeMatrixFailure(
      new ProblemError({
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'highFrom', message: 'must be above mediumFrom' },
          { field: 'categories[2]', message: 'is listed twice' },
        ],
      }),
    );
    expect(failure).toEqual({ fields: { highFrom: ['must be above mediumFrom'], categories: ['is listed twice'] }, other: null });

    const forbidden = new ProblemError({ title: 'Forbidden', status: 403, code: 'ADMIN_REQUIRED' });
    expect(describeMatrixFailure(forbidden)).toEqual({ fields: {}, other: forbidden });
  });
});
