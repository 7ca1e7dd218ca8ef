import { describe, expect, it } from 'vitest';

import { decodeMilestone, describeTiming, milestoneTiming, sortMilestones } from './milestones';
import { decodeProgram } from './programs';

const PROGRAM = {
  id: 'p-1',
  name: 'Checkout',
  description: null,
  startDate: null,
  targetDate: null,
  projectKeys: ['WEB'],
  rootIssues: [],
  version: 0,
};

describe('milestones', () => {
  it('decodes the catalogue shape, an alternative dueDate, and a program without any', () => {
    const program = decodeProgram({
      ...PROGRAM,
      milestones: [{ id: 'm-1', name: 'Beta', date: '2026-11-15', issueKeys: ['WEB-1'] }],
    });
    expect(program.milestones).toEqual([{ id: 'm-1', name: 'Beta', date: '2026-11-15', issueKeys: ['WEB-1'] }]);
    expect(decodeMilestone({ name: 'GA', dueDate: '2026-12-01' }, 'm')).toEqual({
      id: null,
      name: 'GA',
      date: '2026-12-01',
      issueKeys: [],
    });
    expect(decodeProgram(PROGRAM).milestones).toEqual([]);
    expect(() => decodeMilestone({ name: 'No date' }, 'm')).toThrow('m.dueDate');
  });

  it('sorts by date, then name', () => {
    const m = (name: string, date: string) => ({ id: null, name, date, issueKeys: [] });
    expect(sortMilestones([m('GA', '2026-12-01'), m('Beta', '2026-11-15'), m('Alpha', '2026-11-15')]).map((x) => x.name)).toEqual([
      'Alpha',
      'Beta',
      'GA',
    ]);
  });

  it('says how far away a milestone is', () => {
    const today = '2026-11-27';
    expect(milestoneTiming('2026-11-20', today)).toEqual({ kind: 'past', days: 7 });
    expect(milestoneTiming('2026-11-27', today)).toEqual({ kind: 'today' });
    expect(milestoneTiming('2026-11-28', today)).toEqual({ kind: 'soon', days: 1 });
    expect(milestoneTiming('2026-12-04', today)).toEqual({ kind: 'soon', days: 7 });
    expect(milestoneTiming('2026-12-05', today)).toEqual({ kind: 'upcoming', days: 8 });
    expect(describeTiming({ kind: 'past', days: 1 })).toBe('1 day ago');
    expect(describeTiming({ kind: 'upcoming', days: 8 })).toBe('8 days left');
    expect(describeTiming({ kind: 'today' })).toBe('Today');
  });
});
