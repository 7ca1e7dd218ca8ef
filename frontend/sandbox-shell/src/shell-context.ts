import { createContext, useContext } from 'react';

import type { FrameRegistry } from './frames';
import type { Site } from './types';

export type ColorMode = 'light' | 'dark';

export interface FlagInput {
  title: string;
  body?: string;
  type?: string;
}

/** What every page of the shell shares: the site, who we act as, the theme, the embedded frames. */
export interface Shell {
  site: Site;
  user: string;
  setUser: (accountId: string) => void;
  theme: ColorMode;
  toggleTheme: () => void;
  frames: FrameRegistry;
  flag: (input: FlagInput) => number;
  /** Re-reads the site listing after an edit (issues table, sidebar). */
  reloadSite: () => void;
  /** Tells Keystone's frames an issue changed, as Jira's issue view does. */
  issueChanged: (issueKey: string) => void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the shell');
  return shell;
}
