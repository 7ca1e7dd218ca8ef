import type { Issue } from './types';

/** The fields the details column edits; each change is sent on its own, as Jira's inline edit does. */
export type EditableField =
  | 'statusId'
  | 'parentKey'
  | 'storyPoints'
  | 'originalEstimate'
  | 'dueDate'
  | 'assignee'
  | 'flagged';

/** A PATCH body: absent = unchanged, null = clear (the sandbox API's contract). */
export type IssuePatch = { actor: string } & Partial<Record<EditableField, string | number | boolean | null>>;

export class InvalidInput extends Error {}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Jira's default time tracking: 1w = 5d, 1d = 8h.
const UNIT_SECONDS: Record<string, number> = { w: 5 * 8 * 3600, d: 8 * 3600, h: 3600, m: 60 };

/** "1w 2d 3h 30m" (or a bare number of hours) to seconds; blank is null. */
export function parseEstimate(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 3600);
  const parts = trimmed.split(/\s+/);
  let seconds = 0;
  for (const part of parts) {
    const match = /^(\d+(?:\.\d+)?)([wdhm])$/.exec(part);
    if (!match) throw new InvalidInput(`Estimate "${text}" is not like 2d 4h`);
    seconds += Number(match[1]) * (UNIT_SECONDS[match[2] ?? 'h'] ?? 0);
  }
  return Math.round(seconds);
}

export function formatEstimate(seconds: number | null): string {
  if (seconds === null || seconds <= 0) return '';
  let rest = seconds;
  const out: string[] = [];
  for (const unit of ['w', 'd', 'h', 'm']) {
    const size = UNIT_SECONDS[unit] ?? 1;
    const count = Math.floor(rest / size);
    if (count > 0) out.push(`${count}${unit}`);
    rest -= count * size;
  }
  return out.join(' ');
}

function parseValue(field: EditableField, input: string | boolean | null): string | number | boolean | null {
  if (field === 'flagged') return input === true;
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return null;
  switch (field) {
    case 'storyPoints': {
      const points = Number(text);
      if (!Number.isFinite(points) || points < 0) throw new InvalidInput(`Story points "${text}" is not a number`);
      return points;
    }
    case 'originalEstimate':
      return parseEstimate(text);
    case 'dueDate':
      if (!DATE.test(text)) throw new InvalidInput(`Due date "${text}" is not yyyy-MM-dd`);
      return text;
    case 'parentKey': {
      const key = text.toUpperCase();
      if (!ISSUE_KEY.test(key)) throw new InvalidInput(`Parent "${text}" is not an issue key`);
      return key;
    }
    default:
      return text;
  }
}

/**
 * The PATCH body for changing one field from the editor's raw input, or null when the value is
 * what the issue already has (so no request and no webhook). Blank input clears the field.
 */
export function buildPatch(
  actor: string,
  issue: Issue,
  field: EditableField,
  input: string | boolean | null,
): IssuePatch | null {
  const value = parseValue(field, input);
  if (value === issue[field]) return null;
  return { actor, [field]: value };
}
