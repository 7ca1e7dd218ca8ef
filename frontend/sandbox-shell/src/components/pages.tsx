import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { useEffect } from 'react';

import type { Route } from '../routing';
import { routeHash } from '../routing';
import { useShell } from '../shell-context';

import { ConnectFrame } from './connect-frame';
import { IssuePage } from './issue-page';
import { IssuesPage } from './issues-page';
import { SandboxPage } from './sandbox-page';
import { Panel } from './panel';

function Home() {
  const { site } = useShell();
  const first = site.projects[0]?.key ?? 'WEB';
  useEffect(() => {
    window.location.replace(routeHash({ kind: 'program', projectKey: first }));
  }, [first]);
  return null;
}

/** The main area for a route; Keystone's pages are iframes, the rest is the shell's own. */
export function Pages({ route }: { route: Route }) {
  const { site } = useShell();
  switch (route.kind) {
    case 'issues':
      return <IssuesPage projectKey={route.projectKey} />;
    case 'program': {
      const project = site.projects.find((p) => p.key === route.projectKey);
      return <ConnectFrame key={route.projectKey} module="program-page" full
        context={{ 'project.key': route.projectKey, 'project.id': project?.id ?? '' }} />;
    }
    case 'issue':
      return <IssuePage key={route.issueKey} issueKey={route.issueKey} />;
    case 'app':
      return <ConnectFrame key={route.module} module={route.module} full />;
    case 'admin':
      return <ConnectFrame key={route.module} module={route.module} full />;
    case 'dashboard':
      return (
        <Stack space="space.200">
          <Heading size="large">Dashboard</Heading>
          <Panel>
            <div style={{ maxWidth: '480px' }}>
              <ConnectFrame module="program-gadget"
                context={{ 'dashboard.id': '10100', 'dashboardItem.id': '1', 'dashboardItem.viewType': 'DEFAULT' }} />
            </div>
          </Panel>
        </Stack>
      );
    case 'sandbox':
      return <SandboxPage />;
    case 'home':
      return <Home />;
  }
}
