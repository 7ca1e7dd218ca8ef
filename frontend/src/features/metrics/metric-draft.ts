import { ProblemError } from '../../lib/problem-error';

import type { Direction, Metric, MetricSource, NewMetric, SourceType } from './metrics';

/** What the add/edit dialog holds, as typed. */
export interface MetricDraft {
  name: string;
  unit: string;
  direction: Direction;
  targetValue: string;
  /** `yyyy-MM-dd` or empty. */
  targetDate: string;
  sourceType: SourceType;
  jql: string;
  aggregate: 'COUNT' | 'ESTIMATE_SUM';
  /** Comma-separated. */
  labels: string;
  issueTypes: string;
  statusCategories: string;
  overdue: 'any' | 'yes' | 'no';
  blocked: 'any' | 'yes' | 'no';
  statistic: 'MEDIAN' | 'P85';
  windowDays: string;
}

export type MetricField =
  | 'name'
  | 'unit'
  | 'direction'
  | 'targetValue'
  | 'targetDate'
  | 'sourceType'
  | 'jql'
  | 'filter'
  | 'windowDays';

export type MetricMessages = Partial<Record<MetricField, string[]>>;

export const EMPTY_DRAFT: MetricDraft = {
  name: '',
  unit: '',
  direction: 'DOWN_IS_GOOD',
  targetValue: '',
  targetDate: '',
  sourceType: 'JQL',
  jql: '',
  aggregate: 'COUNT',
  labels: '',
  issueTypes: '',
  statusCategories: '',
  overdue: 'any',
  blocked: 'any',
  statistic: 'MEDIAN',
  windowDays: '28',
};

const list = (text: string) => [...new Set(text.split(',').map((part) => part.trim()).filter((part) => part !== ''))];
const flag = (choice: 'any' | 'yes' | 'no') => (choice === 'any' ? undefined : choice === 'yes');
const choice = (value: boolean | undefined): 'any' | 'yes' | 'no' =>
  value === undefined ? 'any' : value ? 'yes' : 'no';

/** An existing metric as the dialog shows it for editing. */
export function toDraft(metric: Metric): MetricDraft {
  const s = metric.source;
  return {
    ...EMPTY_DRAFT,
    name: metric.name,
    unit: metric.unit ?? '',
    direction: metric.direction,
    targetValue: metric.targetValue === null ? '' : String(metric.targetValue),
    targetDate: metric.targetDate ?? '',
    sourceType: s.type,
    jql: s.jql ?? '',
    aggregate: s.aggregate ?? 'COUNT',
    labels: (s.filter?.labels ?? []).join(', '),
    issueTypes: (s.filter?.issueTypes ?? []).join(', '),
    statusCategories: (s.filter?.statusCategories ?? []).join(', '),
    overdue: choice(s.filter?.overdue),
    blocked: choice(s.filter?.blocked),
    statistic: s.statistic ?? 'MEDIAN',
    windowDays: s.windowDays === undefined ? '28' : String(s.windowDays),
  };
}

function source(draft: MetricDraft): MetricSource {
  switch (draft.sourceType) {
    case 'JQL':
      return { type: 'JQL', jql: draft.jql.trim() };
    case 'MIRROR': {
      const overdue = flag(draft.overdue);
      const blocked = flag(draft.blocked);
      return {
        type: 'MIRROR',
        aggregate: draft.aggregate,
        filter: {
          labels: list(draft.labels),
          issueTypes: list(draft.issueTypes),
          statusCategories: list(draft.statusCategories),
          ...(overdue === undefined ? {} : { overdue }),
          ...(blocked === undefined ? {} : { blocked }),
        },
      };
    }
    case 'CYCLE_TIME':
      return { type: 'CYCLE_TIME', statistic: draft.statistic, windowDays: Number(draft.windowDays) };
    case 'THROUGHPUT':
      return { type: 'THROUGHPUT', windowDays: Number(draft.windowDays) };
    default:
      return { type: 'MANUAL' };
  }
}

/** What the browser can tell before asking Keystone (Keystone checks everything again, and Jira the JQL). */
export function checkDraft(draft: MetricDraft): MetricMessages {
  const messages: MetricMessages = {};
  const add = (field: MetricField, message: string) => {
    (messages[field] ??= []).push(message);
  };
  if (draft.name.trim() === '') add('name', 'Give the metric a name.');
  const hasValue = draft.targetValue.trim() !== '';
  if (hasValue && !Number.isFinite(Number(draft.targetValue))) add('targetValue', 'Enter a number.');
  if (hasValue !== (draft.targetDate !== '')) {
    add(hasValue ? 'targetDate' : 'targetValue', 'A target needs both a value and a date.');
  }
  if (draft.sourceType === 'JQL' && draft.jql.trim() === '') add('jql', 'Enter the JQL whose issues to count.');
  if (draft.sourceType === 'CYCLE_TIME' || draft.sourceType === 'THROUGHPUT') {
    const days = Number(draft.windowDays);
    if (!Number.isInteger(days) || days < 7 || days > 365) add('windowDays', 'Enter 7 to 365 days.');
  }
  return messages;
}

export function toNewMetric(draft: MetricDraft): NewMetric {
  const hasTarget = draft.targetValue.trim() !== '';
  return {
    name: draft.name.trim(),
    unit: draft.unit.trim() === '' ? null : draft.unit.trim(),
    direction: draft.direction,
    targetValue: hasTarget ? Number(draft.targetValue) : null,
    targetDate: draft.targetDate === '' ? null : draft.targetDate,
    source: source(draft),
  };
}

const FIELD_OF: [RegExp, MetricField][] = [
  [/^name$/, 'name'],
  [/^unit$/, 'unit'],
  [/^direction$/, 'direction'],
  [/^targetValue$/, 'targetValue'],
  [/^targetDate$/, 'targetDate'],
  [/^source(\.type)?$/, 'sourceType'],
  [/^source\.jql$/, 'jql'],
  [/^source\.(aggregate|filter)/, 'filter'],
  [/^source\.(windowDays|statistic)$/, 'windowDays'],
];

/** Sorts a failed save into messages beside the inputs (Jira's words about the JQL included) and the rest. */
export function placeFailure(error: unknown): { fields: MetricMessages; other: unknown } {
  if (!(error instanceof ProblemError)) return { fields: {}, other: error };
  const fields: MetricMessages = {};
  const unplaced = error.errors.filter((fieldError) => {
    const match = FIELD_OF.find(([pattern]) => pattern.test(fieldError.field));
    if (match === undefined) return true;
    (fields[match[1]] ??= []).push(fieldError.message);
    return false;
  });
  const placedAll = error.errors.length > 0 && unplaced.length === 0;
  return { fields, other: placedAll ? null : error };
}
