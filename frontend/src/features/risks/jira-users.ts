import { useEffect, useState } from 'react';

import type { Host } from '../../lib/host';
import { useHost } from '../../lib/host-context';

/** A Jira user as the user search returns it; only what a picker shows. */
export interface JiraUser {
  accountId: string;
  displayName: string;
  avatarUrl: string | null;
}

function decodeUsers(body: string): JiraUser[] {
  const json: unknown = JSON.parse(body);
  const list: unknown[] = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { values?: unknown }).values)
      ? (json as { values: unknown[] }).values
      : [];
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const user = item as Record<string, unknown>;
    if (typeof user.accountId !== 'string') return [];
    const avatars = user.avatarUrls as Record<string, unknown> | undefined;
    const avatar = avatars?.['24x24'];
    return [
      {
        accountId: user.accountId,
        displayName: typeof user.displayName === 'string' ? user.displayName : user.accountId,
        avatarUrl: typeof avatar === 'string' ? avatar : null,
      },
    ];
  });
}

/** Jira's user search, called by the host as the current user (what Jira's own pickers do). */
export async function searchUsers(host: Pick<Host, 'request'>, query: string): Promise<JiraUser[]> {
  if (query.trim() === '') return [];
  const response = await host.request({
    url: `/rest/api/3/user/search?query=${encodeURIComponent(query.trim())}&maxResults=20`,
  });
  if (response.status !== 200) throw new Error(`Jira's user search answered ${response.status}.`);
  return decodeUsers(response.body);
}

/** Display names for account ids, in one bulk call (Jira pages it at 10 by default, so ask for more). */
export async function fetchUsers(host: Pick<Host, 'request'>, accountIds: readonly string[]): Promise<JiraUser[]> {
  const ids = [...new Set(accountIds)].slice(0, 100);
  if (ids.length === 0) return [];
  const query = ids.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
  const response = await host.request({ url: `/rest/api/3/user/bulk?maxResults=100&${query}` });
  if (response.status !== 200) return [];
  return decodeUsers(response.body);
}

/** accountId → display name for the ids given; unknown ids are left out (shown as the id). */
export function useUserNames(accountIds: readonly string[]): ReadonlyMap<string, string> {
  const host = useHost();
  const key = [...new Set(accountIds)].sort().join(',');
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (key === '') return undefined;
    let active = true;
    fetchUsers(host, key.split(',')).then(
      (users) => {
        if (active) setNames(new Map(users.map((user) => [user.accountId, user.displayName])));
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [host, key]);
  return names;
}
