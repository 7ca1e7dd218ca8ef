import type { renderWithHost } from './render-with-host';

/** JSON as docs/raci.md describes it, for the RACI views' tests. */

export const PRIYA = '712020:priya';
export const KWAME = '712020:kwame';
export const LENA = '60b7d4e2a91c3f006f2e8d15';

export const person = (accountId: string, displayName: string, active = true) => ({
  accountId,
  displayName,
  avatarUrl: `https://avatars.example/${encodeURIComponent(accountId)}.png`,
  active,
});

export const PEOPLE = {
  [PRIYA]: person(PRIYA, 'Priya Raman'),
  [KWAME]: person(KWAME, 'Kwame Mensah'),
  [LENA]: person(LENA, 'Lena Novak'),
};

export const issueScope = (id: string, key: string, extra: Record<string, unknown> = {}) => ({
  type: 'issue',
  id,
  key,
  summary: `${key} summary`,
  projectKey: key.split('-')[0],
  statusName: 'In Progress',
  statusCategory: 'indeterminate',
  ...extra,
});

export const programScope = (id: string, name: string) => ({ type: 'program', id, name });

export const assignment = (accountId: keyof typeof PEOPLE, role: string, note: string | null = null) => ({
  accountId,
  role,
  note,
  person: PEOPLE[accountId],
});

export const sourced = (
  accountId: keyof typeof PEOPLE,
  role: string,
  fromScope: Record<string, unknown>,
  inherited: boolean,
) => ({ ...assignment(accountId, role), fromScope, inherited });

/** GET /api/raci/issue/10042 for STORY-7: own R, A from its epic in another project, I from the program. */
export function storyRaci(extra: Record<string, unknown> = {}) {
  const story = issueScope('10042', 'MOB-7');
  const epic = issueScope('10001', 'EPIC-1');
  const program = programScope('p-1', 'Checkout 2.0');
  return {
    scope: story,
    version: 2,
    own: [assignment(LENA, 'R')],
    inherited: [],
    effective: {
      R: [sourced(LENA, 'R', story, false)],
      A: [sourced(KWAME, 'A', epic, true)],
      C: [],
      I: [sourced(PRIYA, 'I', program, true)],
    },
    gaps: [],
    ...extra,
  };
}

/** The table row whose row header matches `name`. */
export function rowOf(header: HTMLElement): HTMLElement {
  const row = header.closest('tr');
  if (row === null) throw new Error('The row header is not in a table row.');
  return row;
}

/** The JSON body a fetch call sent. */
export function sentJson(init: RequestInit | undefined): unknown {
  if (typeof init?.body !== 'string') throw new Error('The call sent no JSON body.');
  return JSON.parse(init.body);
}

/** Routes a fake fetch by method and URL; unknown calls fail the test loudly. */
export function routeRaciFetch(
  fetch: ReturnType<typeof renderWithHost>['fetch'],
  routes: Record<string, () => Response>,
) {
  fetch.mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes[`${init?.method ?? 'GET'} ${url}`];
    if (route === undefined) return Promise.reject(new Error(`Unexpected fetch ${init?.method ?? 'GET'} ${url}`));
    return Promise.resolve(route());
  });
}
