import { describe, expect, it } from 'vitest';

import { countNew, newestCreated } from './notifications';
import type { Notification } from './types';

const n = (id: number, created: string): Notification =>
  ({ id, created, issueKey: null, subject: 's', textBody: '', htmlBody: null, recipients: [] });

describe('notification badge', () => {
  const list = [n(2, '2025-01-02T10:00:00Z'), n(1, '2025-01-01T10:00:00Z')];
  it('counts what came after the newest one seen', () => {
    expect(countNew(list, null)).toBe(2);
    expect(countNew(list, '2025-01-01T10:00:00Z')).toBe(1);
    expect(countNew(list, newestCreated(list))).toBe(0);
  });
});
