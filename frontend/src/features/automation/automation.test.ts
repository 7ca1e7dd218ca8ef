import { describe, expect, it } from 'vitest';

import { ProblemError } from '../../lib/problem-error';
import { BLOCKED_RISK, DONE_INFORM, RULES, run } from '../../test/automation-fixtures';

import {
  decodeInboundSecret,
  decodeInboundStatus,
  decodeRule,
  decodeRules,
  decodeRunPage,
} from './automation';
import { EMPTY_RUN_FILTER, inboundUrl, runsQuery } from './automation-api';
import { checkDraft, describeRuleFailure, isDirty, ruleDraftOf, toRuleBody } from './rule-draft';

describe('automation decoders', () => {
  it('reads the rules with their parameter definitions', () => {
    const rules = decodeRules(RULES);
    expect(rules.map((rule) => rule.key)).toEqual(['blocked-risk', 'done-inform', 'weekly-digest']);
    expect(rules[0]).toEqual({
      ...BLOCKED_RISK,
      paramDefs: [{ name: 'days', label: 'Blocked for (days)', type: 'integer', min: 1, max: 30, default: 3 }],
    });
    expect(rules[1]?.paramDefs[0]).toEqual({
      name: 'anyCategoryChange',
      label: 'On any status category change',
      type: 'boolean',
      min: null,
      max: null,
      default: false,
    });
  });

  it.each([
    ['no items list', { rules: [] }],
    ['a rule without a key', { items: [{ ...BLOCKED_RISK, key: undefined }] }],
    ['enabled as a string', { items: [{ ...BLOCKED_RISK, enabled: 'yes' }] }],
    ['a missing version', { items: [{ ...BLOCKED_RISK, version: undefined }] }],
    ['an unknown parameter type', { items: [{ ...BLOCKED_RISK, paramDefs: [{ ...BLOCKED_RISK.paramDefs[0], type: 'date' }] }] }],
    ['a default of the wrong type', { items: [{ ...BLOCKED_RISK, paramDefs: [{ ...BLOCKED_RISK.paramDefs[0], default: '3' }] }] }],
    ['a parameter of the wrong type', { items: [{ ...BLOCKED_RISK, params: { days: '3' } }] }],
    ['a fractional integer', { items: [{ ...BLOCKED_RISK, params: { days: 2.5 } }] }],
    ['a parameter that is an object', { items: [{ ...BLOCKED_RISK, params: { other: { a: 1 } } }] }],
    ['params as a list', { items: [{ ...BLOCKED_RISK, params: [3] }] }],
    ['min above max', { items: [{ ...BLOCKED_RISK, paramDefs: [{ ...BLOCKED_RISK.paramDefs[0], min: 9, max: 2 }] }] }],
    ['two definitions of one name', { items: [{ ...BLOCKED_RISK, paramDefs: [BLOCKED_RISK.paramDefs[0], BLOCKED_RISK.paramDefs[0]] }] }],
  ])('rejects rules with %s', (_what, payload) => {
    expect(() => decodeRules(payload)).toThrow(/Expected/);
  });

  it('keeps parameters it has no definition for, and lets missing ones fall back to the default', () => {
    const rule = decodeRule({ ...BLOCKED_RISK, params: { legacy: 'x' } });
    expect(rule.params).toEqual({ legacy: 'x' });
    expect(ruleDraftOf(rule).params).toEqual({ days: '3' });
  });

  it('reads a page of runs, with nulls and the cursor', () => {
    const page = decodeRunPage({ items: [run('r1'), run('r2', { issueKey: null, issueId: null, outcome: 'SKIPPED' })], nextCursor: 'c2' });
    expect(page.nextCursor).toBe('c2');
    expect(page.items[1]).toMatchObject({ id: 'r2', issueKey: null, outcome: 'SKIPPED', riskId: null });
    expect(decodeRunPage({ items: [], nextCursor: null })).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['an unknown outcome', { items: [run('r1', { outcome: 'DONE' })], nextCursor: null }],
    ['a numeric id', { items: [run('r1', { id: 7 })], nextCursor: null }],
    ['a cursor that is a number', { items: [], nextCursor: 2 }],
    ['items that are not a list', { items: {}, nextCursor: null }],
  ])('rejects runs with %s', (_what, payload) => {
    expect(() => decodeRunPage(payload)).toThrow(/Expected/);
  });

  it('reads the inbound status and a new secret, and rejects what is not one', () => {
    expect(decodeInboundStatus({ configured: false, hint: null, rotatedAt: null })).toEqual({
      configured: false,
      hint: null,
      rotatedAt: null,
    });
    expect(decodeInboundStatus({ configured: true, hint: '…x7Qa', rotatedAt: '2030-05-01T10:00:00Z' }).hint).toBe('…x7Qa');
    expect(() => decodeInboundStatus({ configured: 'yes' })).toThrow(/Expected/);
    expect(decodeInboundSecret({ secret: 's3cret' })).toBe('s3cret');
    expect(() => decodeInboundSecret({ secret: '' })).toThrow(/Expected/);
    expect(() => decodeInboundSecret({})).toThrow(/Expected/);
  });
});

describe('runsQuery', () => {
  it('leaves out what is not set and always asks for a page size', () => {
    expect(runsQuery(EMPTY_RUN_FILTER, null)).toBe('?limit=25');
  });

  it('sends the filters, upper-cases the issue key and adds the cursor', () => {
    expect(runsQuery({ ruleKey: 'blocked-risk', outcome: 'FAILED', issueKey: ' pay-12 ' }, 'next/page', 10)).toBe(
      '?ruleKey=blocked-risk&outcome=FAILED&issueKey=PAY-12&cursor=next%2Fpage&limit=10',
    );
  });
});

describe('inboundUrl', () => {
  it('joins the app base URL and the rule key', () => {
    expect(inboundUrl('https://keystone.example.com/', 'risk')).toBe('https://keystone.example.com/api/automation/inbound/risk');
  });
});

describe('rule drafts', () => {
  const blocked = decodeRule(BLOCKED_RISK);
  const done = decodeRule(DONE_INFORM);

  it('is clean as loaded and dirty once changed', () => {
    const draft = ruleDraftOf(blocked);
    expect(isDirty(blocked, draft)).toBe(false);
    expect(isDirty(blocked, { ...draft, enabled: true })).toBe(true);
    expect(isDirty(blocked, { ...draft, params: { days: '4' } })).toBe(true);
  });

  it('turns typed values into the PUT body by their types', () => {
    const draft = ruleDraftOf(done);
    expect(toRuleBody(done, { ...draft, dryRun: false, params: { anyCategoryChange: true, subject: 'Hi' } })).toEqual({
      enabled: true,
      dryRun: false,
      params: { anyCategoryChange: true, subject: 'Hi' },
    });
    expect(toRuleBody(blocked, { ...ruleDraftOf(blocked), params: { days: ' 7 ' } }).params).toEqual({ days: 7 });
  });

  it('checks whole numbers and ranges before sending', () => {
    const draft = ruleDraftOf(blocked);
    expect(checkDraft(blocked, draft)).toEqual({});
    expect(checkDraft(blocked, { ...draft, params: { days: '2.5' } })).toEqual({ 'params.days': ['Enter a whole number.'] });
    expect(checkDraft(blocked, { ...draft, params: { days: '' } })).toEqual({ 'params.days': ['Enter a whole number.'] });
    expect(checkDraft(blocked, { ...draft, params: { days: '31' } })).toEqual({
      'params.days': ['Enter a number from 1 to 30.'],
    });
  });

  it('puts field errors beside their inputs and keeps the rest as a problem', () => {
    const problem = (errors: { field: string; message: string }[]) =>
      new ProblemError({ title: 'Invalid', status: 400, code: 'VALIDATION_FAILED', errors });
    expect(describeRuleFailure(blocked, problem([{ field: 'params.days', message: 'too many' }]))).toEqual({
      fields: { 'params.days': ['too many'] },
      other: null,
    });
    const mixed = problem([
      { field: 'params.days', message: 'too many' },
      { field: 'params.unknown', message: 'no such parameter' },
    ]);
    expect(describeRuleFailure(blocked, mixed)).toEqual({ fields: { 'params.days': ['too many'] }, other: mixed });
    const conflict = new ProblemError({ title: 'Changed', status: 412, code: 'AUTOMATION_RULE_VERSION_MISMATCH' });
    expect(describeRuleFailure(blocked, conflict)).toEqual({ fields: {}, other: conflict });
  });
});
