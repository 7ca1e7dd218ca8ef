/**
 * RFC 9457 problem details as Keystone's API sends them
 * (`application/problem+json`), turned into a throwable, typed error.
 */

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: readonly FieldError[];
}

/** The error body was not a problem document (HTML error page, plain text, …). */
export const GENERIC_ERROR_CODE = 'http_error';
/** No HTTP response at all (offline, DNS, CORS, aborted). */
export const NETWORK_ERROR_CODE = 'network_error';
/** A successful response whose body was not the JSON we expected. */
export const INVALID_RESPONSE_CODE = 'invalid_response';

export class ProblemError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly code: string;
  readonly errors: readonly FieldError[];

  constructor(problem: ProblemDetails, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ProblemError';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (!isRecord(item)) {
      return [];
    }
    const message = optionalString(item.message);
    if (message === undefined) {
      return [];
    }
    return [{ field: optionalString(item.field) ?? '', message }];
  });
}

export function genericProblem(status: number, statusText = ''): ProblemError {
  return new ProblemError({
    title: statusText.trim() !== '' ? statusText : 'Request failed',
    status,
    detail: `The server responded with status ${status}.`,
    code: GENERIC_ERROR_CODE,
  });
}

/**
 * Reads a parsed error body. `status` is the HTTP status of the response, which wins over
 * the advisory `status` member of the document.
 */
export function problemFromBody(body: unknown, status: number, statusText = ''): ProblemError {
  if (!isRecord(body)) {
    return genericProblem(status, statusText);
  }
  const generic = genericProblem(status, statusText);
  const type = optionalString(body.type);
  const detail = optionalString(body.detail) ?? generic.detail;
  return new ProblemError({
    ...(type === undefined ? {} : { type }),
    title: optionalString(body.title) ?? generic.title,
    status,
    ...(detail === undefined ? {} : { detail }),
    code: optionalString(body.code) ?? GENERIC_ERROR_CODE,
    errors: parseFieldErrors(body.errors),
  });
}
