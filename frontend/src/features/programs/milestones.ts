import { daysBetween } from '../../lib/calendar-dates';
import { asObject, readList, readOptionalString, readString } from '../sync/json-fields';

/** A named date of a program, with the issues that make it up (docs/programs-api.md). */
export interface Milestone {
  id: string | null;
  name: string;
  /** `yyyy-MM-dd`. */
  date: string;
  issueKeys: string[];
}

function readKey(item: unknown, what: string): string {
  if (typeof item !== 'string') throw new Error(`Expected ${what} to be a string.`);
  return item;
}

export function decodeMilestone(json: unknown, what: string): Milestone {
  const object = asObject(json, what);
  // The catalogue names the date `date`; `dueDate` (its column's name) is read too in case a view renames it.
  const date = readOptionalString(object, 'date', what) ?? readString(object, 'dueDate', what);
  return {
    id: readOptionalString(object, 'id', what),
    name: readString(object, 'name', what),
    date,
    issueKeys: readList(object, 'issueKeys', what, readKey),
  };
}

/** Earliest first; the same day by name, so the order never flickers between polls. */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

/** How many days a milestone is away, as a lozenge and words. */
export type MilestoneTiming =
  | { kind: 'past'; days: number }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'upcoming'; days: number };

/** Within this many days a milestone is "soon" and stands out. */
export const SOON_DAYS = 7;

export function milestoneTiming(date: string, today: string): MilestoneTiming {
  const days = daysBetween(today, date) ?? 0;
  if (days < 0) return { kind: 'past', days: -days };
  if (days === 0) return { kind: 'today' };
  return days <= SOON_DAYS ? { kind: 'soon', days } : { kind: 'upcoming', days };
}

const plural = (days: number) => (days === 1 ? '1 day' : `${days} days`);

export function describeTiming(timing: MilestoneTiming): string {
  switch (timing.kind) {
    case 'past':
      return `${plural(timing.days)} ago`;
    case 'today':
      return 'Today';
    default:
      return `${plural(timing.days)} left`;
  }
}
