import { StrictMode, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { AppShell, type ShellLayout } from '../components/app-shell';
import { ErrorBoundary } from '../components/error-boundary';
import { HostProvider } from '../components/host-provider';
import { OutsideJiraMessage } from '../components/outside-jira-message';

import { createApHost } from './ap-host';
import { createApiClient } from './api-client';
import { followHostColorMode, initTheming } from './theme';

export interface MountOptions {
  layout?: ShellLayout;
}

/**
 * Starts one Connect module page: theming, host + API client, error boundary and shell,
 * rendered into `#root`. Returns the React root (tests unmount it).
 */
export function mountEntry(title: string, View: ComponentType, options: MountOptions = {}): Root {
  const container = document.getElementById('root');
  if (container === null) {
    throw new Error('Keystone: the page has no #root element.');
  }
  document.title = title;
  const root = createRoot(container);
  const ap = window.AP;

  if (ap === undefined) {
    followHostColorMode(document.documentElement);
    root.render(
      <StrictMode>
        <AppShell title={title} {...options}>
          <OutsideJiraMessage />
        </AppShell>
      </StrictMode>,
    );
    return root;
  }

  const host = createApHost(ap);
  initTheming(host);
  const api = createApiClient({ host });

  root.render(
    <StrictMode>
      <AppShell title={title} {...options}>
        <ErrorBoundary>
          <HostProvider host={host} api={api}>
            <View />
          </HostProvider>
        </ErrorBoundary>
      </AppShell>
    </StrictMode>,
  );
  return root;
}
