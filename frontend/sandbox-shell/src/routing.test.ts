import { describe, expect, it } from 'vitest';

import { navigatorTarget, parseRoute, projectOf, routeHash, type Route } from './routing';

describe('shell routes', () => {
  it.each<[string, Route]>([
    ['#/project/WEB/issues', { kind: 'issues', projectKey: 'WEB' }],
    ['#/project/WEB', { kind: 'issues', projectKey: 'WEB' }],
    ['#/project/WEB/program', { kind: 'program', projectKey: 'WEB' }],
    ['#/issue/PAY-3', { kind: 'issue', issueKey: 'PAY-3' }],
    ['#/apps/risk-register', { kind: 'app', module: 'risk-register' }],
    ['#/admin', { kind: 'admin', module: 'admin' }],
    ['#/admin/configure', { kind: 'admin', module: 'configure' }],
    ['#/dashboard', { kind: 'dashboard' }],
    ['#/sandbox', { kind: 'sandbox' }],
    ['', { kind: 'home' }],
    ['#/nonsense', { kind: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its hash', () => {
    const routes: Route[] = [
      { kind: 'issues', projectKey: 'WEB' }, { kind: 'program', projectKey: 'PAY' }, { kind: 'issue', issueKey: 'PAY-3' },
      { kind: 'app', module: 'portfolio' }, { kind: 'admin', module: 'configure' }, { kind: 'dashboard' }, { kind: 'sandbox' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('maps AP.navigator.go targets the sandbox knows and ignores the rest', () => {
    expect(navigatorTarget('issue', { issueKey: 'WEB-1' })).toEqual({ kind: 'issue', issueKey: 'WEB-1' });
    expect(navigatorTarget('projectAdminSummary', { projectKey: 'WEB' })).toEqual({ kind: 'issues', projectKey: 'WEB' });
    expect(navigatorTarget('issue', {})).toBeNull();
    expect(navigatorTarget('addonModule', { addonKey: 'x' })).toBeNull();
  });

  it('knows which project an issue page belongs to', () => {
    const site = { issues: [{ key: 'PAY-3', projectKey: 'PAY' }] };
    expect(projectOf({ kind: 'issue', issueKey: 'PAY-3' }, site)).toBe('PAY');
    expect(projectOf({ kind: 'program', projectKey: 'WEB' }, site)).toBe('WEB');
    expect(projectOf({ kind: 'dashboard' }, site)).toBeNull();
  });
});
