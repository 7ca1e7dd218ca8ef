import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOneOf,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';

/** The shapes of docs/raci.md; only what the views use. */

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

export const ROLE_NAMES: Record<RaciRole, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

export type ScopeType = 'program' | 'issue';

export type StatusCategory = 'new' | 'indeterminate' | 'done' | 'unknown';

export interface RaciScope {
  type: ScopeType;
  id: string;
  /** Issue key (issues only). */
  key: string | null;
  summary: string | null;
  /** Program name (programs only). */
  name: string | null;
  projectKey: string | null;
  statusName: string | null;
  statusCategory: StatusCategory;
  assigneeAccountId: string | null;
}

export interface RaciPerson {
  accountId: string;
  displayName: string;
  avatarUrl: string | null;
  active: boolean;
}

export interface RaciAssignment {
  accountId: string;
  role: RaciRole;
  note: string | null;
  person: RaciPerson;
}

/** An assignment and the scope it comes from; `inherited` is false for the scope's own. */
export interface SourcedAssignment extends RaciAssignment {
  fromScope: RaciScope | null;
  inherited: boolean;
}

export type GapSeverity = 'error' | 'info';

export interface RaciGap {
  code: string;
  severity: GapSeverity;
  message: string;
  accountIds: string[];
}

/** GET /api/raci/{scopeType}/{scopeId} */
export interface ScopeRaci {
  scope: RaciScope;
  version: number;
  own: RaciAssignment[];
  effective: Record<RaciRole, SourcedAssignment[]>;
  gaps: RaciGap[];
}

/** What a PUT sends per assignment. */
export interface AssignmentInput {
  accountId: string;
  role: RaciRole;
  note?: string;
}

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

export function decodeScope(json: unknown, what = 'scope'): RaciScope {
  const object = asObject(json, what);
  const category = readOptionalString(object, 'statusCategory', what);
  return {
    type: readOneOf(object, 'type', what, ['program', 'issue'] as const),
    id: readString(object, 'id', what),
    key: readOptionalString(object, 'key', what),
    summary: readOptionalString(object, 'summary', what),
    name: readOptionalString(object, 'name', what),
    projectKey: readOptionalString(object, 'projectKey', what),
    statusName: readOptionalString(object, 'statusName', what),
    statusCategory: CATEGORIES.find((known) => known === category) ?? 'unknown',
    assigneeAccountId: readOptionalString(object, 'assigneeAccountId', what),
  };
}

function optionalScope(object: JsonObject, field: string, what: string): RaciScope | null {
  const value = object[field];
  return value === undefined || value === null ? null : decodeScope(value, `${what}.${field}`);
}

function optionalBoolean(object: JsonObject, field: string, what: string, fallback: boolean) {
  return object[field] === undefined || object[field] === null
    ? fallback
    : readBoolean(object, field, what);
}

export function decodePerson(json: unknown, what = 'person'): RaciPerson {
  const object = asObject(json, what);
  const accountId = readString(object, 'accountId', what);
  return {
    accountId,
    // Jira may not have answered yet for a fresh assignment; the id is better than nothing.
    displayName: readOptionalString(object, 'displayName', what) ?? accountId,
    avatarUrl: readOptionalString(object, 'avatarUrl', what),
    active: optionalBoolean(object, 'active', what, true),
  };
}

function decodeAssignment(json: unknown, what: string): RaciAssignment {
  const object = asObject(json, what);
  const accountId = readString(object, 'accountId', what);
  return {
    accountId,
    role: readOneOf(object, 'role', what, RACI_ROLES),
    note: readOptionalString(object, 'note', what),
    person:
      object.person === undefined || object.person === null
        ? { accountId, displayName: accountId, avatarUrl: null, active: true }
        : decodePerson(object.person, `${what}.person`),
  };
}

function decodeSourced(json: unknown, what: string): SourcedAssignment {
  const object = asObject(json, what);
  return {
    ...decodeAssignment(json, what),
    fromScope: optionalScope(object, 'fromScope', what),
    inherited: optionalBoolean(object, 'inherited', what, false),
  };
}

export function decodeGap(json: unknown, what = 'gap'): RaciGap {
  const object = asObject(json, what);
  return {
    code: readString(object, 'code', what),
    severity: readOptionalString(object, 'severity', what) === 'info' ? 'info' : 'error',
    message: readOptionalString(object, 'message', what) ?? readString(object, 'code', what),
    accountIds: readList(object, 'accountIds', what, (item, itemWhat) => {
      if (typeof item !== 'string') throw new Error(`Expected ${itemWhat} to be a string.`);
      return item;
    }),
  };
}

export function decodeScopeRaci(json: unknown): ScopeRaci {
  const what = 'RACI';
  const object = asObject(json, what);
  const effective = object.effective === undefined || object.effective === null
    ? {}
    : asObject(object.effective, `${what}.effective`);
  const byRole = (role: RaciRole) =>
    readList(effective, role, `${what}.effective`, decodeSourced);
  return {
    scope: decodeScope(object.scope, `${what}.scope`),
    version: readNumber(object, 'version', what),
    own: readList(object, 'own', what, decodeAssignment),
    effective: { R: byRole('R'), A: byRole('A'), C: byRole('C'), I: byRole('I') },
    gaps: readList(object, 'gaps', what, decodeGap),
  };
}

/** "WEB-12" for an issue, the name for a program. */
export function scopeLabel(scope: RaciScope): string {
  if (scope.type === 'program') return scope.name ?? 'a program';
  return scope.key ?? scope.id;
}

/** The words of an inheritance badge: "from EPIC-1" or "from program Checkout 2.0". */
export function inheritanceText(fromScope: RaciScope | null): string {
  if (fromScope === null) return 'inherited';
  return fromScope.type === 'program' ? `from program ${scopeLabel(fromScope)}` : `from ${scopeLabel(fromScope)}`;
}
