import '@atlaskit/css-reset';
import './app-shell.css';

import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';

/** `page`: a full Jira page module. `embedded`: a panel or gadget inside another Jira view. */
export type ShellLayout = 'page' | 'embedded';

export interface AppShellProps {
  title: string;
  layout?: ShellLayout;
  children: ReactNode;
}

// Fallbacks cover the moment before the theme CSS has loaded.
const pageStyle: CSSProperties = {
  paddingInline: token('space.400', '32px'),
  paddingBlock: token('space.300', '24px'),
};

const embeddedStyle: CSSProperties = {
  padding: token('space.100', '8px'),
};

export function AppShell({ title, layout = 'page', children }: AppShellProps) {
  if (layout === 'embedded') {
    return (
      <main style={embeddedStyle}>
        <Stack space="space.200">
          <Heading size="small" as="h1">
            {title}
          </Heading>
          {children}
        </Stack>
      </main>
    );
  }
  return (
    <main style={pageStyle}>
      <Stack space="space.300">
        <Heading size="large" as="h1">
          {title}
        </Heading>
        {children}
      </Stack>
    </main>
  );
}
