import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createFakeAp } from '../test/fake-ap';
import { jsonResponse } from '../test/fake-host';
import { PortfolioView } from '../views/portfolio-view';

import { mountEntry } from './mount';

vi.mock('@atlaskit/tokens/set-global-theme', () => ({
  setGlobalTheme: vi.fn(() => Promise.resolve(() => undefined)),
}));

let root: Root | undefined;

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => {
  act(() => {
    root?.unmount();
  });
  root = undefined;
  delete window.AP;
  document.body.innerHTML = '';
});

describe('mountEntry', () => {
  it('renders the view inside Jira with theming, a token and the session', async () => {
    const ap = createFakeAp();
    window.AP = ap;
    // StrictMode runs effects twice in development, so every call gets a fresh Response.
    const fetch = vi.fn<typeof globalThis.fetch>((input) =>
      Promise.resolve(
        jsonResponse(
          input === '/api/portfolio'
            ? { programs: [], truncated: false }
            : { siteUrl: 'https://acme.atlassian.net', accountId: null, clientKey: 'ck' },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetch);

    act(() => {
      root = mountEntry('Programs', PortfolioView);
    });

    expect(document.title).toBe('Programs');
    expect(screen.getByRole('heading', { name: 'Programs', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Connected to https://acme.atlassian.net')).toBeInTheDocument();
    expect(await screen.findByText('No programs yet')).toBeInTheDocument();
    expect(ap.theming.initializeTheming).toHaveBeenCalledTimes(1);
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(
      'JWT jwt-from-ap',
    );
  });

  it('asks to be opened from Jira when all.js is missing', () => {
    act(() => {
      root = mountEntry('Keystone settings', PortfolioView);
    });

    expect(screen.getByText('Open Keystone from Jira')).toBeInTheDocument();
    expect(screen.queryByText('No programs yet')).not.toBeInTheDocument();
  });

  it('fails loudly without a #root element', () => {
    document.body.innerHTML = '';

    expect(() => mountEntry('Programs', PortfolioView)).toThrow(/#root/);
  });
});
