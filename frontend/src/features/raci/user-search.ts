import type { Host } from '../../lib/host';
import { ProblemError, problemFromBody } from '../../lib/problem-error';

import type { RaciPerson } from './raci';

/** At most this many suggestions per keystroke; a picker list longer than that is not read. */
const MAX_RESULTS = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function avatarOf(user: Record<string, unknown>): string | null {
  const urls = user.avatarUrls;
  if (!isRecord(urls)) return null;
  const url = urls['48x48'] ?? urls['32x32'] ?? urls['24x24'];
  return typeof url === 'string' ? url : null;
}

/** Jira's UserDetails list → people who can hold a role (active humans, not apps). */
export function decodeUserSearch(json: unknown): RaciPerson[] {
  if (!Array.isArray(json)) throw new Error('Expected Jira to answer a list of users.');
  return json.flatMap((user: unknown) => {
    if (!isRecord(user) || typeof user.accountId !== 'string') return [];
    if (user.accountType !== undefined && user.accountType !== 'atlassian') return [];
    if (user.active === false) return [];
    const displayName = typeof user.displayName === 'string' ? user.displayName : user.accountId;
    return [{ accountId: user.accountId, displayName, avatarUrl: avatarOf(user), active: true }];
  });
}

/**
 * Searches Jira's users as the current user (AP.request), so the picker offers exactly the
 * people this user may see in Jira's own pickers.
 */
export async function searchUsers(host: Pick<Host, 'request'>, query: string): Promise<RaciPerson[]> {
  const text = query.trim();
  if (text === '') return [];
  const response = await host.request({
    url: `/rest/api/3/user/search?query=${encodeURIComponent(text)}&maxResults=${MAX_RESULTS}`,
  });
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  if (response.status < 200 || response.status >= 300) {
    const messages = isRecord(json) && Array.isArray(json.errorMessages) ? json.errorMessages : [];
    const detail = messages.find((m): m is string => typeof m === 'string');
    throw problemFromBody(
      { title: 'Jira did not search users', detail, code: 'JIRA_USER_SEARCH' },
      response.status,
    );
  }
  try {
    return decodeUserSearch(json);
  } catch (cause) {
    throw new ProblemError(
      { title: 'Jira did not search users', status: response.status, code: 'JIRA_USER_SEARCH' },
      { cause },
    );
  }
}
