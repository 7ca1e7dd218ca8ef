import { ProblemError } from '../../lib/problem-error';

import { LEVELS, type Level } from './risk';
import type { RiskMatrix, RiskMatrixInput } from './risk-matrix';

export interface MatrixDraft {
  mediumFrom: string;
  highFrom: string;
  criticalFrom: string;
  /** One category per line. */
  categories: string;
}

export type MatrixField = keyof MatrixDraft;

export function matrixDraftOf(matrix: RiskMatrix): MatrixDraft {
  return {
    mediumFrom: String(matrix.mediumFrom),
    highFrom: String(matrix.highFrom),
    criticalFrom: String(matrix.criticalFrom),
    categories: matrix.categories.join('\n'),
  };
}

export function toMatrixInput(draft: MatrixDraft): RiskMatrixInput {
  return {
    mediumFrom: Number(draft.mediumFrom.trim()),
    highFrom: Number(draft.highFrom.trim()),
    criticalFrom: Number(draft.criticalFrom.trim()),
    categories: draft.categories
      .split('\n')
      .map((category) => category.trim())
      .filter((category) => category !== ''),
  };
}

/** The score range of each level, or null when the thresholds do not make one (the server says why). */
export function levelRanges(input: RiskMatrixInput): { level: Level; from: number; to: number }[] | null {
  const starts = [1, input.mediumFrom, input.highFrom, input.criticalFrom];
  if (starts.some((start) => !Number.isInteger(start))) return null;
  const ranges = LEVELS.map((level, index) => ({
    level,
    from: starts[index] ?? 1,
    to: index === LEVELS.length - 1 ? 25 : (starts[index + 1] ?? 26) - 1,
  }));
  return ranges.every((range) => range.from <= range.to && range.from >= 1 && range.to <= 25) ? ranges : null;
}

export interface MatrixFailure {
  fields: Partial<Record<MatrixField, string[]>>;
  other: unknown;
}

/** `categories[3]` and the thresholds go beside their inputs; the rest (403, 412, …) above the buttons. */
export function describeMatrixFailure(error: unknown): MatrixFailure {
  if (!(error instanceof ProblemError) || error.errors.length === 0) return { fields: {}, other: error };
  const fields: MatrixFailure['fields'] = {};
  const rest = error.errors.filter((fieldError) => {
    const name = fieldError.field.replace(/\[\d+\]$/, '');
    if (name !== 'mediumFrom' && name !== 'highFrom' && name !== 'criticalFrom' && name !== 'categories') return true;
    (fields[name] ??= []).push(fieldError.message);
    return false;
  });
  return { fields, other: rest.length === 0 ? null : error };
}
