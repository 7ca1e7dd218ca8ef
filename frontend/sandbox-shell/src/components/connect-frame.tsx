import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';

import { FULL_PAGE_HEIGHT } from '../ap-bridge';
import { shellApi } from '../api';
import { useShell } from '../shell-context';

export interface ConnectFrameProps {
  module: string;
  /** Jira's context parameters, e.g. `issue.key`; the sandbox fills them into the module URL. */
  context?: Record<string, string>;
  /** A full page (sizeToParent) rather than a panel that sizes to its content. */
  full?: boolean;
}

/**
 * One Keystone module as Jira embeds it: the sandbox signs the URL for the acting user and the
 * page loads in an iframe. A new user means a new signed URL, so the frame reloads.
 */
export function ConnectFrame({ module, context = {}, full = false }: ConnectFrameProps) {
  const { user, frames, site } = useShell();
  const ref = useRef<HTMLIFrameElement>(null);
  const [error, setError] = useState<string | null>(null);
  const contextKey = JSON.stringify(context);
  const installed = site.installed;

  useEffect(() => {
    const element = ref.current;
    if (!element || !installed) return undefined;
    const parsed = JSON.parse(contextKey) as Record<string, string>;
    const unregister = frames.register({ module, context: parsed, element });
    let live = true;
    shellApi.frameUrl(module, user, parsed).then(
      ({ url }) => {
        if (live) element.src = url;
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
      unregister();
    };
  }, [module, contextKey, user, frames, installed]);

  if (!installed) {
    return <SectionMessage title="Installing Keystone…">The sandbox is sending Keystone its signed install. Reload in a moment.</SectionMessage>;
  }
  if (error) {
    return <SectionMessage appearance="error" title={`Could not load ${module}`}>{error}</SectionMessage>;
  }
  return (
    <iframe
      ref={ref}
      key={`${module}|${contextKey}|${user}`}
      className="connect"
      data-module={module}
      title={module}
      style={{
        width: '100%',
        border: 0,
        display: 'block',
        minHeight: token('space.1000', '80px'),
        height: full ? FULL_PAGE_HEIGHT : undefined,
        background: 'transparent',
      }}
    />
  );
}
