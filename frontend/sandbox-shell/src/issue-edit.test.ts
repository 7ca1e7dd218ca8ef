import { describe, expect, it } from 'vitest';

import { buildPatch, formatEstimate, InvalidInput, parseEstimate } from './issue-edit';
import type { Issue } from './types';

const issue: Issue = {
  id: '10042', key: 'PAY-3', summary: 'Card vault', projectKey: 'PAY', projectId: '10001', type: 'Story', typeId: '10002',
  hierarchyLevel: 0, statusId: '1', status: 'To Do', statusCategory: 'new', parentKey: 'PAY-1', assignee: 'u1',
  storyPoints: 5, originalEstimate: 28800, remainingEstimate: null, timeSpent: null, startDate: null, dueDate: '2025-03-01',
  labels: [], flagged: false, updated: null, blocks: [], blockedBy: [], children: [],
};

describe('issue edits become PATCH bodies', () => {
  it.each([
    ['statusId', '3', { statusId: '3' }],
    ['parentKey', ' pay-2 ', { parentKey: 'PAY-2' }],
    ['storyPoints', '8', { storyPoints: 8 }],
    ['originalEstimate', '1d 4h', { originalEstimate: 43200 }],
    ['dueDate', '2025-04-15', { dueDate: '2025-04-15' }],
    ['assignee', 'u2', { assignee: 'u2' }],
    ['flagged', true, { flagged: true }],
  ] as const)('%s', (field, input, expected) => {
    expect(buildPatch('me', issue, field, input)).toEqual({ actor: 'me', ...expected });
  });

  it.each(['parentKey', 'storyPoints', 'originalEstimate', 'dueDate', 'assignee'] as const)('blank %s clears it with null', (field) => {
    expect(buildPatch('me', issue, field, '  ')).toEqual({ actor: 'me', [field]: null });
  });

  it('sends nothing when the value is unchanged', () => {
    expect(buildPatch('me', issue, 'dueDate', '2025-03-01')).toBeNull();
    expect(buildPatch('me', issue, 'storyPoints', '5')).toBeNull();
    expect(buildPatch('me', issue, 'parentKey', 'pay-1')).toBeNull();
    expect(buildPatch('me', { ...issue, dueDate: null }, 'dueDate', '')).toBeNull();
  });

  it.each([
    ['storyPoints', 'lots'], ['dueDate', '15/04/2025'], ['parentKey', 'not a key'], ['originalEstimate', '2 days'],
  ] as const)('rejects %s %s before calling the sandbox', (field, input) => {
    expect(() => buildPatch('me', issue, field, input)).toThrow(InvalidInput);
  });

  it('reads and writes estimates the way Jira does (1w = 5d, 1d = 8h)', () => {
    expect(parseEstimate('1w 2d 3h 30m')).toBe((5 * 8 + 2 * 8 + 3) * 3600 + 1800);
    expect(parseEstimate('1.5')).toBe(5400);
    expect(formatEstimate(43200)).toBe('1d 4h');
    expect(formatEstimate(null)).toBe('');
  });
});
