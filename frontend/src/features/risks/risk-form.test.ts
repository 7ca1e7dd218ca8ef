import { describe, expect, it } from 'vitest';

import { ProblemError } from '../../lib/problem-error';
import { riskJson } from '../../test/risk-fixtures';

import { decodeRisk } from './risk';
import { checkDraft, describeRiskFailure, draftOf, EMPTY_DRAFT, toCreateBody, toPatch } from './risk-form';

const validation = (errors: { field: string; message: string }[]) =>
  new ProblemError({ title: 'Validation failed', status: 400, code: 'VALIDATION_FAILED', errors });

describe('describeRiskFailure', () => {
  it('puts each server field error beside the input it concerns', () => {
    const failure = describeRiskFailure(
      validation([
        { field: 'probability', message: 'must be between 1 and 5' },
        { field: 'title', message: 'must be at most 200 characters' },
        { field: 'ownerAccountId', message: 'is not a user of this site' },
        { field: 'programIds[1]', message: 'is not a program of this site' },
        { field: 'projectKeys[0]', message: 'is not a project you may browse' },
        { field: 'issueIds[0]', message: 'is not an issue you may browse' },
        { field: 'residualImpact', message: 'must not exceed impact' },
      ]),
    );

    expect(failure.other).toBeNull();
    expect(failure.fields).toEqual({
      probability: ['must be between 1 and 5'],
      title: ['must be at most 200 characters'],
      ownerAccountId: ['is not a user of this site'],
      programIds: ['is not a program of this site'],
      projectKeys: ['is not a project you may browse'],
      issues: ['is not an issue you may browse'],
      residualImpact: ['must not exceed impact'],
    });
  });

  it('keeps errors about fields the form does not have, and problems without fields, as a problem message', () => {
    const mixed = describeRiskFailure(
      validation([
        { field: 'impact', message: 'must be between 1 and 5' },
        { field: 'body', message: 'unknown field colour' },
      ]),
    );
    expect(mixed.fields).toEqual({ impact: ['must be between 1 and 5'] });
    expect(mixed.other?.errors).toEqual([{ field: 'body', message: 'unknown field colour' }]);

    const conflict = describeRiskFailure(
      new ProblemError({ title: 'Changed meanwhile', status: 412, code: 'RISK_VERSION_MISMATCH' }),
    );
    expect(conflict.fields).toEqual({});
    expect(conflict.other?.code).toBe('RISK_VERSION_MISMATCH');

    expect(describeRiskFailure(new Error('offline')).other?.detail).toBe('offline');
  });
});

describe('risk drafts', () => {
  it('checks required and whole-number scores before any request', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, title: ' ', probability: '2.5', impact: '', residualImpact: 'x' })).toEqual({
      title: ['Give the risk a title.'],
      probability: ['Enter a whole number from 1 to 5.'],
      impact: ['Enter a whole number from 1 to 5.'],
      residualImpact: ['Enter a whole number from 1 to 5.'],
    });
    // Out of range is the server's call, so its message shows beside the field.
    expect(checkDraft({ ...EMPTY_DRAFT, title: 'T', probability: '6', impact: '0' })).toEqual({});
  });

  it('creates with only what was filled in, so the API defaults apply to the rest', () => {
    const body = toCreateBody({
      ...EMPTY_DRAFT,
      title: ' Vendor ',
      probability: '4',
      impact: '5',
      projectKeys: 'web, mob web',
      issues: [{ id: '10003', key: 'PAY-3', summary: null, statusCategory: null }],
    });
    expect(body).toEqual({
      title: 'Vendor',
      probability: 4,
      impact: 5,
      roam: 'OWNED',
      status: 'OPEN',
      projectKeys: ['WEB', 'MOB'],
      issueIds: ['10003'],
    });
  });

  it('patches only the changed members, null for a cleared one', () => {
    const risk = decodeRisk(riskJson({ mitigation: 'Swap vendor', reviewDate: '2030-06-01' }));
    const draft = { ...draftOf(risk), residualProbability: '2', residualImpact: '3', mitigation: '' };
    expect(toPatch(risk, draft)).toEqual({ residualProbability: 2, residualImpact: 3, mitigation: null });
    expect(toPatch(risk, draftOf(risk))).toEqual({});
  });
});
