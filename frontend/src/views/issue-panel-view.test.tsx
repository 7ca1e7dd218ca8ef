import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { MIRROR_POLL_MS } from '../features/mirror/use-issue-mirror';
import { ROLLUP_POLL_MS } from '../features/rollup/use-rollups';
import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { IssuePanelView } from './issue-panel-view';

const SESSION = {
  siteUrl: 'https://acme.atlassian.net',
  accountId: '557058:f00',
  clientKey: 'client-key-1',
};

const MIRROR_URL = '/api/issues/10001/mirror';
const ROLLUP_URL = '/api/issues/10001/rollup';

const ref = (id: string, key: string, status: string, statusCategory: string) => ({
  id,
  key,
  summary: `${key} summary`,
  status,
  statusCategory,
});

const MIRROR = {
  id: '10001',
  key: 'KEY-1',
  summary: 'Ship the thing',
  projectKey: 'KEY',
  issueType: 'Story',
  hierarchyLevel: 0,
  status: 'In Progress',
  statusCategory: 'indeterminate',
  storyPoints: 5,
  dueDate: '2030-06-01',
  flagged: false,
  parent: ref('10000', 'KEY-0', 'To Do', 'new'),
  children: [ref('10002', 'KEY-2', 'Done', 'done'), ref('10003', 'KEY-3', 'To Do', 'new')],
  blockedBy: [ref('10004', 'OPS-7', 'In Review', 'indeterminate')],
  blocks: [ref('10005', 'KEY-9', 'To Do', 'new')],
  jiraUpdated: '2030-05-01T10:00:00Z',
  mirroredAt: '2030-05-01T10:00:01Z',
};

type Reply = () => Response;

const NOT_MIRRORED: Reply = () =>
  problemResponse({ title: 'Issue not mirrored', code: 'ISSUE_NOT_MIRRORED' }, 404);

/**
 * Answers by URL rather than call order: the session, the mirror and the rollup load
 * concurrently, and the mirror and rollup are asked again on every poll. Their replies are used
 * in turn; the last one repeats. The rollup is "not mirrored" (so hidden) unless a test says so.
 */
function routeFetch(
  fetch: ReturnType<typeof renderWithHost>['fetch'],
  mirror: Reply[],
  session: Reply = () => jsonResponse(SESSION),
  rollup: Reply[] = [NOT_MIRRORED],
) {
  const served = new Map<string, number>();
  const next = (url: string, replies: Reply[]) => {
    const index = served.get(url) ?? 0;
    served.set(url, index + 1);
    return replies[Math.min(index, replies.length - 1)];
  };
  fetch.mockImplementation((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === '/api/session') return Promise.resolve(session());
    const reply =
      url === MIRROR_URL ? next(url, mirror) : url === ROLLUP_URL ? next(url, rollup) : undefined;
    if (reply !== undefined) return Promise.resolve(reply());
    return Promise.reject(new Error(`Unexpected fetch ${url}`));
  });
}

function renderPanel(mirror: Reply[], session?: Reply, rollup?: Reply[]) {
  const rendered = renderWithHost(<IssuePanelView />, []);
  // Requests start after the host hands out a token, i.e. after render returns.
  routeFetch(rendered.fetch, mirror, session, rollup);
  return rendered;
}

const mirrorCalls = (fetch: ReturnType<typeof renderWithHost>['fetch']) =>
  fetch.mock.calls.filter(([url]) => url === MIRROR_URL);

const rollupCalls = (fetch: ReturnType<typeof renderWithHost>['fetch']) =>
  fetch.mock.calls.filter(([url]) => url === ROLLUP_URL);

const ROLLUP = {
  issueId: '10001',
  asOf: '2030-05-01T10:00:02Z',
  issues: { total: 4, new: 1, indeterminate: 1, done: 2, byLevel: { '-1': 1, '0': 3 } },
  estimate: { total: 8, done: 3, unestimatedIssues: 1 },
  time: { originalSeconds: 0, remainingSeconds: 0, spentSeconds: 0 },
  // byEstimate and byTime left out, as the backend does when it cannot divide.
  percentComplete: { byCount: 50 },
  overdue: 1,
  blocked: 2,
  dates: {},
};

describe('IssuePanelView', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/issue-panel?issueKey=KEY-1&issueId=10001&projectKey=KEY');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the issue context, a spinner, then the connected site', async () => {
    const { fetch, host } = renderPanel([() => jsonResponse(MIRROR)]);

    expect(screen.getByRole('img', { name: 'Connecting to Keystone' })).toBeInTheDocument();
    expect(screen.getByText('KEY-1')).toBeInTheDocument();
    expect(screen.getByText('10001')).toBeInTheDocument();
    expect(screen.getByText('KEY')).toBeInTheDocument();

    expect(await screen.findByText('Connected to https://acme.atlassian.net')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Connecting to Keystone' })).not.toBeInTheDocument();

    const [url, init] = fetch.mock.calls.find(([input]) => input === '/api/session') ?? [];
    expect(url).toBe('/api/session');
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^JWT token-\d$/);
    expect(host.resize).toHaveBeenCalled();
  });

  it("renders Keystone's mirror of the issue", async () => {
    const { fetch, host } = renderPanel([() => jsonResponse(MIRROR)]);

    expect(await screen.findByRole('heading', { name: 'Keystone mirror' })).toBeInTheDocument();
    expect(screen.getByTestId('mirror-status')).toHaveTextContent(/^In Progress$/);
    expect(screen.getByText('1 of 2 children done')).toBeInTheDocument();
    const progress = screen.getByRole('progressbar', { name: 'Children done' });
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(progress).toHaveAttribute('aria-valuemax', '2');
    expect(screen.getByText('5')).toBeInTheDocument();
    expect(screen.getByText('2030-06-01')).toBeInTheDocument();
    expect(screen.getByText('KEY-0 KEY-0 summary')).toBeInTheDocument();

    const blockedBy = screen.getByRole('list', { name: 'Blocked by' });
    expect(within(blockedBy).getByText('OPS-7')).toBeInTheDocument();
    expect(within(blockedBy).getByText('In Review')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Blocks' })).getByText('KEY-9')).toBeInTheDocument();
    const freshness = screen.getByText(
      (_, element) => element?.tagName === 'P' && /^Mirrored .+ from Jira's update at .+$/.test(element.textContent),
    );
    expect(freshness.querySelector('time')).toHaveAttribute('datetime', '2030-05-01T10:00:01.000Z');

    const [, init] = mirrorCalls(fetch)[0] ?? [];
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^JWT token-\d$/);
    expect(host.resize).toHaveBeenCalled();
  });

  it('treats members the backend left out as null', async () => {
    const { storyPoints: _points, dueDate: _due, parent: _parent, ...sparse } = MIRROR;
    renderPanel([() => jsonResponse({ ...sparse, children: [], blockedBy: [], blocks: [] })]);

    expect(await screen.findByTestId('mirror-status')).toHaveTextContent('In Progress');
    expect(screen.getAllByText('none')).toHaveLength(4);
    expect(screen.queryByRole('list', { name: 'Blocked by' })).not.toBeInTheDocument();
  });

  it('says Keystone is still reading an issue that is not mirrored yet, then shows it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPanel([
      () =>
        problemResponse({ title: 'Issue not mirrored', code: 'ISSUE_NOT_MIRRORED' }, 404),
      () => jsonResponse(MIRROR),
    ]);

    expect(await screen.findByText('Keystone is still reading this issue from Jira')).toBeInTheDocument();
    expect(screen.queryByText(/Error code/)).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(MIRROR_POLL_MS));
    expect(await screen.findByTestId('mirror-status')).toHaveTextContent('In Progress');
  });

  it('follows changes on the next poll without flashing a spinner', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch } = renderPanel([
      () => jsonResponse(MIRROR),
      () => jsonResponse({ ...MIRROR, status: 'Done', statusCategory: 'done' }),
    ]);
    expect(await screen.findByTestId('mirror-status')).toHaveTextContent(/^In Progress$/);

    await act(() => vi.advanceTimersByTimeAsync(MIRROR_POLL_MS));

    expect(await screen.findByText('Done', { selector: '[data-testid="mirror-status"] *' })).toBeInTheDocument();
    expect(screen.getByTestId('mirror-status')).toHaveTextContent(/^Done$/);
    expect(screen.queryByRole('img', { name: /Loading Keystone/ })).not.toBeInTheDocument();
    expect(mirrorCalls(fetch)).toHaveLength(2);
  });

  it('keeps the last copy when a refresh fails', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPanel([
      () => jsonResponse(MIRROR),
      () => problemResponse({ title: 'Server error', code: 'internal' }, 500),
    ]);
    expect(await screen.findByTestId('mirror-status')).toHaveTextContent('In Progress');

    await act(() => vi.advanceTimersByTimeAsync(MIRROR_POLL_MS));

    expect(await screen.findByText(/could not refresh it just now/)).toBeInTheDocument();
    expect(screen.getByTestId('mirror-status')).toHaveTextContent('In Progress');
  });

  it('stops polling when the panel unmounts', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch, unmount } = renderPanel([() => jsonResponse(MIRROR)]);
    expect(await screen.findByTestId('mirror-status')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(MIRROR_POLL_MS));
    expect(mirrorCalls(fetch)).toHaveLength(2);

    unmount();
    await vi.advanceTimersByTimeAsync(MIRROR_POLL_MS * 5);

    expect(mirrorCalls(fetch)).toHaveLength(2);
  });

  it('reports a mirror response of the wrong shape', async () => {
    renderPanel([() => jsonResponse({ ...MIRROR, children: 'none' })]);

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
    expect(screen.queryByTestId('mirror-status')).not.toBeInTheDocument();
  });

  it('shows an invalid issue id as a problem and stops asking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch } = renderPanel([
      () => problemResponse({ title: 'Invalid issue id', code: 'INVALID_ISSUE_ID' }, 400),
    ]);

    expect(await screen.findByText('Error code: INVALID_ISSUE_ID')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(MIRROR_POLL_MS * 3));
    expect(mirrorCalls(fetch)).toHaveLength(1);
  });

  it('marks context values the URL did not provide and loads no mirror', async () => {
    window.history.replaceState(null, '', '/issue-panel?issueKey=KEY-2');

    const { fetch } = renderPanel([]);

    expect(screen.getByText('KEY-2')).toBeInTheDocument();
    expect(screen.getAllByText('not provided')).toHaveLength(2);
    expect(screen.getByText('No issue to show')).toBeInTheDocument();
    await screen.findByText('Connected to https://acme.atlassian.net');
    expect(mirrorCalls(fetch)).toHaveLength(0);
  });

  it('shows the problem when the session cannot be loaded', async () => {
    renderPanel([() => jsonResponse(MIRROR)], () =>
      problemResponse(
        {
          title: 'Keystone is not installed on this site',
          detail: 'Reinstall the app from the Marketplace.',
          code: 'installation_missing',
        },
        401,
      ),
    );

    expect(await screen.findByText('Keystone is not installed on this site')).toBeInTheDocument();
    expect(screen.getByText('Reinstall the app from the Marketplace.')).toBeInTheDocument();
    expect(screen.getByText('Error code: installation_missing')).toBeInTheDocument();
    expect(screen.queryByText(/Connected to/)).not.toBeInTheDocument();
  });

  it('reports a session response of the wrong shape', async () => {
    renderPanel([() => jsonResponse(MIRROR)], () => jsonResponse({ siteUrl: 42 }));

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
  });
  it('shows the work below the issue when it has descendants', async () => {
    const { fetch } = renderPanel([() => jsonResponse(MIRROR)], undefined, [() => jsonResponse(ROLLUP)]);

    expect(await screen.findByRole('heading', { name: 'Work below this issue' })).toBeInTheDocument();
    expect(screen.getByText('4 issues in any project')).toBeInTheDocument();
    expect(screen.getByTestId('percent-byCount')).toHaveTextContent('50%');
    expect(screen.getByTestId('percent-byEstimate')).toHaveTextContent('n/a');
    expect(screen.queryByTestId('percent-byTime')).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Done by issue count' })).toHaveAttribute('aria-valuenow', '50');
    expect(
      screen.getByRole('img', { name: 'Issues by status: 1 to do, 1 in progress, 2 done' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('rollup-overdue')).toHaveTextContent('1');
    expect(screen.getByTestId('rollup-blocked')).toHaveTextContent('2');
    // The mirror card is still there, above the rollup.
    expect(screen.getByRole('heading', { name: 'Keystone mirror' })).toBeInTheDocument();
    const [, init] = rollupCalls(fetch)[0] ?? [];
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^JWT token-\d+$/);
  });

  it('shows no rollup while Keystone has not read the issue, then shows it once it has', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch } = renderPanel([() => jsonResponse(MIRROR)], undefined, [
      NOT_MIRRORED,
      () => jsonResponse(ROLLUP),
    ]);
    expect(await screen.findByTestId('mirror-status')).toBeInTheDocument();
    await waitFor(() => {
      expect(rollupCalls(fetch)).toHaveLength(1);
    });
    await act(() => Promise.resolve());

    expect(screen.queryByRole('heading', { name: 'Work below this issue' })).not.toBeInTheDocument();
    expect(screen.queryByText(/ISSUE_NOT_MIRRORED/)).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(ROLLUP_POLL_MS));
    expect(await screen.findByRole('heading', { name: 'Work below this issue' })).toBeInTheDocument();
  });

  it('shows no rollup for an issue with nothing below it', async () => {
    const { fetch } = renderPanel([() => jsonResponse(MIRROR)], undefined, [
      () =>
        jsonResponse({
          ...ROLLUP,
          issues: { total: 0, new: 0, indeterminate: 0, done: 0 },
          percentComplete: {},
          overdue: 0,
          blocked: 0,
        }),
    ]);
    expect(await screen.findByTestId('mirror-status')).toBeInTheDocument();
    await waitFor(() => {
      expect(rollupCalls(fetch)).toHaveLength(1);
    });
    await act(() => Promise.resolve());

    expect(screen.queryByRole('heading', { name: 'Work below this issue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Done by issue count' })).not.toBeInTheDocument();
  });
});
