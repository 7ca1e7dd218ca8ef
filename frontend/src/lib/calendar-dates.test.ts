import { describe, expect, it } from 'vitest';

import { dayNumber, daysBetween, localToday, shortDate, utcToday } from './calendar-dates';

describe('calendar dates', () => {
  it('counts whole days across month ends, leap days and DST changes', () => {
    expect(daysBetween('2026-10-24', '2026-11-02')).toBe(9);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
  });

  it('rejects what is not a real date', () => {
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('26-1-1')).toBeNull();
    expect(daysBetween('soon', '2026-01-01')).toBeNull();
  });

  it('shortens dates for the axis and leaves unknown text alone', () => {
    expect(shortDate('2026-11-02')).toBe('2 Nov');
    expect(shortDate('later')).toBe('later');
  });

  it('reads today in UTC and on the local calendar', () => {
    const instant = new Date(Date.UTC(2026, 10, 27, 0, 30));
    expect(utcToday(instant)).toBe('2026-11-27');
    const local = new Date(2026, 0, 5, 12, 0);
    expect(localToday(local)).toBe('2026-01-05');
  });
});
