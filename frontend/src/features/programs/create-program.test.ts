import { describe, expect, it } from 'vitest';

import { ProblemError } from '../../lib/problem-error';

import { describeFailure, splitKeys, toNewProgram } from './create-program';

describe('create program form model', () => {
  it('reads keys separated any way, upper-cased and without repeats', () => {
    expect(splitKeys(' web,mob;  WEB\nops ')).toEqual(['WEB', 'MOB', 'OPS']);
    expect(splitKeys(' , ')).toEqual([]);
  });

  it('leaves optional members out rather than sending them empty', () => {
    expect(toNewProgram({ name: ' X ', projects: 'web', rootIssues: ' ', targetDate: '' })).toEqual({
      name: 'X',
      projectKeys: ['WEB'],
    });
  });

  it('keeps field errors it cannot place in a problem of their own', () => {
    const failure = describeFailure(
      new ProblemError({
        title: 'Invalid program',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'name', message: 'at most 200 characters' },
          { field: 'filter.labels[0]', message: 'no spaces' },
        ],
      }),
    );
    expect(failure.fields).toEqual({ name: ['at most 200 characters'] });
    expect(failure.other?.errors).toEqual([{ field: 'filter.labels[0]', message: 'no spaces' }]);
    expect(failure.other?.code).toBe('VALIDATION_FAILED');
  });

  it('shows other failures as they are', () => {
    const conflict = new ProblemError({ title: 'Gone', status: 500, code: 'internal' });
    expect(describeFailure(conflict)).toEqual({ fields: {}, other: conflict });
  });
});
