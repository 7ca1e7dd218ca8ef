import type { Host } from '../../lib/host';

import type { RiskIssueRef } from './risk';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

/** Finds an issue by key through Jira (as the current user), for linking it to a risk. */
export async function lookUpIssue(host: Pick<Host, 'request'>, typedKey: string): Promise<RiskIssueRef> {
  const key = typedKey.trim().toUpperCase();
  if (!ISSUE_KEY.test(key)) throw new Error(`"${typedKey.trim()}" is not an issue key such as WEB-12.`);
  const response = await host.request({ url: `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,status` });
  if (response.status === 404) throw new Error(`${key} does not exist or you may not see it.`);
  if (response.status !== 200) throw new Error(`Jira answered ${response.status} for ${key}.`);
  const json = JSON.parse(response.body) as {
    id?: unknown;
    key?: unknown;
    fields?: { summary?: unknown; status?: { statusCategory?: { key?: unknown } } };
  };
  if (typeof json.id !== 'string' && typeof json.id !== 'number') throw new Error(`Jira sent no id for ${key}.`);
  const category = json.fields?.status?.statusCategory?.key;
  return {
    id: String(json.id),
    key: typeof json.key === 'string' ? json.key : key,
    summary: typeof json.fields?.summary === 'string' ? json.fields.summary : null,
    statusCategory: typeof category === 'string' ? category : null,
  };
}
