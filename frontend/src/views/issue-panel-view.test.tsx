import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { IssuePanelView } from './issue-panel-view';

const SESSION = {
  siteUrl: 'https://acme.atlassian.net',
  accountId: '557058:f00',
  clientKey: 'client-key-1',
};

describe('IssuePanelView', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/issue-panel?issueKey=KEY-1&issueId=10001&projectKey=KEY');
  });

  it('shows the issue context, a spinner, then the connected site', async () => {
    const { fetch, host } = renderWithHost(<IssuePanelView />, [jsonResponse(SESSION)]);

    expect(screen.getByRole('img', { name: 'Connecting to Keystone' })).toBeInTheDocument();
    expect(screen.getByText('KEY-1')).toBeInTheDocument();
    expect(screen.getByText('10001')).toBeInTheDocument();
    expect(screen.getByText('KEY')).toBeInTheDocument();

    expect(await screen.findByText('Connected to https://acme.atlassian.net')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Connecting to Keystone' })).not.toBeInTheDocument();
    expect(screen.getByText('This issue is not part of a program yet')).toBeInTheDocument();

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/session');
    expect(new Headers(init?.headers).get('Authorization')).toBe('JWT token-1');
    expect(host.resize).toHaveBeenCalled();
  });

  it('marks context values the URL did not provide', () => {
    window.history.replaceState(null, '', '/issue-panel?issueKey=KEY-2');

    renderWithHost(<IssuePanelView />, [jsonResponse(SESSION)]);

    expect(screen.getByText('KEY-2')).toBeInTheDocument();
    expect(screen.getAllByText('not provided')).toHaveLength(2);
  });

  it('shows the problem when the session cannot be loaded', async () => {
    renderWithHost(<IssuePanelView />, [
      problemResponse(
        {
          title: 'Keystone is not installed on this site',
          detail: 'Reinstall the app from the Marketplace.',
          code: 'installation_missing',
        },
        401,
      ),
    ]);

    expect(await screen.findByText('Keystone is not installed on this site')).toBeInTheDocument();
    expect(screen.getByText('Reinstall the app from the Marketplace.')).toBeInTheDocument();
    expect(screen.getByText('Error code: installation_missing')).toBeInTheDocument();
    expect(screen.queryByText(/Connected to/)).not.toBeInTheDocument();
  });

  it('reports a session response of the wrong shape', async () => {
    renderWithHost(<IssuePanelView />, [jsonResponse({ siteUrl: 42 })]);

    expect(await screen.findByText('Error code: invalid_response')).toBeInTheDocument();
  });
});
