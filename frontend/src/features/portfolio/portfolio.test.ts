import { describe, expect, it } from 'vitest';

import { daysLate, decodePortfolio, summarizeHealth } from './portfolio';

describe('portfolio model', () => {
  it('reads members the server left out as null, counts as zero', () => {
    const { programs, truncated } = decodePortfolio({
      programs: [{ id: 'p-1', name: 'Ads', health: 'GREEN', overridden: false, reasons: [] }],
    });
    expect(truncated).toBe(false);
    expect(programs).toEqual([
      {
        id: 'p-1',
        name: 'Ads',
        targetDate: null,
        health: 'GREEN',
        overridden: false,
        reasons: [],
        percentDone: null,
        issues: 0,
        done: 0,
        overdue: 0,
        blocked: 0,
        forecastP85: null,
      },
    ]);
  });

  it('rejects counts of the wrong type', () => {
    expect(() =>
      decodePortfolio({ programs: [{ id: 'p', name: 'A', health: 'RED', blocked: 'some' }] }),
    ).toThrow('Expected portfolio.programs[0].blocked to be a number or null.');
  });

  it('counts days late across month and year ends, and nothing without both dates', () => {
    expect(daysLate({ targetDate: '2030-12-31', forecastP85: '2031-01-08' })).toBe(8);
    expect(daysLate({ targetDate: '2030-03-01', forecastP85: '2030-02-27' })).toBe(-2);
    expect(daysLate({ targetDate: '2030-12-31', forecastP85: '2030-12-31' })).toBe(0);
    expect(daysLate({ targetDate: null, forecastP85: '2031-01-08' })).toBeNull();
    expect(daysLate({ targetDate: '2030-12-31', forecastP85: null })).toBeNull();
  });

  it('summarises an empty list as all zeros', () => {
    expect(summarizeHealth([])).toBe('0 red, 0 amber, 0 green');
  });
});
