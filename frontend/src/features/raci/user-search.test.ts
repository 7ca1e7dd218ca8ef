import { describe, expect, it } from 'vitest';

import { createFakeHost } from '../../test/fake-host';
import { ProblemError } from '../../lib/problem-error';

import { searchUsers } from './user-search';

const jiraUser = (accountId: string, displayName: string, extra: Record<string, unknown> = {}) => ({
  accountId,
  displayName,
  active: true,
  accountType: 'atlassian',
  avatarUrls: { '48x48': `https://a/${accountId}/48`, '24x24': `https://a/${accountId}/24` },
  ...extra,
});

describe('searchUsers', () => {
  it('asks Jira as the current user and offers active people, not apps', async () => {
    const host = createFakeHost();
    host.request.mockResolvedValue({
      status: 200,
      body: JSON.stringify([
        jiraUser('712020:k', 'Kwame Mensah'),
        jiraUser('557058:bot', 'Keystone', { accountType: 'app' }),
        jiraUser('712020:old', 'Kim Former', { active: false }),
      ]),
    });
    const people = await searchUsers(host, ' Kwa me ');
    expect(host.request).toHaveBeenCalledWith({
      url: '/rest/api/3/user/search?query=Kwa%20me&maxResults=20',
    });
    expect(people).toEqual([
      { accountId: '712020:k', displayName: 'Kwame Mensah', avatarUrl: 'https://a/712020:k/48', active: true },
    ]);
  });

  it('does not call Jira for an empty query', async () => {
    const host = createFakeHost();
    expect(await searchUsers(host, '  ')).toEqual([]);
    expect(host.request).not.toHaveBeenCalled();
  });

  it("turns Jira's refusal into a problem with Jira's message", async () => {
    const host = createFakeHost();
    host.request.mockResolvedValue({
      status: 403,
      body: JSON.stringify({ errorMessages: ['You do not have the permission to browse users.'] }),
    });
    const error: unknown = await searchUsers(host, 'k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ status: 403, detail: 'You do not have the permission to browse users.' });
  });
});
