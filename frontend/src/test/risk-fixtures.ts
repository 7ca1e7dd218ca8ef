import type { renderWithHost } from './render-with-host';
import { jsonResponse } from './fake-host';

/** A risk as the API sends it (docs/risks.md). */
export function riskJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0b6f9a54-0000-4000-8000-000000000001',
    title: 'Vendor SDK end of life',
    description: null,
    category: 'vendor',
    probability: 4,
    impact: 4,
    score: 16,
    level: 'CRITICAL',
    residualProbability: null,
    residualImpact: null,
    residualScore: null,
    residualLevel: null,
    exposure: 16,
    exposureLevel: 'CRITICAL',
    roam: 'OWNED',
    status: 'OPEN',
    ownerAccountId: 'acc-1',
    mitigation: null,
    contingency: null,
    trigger: null,
    reviewDate: null,
    dueDate: null,
    proximity: null,
    reviewOverdue: false,
    programs: [],
    projectKeys: ['PAY'],
    issues: [{ id: '10003', key: 'PAY-3', summary: 'Checkout', statusCategory: 'new' }],
    mitigationProgress: { total: 1, done: 0 },
    createdBy: 'acc-1',
    createdAt: '2030-05-01T10:00:00Z',
    updatedAt: '2030-05-01T10:00:00Z',
    version: 0,
    ...overrides,
  };
}

const zeros = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);

export function heatMapJson(cells: [number, number, number][] = []): Record<string, unknown> {
  const inherent = zeros();
  for (const [p, i, count] of cells) {
    const row = inherent[p - 1];
    if (row !== undefined) row[i - 1] = count;
  }
  const levels = Array.from({ length: 5 }, (_, p) =>
    Array.from({ length: 5 }, (_, i) => {
      const score = (p + 1) * (i + 1);
      return score >= 15 ? 'CRITICAL' : score >= 10 ? 'HIGH' : score >= 5 ? 'MEDIUM' : 'LOW';
    }),
  );
  return { inherent, residual: zeros(), levels, notAssessed: 0 };
}

type Fetch = ReturnType<typeof renderWithHost>['fetch'];

export const urlOf = (input: Parameters<Fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

export type Route = (url: URL, init: RequestInit | undefined) => Response | undefined;

/** Answers each call with the first route that returns a response; anything else is a test failure. */
export function routeFetch(fetch: Fetch, routes: Route[]) {
  fetch.mockImplementation((input, init) => {
    const url = new URL(urlOf(input), 'http://keystone.test');
    for (const route of routes) {
      const response = route(url, init);
      if (response !== undefined) return Promise.resolve(response);
    }
    return Promise.reject(new Error(`Unexpected ${init?.method ?? 'GET'} ${url.pathname}${url.search}`));
  });
}

/** Routes the register page's background calls (session, programs, matrix, overview lists). */
export const registerBackground: Route = (url) => {
  switch (url.pathname) {
    case '/api/session':
      return jsonResponse({ siteUrl: 'https://acme.atlassian.net', accountId: 'acc-1', clientKey: 'k' });
    case '/api/programs':
      return jsonResponse({ items: [] });
    case '/api/settings/risk-matrix':
      return jsonResponse({ mediumFrom: 5, highFrom: 10, criticalFrom: 15, categories: ['vendor'], version: 0 });
    case '/api/risks/trend':
      return jsonResponse({ items: [{ date: '2030-05-01', openCount: 1, exposure: 16, inherentScore: 16 }] });
    case '/api/risks/top':
      return jsonResponse({ items: [] });
    default:
      return undefined;
  }
};

