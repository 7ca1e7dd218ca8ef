import { LinkItem, MenuGroup, Section } from '@atlaskit/menu';

import type { Route } from '../routing';
import { routeHash } from '../routing';
import { useShell } from '../shell-context';

/** Jira's project sidebar: each project's issues and Keystone's project page, then site-wide places. */
export function SideNav({ route, currentProject }: { route: Route; currentProject: string | null }) {
  const { site } = useShell();
  const current = routeHash(route);
  const item = (label: string, target: Route, testId?: string) => (
    <LinkItem href={routeHash(target)} isSelected={current === routeHash(target) || (route.kind === 'issue'
      && target.kind === 'issues' && target.projectKey === currentProject)} testId={testId}>
      {label}
    </LinkItem>
  );

  return (
    <nav aria-label="Sandbox site">
      <MenuGroup>
        {site.projects.map((p) => (
          <Section key={p.key} title={`${p.name} (${p.key})`}>
            {item('Issues', { kind: 'issues', projectKey: p.key }, `project-${p.key}-issues`)}
            {item('Program', { kind: 'program', projectKey: p.key },
              p.key === currentProject ? 'program-link' : `project-${p.key}-program`)}
          </Section>
        ))}
        <Section title="Dashboards" hasSeparator>
          {item('Dashboard', { kind: 'dashboard' })}
        </Section>
        <Section title="Jira settings → Apps" hasSeparator>
          {item('Keystone', { kind: 'admin', module: 'admin' })}
          {item('Configure Keystone', { kind: 'admin', module: 'configure' })}
        </Section>
        <Section title="Simulated site" hasSeparator>
          {item('Sandbox: webhooks, faults, email', { kind: 'sandbox' }, 'sidebar-sandbox')}
        </Section>
      </MenuGroup>
    </nav>
  );
}
