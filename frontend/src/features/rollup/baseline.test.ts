import { describe, expect, it, vi } from 'vitest';

import { createApiClient } from '../../lib/api-client';
import { createFakeHost, jsonResponse } from '../../test/fake-host';

import { clearBaseline, setBaseline, type Baseline } from './baseline';
import { decodeBurnup } from './burnup';
import { describeScopeChange, signed } from './scope-change';

const BASELINE_JSON = {
  date: '2026-11-02',
  scope: 5,
  done: 1,
  scopePoints: 8,
  donePoints: 2,
  reconstructed: false,
  setBy: '557058:f00',
  setAt: '2026-11-02T09:00:00Z',
};

const burnup = (extra: Record<string, unknown>) => ({
  programId: 'p-1',
  from: '2026-11-01',
  to: '2026-11-03',
  days: [{ date: '2026-11-01', scope: 5, done: 1, scopePoints: 8, donePoints: 2, reconstructed: true }],
  ...extra,
});

const baseline = (overrides: Partial<Baseline> = {}): Baseline => ({
  date: '2026-11-02',
  scope: 5,
  done: 1,
  scopePoints: 8,
  donePoints: 2,
  reconstructed: false,
  setBy: null,
  setAt: null,
  ...overrides,
});

describe('decodeBurnup with a baseline', () => {
  it('reads the baseline and the scope change when present', () => {
    const decoded = decodeBurnup(
      burnup({
        baseline: BASELINE_JSON,
        scopeChange: { count: 2, points: 4, countPercent: 40, pointsPercent: 50 },
      }),
    );
    expect(decoded.baseline).toEqual(BASELINE_JSON);
    expect(decoded.scopeChange).toEqual({ count: 2, points: 4, countPercent: 40, pointsPercent: 50 });
  });

  it('tolerates their absence and absent percentages', () => {
    expect(decodeBurnup(burnup({}))).toMatchObject({ baseline: null, scopeChange: null });
    const decoded = decodeBurnup(
      burnup({ baseline: { date: '2026-11-02', scope: 0, done: 0 }, scopeChange: { count: 3, points: 0 } }),
    );
    expect(decoded.baseline).toMatchObject({ scopePoints: 0, reconstructed: false, setBy: null, setAt: null });
    expect(decoded.scopeChange).toEqual({ count: 3, points: 0, countPercent: null, pointsPercent: null });
  });

  it('rejects a baseline of the wrong shape', () => {
    expect(() => decodeBurnup(burnup({ baseline: { date: 20261102, scope: 1, done: 0 } }))).toThrow(
      'burn-up.baseline.date',
    );
  });
});

describe('baseline requests', () => {
  const client = (...responses: Response[]) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    for (const response of responses) fetch.mockResolvedValueOnce(response);
    return { api: createApiClient({ host: createFakeHost(), fetch }), fetch };
  };

  it('PUTs an empty body for today and the date for an earlier day', async () => {
    const { api, fetch } = client(jsonResponse(BASELINE_JSON), jsonResponse(BASELINE_JSON));
    await expect(setBaseline(api, 'p 1')).resolves.toEqual(BASELINE_JSON);
    await setBaseline(api, 'p 1', '2026-11-02');
    expect(fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body])).toEqual([
      ['/api/programs/p%201/baseline', 'PUT', '{}'],
      ['/api/programs/p%201/baseline', 'PUT', '{"date":"2026-11-02"}'],
    ]);
  });

  it('DELETEs to clear, reading no body', async () => {
    const { api, fetch } = client(new Response(null, { status: 204 }));
    await expect(clearBaseline(api, 'p-1')).resolves.toBeUndefined();
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
  });
});

describe('describeScopeChange', () => {
  const change = { count: 2, points: 4, countPercent: 40, pointsPercent: 50 };

  it('puts the chart measure first', () => {
    expect(describeScopeChange(baseline(), change, 'count')).toBe(
      'Scope +2 items (+40 %) · +4 points (+50 %) since the baseline of 2 Nov',
    );
    expect(describeScopeChange(baseline(), change, 'points')).toBe(
      'Scope +4 points (+50 %) · +2 items (+40 %) since the baseline of 2 Nov',
    );
  });

  it('says shrinking with a minus sign, singular units, and no percentage without a base', () => {
    expect(
      describeScopeChange(
        baseline({ scope: 0 }),
        { count: -1, points: 0.5, countPercent: null, pointsPercent: 6.3 },
        'count',
      ),
    ).toBe('Scope \u22121 item · +0.5 points (+6.3 %) since the baseline of 2 Nov');
  });

  it('leaves points out when nothing was estimated, and says when nothing changed', () => {
    const unestimated = baseline({ scopePoints: 0 });
    expect(describeScopeChange(unestimated, { count: 1, points: 0, countPercent: 20, pointsPercent: null }, 'points')).toBe(
      'Scope +1 item (+20 %) since the baseline of 2 Nov',
    );
    expect(describeScopeChange(baseline(), { count: 0, points: 0, countPercent: 0, pointsPercent: 0 }, 'count')).toBe(
      'Scope unchanged since the baseline of 2 Nov',
    );
  });

  it('signs amounts', () => {
    expect([signed(3), signed(-2.25), signed(0), signed(0.04)]).toEqual(['+3', '\u22122.3', '0', '0']);
  });
});
