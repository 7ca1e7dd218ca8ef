import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RULES } from '../test/automation-fixtures';
import { SYNC_POLL_BUSY_MS, SYNC_POLL_LIVE_MS } from '../features/sync/use-sync-status';
import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { AdminView } from './admin-view';

const SESSION = {
  siteUrl: 'https://acme.atlassian.net',
  accountId: '557058:f00',
  clientKey: 'client-key-1',
};

const STATUS = {
  state: 'backfilling',
  percent: 42,
  mirroredIssues: 1234,
  projects: [
    { projectKey: 'PAY', state: 'running', fetched: 40, total: 100, percent: 40 },
    { projectKey: 'OPS', state: 'failed', fetched: 0, percent: 0, lastError: 'Jira answered 503' },
    { projectKey: 'WEB', state: 'done', fetched: 7, total: 7, percent: 100 },
  ],
  inbox: { pending: 3, parked: 2, done: 99 },
  parked: [
    {
      webhookId: 'wh-1',
      event: 'jira:issue_updated',
      attempts: 8,
      lastError: 'Issue 10009 is not readable',
      receivedAt: '2030-05-01 10:11:12.5+00',
    },
    { webhookId: 'wh/2', event: 'issuelink_created', attempts: 8, lastError: 'Timed out' },
  ],
  reconcile: {
    lastStartedAt: '2030-05-01 02:00:00+00',
    lastFinishedAt: '2030-05-01 02:05:00+00',
    issuesRepaired: 4,
    failedWebhooks: 1,
  },
};

const LIVE = { ...STATUS, state: 'live', percent: 100, inbox: { pending: 0, parked: 0, done: 99 }, parked: [] };

const FIELDS = {
  storyPointsField: 'customfield_10016',
  discovered: { storyPoints: 'customfield_10016', flagged: 'customfield_10021' },
};
const OVERRIDDEN = {
  storyPointsField: 'customfield_123',
  storyPointsOverride: 'customfield_123',
  discovered: FIELDS.discovered,
};
const GET_FIELDS = 'GET /api/admin/settings/jira-fields';
const PUT_FIELDS = 'PUT /api/admin/settings/jira-fields';

type Fetch = ReturnType<typeof renderWithHost>['fetch'];
type Reply = () => Response;

const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** Answers by method and URL; `status` replies are used in turn and the last one repeats. */
function renderAdmin(status: Reply[], actions: Record<string, Reply> = {}) {
  const rendered = renderWithHost(<AdminView />, []);
  let served = 0;
  rendered.fetch.mockImplementation((input, init) => {
    const key = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    if (key === 'GET /api/session') return Promise.resolve(jsonResponse(SESSION));
    if (key === 'GET /api/admin/sync') {
      const reply = status[Math.min(served, status.length - 1)];
      served += 1;
      if (reply !== undefined) return Promise.resolve(reply());
    }
    const action = actions[key] ?? (key === GET_FIELDS ? () => jsonResponse(FIELDS) : undefined);
    return action ? Promise.resolve(action()) : Promise.reject(new Error(`Unexpected ${key}`));
  });
  return rendered;
}

const calls = (fetch: Fetch, method: string, url: string) =>
  fetch.mock.calls.filter(([input, init]) => urlOf(input) === url && (init?.method ?? 'GET') === method);

describe('AdminView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows sync progress, projects, the inbox, parked events and the last reconcile', async () => {
    const { host } = renderAdmin([() => jsonResponse(STATUS)]);

    expect(await screen.findByText('Backfilling')).toBeInTheDocument();
    expect(screen.getByText('Connected to https://acme.atlassian.net')).toBeInTheDocument();
    expect(screen.getByText('42%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Jira sync progress' })).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByText('1234 issues mirrored')).toBeInTheDocument();

    const projects = screen.getByRole('table', { name: 'Projects' });
    const pay = within(projects).getByText('PAY').closest('tr');
    expect(pay).not.toBeNull();
    expect(within(pay as HTMLElement).getByText('running')).toBeInTheDocument();
    expect(within(pay as HTMLElement).getByText('40 of 100')).toBeInTheDocument();
    expect(within(projects).getByText('0 of unknown')).toBeInTheDocument();
    expect(within(projects).getByText('Jira answered 503')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'WEB progress' })).toHaveAttribute('aria-valuenow', '100');

    expect(screen.getByText('3 pending, 2 parked, 99 done')).toBeInTheDocument();
    expect(screen.getByText('2 webhook events are parked')).toBeInTheDocument();
    const parked = screen.getByRole('table', { name: 'Parked webhook events' });
    expect(within(parked).getByText('Issue 10009 is not readable')).toBeInTheDocument();
    expect(within(parked).getByText('Timed out')).toBeInTheDocument();
    expect(within(parked).getAllByRole('button', { name: /^Retry/ })).toHaveLength(2);

    expect(screen.getByText(/4 issues repaired, 1 failed\s+webhooks/)).toBeInTheDocument();
    expect(host.resize).toHaveBeenCalled();
  });

  it('has no parked warning when nothing is parked', async () => {
    renderAdmin([() => jsonResponse(LIVE)]);

    expect(await screen.findByText('Live')).toBeInTheDocument();
    expect(screen.queryByText(/parked$/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Parked webhook events' })).not.toBeInTheDocument();
  });

  it('retries a parked event with a fresh token, then reloads the status', async () => {
    const { fetch, host } = renderAdmin([() => jsonResponse(STATUS), () => jsonResponse(LIVE)], {
      'POST /api/admin/sync/parked/wh%2F2/retry': () => new Response(null, { status: 204 }),
    });
    await screen.findByText('Backfilling');

    fireEvent.click(screen.getByRole('button', { name: 'Retry issuelink_created wh/2' }));

    expect(await screen.findByText('Live')).toBeInTheDocument();
    const [retry] = calls(fetch, 'POST', '/api/admin/sync/parked/wh%2F2/retry');
    expect(new Headers(retry?.[1]?.headers).get('Authorization')).toMatch(/^JWT token-\d+$/);
    expect(retry?.[1]?.body).toBeUndefined();
    expect(host.flag).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
  });

  it('shows why a retry failed', async () => {
    renderAdmin([() => jsonResponse(STATUS)], {
      'POST /api/admin/sync/parked/wh-1/retry': () =>
        problemResponse({ title: 'No such parked event', code: 'PARKED_EVENT_NOT_FOUND' }, 404),
    });
    await screen.findByText('Backfilling');

    fireEvent.click(screen.getByRole('button', { name: 'Retry jira:issue_updated wh-1' }));

    expect(await screen.findByText('Error code: PARKED_EVENT_NOT_FOUND')).toBeInTheDocument();
  });

  it('asks before reading everything from Jira again', async () => {
    const { fetch, host } = renderAdmin([() => jsonResponse(LIVE), () => jsonResponse(STATUS)], {
      'POST /api/admin/sync': () => new Response(null, { status: 202 }),
    });
    await screen.findByText('Live');

    fireEvent.click(screen.getByRole('button', { name: 'Read everything from Jira again' }));
    expect(screen.getByText('Read everything from Jira again?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Read everything from Jira again?')).not.toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/admin/sync')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Read everything from Jira again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, read everything again' }));

    expect(await screen.findByText('Backfilling')).toBeInTheDocument();
    const [resync] = calls(fetch, 'POST', '/api/admin/sync');
    expect(new Headers(resync?.[1]?.headers).get('Authorization')).toMatch(/^JWT token-\d+$/);
    expect(host.flag).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
  });

  it('polls every 2 s while backfilling and every 15 s once live', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch } = renderAdmin([() => jsonResponse(STATUS), () => jsonResponse(LIVE)]);
    await screen.findByText('Backfilling');
    const polls = () => calls(fetch, 'GET', '/api/admin/sync').length;

    await act(() => vi.advanceTimersByTimeAsync(SYNC_POLL_BUSY_MS));
    expect(await screen.findByText('Live')).toBeInTheDocument();
    expect(polls()).toBe(2);

    await act(() => vi.advanceTimersByTimeAsync(SYNC_POLL_LIVE_MS - 1000));
    expect(polls()).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(polls()).toBe(3);
  });

  it('shows the Jira fields Keystone found and saves an override, saying Jira is read again', async () => {
    const { fetch, host } = renderAdmin([() => jsonResponse(LIVE)], {
      [PUT_FIELDS]: () => jsonResponse(OVERRIDDEN),
    });

    expect(await screen.findByRole('heading', { name: 'Jira fields' })).toBeInTheDocument();
    expect(await screen.findByTestId('story-points-field')).toHaveTextContent('customfield_10016');
    expect(screen.getByText(/, the field it discovered\./)).toBeInTheDocument();
    expect(screen.getByTestId('discovered-story-points')).toHaveTextContent('customfield_10016');
    expect(screen.getByTestId('discovered-flagged')).toHaveTextContent('customfield_10021');
    expect(screen.getByTestId('discovered-start-date')).toHaveTextContent('not found');
    expect(screen.queryByRole('button', { name: 'Use discovered field' })).not.toBeInTheDocument();
    expect(screen.queryByText(/read every issue of every project from Jira again/)).not.toBeInTheDocument();

    const input = screen.getByLabelText('Story points field override');
    fireEvent.change(input, { target: { value: ' customfield_123 ' } });
    // Before saving, the admin learns what a change costs.
    expect(screen.getByText(/read every issue of every project from Jira again/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(screen.getByTestId('story-points-field')).toHaveTextContent('customfield_123');
    });
    expect(screen.getByText(/, set by an administrator\./)).toBeInTheDocument();
    const [put] = calls(fetch, 'PUT', '/api/admin/settings/jira-fields');
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({ storyPointsOverride: 'customfield_123' });
    expect(new Headers(put?.[1]?.headers).get('Authorization')).toMatch(/^JWT token-\d+$/);
    expect(host.flag).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'success', title: expect.stringMatching(/reading everything from Jira again/) as unknown }),
    );
    expect(calls(fetch, 'GET', '/api/admin/settings/jira-fields')).toHaveLength(1);
  });

  it('goes back to the discovered field by saving no override', async () => {
    const { fetch } = renderAdmin([() => jsonResponse(LIVE)], {
      [GET_FIELDS]: () => jsonResponse(OVERRIDDEN),
      [PUT_FIELDS]: () => jsonResponse(FIELDS),
    });
    expect(await screen.findByLabelText('Story points field override')).toHaveValue('customfield_123');

    fireEvent.click(screen.getByRole('button', { name: 'Use discovered field' }));

    await waitFor(() => {
      expect(screen.getByTestId('story-points-field')).toHaveTextContent('customfield_10016');
    });
    const [put] = calls(fetch, 'PUT', '/api/admin/settings/jira-fields');
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({ storyPointsOverride: null });
    expect(screen.getByLabelText('Story points field override')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Use discovered field' })).not.toBeInTheDocument();
  });

  it('shows why an override was refused beside the field', async () => {
    const { fetch } = renderAdmin([() => jsonResponse(LIVE)], {
      [PUT_FIELDS]: () =>
        problemResponse(
          {
            title: 'Invalid settings',
            code: 'VALIDATION_FAILED',
            detail: 'storyPointsOverride must be a custom field id like customfield_10016.',
            errors: [{ field: 'storyPointsOverride', message: 'not a custom field id' }],
          },
          400,
        ),
    });
    const input = await screen.findByLabelText('Story points field override');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveAccessibleDescription(/Enter a custom field id such as customfield_10016\./);
    expect(calls(fetch, 'PUT', '/api/admin/settings/jira-fields')).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'Story Points' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(input).toHaveAccessibleDescription(/not a custom field id/);
    });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Error code: VALIDATION_FAILED')).not.toBeInTheDocument();
    expect(screen.getByTestId('story-points-field')).toHaveTextContent('customfield_10016');

    fireEvent.change(input, { target: { value: 'customfield_1' } });
    expect(input).not.toHaveAccessibleDescription(/not a custom field id/);
  });

  it('tells a non-administrator calmly that the fields are for Jira administrators', async () => {
    renderAdmin([() => jsonResponse(LIVE)], {
      [GET_FIELDS]: () =>
        problemResponse({ title: 'Jira administrators only', code: 'ADMIN_REQUIRED' }, 403),
    });

    expect(
      await screen.findByText(/Only Jira administrators can see and change which Jira fields Keystone reads/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Error code: ADMIN_REQUIRED')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Story points field override')).not.toBeInTheDocument();
  });

  it('shows the same calm message when a save is refused for not being an administrator', async () => {
    renderAdmin([() => jsonResponse(LIVE)], {
      [PUT_FIELDS]: () => problemResponse({ title: 'Jira administrators only', code: 'ADMIN_REQUIRED' }, 403),
    });
    fireEvent.change(await screen.findByLabelText('Story points field override'), {
      target: { value: 'customfield_123' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Only Jira administrators can see and change/)).toBeInTheDocument();
    expect(screen.queryByText('Error code: ADMIN_REQUIRED')).not.toBeInTheDocument();
    expect(screen.getByTestId('story-points-field')).toHaveTextContent('customfield_10016');
  });

  it('loads the Automation section with the rules, the run log and the inbound secret', async () => {
    renderAdmin([() => jsonResponse(LIVE)], {
      'GET /api/automation/rules': () => jsonResponse(RULES),
      'GET /api/automation/runs?limit=25': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/automation/inbound': () => jsonResponse({ configured: false }),
    });

    // Loaded lazily; the first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Automation' }, { timeout: 15000 })).toBeInTheDocument();
    expect(await screen.findByTestId('automation-rule-blocked-risk')).toBeInTheDocument();
    expect(await screen.findByTestId('automation-runs-empty')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Generate secret' })).toBeInTheDocument();
  }, 30_000);

  it('reports a status of the wrong shape', async () => {
    renderAdmin([() => jsonResponse({ ...STATUS, state: 'sleeping' })]);

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
  });
});
