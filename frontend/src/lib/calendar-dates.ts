/**
 * Calendar dates as the API sends them (`yyyy-MM-dd`), compared as whole UTC days so that
 * daylight-saving changes never make a day 23 or 25 hours long.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or null for anything that is not a real `yyyy-MM-dd` date. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? null : end - start;
}

/** "2030-05-01" → "1 May": short enough for an axis, the same in every locale. */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  return name === undefined || day === undefined || Number.isNaN(day) ? date : `${day} ${name}`;
}

function iso(date: Date, utc: boolean): string {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const month = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const day = utc ? date.getUTCDate() : date.getDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in UTC: the server's calendar (snapshots and baselines are UTC days). */
export function utcToday(now: Date = new Date()): string {
  return iso(now, true);
}

/** Today on the viewer's own calendar: what "days left" means to a person. */
export function localToday(now: Date = new Date()): string {
  return iso(now, false);
}
