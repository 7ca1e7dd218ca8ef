import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { FrameRegistry } from '../frames';
import { type Shell, ShellContext } from '../shell-context';
import type { Issue, Site } from '../types';

import { IssuePage } from './issue-page';

const issue: Issue = {
  id: '10042', key: 'PAY-3', summary: 'Card vault', projectKey: 'PAY', projectId: '10001', type: 'Story', typeId: '10002',
  hierarchyLevel: 0, statusId: '1', status: 'To Do', statusCategory: 'new', parentKey: 'PAY-1', assignee: null,
  storyPoints: 5, originalEstimate: null, remainingEstimate: null, timeSpent: null, startDate: null, dueDate: '2025-03-01',
  labels: [], flagged: false, updated: '2025-01-01T00:00:00Z', blocks: [{ linkId: '77', key: 'WEB-2', summary: 'Checkout' }],
  blockedBy: [], children: [],
};

const site: Site = {
  installed: true, modules: {}, projects: [{ id: '10001', key: 'PAY', name: 'Payments' }],
  users: [{ accountId: 'u1', displayName: 'Ada' }], issues: [],
};

function json(body: unknown, status = 200) {
  return Promise.resolve(new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

function renderPage() {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn((url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body });
    if (method === 'PATCH') return json({ ...issue, ...(body as object), updated: '2025-01-02T00:00:00Z' });
    if (method === 'DELETE') return json(undefined, 204);
    if (url.startsWith('/sandbox/api/issues/')) return json(issue);
    if (url === '/sandbox/api/statuses') return json([{ id: '1', name: 'To Do', category: 'new' }, { id: '3', name: 'In Progress', category: 'indeterminate' }]);
    if (url.startsWith('/sandbox/api/frame')) return json({ url: '/views/issue-panel?jwt=x' });
    return json({ error: 'unexpected' }, 404);
  }));
  const shell: Shell = {
    site, user: 'u1', setUser: vi.fn(), theme: 'light', toggleTheme: vi.fn(), frames: new FrameRegistry(),
    flag: vi.fn(() => 1), reloadSite: vi.fn(), issueChanged: vi.fn(),
  };
  render(<ShellContext.Provider value={shell}><IssuePage issueKey="PAY-3" /></ShellContext.Provider>);
  const patches = () => calls.filter((c) => c.method !== 'GET');
  return { shell, patches };
}

async function edit(testId: string, value: string) {
  const field = await screen.findByTestId(testId);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('issue view edits', () => {
  it('clears the due date with null and shows what the sandbox saved', async () => {
    const { patches, shell } = renderPage();
    await waitFor(() => { expect(screen.getByTestId('field-dueDate')).toHaveValue('2025-03-01'); });
    await edit('field-dueDate', '');
    await waitFor(() => { expect(patches()).toEqual([{ method: 'PATCH', url: '/sandbox/api/issues/PAY-3', body: { actor: 'u1', dueDate: null } }]); });
    await waitFor(() => { expect(screen.getByTestId('issue-updated')).toHaveTextContent('2025-01-02'); });
    expect(screen.getByTestId('field-dueDate')).toHaveValue('');
    expect(shell.issueChanged).toHaveBeenCalledWith('PAY-3');
  });

  it('sends story points as a number, a blank parent as null, and nothing for an unchanged value', async () => {
    const { patches } = renderPage();
    await waitFor(() => { expect(screen.getByTestId('field-storyPoints')).toHaveValue(5); });
    await edit('field-storyPoints', '8');
    await waitFor(() => { expect(patches()).toHaveLength(1); });
    await edit('field-parentKey', '');
    await waitFor(() => { expect(patches()).toHaveLength(2); });
    await edit('field-originalEstimate', '');
    expect(patches().map((c) => c.body)).toEqual([{ actor: 'u1', storyPoints: 8 }, { actor: 'u1', parentKey: null }]);
  });

  it('refuses a malformed parent key without calling the sandbox', async () => {
    const { patches, shell } = renderPage();
    await edit('field-parentKey', 'not a key');
    await waitFor(() => { expect(shell.flag).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' })); });
    expect(patches()).toEqual([]);
    // The refused draft is dropped: the field shows the stored parent again.
    await waitFor(() => { expect(screen.getByTestId('field-parentKey')).toHaveValue('PAY-1'); });
  });

  it('removes a blocks link by its id', async () => {
    const { patches } = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => { expect(patches()).toEqual([{ method: 'DELETE', url: '/sandbox/api/links/77', body: undefined }]); });
  });
});
