import { asObject, readList, readNumber } from '../sync/json-fields';

/** GET|PUT /api/settings/risk-matrix: level thresholds on the score (1..25) and the site's categories. */
export interface RiskMatrix {
  mediumFrom: number;
  highFrom: number;
  criticalFrom: number;
  categories: string[];
  version: number;
}

export type RiskMatrixInput = Omit<RiskMatrix, 'version'>;

export const DEFAULT_MATRIX: RiskMatrix = {
  mediumFrom: 5,
  highFrom: 10,
  criticalFrom: 15,
  categories: ['technical', 'schedule', 'resource', 'security', 'compliance', 'vendor', 'cost'],
  version: 0,
};

export function decodeRiskMatrix(json: unknown): RiskMatrix {
  const what = 'risk matrix';
  const o = asObject(json, what);
  return {
    mediumFrom: readNumber(o, 'mediumFrom', what),
    highFrom: readNumber(o, 'highFrom', what),
    criticalFrom: readNumber(o, 'criticalFrom', what),
    categories: readList(o, 'categories', what, (item, at) => {
      if (typeof item !== 'string') throw new Error(`Expected ${at} to be a string.`);
      return item;
    }),
    version: o.version === undefined ? 0 : readNumber(o, 'version', what),
  };
}
