import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useEffect, useMemo, useRef, useState } from 'react';

import { createApHandler } from './ap-bridge';
import { performApRequest } from './ap-request';
import { shellApi } from './api';
import { Flags, type ShownFlag } from './components/flags';
import { Pages } from './components/pages';
import { SideNav } from './components/side-nav';
import { TopBar } from './components/top-bar';
import { FrameRegistry } from './frames';
import { projectOf } from './routing';
import { countNew, lastSeen, markSeen, newestCreated } from './notifications';
import { routeHash, useRoute } from './routing';
import { type ColorMode, type FlagInput, type Shell, ShellContext } from './shell-context';
import { applyColorMode, savedColorMode } from './theme';
import type { Site } from './types';
import { useLoad } from './use-load';
import { setUserCookie } from './user-cookie';

const FLAG_MS = 6000;

/** The whole shell once the site listing has loaded: state shared by the pages, and the AP host. */
function ShellApp({ site, reloadSite }: { site: Site; reloadSite: () => void }) {
  const route = useRoute();
  const frames = useMemo(() => new FrameRegistry(), []);
  const [user, setUserState] = useState(() => site.users[0]?.accountId ?? 'sandbox-admin');
  const [theme, setTheme] = useState<ColorMode>(savedColorMode);
  const [flags, setFlags] = useState<ShownFlag[]>([]);
  const nextFlag = useRef(1);
  const notifications = useLoad(shellApi.notifications, 'badge', 5000);

  useEffect(() => { setUserCookie(user); }, [user]);
  useEffect(() => {
    applyColorMode(theme);
    frames.broadcast({ ap: 'theme', mode: theme });
  }, [theme, frames]);
  const newest = notifications.data ? newestCreated(notifications.data) : null;
  // Whatever the Sandbox page has shown counts as read.
  const seen = route.kind === 'sandbox' ? newest : lastSeen();
  useEffect(() => {
    if (route.kind === 'sandbox') markSeen(newest);
  }, [route.kind, newest]);

  const shell = useMemo<Shell>(() => {
    const dismiss = (id: number) => { setFlags((all) => all.filter((f) => f.id !== id)); };
    return {
      site, user, theme, frames, reloadSite,
      setUser: setUserState,
      toggleTheme: () => { setTheme((t) => (t === 'dark' ? 'light' : 'dark')); },
      flag: (input: FlagInput) => {
        const id = nextFlag.current++;
        setFlags((all) => [{ id, ...input }, ...all]);
        if (input.type !== 'error') window.setTimeout(() => { dismiss(id); }, FLAG_MS);
        return id;
      },
      issueChanged: (issueKey: string) => {
        frames.broadcast({ ap: 'event', name: 'ISSUE_CHANGED', payload: { issueKey } });
      },
    };
  }, [site, user, theme, frames, reloadSite]);

  // The AP host reads the latest shell through a ref, so the listener is added once.
  const shellRef = useRef(shell);
  useEffect(() => { shellRef.current = shell; }, [shell]);
  useEffect(() => {
    const handler = createApHandler({
      frameFor: (source) => frames.find(source),
      user: () => shellRef.current.user,
      theme: () => shellRef.current.theme,
      contextToken: async (u) => (await shellApi.contextToken(u)).token,
      navigate: (r) => { window.location.hash = routeHash(r); },
      flag: (input) => shellRef.current.flag(input),
      closeFlag: (id) => { setFlags((all) => all.filter((f) => f.id !== id)); },
      request: (args) => performApRequest(args),
      siteUrl: `${window.location.origin}/sandbox/jira`,
    });
    window.addEventListener('message', handler);
    return () => { window.removeEventListener('message', handler); };
  }, [frames]);

  return (
    <ShellContext.Provider value={shell}>
      <div style={{ display: 'flex', flexDirection: 'column', height: '100vh', background: token('elevation.surface') }}>
        <TopBar newNotifications={notifications.data ? countNew(notifications.data, seen) : 0} />
        <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
          <div style={{ width: '260px', borderRight: `1px solid ${token('color.border')}`, overflow: 'auto' }}>
            <SideNav route={route} currentProject={projectOf(route, site)} />
          </div>
          <main style={{ flex: 1, overflow: 'auto', padding: `${token('space.200')} ${token('space.400')}` }}>
            <Pages route={route} />
          </main>
        </div>
      </div>
      <Flags flags={flags} dismiss={(id) => { setFlags((all) => all.filter((f) => f.id !== id)); }} />
    </ShellContext.Provider>
  );
}

export function App() {
  const site = useLoad(shellApi.site, 'site');
  if (site.data) return <ShellApp site={site.data} reloadSite={site.reload} />;
  return (
    <div style={{ padding: token('space.400') }}>
      {site.error ? (
        <SectionMessage appearance="error" title="Sandbox unavailable">{site.error.message}</SectionMessage>
      ) : (
        <SectionMessage title="Loading the sandbox…">Reading the simulated Jira site.</SectionMessage>
      )}
    </div>
  );
}
