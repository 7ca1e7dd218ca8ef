import { describe, expect, it } from 'vitest';

import { ProblemError } from '../../lib/problem-error';

import { RULE_EXPLANATIONS, violationsOf } from './raci-rules';

const refused = (code: string, messages: string[]) =>
  new ProblemError({
    title: 'RACI rule broken',
    status: 400,
    code,
    errors: messages.map((message) => ({ field: 'assignments', message })),
  });

describe('violationsOf', () => {
  it('explains every broken rule listed in errors[], in order', () => {
    const error = refused('RACI_NO_ACCOUNTABLE', [
      'RACI_NO_ACCOUNTABLE: no Accountable after inheritance',
      'RACI_NO_RESPONSIBLE: no Responsible after inheritance',
    ]);
    expect(violationsOf(error)).toEqual([
      { code: 'RACI_NO_ACCOUNTABLE', message: RULE_EXPLANATIONS.RACI_NO_ACCOUNTABLE },
      { code: 'RACI_NO_RESPONSIBLE', message: RULE_EXPLANATIONS.RACI_NO_RESPONSIBLE },
    ]);
  });

  it('keeps the server text of an unknown rule without its code', () => {
    const error = refused('RACI_SOMETHING_NEW', ['RACI_SOMETHING_NEW: a new rule']);
    expect(violationsOf(error)).toEqual([{ code: 'RACI_SOMETHING_NEW', message: 'a new rule' }]);
  });

  it('falls back to the problem code when errors[] is empty', () => {
    const error = new ProblemError({ title: 'Changed', status: 412, code: 'RACI_VERSION_MISMATCH' });
    expect(violationsOf(error)).toEqual([
      { code: 'RACI_VERSION_MISMATCH', message: RULE_EXPLANATIONS.RACI_VERSION_MISMATCH },
    ]);
  });

  it('finds no rule in other problems', () => {
    expect(violationsOf(new ProblemError({ title: 'Gone', status: 404, code: 'PROGRAM_NOT_FOUND' }))).toEqual([]);
    expect(violationsOf(new Error('offline'))).toEqual([]);
  });
});
