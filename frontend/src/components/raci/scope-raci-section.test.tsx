import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse, problemResponse } from '../../test/fake-host';
import { KWAME, LENA, PEOPLE, PRIYA, issueScope, routeRaciFetch, sentJson, sourced, storyRaci } from '../../test/raci-fixtures';
import { renderWithHost } from '../../test/render-with-host';

import { ScopeRaciSection } from './scope-raci-section';

const URL = '/api/raci/issue/10042';

function renderSection(routes: Record<string, () => Response>) {
  const rendered = renderWithHost(<ScopeRaciSection scopeType="issue" scopeId="10042" />, []);
  routeRaciFetch(rendered.fetch, routes);
  return rendered;
}

const role = (letter: string) => screen.getByTestId(`raci-role-${letter}`);

describe('ScopeRaciSection', () => {
  it('shows who holds each role, with a badge naming where inherited ones come from', async () => {
    renderSection({ [`GET ${URL}`]: () => jsonResponse(storyRaci()) });

    await screen.findByTestId('raci-effective');
    expect(role('A')).toHaveTextContent('Kwame Mensah');
    expect(within(role('A')).getByRole('img', { name: 'Kwame Mensah' })).toBeInTheDocument();
    expect(within(role('A')).getByTestId('raci-inherited')).toHaveTextContent('from EPIC-1');
    expect(within(role('I')).getByTestId('raci-inherited')).toHaveTextContent('from program Checkout 2.0');
    // The story's own Responsible has no badge.
    expect(role('R')).toHaveTextContent('Lena Novak');
    expect(within(role('R')).queryByTestId('raci-inherited')).toBeNull();
    expect(within(role('C')).getByText('Nobody')).toBeInTheDocument();
  });

  it('lists the gaps, errors before notes, and marks a deactivated Accountable', async () => {
    const raci = storyRaci({
      gaps: [
        { code: 'RESPONSIBLE_NOT_ASSIGNEE', severity: 'info', message: 'Assignee is not Responsible', accountIds: [] },
        { code: 'INACTIVE_ACCOUNTABLE', severity: 'error', message: 'The Accountable is deactivated', accountIds: [KWAME] },
      ],
    });
    raci.effective.A = [
      { ...sourced(KWAME, 'A', issueScope('10001', 'EPIC-1'), true), person: { ...PEOPLE[KWAME], active: false } },
    ];
    renderSection({ [`GET ${URL}`]: () => jsonResponse(raci) });

    const gaps = await screen.findByTestId('raci-gaps');
    const items = within(gaps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('GapThe Accountable is deactivated');
    expect(items[1]).toHaveTextContent('NoteAssignee is not Responsible');
    expect(within(role('A')).getByText('Deactivated')).toBeInTheDocument();
  });

  it('shows nothing for an issue Keystone has not mirrored yet', async () => {
    const { fetch, container } = renderSection({
      [`GET ${URL}`]: () => problemResponse({ title: 'Not found', code: 'RACI_ISSUE_NOT_FOUND' }, 404),
    });
    await waitFor(() => {
      expect(fetch).toHaveBeenCalled();
    });
    await waitFor(() => {
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('explains the broken rule when the server refuses a save, and keeps the editor open', async () => {
    const { fetch } = renderSection({
      [`GET ${URL}`]: () => jsonResponse(storyRaci()),
      [`PUT ${URL}`]: () =>
        problemResponse(
          {
            title: 'RACI rule broken',
            code: 'RACI_NO_RESPONSIBLE',
            errors: [{ field: 'assignments', message: 'RACI_NO_RESPONSIBLE: no Responsible after inheritance' }],
          },
          400,
        ),
    });
    fireEvent.click(await screen.findByTestId('raci-edit'));
    fireEvent.click(await screen.findByTestId('raci-save'));

    const violations = await screen.findByTestId('raci-violations');
    expect(violations).toHaveTextContent('At least one person must be Responsible');
    expect(screen.getByTestId('raci-editor')).toBeInTheDocument();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[1]?.headers).toMatchObject({ 'If-Match': '"2"' });
    expect(sentJson(put?.[1])).toEqual({ assignments: [{ accountId: LENA, role: 'R' }] });
  });

  it('adds an Accountable found through Jira as the current user and saves', async () => {
    const saved = storyRaci({ version: 3 });
    const { fetch, host } = renderSection({
      [`GET ${URL}`]: () => jsonResponse(storyRaci()),
      [`PUT ${URL}`]: () => jsonResponse(saved),
    });
    host.request.mockResolvedValue({
      status: 200,
      body: JSON.stringify([
        { accountId: PRIYA, displayName: 'Priya Raman', active: true, accountType: 'atlassian', avatarUrls: {} },
      ]),
    });
    fireEvent.click(await screen.findByTestId('raci-edit'));
    const picker = await screen.findByLabelText('Accountable');
    fireEvent.change(picker, { target: { value: 'Pri' } });
    fireEvent.click(await screen.findByRole('option', { name: /Priya Raman/ }));
    fireEvent.click(screen.getByTestId('raci-save'));

    await waitFor(() => {
      expect(host.flag).toHaveBeenCalledWith({ title: 'RACI saved', type: 'success' });
    });
    expect(host.request).toHaveBeenCalledWith({ url: '/rest/api/3/user/search?query=Pri&maxResults=20' });
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(sentJson(put?.[1])).toEqual({
      assignments: [
        { accountId: LENA, role: 'R' },
        { accountId: PRIYA, role: 'A' },
      ],
    });
    await waitFor(() => {
      expect(screen.queryByTestId('raci-editor')).toBeNull();
    });
  });
});
