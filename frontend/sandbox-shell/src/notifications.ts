import type { Notification } from './types';

const SEEN_KEY = 'sandbox-notifications-seen';

/** Notifications created after the newest one the user saw on the Sandbox page. */
export function countNew(list: Notification[], lastSeen: string | null): number {
  return list.filter((n) => lastSeen === null || n.created > lastSeen).length;
}

export function newestCreated(list: Notification[]): string | null {
  return list.reduce<string | null>((max, n) => (max === null || n.created > max ? n.created : max), null);
}

export function lastSeen(): string | null {
  return localStorage.getItem(SEEN_KEY);
}

export function markSeen(created: string | null): void {
  if (created) localStorage.setItem(SEEN_KEY, created);
}
