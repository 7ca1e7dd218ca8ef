import {
  asObject,
  readList,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../sync/json-fields';

import {
  RACI_ROLES,
  decodeGap,
  decodePerson,
  decodeScope,
  type RaciGap,
  type RaciPerson,
  type RaciRole,
  type RaciScope,
} from './raci';

/** One role a person holds on an item, and where it comes from. */
export interface RoleHolding {
  role: RaciRole;
  inherited: boolean;
  fromScope: RaciScope | null;
}

export interface MatrixRow {
  scope: RaciScope;
  /** accountId → roles held on this item. */
  cells: Record<string, RoleHolding[]>;
}

/** GET /api/raci/matrix: people (columns) x work items (rows). */
export interface RaciMatrix {
  programId: string;
  programName: string;
  people: RaciPerson[];
  items: MatrixRow[];
  /** Reads the next page of work items; null on the last. */
  nextCursor: string | null;
  /** Work items after this page, not examined yet. */
  remaining: number;
  truncated: boolean;
}

export interface GapItem {
  scope: RaciScope;
  gaps: RaciGap[];
}

/** GET /api/raci/gaps: only items with gaps, the program first; paged like the matrix. */
export interface GapReport {
  programId: string;
  items: GapItem[];
  nextCursor: string | null;
  remaining: number;
}

export interface MyResponsibility {
  scope: RaciScope;
  roles: RoleHolding[];
  programs: { id: string; name: string }[];
}

/** GET /api/raci/mine */
export interface MyResponsibilities {
  accountId: string;
  items: MyResponsibility[];
}

function decodeHolding(json: unknown, what: string): RoleHolding {
  const object = asObject(json, what);
  const from = object.fromScope;
  return {
    role: readOneOf(object, 'role', what, RACI_ROLES),
    inherited: object.inherited === true,
    fromScope: from === undefined || from === null ? null : decodeScope(from, `${what}.fromScope`),
  };
}

function decodeRow(json: unknown, what: string): MatrixRow {
  const object = asObject(json, what);
  const cellsJson = object.cells === undefined || object.cells === null
    ? {}
    : asObject(object.cells, `${what}.cells`);
  const cells: Record<string, RoleHolding[]> = {};
  for (const accountId of Object.keys(cellsJson)) {
    cells[accountId] = readList(cellsJson, accountId, `${what}.cells`, decodeHolding);
  }
  return { scope: decodeScope(object.scope, `${what}.scope`), cells };
}

export function decodeMatrix(json: unknown): RaciMatrix {
  const what = 'RACI matrix';
  const object = asObject(json, what);
  return {
    programId: readString(object, 'programId', what),
    programName: readOptionalString(object, 'programName', what) ?? '',
    people: readList(object, 'people', what, decodePerson),
    items: readList(object, 'items', what, decodeRow),
    nextCursor: readOptionalString(object, 'nextCursor', what),
    remaining: readOptionalNumber(object, 'remaining', what) ?? 0,
    truncated: object.truncated === true,
  };
}

export function decodeGapReport(json: unknown): GapReport {
  const what = 'gap report';
  const object = asObject(json, what);
  return {
    programId: readString(object, 'programId', what),
    items: readList(object, 'items', what, (item, itemWhat) => {
      const row = asObject(item, itemWhat);
      return {
        scope: decodeScope(row.scope, `${itemWhat}.scope`),
        gaps: readList(row, 'gaps', itemWhat, decodeGap),
      };
    }),
    nextCursor: readOptionalString(object, 'nextCursor', what),
    remaining: readOptionalNumber(object, 'remaining', what) ?? 0,
  };
}

export function decodeMine(json: unknown): MyResponsibilities {
  const what = 'my responsibilities';
  const object = asObject(json, what);
  return {
    accountId: readString(object, 'accountId', what),
    items: readList(object, 'items', what, (item, itemWhat) => {
      const row = asObject(item, itemWhat);
      return {
        scope: decodeScope(row.scope, `${itemWhat}.scope`),
        roles: readList(row, 'roles', itemWhat, decodeHolding),
        programs: readList(row, 'programs', itemWhat, (program, programWhat) => {
          const p = asObject(program, programWhat);
          return { id: readString(p, 'id', programWhat), name: readString(p, 'name', programWhat) };
        }),
      };
    }),
  };
}

/** The rows of several matrix pages as one matrix: people from every page, rows in page order. */
export function joinMatrixPages(first: RaciMatrix, later: RaciMatrix[]): RaciMatrix {
  if (later.length === 0) return first;
  const people = new Map(first.people.map((person) => [person.accountId, person]));
  for (const page of later) {
    for (const person of page.people) if (!people.has(person.accountId)) people.set(person.accountId, person);
  }
  const last = later[later.length - 1] ?? first;
  return {
    ...first,
    people: [...people.values()].sort(
      (a, b) => a.displayName.localeCompare(b.displayName) || a.accountId.localeCompare(b.accountId),
    ),
    items: [first, ...later].flatMap((page) => page.items),
    nextCursor: last.nextCursor,
    remaining: last.remaining,
    truncated: last.truncated,
  };
}
