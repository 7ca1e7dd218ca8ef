import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { BLOCKED_RISK, DONE_INFORM, RULES, run } from '../test/automation-fixtures';
import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';
import { routeFetch, urlOf, type Route } from '../test/risk-fixtures';

import { AutomationSection } from './automation-section';

type Fetch = ReturnType<typeof renderWithHost>['fetch'];
type Reply = (url: URL, init: RequestInit | undefined) => Response;

const NOT_CONFIGURED = { configured: false, hint: null, rotatedAt: null };
const CONFIGURED = { configured: true, hint: '…Qa7x', rotatedAt: '2030-05-01T10:00:00Z' };

interface Routes {
  /** Answers to GET /api/automation/rules, in turn; the last one repeats. */
  rules?: Reply[];
  put?: Reply;
  runs?: Reply;
  inbound?: Reply[];
  rotate?: Reply;
}

function inTurn(replies: Reply[]): Reply {
  let served = 0;
  return (url, init) => {
    const reply = replies[Math.min(served, replies.length - 1)];
    served += 1;
    if (reply === undefined) throw new Error('no reply');
    return reply(url, init);
  };
}

function renderSection(routes: Routes = {}) {
  const rendered = renderWithHost(<AutomationSection />, []);
  const rules = inTurn(routes.rules ?? [() => jsonResponse(RULES)]);
  const inbound = inTurn(routes.inbound ?? [() => jsonResponse(NOT_CONFIGURED)]);
  const runs = routes.runs ?? (() => jsonResponse({ items: [], nextCursor: null }));
  const route: Route = (url, init) => {
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    if (key === 'GET /api/automation/rules') return rules(url, init);
    if (key.startsWith('PUT /api/automation/rules/') && routes.put) return routes.put(url, init);
    if (key === 'GET /api/automation/runs') return runs(url, init);
    if (key === 'GET /api/automation/inbound') return inbound(url, init);
    if (key === 'POST /api/automation/inbound/secret' && routes.rotate) return routes.rotate(url, init);
    return undefined;
  };
  routeFetch(rendered.fetch, [route]);
  return rendered;
}

const callsTo = (fetch: Fetch, method: string, pathname: string) =>
  fetch.mock.calls.filter(([input, init]) => {
    const url = new URL(urlOf(input), 'http://keystone.test');
    return url.pathname === pathname && (init?.method ?? 'GET') === method;
  });

const runQueries = (fetch: Fetch) =>
  callsTo(fetch, 'GET', '/api/automation/runs').map(([input]) => new URL(urlOf(input), 'http://keystone.test').search);

const card = async (key: string) => within(await screen.findByTestId(`automation-rule-${key}`));

async function choose(label: string, option: string) {
  fireEvent.keyDown(screen.getByLabelText(label), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const bodyOf = (call: Parameters<Fetch> | undefined) => JSON.parse(call?.[1]?.body as string) as unknown;
const headerOf = (call: Parameters<Fetch> | undefined, name: string) => new Headers(call?.[1]?.headers).get(name);

describe('AutomationSection: rules', () => {
  it('draws every rule the server lists from its parameter definitions', async () => {
    renderSection();

    const blocked = await card('blocked-risk');
    expect(blocked.getByRole('heading', { name: 'Blocked → risk' })).toBeInTheDocument();
    expect(blocked.getByText(/blocked for longer than N days/)).toBeInTheDocument();
    expect(blocked.getByText('Off')).toBeInTheDocument();
    expect(blocked.getByRole('switch', { name: 'Enabled' })).toHaveAttribute('aria-checked', 'false');
    expect(blocked.getByRole('switch', { name: 'Dry run' })).toHaveAttribute('aria-checked', 'false');
    const days = blocked.getByLabelText('Blocked for (days)');
    expect(days).toHaveValue(3);
    expect(days).toHaveAttribute('min', '1');
    expect(days).toHaveAccessibleDescription('From 1 to 30. Default: 3.');
    expect(blocked.getByRole('button', { name: 'Save' })).toBeDisabled();

    const done = await card('done-inform');
    expect(done.getByText('Dry run', { selector: 'span span' })).toBeInTheDocument();
    const any = done.getByRole('switch', { name: 'On any status category change' });
    expect(any).toHaveAttribute('aria-checked', 'false');
    expect(any).toHaveAccessibleDescription('Default: off.');
    expect(done.getByLabelText('Email subject')).toHaveValue('Done: {issue}');

    const digest = await card('weekly-digest');
    expect(digest.getByText('On')).toBeInTheDocument();
    expect(digest.getByLabelText('Day of the week (1 = Monday … 7 = Sunday)')).toHaveValue(1);
    expect(digest.getByLabelText('Hour of the day (0..23, site time zone)')).toHaveAccessibleDescription(
      'From 0 to 23. Default: 9.',
    );
    expect(digest.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('saves a toggled rule with its parameters and the version it was loaded at', async () => {
    const saved = { ...BLOCKED_RISK, enabled: true, params: { days: 5 }, version: 5 };
    const { fetch, host } = renderSection({ put: () => jsonResponse(saved) });
    const blocked = await card('blocked-risk');
    const save = blocked.getByRole('button', { name: 'Save' });

    fireEvent.click(blocked.getByRole('switch', { name: 'Enabled' }));
    expect(blocked.getByRole('switch', { name: 'Enabled' })).toHaveAttribute('aria-checked', 'true');
    expect(save).toBeEnabled();
    fireEvent.click(blocked.getByRole('switch', { name: 'Enabled' }));
    expect(save).toBeDisabled();
    fireEvent.click(blocked.getByRole('switch', { name: 'Enabled' }));
    fireEvent.change(blocked.getByLabelText('Blocked for (days)'), { target: { value: '5' } });
    fireEvent.click(save);

    // A saved rule comes back with a new version: its card starts afresh from it.
    await waitFor(() => {
      expect(within(screen.getByTestId('automation-rule-blocked-risk')).getByText('On')).toBeInTheDocument();
    });
    const after = await card('blocked-risk');
    const [put] = callsTo(fetch, 'PUT', '/api/automation/rules/blocked-risk');
    expect(bodyOf(put)).toEqual({ enabled: true, dryRun: false, params: { days: 5 } });
    expect(headerOf(put, 'If-Match')).toBe('"4"');
    expect(headerOf(put, 'Authorization')).toMatch(/^JWT token-\d+$/);
    expect(host.flag).toHaveBeenCalledWith({ title: 'Blocked → risk saved', type: 'success' });
    expect(after.getByText('Saved')).toBeInTheDocument();
    expect(after.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(after.getByLabelText('Blocked for (days)')).toHaveValue(5);

    // The next save is guarded by the version the server answered with.
    fireEvent.click(after.getByRole('switch', { name: 'Dry run' }));
    fireEvent.click(after.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(callsTo(fetch, 'PUT', '/api/automation/rules/blocked-risk')).toHaveLength(2);
    });
    const second = callsTo(fetch, 'PUT', '/api/automation/rules/blocked-risk')[1];
    expect(headerOf(second, 'If-Match')).toBe('"5"');
    expect(bodyOf(second)).toEqual({ enabled: true, dryRun: true, params: { days: 5 } });
  });

  it('sends boolean and text parameters by their types', async () => {
    const { fetch } = renderSection({ put: () => jsonResponse({ ...DONE_INFORM, version: 2 }) });
    const done = await card('done-inform');

    fireEvent.click(done.getByRole('switch', { name: 'On any status category change' }));
    expect(done.getByRole('switch', { name: 'On any status category change' })).toHaveAttribute('aria-checked', 'true');
    fireEvent.change(done.getByLabelText('Email subject'), { target: { value: 'Finished: {issue}' } });
    fireEvent.click(done.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(callsTo(fetch, 'PUT', '/api/automation/rules/done-inform')).toHaveLength(1);
    });
    expect(bodyOf(callsTo(fetch, 'PUT', '/api/automation/rules/done-inform')[0])).toEqual({
      enabled: true,
      dryRun: true,
      params: { anyCategoryChange: true, subject: 'Finished: {issue}' },
    });
  });

  it('shows a field error from the server next to its parameter', async () => {
    renderSection({
      put: () =>
        problemResponse(
          {
            title: 'Invalid rule',
            code: 'VALIDATION_FAILED',
            errors: [{ field: 'params.days', message: 'must be at most 14 for this site' }],
          },
          400,
        ),
    });
    const blocked = await card('blocked-risk');
    const days = blocked.getByLabelText('Blocked for (days)');

    fireEvent.change(days, { target: { value: '20' } });
    fireEvent.click(blocked.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(days).toHaveAccessibleDescription(/must be at most 14 for this site/);
    });
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Error code: VALIDATION_FAILED')).not.toBeInTheDocument();

    fireEvent.change(days, { target: { value: '10' } });
    expect(days).not.toHaveAccessibleDescription(/must be at most 14/);
  });

  it('checks a parameter against its range before sending it', async () => {
    const { fetch } = renderSection();
    const blocked = await card('blocked-risk');
    const days = blocked.getByLabelText('Blocked for (days)');

    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(blocked.getByRole('button', { name: 'Save' }));

    expect(days).toHaveAccessibleDescription(/Enter a number from 1 to 30\./);
    expect(callsTo(fetch, 'PUT', '/api/automation/rules/blocked-risk')).toHaveLength(0);
  });

  it('says when someone else changed the rule, and reloads it', async () => {
    const changed = { ...BLOCKED_RISK, enabled: true, dryRun: true, version: 7 };
    const { fetch } = renderSection({
      rules: [() => jsonResponse(RULES), () => jsonResponse({ items: [changed] })],
      put: () =>
        problemResponse({ title: 'Precondition failed', code: 'AUTOMATION_RULE_VERSION_MISMATCH' }, 412),
    });
    const blocked = await card('blocked-risk');

    fireEvent.click(blocked.getByRole('switch', { name: 'Enabled' }));
    fireEvent.click(blocked.getByRole('button', { name: 'Save' }));

    expect(await blocked.findByText('Someone else changed this rule')).toBeInTheDocument();
    expect(blocked.getByText(/your changes were not saved/)).toBeInTheDocument();
    expect(screen.queryByText('Error code: AUTOMATION_RULE_VERSION_MISMATCH')).not.toBeInTheDocument();

    fireEvent.click(blocked.getByRole('button', { name: 'Reload rules' }));

    await waitFor(() => {
      expect(
        within(screen.getByTestId('automation-rule-blocked-risk')).getByRole('switch', { name: 'Dry run' }),
      ).toHaveAttribute('aria-checked', 'true');
    });
    expect(callsTo(fetch, 'GET', '/api/automation/rules')).toHaveLength(2);
    const reloaded = await card('blocked-risk');
    expect(reloaded.queryByText('Someone else changed this rule')).not.toBeInTheDocument();
    expect(reloaded.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('tells a non-administrator calmly, without loading the log or the secret', async () => {
    const { fetch } = renderSection({
      rules: [() => problemResponse({ title: 'Jira administrators only', code: 'ADMIN_REQUIRED' }, 403)],
    });

    expect(await screen.findByText(/Only Jira administrators can see and change Keystone's automation rules/)).toBeInTheDocument();
    expect(screen.queryByText('Error code: ADMIN_REQUIRED')).not.toBeInTheDocument();
    expect(callsTo(fetch, 'GET', '/api/automation/inbound')).toHaveLength(0);
  });

  it('shows the calm message when a save is refused for not being an administrator', async () => {
    renderSection({ put: () => problemResponse({ title: 'Jira administrators only', code: 'ADMIN_REQUIRED' }, 403) });
    const blocked = await card('blocked-risk');

    fireEvent.click(blocked.getByRole('switch', { name: 'Dry run' }));
    fireEvent.click(blocked.getByRole('button', { name: 'Save' }));

    expect(await blocked.findByText('Only Jira administrators can change automation rules.')).toBeInTheDocument();
  });

  it('reports rules of the wrong shape', async () => {
    renderSection({ rules: [() => jsonResponse({ items: [{ ...BLOCKED_RISK, enabled: 'yes' }] })] });

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
  });
});

describe('AutomationSection: run log', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists runs newest first and says when there are none', async () => {
    const { fetch } = renderSection({
      runs: (url) =>
        url.searchParams.get('outcome') === 'FAILED'
          ? jsonResponse({ items: [], nextCursor: null })
          : jsonResponse({
              items: [
                run('r2', { outcome: 'DRY_RUN', detail: 'Would raise a risk' }),
                run('r1', { ruleKey: 'old-rule', issueKey: null, outcome: 'SKIPPED', detail: 'Not in a program' }),
              ],
              nextCursor: null,
            }),
    });

    const table = await screen.findByRole('table', { name: 'Automation runs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => within(row));
    if (first === undefined || second === undefined) throw new Error('two rows expected');
    expect(first.getByText('Blocked → risk')).toBeInTheDocument();
    expect(first.getByText('PAY-1')).toBeInTheDocument();
    expect(first.getByText('issue blocked')).toBeInTheDocument();
    expect(first.getByTestId('outcome-DRY_RUN')).toHaveTextContent('Dry run');
    expect(first.getByText('Would raise a risk')).toBeInTheDocument();
    // A rule the server no longer lists shows by its key.
    expect(second.getByText('old-rule')).toBeInTheDocument();
    expect(second.getByTestId('outcome-SKIPPED')).toHaveTextContent('Skipped');
    expect(runQueries(fetch)).toEqual(['?limit=25']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await choose('Outcome', 'Failed');

    expect(await screen.findByTestId('automation-runs-empty')).toHaveTextContent('No runs match these filters.');
  });

  it('says no rule has run yet when the log is empty', async () => {
    renderSection();

    expect(await screen.findByTestId('automation-runs-empty')).toHaveTextContent(/No rule has run yet/);
  });

  it('builds the query from the rule, outcome and issue-key filters', async () => {
    const { fetch } = renderSection();
    await screen.findByTestId('automation-runs-empty');
    await card('blocked-risk');

    await choose('Rule', 'Blocked → risk');
    await waitFor(() => {
      expect(runQueries(fetch).at(-1)).toBe('?ruleKey=blocked-risk&limit=25');
    });
    await choose('Outcome', 'Acted');
    await waitFor(() => {
      expect(runQueries(fetch).at(-1)).toBe('?ruleKey=blocked-risk&outcome=ACTED&limit=25');
    });
    const before = runQueries(fetch).length;
    fireEvent.change(screen.getByLabelText('Issue key'), { target: { value: 'p' } });
    fireEvent.change(screen.getByLabelText('Issue key'), { target: { value: 'pay-7' } });
    await waitFor(() => {
      expect(runQueries(fetch).at(-1)).toBe('?ruleKey=blocked-risk&outcome=ACTED&issueKey=PAY-7&limit=25');
    });
    // Typing costs one request once it pauses, not one per letter.
    expect(runQueries(fetch).length).toBe(before + 1);

    await choose('Rule', 'Any');
    await waitFor(() => {
      expect(runQueries(fetch).at(-1)).toBe('?outcome=ACTED&issueKey=PAY-7&limit=25');
    });
  });

  it('appends the next page with the cursor, and starts over on refresh', async () => {
    const { fetch } = renderSection({
      runs: (url) =>
        url.searchParams.get('cursor') === 'page 2'
          ? jsonResponse({ items: [run('r1', { detail: 'oldest' })], nextCursor: null })
          : jsonResponse({ items: [run('r3', { detail: 'newest' }), run('r2', { detail: 'middle' })], nextCursor: 'page 2' }),
    });
    const table = await screen.findByRole('table', { name: 'Automation runs' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => {
      expect(within(screen.getByRole('table', { name: 'Automation runs' })).getAllByRole('row')).toHaveLength(4);
    });
    const details = within(screen.getByRole('table', { name: 'Automation runs' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.lastElementChild?.textContent);
    expect(details).toEqual(['newest', 'middle', 'oldest']);
    expect(runQueries(fetch)).toEqual(['?limit=25', '?cursor=page+2&limit=25']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    await waitFor(() => {
      expect(runQueries(fetch)).toEqual(['?limit=25', '?cursor=page+2&limit=25', '?limit=25']);
    });
    await waitFor(() => {
      expect(within(screen.getByRole('table', { name: 'Automation runs' })).getAllByRole('row')).toHaveLength(3);
    });
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });

  it('keeps what it has when a further page fails, and says why', async () => {
    renderSection({
      runs: (url) =>
        url.searchParams.has('cursor')
          ? problemResponse({ title: 'Bad cursor', code: 'INVALID_CURSOR' }, 400)
          : jsonResponse({ items: [run('r1')], nextCursor: 'c' }),
    });
    await screen.findByRole('table', { name: 'Automation runs' });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Error code: INVALID_CURSOR')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Automation runs' })).getAllByRole('row')).toHaveLength(2);
  });
});

describe('AutomationSection: inbound secret', () => {
  it('generates a secret and shows it once, with the URLs and header to paste into Jira Automation', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { fetch } = renderSection({
      inbound: [() => jsonResponse(NOT_CONFIGURED), () => jsonResponse(CONFIGURED)],
      rotate: () => jsonResponse({ secret: 'ks_live_9f8e7d6c5b4a' }),
    });

    expect(await screen.findByText(/No secret yet/)).toBeInTheDocument();
    const origin = window.location.origin;
    expect(screen.getByTestId('automation-inbound-url-risk')).toHaveTextContent(`${origin}/api/automation/inbound/risk`);
    expect(screen.getByTestId('automation-inbound-url-raci')).toHaveTextContent(`${origin}/api/automation/inbound/raci`);
    expect(screen.getByTestId('automation-inbound-header')).toHaveTextContent('Authorization: Bearer <secret>');

    fireEvent.click(screen.getByRole('button', { name: 'Generate secret' }));

    const secret = await screen.findByLabelText('New inbound secret');
    expect(secret).toHaveValue('ks_live_9f8e7d6c5b4a');
    expect(secret).toHaveAttribute('readonly');
    expect(screen.getByText(/will not be shown\s+again/)).toBeInTheDocument();
    const [post] = callsTo(fetch, 'POST', '/api/automation/inbound/secret');
    expect(post?.[1]?.body).toBeUndefined();
    // The status is read again: now a secret is set.
    expect(await screen.findByText(/A secret is set/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('ks_live_9f8e7d6c5b4a');

    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByLabelText('New inbound secret')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('ks_live_9f8e7d6c5b4a');
    expect(callsTo(fetch, 'POST', '/api/automation/inbound/secret')).toHaveLength(1);
  });

  it('asks before replacing a secret that is in use', async () => {
    const { fetch } = renderSection({
      inbound: [() => jsonResponse(CONFIGURED)],
      rotate: () => jsonResponse({ secret: 'ks_live_new' }),
    });
    expect(await screen.findByText(/A secret is set/)).toHaveTextContent('…Qa7x');

    fireEvent.click(screen.getByRole('button', { name: 'Rotate secret' }));
    expect(screen.getByText('Replace the inbound secret?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(callsTo(fetch, 'POST', '/api/automation/inbound/secret')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Rotate secret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace the secret' }));

    expect(await screen.findByLabelText('New inbound secret')).toHaveValue('ks_live_new');
  });

  it('selects the secret for copying by hand when the clipboard is not allowed', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSection({ rotate: () => jsonResponse({ secret: 'ks_live_x' }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Generate secret' }));
    await screen.findByLabelText('New inbound secret');
    fireEvent.click(screen.getByRole('button', { name: 'Copy secret' }));

    expect(await screen.findByText(/did not allow copying/)).toBeInTheDocument();
  });
});
