import type { HealthStatus } from '../features/rollup/rollup';

import { jsonResponse } from './fake-host';
import type { renderWithHost } from './render-with-host';

/** One program as GET /api/portfolio sends it; members the server leaves out stay out. */
export const portfolioEntry = (
  id: string,
  name: string,
  health: HealthStatus,
  extra: Record<string, unknown> = {},
) => ({
  id,
  name,
  targetDate: '2030-12-31',
  health,
  overridden: false,
  reasons: [
    {
      status: health,
      code: health === 'GREEN' ? 'ON_SCHEDULE' : 'OVERDUE_SHARE',
      message: `${name}: the worst reason`,
    },
  ],
  percentDone: 50,
  issues: 20,
  done: 10,
  overdue: 0,
  blocked: 0,
  forecastP85: '2030-11-02',
  ...extra,
});

export const SESSION = { siteUrl: 'https://acme.atlassian.net', accountId: '557058:f00', clientKey: 'ck' };

type Fetch = ReturnType<typeof renderWithHost>['fetch'];

export const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** Answers the session and the portfolio; the portfolio replies are used in turn, the last repeats. */
export function routePortfolio(fetch: Fetch, replies: (() => Response)[]) {
  let served = 0;
  fetch.mockImplementation((input) => {
    const url = urlOf(input);
    if (url === '/api/session') return Promise.resolve(jsonResponse(SESSION));
    const reply = replies[Math.min(served, replies.length - 1)];
    if (url === '/api/portfolio' && reply !== undefined) {
      served += 1;
      return Promise.resolve(reply());
    }
    return Promise.reject(new Error(`Unexpected ${url}`));
  });
}

export const portfolioCalls = (fetch: Fetch) =>
  fetch.mock.calls.filter(([input]) => urlOf(input) === '/api/portfolio');
