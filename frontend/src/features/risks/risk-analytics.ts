import {
  asObject,
  readBoolean,
  readList,
  readNumber,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../sync/json-fields';

import { LEVELS, type Level } from './risk';

/** Which scores place a risk on the heat map. */
export type HeatMapKind = 'inherent' | 'residual';

/** `inherent[p-1][i-1]`: open risks with probability p and impact i (docs/risks.md). */
export interface HeatMap {
  inherent: number[][];
  residual: number[][];
  levels: Level[][];
  notAssessed: number;
}

function grid<T>(value: unknown, what: string, cell: (item: unknown, at: string) => T): T[][] {
  if (!Array.isArray(value) || value.length !== 5) throw new Error(`Expected ${what} to be 5 rows.`);
  return value.map((row: unknown, p) => {
    if (!Array.isArray(row) || row.length !== 5) throw new Error(`Expected ${what}[${p}] to be 5 cells.`);
    return row.map((item: unknown, i) => cell(item, `${what}[${p}][${i}]`));
  });
}

const count = (item: unknown, at: string): number => {
  if (typeof item !== 'number' || !Number.isInteger(item) || item < 0) throw new Error(`Expected ${at} to be a count.`);
  return item;
};
const level = (item: unknown, at: string): Level => {
  if (typeof item !== 'string' || !(LEVELS as readonly string[]).includes(item)) {
    throw new Error(`Expected ${at} to be a level.`);
  }
  return item as Level;
};

export function decodeHeatMap(json: unknown): HeatMap {
  const what = 'heat map';
  const o = asObject(json, what);
  return {
    inherent: grid(o.inherent, `${what}.inherent`, count),
    residual: grid(o.residual, `${what}.residual`, count),
    levels: grid(o.levels, `${what}.levels`, level),
    notAssessed: o.notAssessed === undefined ? 0 : readNumber(o, 'notAssessed', what),
  };
}

/** The register's open exposure at the end of one day. */
export interface ExposureDay {
  date: string;
  openCount: number;
  exposure: number;
  inherentScore: number;
}

export function decodeExposureTrend(json: unknown): ExposureDay[] {
  const what = 'exposure trend';
  return readList(asObject(json, what), 'items', what, (item, at) => {
    const o = asObject(item, at);
    return {
      date: readString(o, 'date', at),
      openCount: readNumber(o, 'openCount', at),
      exposure: readNumber(o, 'exposure', at),
      inherentScore: readNumber(o, 'inherentScore', at),
    };
  });
}

/** One risk's scores after each change that touched it. */
export interface ScorePoint {
  at: string;
  score: number;
  residualScore: number | null;
  exposure: number;
  open: boolean;
}

export function decodeScoreTrend(json: unknown): ScorePoint[] {
  const what = 'risk trend';
  return readList(asObject(json, what), 'items', what, (item, at) => {
    const o = asObject(item, at);
    return {
      at: readString(o, 'at', at),
      score: readNumber(o, 'score', at),
      residualScore: readOptionalNumber(o, 'residualScore', at),
      exposure: readNumber(o, 'exposure', at),
      open: o.open === undefined ? true : readBoolean(o, 'open', at),
    };
  });
}

export interface HistoryEntry {
  at: string;
  accountId: string | null;
  field: string;
  from: string | null;
  to: string | null;
}

export function decodeHistory(json: unknown): HistoryEntry[] {
  const what = 'risk history';
  return readList(asObject(json, what), 'items', what, (item, at) => {
    const o = asObject(item, at);
    const text = (field: string) => {
      const value = o[field];
      // Scores come back as numbers in some entries; show them as written.
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : readOptionalString(o, field, at);
    };
    return {
      at: readString(o, 'at', at),
      accountId: readOptionalString(o, 'accountId', at),
      field: readString(o, 'field', at),
      from: text('from'),
      to: text('to'),
    };
  });
}

/** Level of a score on a matrix, as the backend computes it. */
export function levelOf(score: number, matrix: { mediumFrom: number; highFrom: number; criticalFrom: number }): Level {
  if (score >= matrix.criticalFrom) return 'CRITICAL';
  if (score >= matrix.highFrom) return 'HIGH';
  if (score >= matrix.mediumFrom) return 'MEDIUM';
  return 'LOW';
}
