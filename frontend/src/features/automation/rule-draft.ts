import { ProblemError } from '../../lib/problem-error';

import type { AutomationRule, ParamDef, ParamValue } from './automation';
import type { RuleBody } from './automation-api';

/** A rule as its form holds it: text inputs as typed, switches as booleans. */
export interface RuleDraft {
  enabled: boolean;
  dryRun: boolean;
  params: Record<string, string | boolean>;
}

/** The value in force: the rule's own, else the definition's default. */
export function paramValue(rule: AutomationRule, def: ParamDef): ParamValue {
  return rule.params[def.name] ?? def.default;
}

export function ruleDraftOf(rule: AutomationRule): RuleDraft {
  const params: RuleDraft['params'] = {};
  for (const def of rule.paramDefs) {
    const value = paramValue(rule, def);
    params[def.name] = def.type === 'boolean' ? value === true : String(value);
  }
  return { enabled: rule.enabled, dryRun: rule.dryRun, params };
}

export function isDirty(rule: AutomationRule, draft: RuleDraft): boolean {
  return JSON.stringify(ruleDraftOf(rule)) !== JSON.stringify(draft);
}

/** What is wrong with one typed value before it is sent, or null. The server checks again. */
export function checkParam(def: ParamDef, value: string | boolean): string | null {
  if (def.type !== 'integer') return null;
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) return 'Enter a whole number.';
  const number = Number(text);
  if (def.min !== null && def.max !== null && (number < def.min || number > def.max)) {
    return `Enter a number from ${def.min} to ${def.max}.`;
  }
  if (def.min !== null && number < def.min) return `Enter ${def.min} or more.`;
  if (def.max !== null && number > def.max) return `Enter ${def.max} or less.`;
  return null;
}

/** The API's name of a parameter's field in a PUT body and its errors, e.g. `params.days`. */
export const paramField = (name: string) => `params.${name}`;

/** Messages by field (`params.days`) for the values that cannot be sent as they are. */
export function checkDraft(rule: AutomationRule, draft: RuleDraft): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const def of rule.paramDefs) {
    const message = checkParam(def, draft.params[def.name] ?? '');
    if (message !== null) problems[paramField(def.name)] = [message];
  }
  return problems;
}

/**
 * The PUT body: every parameter the rule has (unknown ones kept as the server sent them),
 * the defined ones as the draft has them.
 */
export function toRuleBody(rule: AutomationRule, draft: RuleDraft): RuleBody {
  const params: Record<string, ParamValue> = { ...rule.params };
  for (const def of rule.paramDefs) {
    const value = draft.params[def.name] ?? paramValue(rule, def);
    params[def.name] = def.type === 'integer'
      ? Number(String(value).trim())
      : def.type === 'boolean'
        ? value === true
        : String(value);
  }
  return { enabled: draft.enabled, dryRun: draft.dryRun, params };
}

export const VERSION_MISMATCH = 'AUTOMATION_RULE_VERSION_MISMATCH';
export const ADMIN_REQUIRED = 'ADMIN_REQUIRED';

export const isAdminRequired = (error: unknown) => error instanceof ProblemError && error.code === ADMIN_REQUIRED;

export const isVersionMismatch = (error: unknown) =>
  error instanceof ProblemError && (error.code === VERSION_MISMATCH || error.status === 412);

export interface RuleFailure {
  /** By the fields this form has: `params.days`, `enabled`, `dryRun`. */
  fields: Record<string, string[]>;
  /** The rest (403, 412, a field this form does not have, …), shown above the buttons. */
  other: unknown;
}

/** `params.days` goes beside the "days" input; everything else is shown as a problem. */
export function describeRuleFailure(rule: AutomationRule, error: unknown): RuleFailure {
  if (!(error instanceof ProblemError) || error.errors.length === 0) return { fields: {}, other: error };
  const known = new Set(['enabled', 'dryRun', ...rule.paramDefs.map((def) => paramField(def.name))]);
  const fields: Record<string, string[]> = {};
  const rest = error.errors.filter((fieldError) => {
    if (!known.has(fieldError.field)) return true;
    (fields[fieldError.field] ??= []).push(fieldError.message);
    return false;
  });
  return { fields, other: rest.length === 0 ? null : error };
}
