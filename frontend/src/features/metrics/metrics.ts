import type { ApiClient } from '../../lib/api-client';
import { ignoreBody } from '../../lib/api-client';
import { formatAmount } from '../rollup/format';
import { pollEvery } from '../rollup/use-rollups';
import {
  asObject,
  readList,
  readNumber,
  readOneOf,
  readOptionalNumber,
  readOptionalString,
  readString,
  type JsonObject,
} from '../sync/json-fields';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';

export const DIRECTIONS = ['UP_IS_GOOD', 'DOWN_IS_GOOD'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const SOURCE_TYPES = ['JQL', 'MIRROR', 'MANUAL', 'CYCLE_TIME', 'THROUGHPUT'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const STATUSES = ['ON_TRACK', 'OFF_TRACK', 'NO_TARGET', 'NO_DATA'] as const;
export type MetricStatus = (typeof STATUSES)[number];

/** A metric's source as the API shows it; only the chosen type's parameters are set. */
export interface MetricSource {
  type: SourceType;
  jql?: string;
  aggregate?: 'COUNT' | 'ESTIMATE_SUM';
  filter?: {
    labels?: string[];
    issueTypes?: string[];
    statusCategories?: string[];
    overdue?: boolean;
    blocked?: boolean;
  };
  statistic?: 'MEDIAN' | 'P85';
  windowDays?: number;
}

export interface MetricSample {
  id: string;
  /** ISO instant. */
  at: string;
  value: number;
  comment: string | null;
}

export interface TrendPoint {
  at: string;
  value: number;
}

/** GET /api/programs/{id}/metrics item. */
export interface Metric {
  id: string;
  programId: string;
  name: string;
  unit: string | null;
  direction: Direction;
  targetValue: number | null;
  targetDate: string | null;
  source: MetricSource;
  current: MetricSample | null;
  first: MetricSample | null;
  status: MetricStatus;
  statusReason: string;
  trend: TrendPoint[];
  lastError: { message: string; at: string } | null;
  version: number;
}

/** Body of POST (and the fields of PATCH). */
export interface NewMetric {
  name: string;
  unit?: string | null;
  direction: Direction;
  targetValue?: number | null;
  targetDate?: string | null;
  source: MetricSource;
}

/** Metric values change when sampled (daily, or on demand); a minute is current enough. */
export const METRICS_POLL_MS = 60_000;

function decodeSample(json: unknown, what: string): MetricSample {
  const object = asObject(json, what);
  return {
    id: readString(object, 'id', what),
    at: readString(object, 'at', what),
    value: readNumber(object, 'value', what),
    comment: readOptionalString(object, 'comment', what),
  };
}

function optionalSample(object: JsonObject, field: string, what: string): MetricSample | null {
  const value = object[field];
  return value === undefined || value === null ? null : decodeSample(value, `${what}.${field}`);
}

function decodePoint(json: unknown, what: string): TrendPoint {
  const object = asObject(json, what);
  return { at: readString(object, 'at', what), value: readNumber(object, 'value', what) };
}

export function decodeMetric(json: unknown, what = 'metric'): Metric {
  const object = asObject(json, what);
  const source = asObject(object.source, `${what}.source`);
  const lastError = object.lastError === undefined || object.lastError === null ? null : asObject(object.lastError, what);
  return {
    id: readString(object, 'id', what),
    programId: readString(object, 'programId', what),
    name: readString(object, 'name', what),
    unit: readOptionalString(object, 'unit', what),
    direction: readOneOf(object, 'direction', what, DIRECTIONS),
    targetValue: readOptionalNumber(object, 'targetValue', what),
    targetDate: readOptionalString(object, 'targetDate', what),
    source: { ...(source as unknown as MetricSource), type: readOneOf(source, 'type', what, SOURCE_TYPES) },
    current: optionalSample(object, 'current', what),
    first: optionalSample(object, 'first', what),
    status: readOneOf(object, 'status', what, STATUSES),
    statusReason: readOptionalString(object, 'statusReason', what) ?? '',
    trend: readList(object, 'trend', what, decodePoint),
    lastError:
      lastError === null
        ? null
        : { message: readString(lastError, 'message', what), at: readString(lastError, 'at', what) },
    version: readNumber(object, 'version', what),
  };
}

function decodeMetricList(json: unknown): Metric[] {
  return readList(asObject(json, 'metrics'), 'items', 'metrics', (item, what) => decodeMetric(item, what));
}

function decodeSamples(json: unknown): MetricSample[] {
  return readList(asObject(json, 'samples'), 'items', 'samples', decodeSample);
}

const base = (programId: string) => `/api/programs/${encodeURIComponent(programId)}/metrics`;
const one = (programId: string, metricId: string) => `${base(programId)}/${encodeURIComponent(metricId)}`;

export function fetchMetrics(api: ApiClient, programId: string): Promise<Metric[]> {
  return api.get(base(programId), decodeMetricList);
}

export function createMetric(api: ApiClient, programId: string, body: NewMetric): Promise<Metric> {
  return api.post(base(programId), body, decodeMetric);
}

export function updateMetric(api: ApiClient, programId: string, metricId: string, body: NewMetric): Promise<Metric> {
  return api.patch(one(programId, metricId), body, decodeMetric);
}

export function deleteMetric(api: ApiClient, programId: string, metricId: string): Promise<undefined> {
  return api.delete(one(programId, metricId), ignoreBody);
}

/** Samples the metric from its source now (`POST .../samples:run`). */
export function runMetric(api: ApiClient, programId: string, metricId: string): Promise<Metric> {
  return api.post(`${one(programId, metricId)}/samples:run`, undefined, decodeMetric);
}

export function addMetricValue(
  api: ApiClient,
  programId: string,
  metricId: string,
  value: { date: string; value: number; comment?: string },
): Promise<MetricSample> {
  return api.post(`${one(programId, metricId)}/samples`, value, (json) => decodeSample(json, 'sample'));
}

/** Up to 1000 values, oldest first: the detail chart's series. */
export function fetchSamples(api: ApiClient, programId: string, metricId: string): Promise<MetricSample[]> {
  return api.get(`${one(programId, metricId)}/samples?limit=1000`, decodeSamples);
}

const metricsResource: PolledResource<Metric[]> = {
  load: fetchMetrics,
  nextDelay: pollEvery(METRICS_POLL_MS),
};

export function useProgramMetrics(programId: string): PolledResult<Metric[]> {
  return usePolledResource(programId, metricsResource);
}

/** "42 findings", or "42" without a unit. */
export function withUnit(value: number, unit: string | null): string {
  return unit === null ? formatAmount(value) : `${formatAmount(value)} ${unit}`;
}
