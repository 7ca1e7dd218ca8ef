/**
 * Small readers for decoding API responses. Keystone's backend omits null members, so every
 * optional reader treats a missing member as null; a member of the wrong type always throws,
 * which the API client reports as an `invalid_response` problem.
 */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown, what: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Expected ${what} to be an object.`);
  }
  return value as JsonObject;
}

function wrongType(what: string, field: string, expected: string): Error {
  return new Error(`Expected ${what}.${field} to be ${expected}.`);
}

export function readString(object: JsonObject, field: string, what: string): string {
  const value = object[field];
  if (typeof value !== 'string') throw wrongType(what, field, 'a string');
  return value;
}

export function readOptionalString(
  object: JsonObject,
  field: string,
  what: string,
): string | null {
  const value = object[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw wrongType(what, field, 'a string or null');
  return value;
}

export function readNumber(object: JsonObject, field: string, what: string): number {
  const value = object[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(what, field, 'a number');
  return value;
}

export function readOptionalNumber(object: JsonObject, field: string, what: string): number | null {
  const value = object[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw wrongType(what, field, 'a number or null');
  }
  return value;
}

export function readBoolean(object: JsonObject, field: string, what: string): boolean {
  const value = object[field];
  if (typeof value !== 'boolean') throw wrongType(what, field, 'true or false');
  return value;
}

export function readOneOf<V extends string>(
  object: JsonObject,
  field: string,
  what: string,
  allowed: readonly V[],
): V {
  const value = object[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw wrongType(what, field, `one of ${allowed.join(', ')}`);
  }
  return value as V;
}

/** A missing or null list reads as empty. */
export function readList<T>(
  object: JsonObject,
  field: string,
  what: string,
  decodeItem: (item: unknown, itemWhat: string) => T,
): T[] {
  const value = object[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType(what, field, 'a list');
  return value.map((item: unknown, index) => decodeItem(item, `${what}.${field}[${index}]`));
}
