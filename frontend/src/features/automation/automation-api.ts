import type { ApiClient } from '../../lib/api-client';
import { queryString } from '../risks/risk-filter';

import {
  decodeInboundSecret,
  decodeInboundStatus,
  decodeRule,
  decodeRules,
  decodeRunPage,
  type AutomationRule,
  type InboundStatus,
  type Outcome,
  type ParamValue,
  type RunPage,
} from './automation';

export const RUNS_PAGE_SIZE = 25;

/** What PUT /api/automation/rules/{key} takes. */
export interface RuleBody {
  enabled: boolean;
  dryRun: boolean;
  params: Record<string, ParamValue>;
}

/** The run log's filters as the admin set them; empty strings mean "any". */
export interface RunFilter {
  ruleKey: string;
  outcome: Outcome | '';
  issueKey: string;
}

export const EMPTY_RUN_FILTER: RunFilter = { ruleKey: '', outcome: '', issueKey: '' };

const rulePath = (key: string) => `/api/automation/rules/${encodeURIComponent(key)}`;

export function fetchRules(api: ApiClient): Promise<AutomationRule[]> {
  return api.get('/api/automation/rules', decodeRules);
}

/** Guarded by the version the form was loaded at: a 412 means someone else saved in between. */
export function saveRule(api: ApiClient, rule: Pick<AutomationRule, 'key' | 'version'>, body: RuleBody): Promise<AutomationRule> {
  return api.request({
    method: 'PUT',
    path: rulePath(rule.key),
    body,
    headers: { 'If-Match': `"${rule.version}"` },
    decode: (json) => decodeRule(json),
  });
}

/** `?ruleKey=&outcome=&issueKey=&cursor=&limit=`, leaving out what is not set; issue keys are upper-cased. */
export function runsQuery(filter: RunFilter, cursor: string | null, limit = RUNS_PAGE_SIZE): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value.trim() !== '') params.set(name, value.trim());
  };
  set('ruleKey', filter.ruleKey);
  set('outcome', filter.outcome);
  set('issueKey', filter.issueKey.toUpperCase());
  if (cursor !== null) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return queryString(params);
}

export function fetchRunPage(api: ApiClient, filter: RunFilter, cursor: string | null, limit = RUNS_PAGE_SIZE): Promise<RunPage> {
  return api.get(`/api/automation/runs${runsQuery(filter, cursor, limit)}`, decodeRunPage);
}

export function fetchInboundStatus(api: ApiClient): Promise<InboundStatus> {
  return api.get('/api/automation/inbound', decodeInboundStatus);
}

/** A new secret; the old one stops working. The server never shows it again. */
export function rotateInboundSecret(api: ApiClient): Promise<string> {
  return api.post('/api/automation/inbound/secret', undefined, decodeInboundSecret);
}

/** The URL Jira Automation's "Send web request" calls for `ruleKey` (`risk` or `raci`). */
export function inboundUrl(appBaseUrl: string, ruleKey: string): string {
  return `${appBaseUrl.replace(/\/+$/, '')}/api/automation/inbound/${encodeURIComponent(ruleKey)}`;
}
