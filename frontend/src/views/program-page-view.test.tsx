import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { BURNUP_POLL_MS } from '../features/rollup/burnup';
import { ROLLUP_POLL_MS } from '../features/rollup/use-rollups';
import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { ProgramPageView } from './program-page-view';

const SESSION = { siteUrl: 'https://acme.atlassian.net', accountId: '557058:f00', clientKey: 'ck' };

const program = (id: string, name: string, projectKeys: string[]) => ({
  id,
  name,
  description: null,
  ownerAccountId: '557058:f00',
  startDate: null,
  targetDate: '2030-12-31',
  projectKeys,
  rootIssues: [],
  filter: { labels: [], issueTypes: [] },
  milestones: [],
  statusOverride: null,
  createdAt: '2030-01-01T00:00:00Z',
  updatedAt: '2030-01-01T00:00:00Z',
  version: 0,
});

const CHECKOUT = program('11111111-1111-1111-1111-111111111111', 'Checkout 2.0', ['WEB', 'MOB']);
const PAYMENTS = program('22222222-2222-2222-2222-222222222222', 'Payments', ['WEB']);
const OPS_ONLY = program('33333333-3333-3333-3333-333333333333', 'Ops cleanup', ['OPS']);

const figures = (total: number, done: number, extra: Record<string, unknown> = {}) => ({
  issues: {
    total,
    new: total - done - 5 > 0 ? total - done - 5 : 0,
    indeterminate: Math.min(5, total - done),
    done,
    byLevel: { '-1': 0, '0': total, '1': 0, '2': 0, '3+': 0 },
  },
  estimate: { field: 'customfield_10016', total: 40, done: 25, unestimatedIssues: 3 },
  time: { originalSeconds: 36000, remainingSeconds: 18000, spentSeconds: 18000 },
  // byTime left out: the backend omits a percentage it cannot compute.
  percentComplete: { byCount: total === 0 ? undefined : (done * 100) / total, byEstimate: 62.5 },
  overdue: 2,
  blocked: 1,
  dates: { latestDue: '2030-11-30' },
  ...extra,
});

const HEALTH = {
  status: 'AMBER',
  overridden: false,
  reasons: [
    {
      status: 'AMBER',
      code: 'FORECAST_LATE',
      message: 'At the recent pace the work finishes around 2031-01-08 (85 % likely), 8 days after the target 2030-12-31.',
    },
    {
      status: 'AMBER',
      code: 'DEPENDENCIES_OFF_TRACK',
      message: '1 cross-project dependencies are off track (blocker overdue or due after the work it blocks).',
    },
  ],
};

const FORECAST = {
  p50: '2030-11-20',
  p85: '2031-01-08',
  p95: '2031-01-29',
  basis: {
    remainingItems: 42,
    weeklyThroughput: [3, 5, 0, 4, 6, 2, 5, 3],
    trials: 5000,
    seed: 20261126,
    unit: 'level-0 items',
    note: "Each future week draws one of the sampled weeks' throughput.",
  },
};

const ROLLUP = {
  programId: CHECKOUT.id,
  asOf: '2030-05-01T10:00:00Z',
  ...figures(20, 10),
  dependencies: { crossProject: 2, offTrack: 1 },
  perProject: [
    { projectKey: 'MOB', ...figures(8, 2, { overdue: 0, blocked: 1 }) },
    { projectKey: 'WEB', ...figures(12, 8, { overdue: 2, blocked: 0 }) },
  ],
  health: HEALTH,
  forecast: FORECAST,
};

const day = (date: string, scope: number, done: number, points: [number, number], reconstructed = false) => ({
  date,
  scope,
  done,
  scopePoints: points[0],
  donePoints: points[1],
  reconstructed,
});

const BURNUP = {
  programId: CHECKOUT.id,
  from: '2030-04-27',
  to: '2030-05-01',
  days: [
    day('2030-04-27', 16, 6, [30, 10], true),
    day('2030-04-28', 18, 7, [34, 14], true),
    day('2030-04-29', 18, 8, [36, 18]),
    day('2030-04-30', 20, 9, [40, 22]),
    day('2030-05-01', 20, 10, [40, 25.5]),
  ],
};

const end = (key: string, status: string, statusCategory: string, dueDate?: string) => ({
  id: String(key.length * 1000 + Number(key.split('-')[1])),
  key,
  summary: `${key} summary`,
  projectKey: key.split('-')[0],
  status,
  statusCategory,
  ...(dueDate === undefined ? {} : { dueDate }),
});

const DEPENDENCIES = {
  programId: CHECKOUT.id,
  items: [
    {
      linkId: '9001',
      blocker: end('MOB-3', 'In Progress', 'indeterminate', '2030-05-10'),
      blocked: end('WEB-2', 'To Do', 'new', '2030-06-01'),
      offTrack: false,
    },
    {
      linkId: '9002',
      blocker: end('WEB-5', 'To Do', 'new', '2030-04-20'),
      blocked: end('MOB-7', 'In Progress', 'indeterminate'),
      offTrack: true,
      reason: 'WEB-5 was due 2030-04-20 and is not done.',
    },
  ],
  truncated: false,
};

const item = (id: string, key: string, hasChildren: boolean, rollup: unknown) => ({
  id,
  key,
  summary: `${key} summary`,
  projectKey: 'WEB',
  issueType: hasChildren ? 'Epic' : 'Story',
  hierarchyLevel: hasChildren ? 1 : 0,
  status: 'In Progress',
  statusCategory: 'indeterminate',
  hasChildren,
  rollup,
});

const TOP = {
  programId: CHECKOUT.id,
  items: [item('100', 'WEB-1', true, figures(4, 1, { overdue: 3 }))],
  truncated: false,
};
const UNDER_100 = {
  programId: CHECKOUT.id,
  parentIssueId: '100',
  items: [item('101', 'WEB-2', false, figures(0, 0))],
  truncated: false,
};

type Fetch = ReturnType<typeof renderWithHost>['fetch'];
type Reply = () => Response;

const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

const LIST = 'GET /api/programs?limit=200';
const rollupOf = (id: string) => `GET /api/programs/${id}/rollup`;
const burnupOf = (id: string) => `GET /api/programs/${id}/burnup`;
const dependenciesOf = (id: string) => `GET /api/programs/${id}/dependencies`;
const metricsOf = (id: string) => `GET /api/programs/${id}/metrics`;
const childrenOf = (id: string, parent?: string) =>
  `GET /api/programs/${id}/children${parent === undefined ? '' : `?parentIssueId=${parent}`}`;

/** Answers by method and URL; each route's replies are used in turn and the last one repeats. */
function renderPage(routes: Record<string, Reply[]>) {
  const rendered = renderWithHost(<ProgramPageView />, []);
  const served: Record<string, number> = {};
  rendered.fetch.mockImplementation((input, init) => {
    const key = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    if (key === 'GET /api/session') return Promise.resolve(jsonResponse(SESSION));
    const replies = routes[key];
    if (replies !== undefined && replies.length > 0) {
      const index = served[key] ?? 0;
      served[key] = index + 1;
      const reply = replies[Math.min(index, replies.length - 1)];
      if (reply !== undefined) return Promise.resolve(reply());
    }
    return Promise.reject(new Error(`Unexpected ${key}`));
  });
  return rendered;
}

const calls = (fetch: Fetch, key: string) =>
  fetch.mock.calls.filter(([input, init]) => `${init?.method ?? 'GET'} ${urlOf(input)}` === key);

/** A page of programs whose one program has its rollup and work answered. */
const withCheckout = (list: Reply[] = [() => jsonResponse({ items: [CHECKOUT], nextCursor: null })]) => ({
  [LIST]: list,
  [rollupOf(CHECKOUT.id)]: [() => jsonResponse(ROLLUP)],
  [childrenOf(CHECKOUT.id)]: [() => jsonResponse(TOP)],
  [childrenOf(CHECKOUT.id, '100')]: [() => jsonResponse(UNDER_100)],
  [burnupOf(CHECKOUT.id)]: [() => jsonResponse(BURNUP)],
  [dependenciesOf(CHECKOUT.id)]: [() => jsonResponse(DEPENDENCIES)],
  [metricsOf(CHECKOUT.id)]: [() => jsonResponse({ items: [], nextCursor: null })],
});

const field = (label: string) => screen.getByLabelText(label);

describe('ProgramPageView', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/program-page?projectKey=WEB&projectId=10000');
    window.localStorage.clear();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers to create a program when none includes the project, then shows it', async () => {
    const created = jsonResponse(CHECKOUT, 201);
    const { fetch, host } = renderPage({
      ...withCheckout([
        () => jsonResponse({ items: [OPS_ONLY], nextCursor: null }),
        () => jsonResponse({ items: [CHECKOUT, OPS_ONLY], nextCursor: null }),
      ]),
      'POST /api/programs': [() => created],
    });

    expect(await screen.findByText('No program includes WEB yet')).toBeInTheDocument();
    expect(await screen.findByLabelText('Projects')).toHaveValue('WEB');
    fireEvent.change(field('Name'), { target: { value: '  Checkout 2.0 ' } });
    fireEvent.change(field('Projects'), { target: { value: 'WEB, mob' } });
    fireEvent.change(field('Root issues (optional)'), { target: { value: 'web-1' } });
    fireEvent.change(field('Target date (optional)'), { target: { value: '2030-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    expect(await screen.findByRole('heading', { name: 'Checkout 2.0' })).toBeInTheDocument();
    const [post] = calls(fetch, 'POST /api/programs');
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({
      name: 'Checkout 2.0',
      projectKeys: ['WEB', 'MOB'],
      rootIssueKeys: ['WEB-1'],
      targetDate: '2030-12-31',
    });
    expect(new Headers(post?.[1]?.headers).get('Authorization')).toMatch(/^JWT token-\d+$/);
    expect(host.flag).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
    expect(window.localStorage.getItem('keystone.program-page.WEB.program')).toBe(CHECKOUT.id);
  });

  it('shows validation errors beside their fields and a taken name beside the name', async () => {
    const { fetch } = renderPage({
      [LIST]: [() => jsonResponse({ items: [], nextCursor: null })],
      'POST /api/programs': [
        () =>
          problemResponse(
            {
              title: 'Invalid program',
              code: 'VALIDATION_FAILED',
              errors: [
                { field: 'projectKeys[1]', message: 'mob-x is not a project key' },
                { field: 'rootIssueKeys[0]', message: "WEB-9 is not in Keystone's copy of Jira yet" },
              ],
            },
            400,
          ),
        () =>
          problemResponse(
            {
              title: 'Name taken',
              detail: 'Another program of the site is called Checkout 2.0.',
              code: 'PROGRAM_NAME_TAKEN',
            },
            409,
          ),
      ],
    });
    await screen.findByText('No program includes WEB yet');
    await screen.findByLabelText('Name');

    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('Give the program a name.')).toBeInTheDocument();
    expect(calls(fetch, 'POST /api/programs')).toHaveLength(0);

    fireEvent.change(field('Name'), { target: { value: 'Checkout 2.0' } });
    fireEvent.change(field('Projects'), { target: { value: 'WEB, MOB-X' } });
    fireEvent.change(field('Root issues (optional)'), { target: { value: 'WEB-9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() => {
      expect(field('Projects')).toHaveAccessibleDescription(/mob-x is not a project key/);
    });
    expect(field('Root issues (optional)')).toHaveAccessibleDescription(
      /WEB-9 is not in Keystone's copy of Jira yet/,
    );
    expect(screen.queryByText('Give the program a name.')).not.toBeInTheDocument();
    // Every field error found its field, so no separate problem message repeats them.
    expect(screen.queryByText('Error code: VALIDATION_FAILED')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));
    await waitFor(() => {
      expect(field('Name')).toHaveAccessibleDescription(
        'Another program of the site is called Checkout 2.0.',
      );
    });
    expect(field('Projects')).not.toHaveAccessibleDescription(/mob-x/);
    expect(calls(fetch, 'POST /api/programs')).toHaveLength(2);
  });

  it("pages through the catalogue and lets the user pick among the project's programs", async () => {
    const routes = {
      ...withCheckout([
        () => jsonResponse({ items: [CHECKOUT, OPS_ONLY], nextCursor: 'page 2' }),
      ]),
      [`${LIST}&cursor=page%202`]: [() => jsonResponse({ items: [PAYMENTS], nextCursor: null })],
      [rollupOf(PAYMENTS.id)]: [() => jsonResponse({ ...ROLLUP, programId: PAYMENTS.id })],
      [childrenOf(PAYMENTS.id)]: [() => jsonResponse({ items: [], truncated: false })],
      [burnupOf(PAYMENTS.id)]: [() => jsonResponse({ ...BURNUP, programId: PAYMENTS.id, days: [] })],
      [dependenciesOf(PAYMENTS.id)]: [() => jsonResponse({ items: [], truncated: false })],
    };
    const { fetch, unmount } = renderPage(routes);

    expect(await screen.findByRole('heading', { name: 'Checkout 2.0' })).toBeInTheDocument();
    // the picker is lazy-loaded: give a busy machine time to fetch it
    const picker = await screen.findByLabelText('Program', {}, { timeout: 5000 });
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    expect(screen.queryByText('Ops cleanup')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByText('Payments', {}, { timeout: 5000 }));

    expect(await screen.findByRole('heading', { name: 'Payments' })).toBeInTheDocument();
    expect(await screen.findByText('No work in this program yet')).toBeInTheDocument();
    expect(calls(fetch, rollupOf(PAYMENTS.id)).length).toBeGreaterThanOrEqual(1);
    expect(window.localStorage.getItem('keystone.program-page.WEB.program')).toBe(PAYMENTS.id);

    // The choice survives Jira reloading the page.
    unmount();
    renderPage(routes);
    expect(await screen.findByRole('heading', { name: 'Payments' })).toBeInTheDocument();
  });

  it("shows the program's rollup: progress, status, figures and projects", async () => {
    const { host } = renderPage(withCheckout());

    expect(await screen.findByTestId('percent-byCount')).toHaveTextContent('50%');
    expect(screen.getByTestId('percent-byEstimate')).toHaveTextContent('62.5%');
    expect(screen.getByTestId('percent-byTime')).toHaveTextContent('n/a');
    expect(screen.getByRole('progressbar', { name: 'Done by estimate' })).toHaveAttribute(
      'aria-valuenow',
      '62.5',
    );
    expect(screen.getByTestId('program-target-date')).toHaveTextContent('2030-12-31');
    const projects = screen.getByRole('list', { name: 'Projects in the program' });
    expect(within(projects).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['WEB', 'MOB']);

    expect(
      screen.getByRole('img', { name: 'Issues by status: 5 to do, 5 in progress, 10 done' }),
    ).toBeInTheDocument();

    const tile = (label: string) => screen.getByRole('group', { name: label });
    expect(tile('Issues')).toHaveTextContent('20');
    expect(tile('Done')).toHaveTextContent('10');
    expect(tile('Overdue')).toHaveTextContent('2');
    expect(tile('Blocked')).toHaveTextContent('1');
    expect(tile('Unestimated')).toHaveTextContent('3');
    expect(tile('Story points done')).toHaveTextContent('25 of 40');
    expect(tile('Latest due date')).toHaveTextContent('2030-11-30');

    const table = screen.getByRole('table', { name: 'Progress per project' });
    const row = (key: string) => within(table).getByText(key).closest('tr') as HTMLElement;
    expect(row('MOB')).toHaveTextContent(/MOB8.*25%25 of 4001/);
    expect(row('WEB')).toHaveTextContent(/WEB12.*66.7%25 of 4020/);
    expect(screen.getByRole('progressbar', { name: 'MOB done by issue count' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(host.resize).toHaveBeenCalled();
  });

  it('drills down into the work one level at a time', async () => {
    const { fetch } = renderPage(withCheckout());
    const work = await screen.findByRole('table', { name: 'Program work' });
    const epic = within(work).getByText('WEB-1').closest('tr') as HTMLElement;
    expect(epic).toHaveTextContent('WEB-1 summary');
    expect(epic).toHaveTextContent('Epic');
    expect(within(epic).getByText('In Progress')).toBeInTheDocument();
    expect(within(epic).getByRole('progressbar', { name: 'WEB-1 done by issue count' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(calls(fetch, childrenOf(CHECKOUT.id, '100'))).toHaveLength(0);

    const toggle = within(epic).getByRole('button', { name: 'Show work under WEB-1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);

    const story = (await within(work).findByText('WEB-2')).closest('tr') as HTMLElement;
    expect(story).toHaveTextContent('no work below');
    expect(within(story).queryByRole('button')).not.toBeInTheDocument();
    expect(calls(fetch, childrenOf(CHECKOUT.id, '100'))).toHaveLength(1);

    fireEvent.click(within(epic).getByRole('button', { name: 'Hide work under WEB-1' }));
    expect(within(work).queryByText('WEB-2')).not.toBeInTheDocument();
  });

  it('follows a change on the next poll without flashing a spinner', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const routes = withCheckout();
    routes[rollupOf(CHECKOUT.id)] = [
      () => jsonResponse(ROLLUP),
      () => jsonResponse({ ...ROLLUP, asOf: '2030-05-01T10:00:05Z', overdue: 7 }),
    ];
    const { fetch } = renderPage(routes);
    expect(await screen.findByRole('group', { name: 'Overdue' })).toHaveTextContent('2');

    await act(() => vi.advanceTimersByTimeAsync(ROLLUP_POLL_MS));

    await waitFor(() => {
      expect(screen.getByRole('group', { name: 'Overdue' })).toHaveTextContent('7');
    });
    expect(screen.queryByRole('img', { name: "Loading the program's figures" })).not.toBeInTheDocument();
    expect(calls(fetch, rollupOf(CHECKOUT.id))).toHaveLength(2);
  });

  it("shows the program's health with its reasons and the forecast with its basis", async () => {
    renderPage(withCheckout());

    const health = await screen.findByRole('region', { name: 'Program health' });
    expect(within(health).getByTestId('program-health-status')).toHaveTextContent('Amber');
    expect(within(health).queryByText('set by hand')).not.toBeInTheDocument();
    const reasons = within(health).getByRole('list', { name: 'Health reasons' });
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(2);
    expect(within(reasons).getAllByRole('img', { name: 'Amber' })).toHaveLength(2);
    expect(reasons).toHaveTextContent(/8 days after the target 2030-12-31/);

    const forecast = screen.getByRole('region', { name: 'Forecast' });
    expect(within(forecast).getByTestId('forecast-headline')).toHaveTextContent('85 % likely by 2031-01-08');
    expect(within(forecast).getByRole('group', { name: 'P50' })).toHaveTextContent('2030-11-20');
    expect(within(forecast).getByRole('group', { name: 'P85' })).toHaveTextContent('2031-01-08');
    expect(within(forecast).getByRole('group', { name: 'P95' })).toHaveTextContent('2031-01-29');
    expect(within(forecast).getByTestId('forecast-basis')).toHaveTextContent(
      "From the last 8 weeks' throughput of level-0 items: 3, 5, 0, 4, 6, 2, 5, 3 — 42 items remain.",
    );
    expect(within(forecast).getByTestId('forecast-note')).toHaveTextContent(
      "5000 simulated runs (seed 20261126). Each future week draws one of the sampled weeks' throughput.",
    );
  });

  it('leaves out health and forecast when an older server does not send them', async () => {
    const routes = withCheckout();
    const { health: _health, forecast: _forecast, dependencies: _dependencies, ...bare } = ROLLUP;
    routes[rollupOf(CHECKOUT.id)] = [() => jsonResponse(bare)];
    renderPage(routes);

    expect(await screen.findByTestId('percent-byCount')).toHaveTextContent('50%');
    expect(screen.queryByRole('region', { name: 'Program health' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Forecast' })).not.toBeInTheDocument();
    // Without the rollup's counts the summary counts the list.
    expect(await screen.findByTestId('dependencies-summary')).toHaveTextContent(
      '2 cross-project dependencies, 1 off track',
    );
  });

  it('draws the burn-up by count, marks reconstructed days, and switches to story points', async () => {
    const { container } = renderPage(withCheckout());

    const chart = await screen.findByRole('img', { name: /^Burn-up by issue count/ });
    expect(chart).toHaveAccessibleName(
      'Burn-up by issue count from 2030-04-27 to 2030-05-01: scope 20, done 10 on 2030-05-01, ' +
        'from scope 16, done 6 on 2030-04-27. 2 days are reconstructed from Jira history, up to 2030-04-28.',
    );
    expect(chart.querySelector('title')).toHaveTextContent(/^Burn-up by issue count/);
    for (const series of ['scope', 'done']) {
      const group = chart.querySelector(`[data-series="${series}"]`);
      // Two dashed segments for the rebuilt days, then two solid ones: M … L … L …
      expect(group?.querySelector('path[data-kind="reconstructed"]')?.getAttribute('d')).toMatch(/^M[\d.,]+L[\d.,]+L[\d.,]+$/);
      expect(group?.querySelector('path[data-kind="snapshot"]')?.getAttribute('d')).toMatch(/^M[\d.,]+L[\d.,]+L[\d.,]+$/);
      expect(group?.querySelector('path[data-kind="reconstructed"]')).toHaveStyle({ strokeDasharray: '5 4' });
    }
    const valueTicks = [...chart.querySelectorAll('[data-axis="values"] text')].map((text) => text.textContent);
    expect(valueTicks).toEqual(['0', '5', '10', '15', '20']);
    const dateTicks = [...chart.querySelectorAll('[data-axis="dates"] text')].map((text) => text.textContent);
    expect(dateTicks).toEqual(['27 Apr', '28 Apr', '29 Apr', '30 Apr', '1 May']);

    const legend = screen.getByRole('list', { name: 'Burn-up legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Scope',
      'Done',
      'Reconstructed from Jira history (before daily snapshots)',
    ]);

    const byCount = screen.getByRole('button', { name: 'Issue count' });
    const byPoints = screen.getByRole('button', { name: 'Story points' });
    expect(byCount).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(byPoints);
    expect(byPoints).toHaveAttribute('aria-pressed', 'true');
    expect(byCount).toHaveAttribute('aria-pressed', 'false');
    expect(
      screen.getByRole('img', { name: /^Burn-up by story points .*: scope 40, done 25.5 on 2030-05-01, from scope 30, done 10 on/ }),
    ).toBeInTheDocument();
    const pointTicks = [...container.querySelectorAll('[data-axis="values"] text')].map((text) => text.textContent);
    expect(pointTicks).toEqual(['0', '10', '20', '30', '40']);
  });

  it('leaves the reconstructed entry out of the legend when every day is a snapshot', async () => {
    const routes = withCheckout();
    routes[burnupOf(CHECKOUT.id)] = [
      () => jsonResponse({ ...BURNUP, days: BURNUP.days.map((d) => ({ ...d, reconstructed: false })) }),
    ];
    renderPage(routes);

    const legend = await screen.findByRole('list', { name: 'Burn-up legend' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /^Burn-up by issue count/ })).not.toHaveAccessibleName(/reconstructed/);
    expect(screen.getByTestId('burnup-chart').querySelector('path[data-kind="reconstructed"]')).toBeNull();
  });

  it('lists cross-project dependencies, the off-track ones first with why', async () => {
    renderPage(withCheckout());

    const section = await screen.findByRole('region', { name: 'Dependencies' });
    expect(within(section).getByTestId('dependencies-summary')).toHaveTextContent(
      '2 cross-project dependencies, 1 off track',
    );
    const table = await within(section).findByRole('table', { name: 'Cross-project dependencies' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const [offTrack, onTrack] = rows as [HTMLElement, HTMLElement];
    const [blocker, , blocked, track] = within(offTrack).getAllByRole('cell') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(blocker).toHaveTextContent(/^WEBWEB-5WEB-5 summaryTo Dodue 2030-04-20$/);
    expect(blocked).toHaveTextContent(/^MOBMOB-7MOB-7 summaryIn Progressno due date$/);
    expect(within(blocker).getByText('To Do')).toBeInTheDocument();
    expect(track).toHaveTextContent('Off trackWEB-5 was due 2030-04-20 and is not done.');

    expect(onTrack).toHaveTextContent(/MOB-3.*due 2030-05-10.*WEB-2.*due 2030-06-01.*On track/);
    expect(within(onTrack).queryByText('Off track')).not.toBeInTheDocument();
  });

  it('reads further pages of dependencies when asked', async () => {
    const routes = withCheckout();
    routes[dependenciesOf(CHECKOUT.id)] = [
      () => jsonResponse({ ...DEPENDENCIES, items: DEPENDENCIES.items.slice(0, 1), total: 2, nextCursor: 'c1', truncated: true }),
    ];
    routes[`${dependenciesOf(CHECKOUT.id)}?cursor=c1`] = [
      () => jsonResponse({ ...DEPENDENCIES, items: DEPENDENCIES.items.slice(1), total: 2, nextCursor: null }),
    ];
    renderPage(routes);

    const section = await screen.findByRole('region', { name: 'Dependencies' });
    expect(await within(section).findByTestId('dependencies-shown')).toHaveTextContent('Showing 1 of 2 dependencies.');
    fireEvent.click(within(section).getByRole('button', { name: 'Show more' }));

    await waitFor(() => {
      expect(within(section).getAllByRole('row').slice(1)).toHaveLength(2);
    });
    expect(within(section).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(within(section).getAllByRole('row')[1]).toHaveTextContent(/WEB-5.*Off track/);
  });

  it('says so when no dependency crosses projects', async () => {
    const routes = withCheckout();
    routes[rollupOf(CHECKOUT.id)] = [() => jsonResponse({ ...ROLLUP, dependencies: { crossProject: 0, offTrack: 0 } })];
    routes[dependenciesOf(CHECKOUT.id)] = [() => jsonResponse({ items: [], truncated: false })];
    renderPage(routes);

    expect(await screen.findByText('No open work in this program waits on another project.')).toBeInTheDocument();
    expect(screen.getByTestId('dependencies-summary')).toHaveTextContent('0 cross-project dependencies, 0 off track');
    expect(screen.queryByRole('table', { name: 'Cross-project dependencies' })).not.toBeInTheDocument();
  });

  it('polls the burn-up every minute and re-reads dependencies when their counts move', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const routes = withCheckout();
    routes[rollupOf(CHECKOUT.id)] = [
      () => jsonResponse(ROLLUP),
      () => jsonResponse({ ...ROLLUP, dependencies: { crossProject: 2, offTrack: 2 } }),
    ];
    const { fetch } = renderPage(routes);
    await screen.findByRole('table', { name: 'Cross-project dependencies' });
    await screen.findByRole('img', { name: /^Burn-up/ });
    expect(calls(fetch, burnupOf(CHECKOUT.id))).toHaveLength(1);
    expect(calls(fetch, dependenciesOf(CHECKOUT.id))).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(ROLLUP_POLL_MS));
    await waitFor(() => {
      expect(screen.getByTestId('dependencies-summary')).toHaveTextContent('2 off track');
    });
    await waitFor(() => {
      expect(calls(fetch, dependenciesOf(CHECKOUT.id))).toHaveLength(2);
    });
    expect(calls(fetch, burnupOf(CHECKOUT.id))).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(BURNUP_POLL_MS - ROLLUP_POLL_MS));
    await waitFor(() => {
      expect(calls(fetch, burnupOf(CHECKOUT.id))).toHaveLength(2);
    });
    expect(screen.queryByRole('img', { name: 'Loading the burn-up' })).not.toBeInTheDocument();
  });

  it('reports a rollup of the wrong shape', async () => {
    const routes = withCheckout();
    routes[rollupOf(CHECKOUT.id)] = [() => jsonResponse({ ...ROLLUP, issues: { total: 'many' } })];
    renderPage(routes);

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
    expect(screen.getByText(/Expected program rollup\.issues\.total to be a number/)).toBeInTheDocument();
    expect(screen.queryByTestId('percent-byCount')).not.toBeInTheDocument();
  });

  it('shows why the programs could not be loaded', async () => {
    renderPage({
      [LIST]: [() => problemResponse({ title: 'Bad cursor', code: 'INVALID_CURSOR' }, 400)],
    });

    expect(await screen.findByText('Error code: INVALID_CURSOR')).toBeInTheDocument();
  });
});
