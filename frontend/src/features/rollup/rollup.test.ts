import { describe, expect, it } from 'vitest';

import { decodeIssueRollup, decodeWorkLevel } from './rollup';

describe('rollup decoders', () => {
  it('reads left-out members as zero or null', () => {
    const rollup = decodeIssueRollup({ issueId: '1', asOf: 'now', issues: { total: 2, done: 1 } });
    expect(rollup.issues).toEqual({ total: 2, new: 0, indeterminate: 0, done: 1 });
    expect(rollup.percentComplete).toEqual({ byCount: null, byEstimate: null, byTime: null });
    expect(rollup.estimate.field).toBeNull();
    expect(rollup.dates).toEqual({ earliestStart: null, latestDue: null });
  });

  it('rejects a rollup without issue counts or with a wrong type', () => {
    expect(() => decodeIssueRollup({ issueId: '1', asOf: 'now' })).toThrow(
      'Expected issue rollup.issues to be an object.',
    );
    expect(() =>
      decodeIssueRollup({ issueId: '1', asOf: 'now', issues: { total: 1 }, overdue: '3' }),
    ).toThrow('Expected issue rollup.overdue to be a number or null.');
  });

  it('reads an unknown status category as unknown and requires each item its rollup', () => {
    const item = { id: '1', key: 'A-1', status: 'Parked', statusCategory: 'later', rollup: { issues: { total: 0 } } };
    expect(decodeWorkLevel({ items: [item] }).items[0]?.statusCategory).toBe('unknown');
    const { rollup: _rollup, ...bare } = item;
    expect(() => decodeWorkLevel({ items: [bare] })).toThrow(
      'Expected program children.items[0].rollup to be an object.',
    );
  });
});
