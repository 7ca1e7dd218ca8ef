import { useEffect, useState } from 'react';

/** The shell's pages, addressed by the hash so a reload or a shared link lands on the same page. */
export type Route =
  | { kind: 'issues'; projectKey: string }
  | { kind: 'program'; projectKey: string }
  | { kind: 'issue'; issueKey: string }
  | { kind: 'app'; module: string }
  | { kind: 'admin'; module: 'admin' | 'configure' }
  | { kind: 'dashboard' }
  | { kind: 'sandbox' }
  | { kind: 'home' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#?\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'project' && second) {
    return third === 'program' ? { kind: 'program', projectKey: second } : { kind: 'issues', projectKey: second };
  }
  if (first === 'issue' && second) return { kind: 'issue', issueKey: second };
  if (first === 'apps' && second) return { kind: 'app', module: second };
  if (first === 'admin') return { kind: 'admin', module: second === 'configure' ? 'configure' : 'admin' };
  if (first === 'dashboard') return { kind: 'dashboard' };
  if (first === 'sandbox') return { kind: 'sandbox' };
  return { kind: 'home' };
}

export function routeHash(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.kind) {
    case 'issues':
      return `#/project/${enc(route.projectKey)}/issues`;
    case 'program':
      return `#/project/${enc(route.projectKey)}/program`;
    case 'issue':
      return `#/issue/${enc(route.issueKey)}`;
    case 'app':
      return `#/apps/${enc(route.module)}`;
    case 'admin':
      return route.module === 'configure' ? '#/admin/configure' : '#/admin';
    case 'dashboard':
      return '#/dashboard';
    case 'sandbox':
      return '#/sandbox';
    case 'home':
      return '#/';
  }
}

/** Where Jira's `AP.navigator.go(target, context)` leads, or null for targets the sandbox lacks. */
export function navigatorTarget(target: string, context: Record<string, unknown>): Route | null {
  const text = (name: string) => (typeof context[name] === 'string' ? context[name] : null);
  const issueKey = text('issueKey');
  const projectKey = text('projectKey');
  if (target === 'issue' && issueKey) return { kind: 'issue', issueKey };
  if ((target === 'project' || target === 'projectAdminSummary') && projectKey) {
    return { kind: 'issues', projectKey };
  }
  if (target === 'dashboard') return { kind: 'dashboard' };
  return null;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return route;
}

/** The project a page belongs to, so the sidebar can mark it. */
export function projectOf(route: Route, site: { issues: { key: string; projectKey: string }[] }): string | null {
  if (route.kind === 'issues' || route.kind === 'program') return route.projectKey;
  if (route.kind === 'issue') return site.issues.find((i) => i.key === route.issueKey)?.projectKey ?? null;
  return null;
}
