import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';

/** A parameter's value as the API sends and takes it. */
export type ParamValue = number | boolean | string;

export const PARAM_TYPES = ['integer', 'boolean', 'string'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** How the admin page draws and checks one parameter of a rule. */
export interface ParamDef {
  name: string;
  label: string;
  type: ParamType;
  min: number | null;
  max: number | null;
  default: ParamValue;
}

/** GET /api/automation/rules item, PUT /api/automation/rules/{key} answer. */
export interface AutomationRule {
  key: string;
  name: string;
  description: string;
  enabled: boolean;
  dryRun: boolean;
  params: Record<string, ParamValue>;
  paramDefs: ParamDef[];
  version: number;
}

export const OUTCOMES = ['ACTED', 'DRY_RUN', 'SKIPPED', 'FAILED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  ACTED: 'Acted',
  DRY_RUN: 'Dry run',
  SKIPPED: 'Skipped',
  FAILED: 'Failed',
};

/** One logged run of a rule: what triggered it and what it did, or why it did nothing. */
export interface AutomationRun {
  id: string;
  ruleKey: string;
  /** ISO instant. */
  at: string;
  trigger: string;
  issueId: string | null;
  issueKey: string | null;
  riskId: string | null;
  outcome: Outcome;
  detail: string;
}

/** GET /api/automation/runs: newest first. */
export interface RunPage {
  items: AutomationRun[];
  nextCursor: string | null;
}

/** GET /api/automation/inbound: whether a secret is set, never the secret itself. */
export interface InboundStatus {
  configured: boolean;
  /** A recognisable fragment of the secret in use, as the server chooses to show it. */
  hint: string | null;
  rotatedAt: string | null;
}

/** The rule keys Jira Automation can call at `/api/automation/inbound/{ruleKey}`. */
export const INBOUND_RULE_KEYS = ['risk', 'raci'] as const;

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Whether `value` is of the kind `type` names (integers must be whole numbers). */
export function fitsType(type: ParamType, value: unknown): value is ParamValue {
  switch (type) {
    case 'integer':
      return isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
  }
}

function decodeParamDef(json: unknown, what: string): ParamDef {
  const o = asObject(json, what);
  const type = readOneOf(o, 'type', what, PARAM_TYPES);
  const min = readOptionalNumber(o, 'min', what);
  const max = readOptionalNumber(o, 'max', what);
  if (min !== null && max !== null && min > max) throw new Error(`Expected ${what}.min to be at most its max.`);
  if (!fitsType(type, o.default)) throw new Error(`Expected ${what}.default to be of type ${type}.`);
  return {
    name: readString(o, 'name', what),
    label: readString(o, 'label', what),
    type,
    min,
    max,
    default: o.default,
  };
}

function decodeParams(o: JsonObject, defs: readonly ParamDef[], what: string): Record<string, ParamValue> {
  const path = `${what}.params`;
  const raw = o.params === undefined || o.params === null ? {} : asObject(o.params, path);
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const def = defs.find((candidate) => candidate.name === name);
    const fits = def === undefined
      ? typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
      : fitsType(def.type, value);
    if (!fits) throw new Error(`Expected ${path}.${name} to be ${def === undefined ? 'a number, true or false, or a string' : `of type ${def.type}`}.`);
    params[name] = value as ParamValue;
  }
  return params;
}

export function decodeRule(json: unknown, what = 'automation rule'): AutomationRule {
  const o = asObject(json, what);
  const paramDefs = readList(o, 'paramDefs', what, decodeParamDef);
  const names = new Set(paramDefs.map((def) => def.name));
  if (names.size !== paramDefs.length) throw new Error(`Expected ${what}.paramDefs to have distinct names.`);
  const key = readString(o, 'key', what);
  if (key.trim() === '') throw new Error(`Expected ${what}.key not to be empty.`);
  return {
    key,
    name: readString(o, 'name', what),
    description: readOptionalString(o, 'description', what) ?? '',
    enabled: readBoolean(o, 'enabled', what),
    dryRun: readBoolean(o, 'dryRun', what),
    params: decodeParams(o, paramDefs, what),
    paramDefs,
    version: readNumber(o, 'version', what),
  };
}

/** A list response's `items` must be there: a body without it is not the response we asked for. */
function readItems<T>(o: JsonObject, what: string, decodeItem: (item: unknown, itemWhat: string) => T): T[] {
  if (!Array.isArray(o.items)) throw new Error(`Expected ${what}.items to be a list.`);
  return readList(o, 'items', what, decodeItem);
}

export function decodeRules(json: unknown): AutomationRule[] {
  const what = 'automation rules';
  return readItems(asObject(json, what), what, (item, at) => decodeRule(item, at));
}

function decodeRun(json: unknown, what: string): AutomationRun {
  const o = asObject(json, what);
  return {
    id: readString(o, 'id', what),
    ruleKey: readString(o, 'ruleKey', what),
    at: readString(o, 'at', what),
    trigger: readString(o, 'trigger', what),
    issueId: readOptionalString(o, 'issueId', what),
    issueKey: readOptionalString(o, 'issueKey', what),
    riskId: readOptionalString(o, 'riskId', what),
    outcome: readOneOf(o, 'outcome', what, OUTCOMES),
    detail: readOptionalString(o, 'detail', what) ?? '',
  };
}

export function decodeRunPage(json: unknown): RunPage {
  const what = 'automation runs';
  const o = asObject(json, what);
  return {
    items: readItems(o, what, decodeRun),
    nextCursor: readOptionalString(o, 'nextCursor', what),
  };
}

export function decodeInboundStatus(json: unknown): InboundStatus {
  const what = 'inbound endpoint';
  const o = asObject(json, what);
  return {
    configured: readBoolean(o, 'configured', what),
    hint: readOptionalString(o, 'hint', what),
    rotatedAt: readOptionalString(o, 'rotatedAt', what),
  };
}

export function decodeInboundSecret(json: unknown): string {
  const what = 'inbound secret';
  const secret = readString(asObject(json, what), 'secret', what);
  if (secret.trim() === '') throw new Error(`Expected ${what}.secret not to be empty.`);
  return secret;
}
