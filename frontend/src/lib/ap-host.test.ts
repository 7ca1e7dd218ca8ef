import { describe, expect, it, vi } from 'vitest';

import { createFakeAp } from '../test/fake-ap';

import { createApHost } from './ap-host';
import type { ConnectContext, ConnectRequestOptions, ConnectXhr } from './atlassian-connect';

function xhr(status: number, responseText = ''): ConnectXhr {
  return { status, statusText: '', responseText, getResponseHeader: () => null };
}

function lastRequest(ap: ReturnType<typeof createFakeAp>): ConnectRequestOptions {
  const options = ap.request.mock.lastCall?.[0];
  if (options === undefined) {
    throw new Error('AP.request was not called');
  }
  return options;
}

describe('createApHost', () => {
  it('gets a token through the AP.context.getToken callback', async () => {
    const ap = createFakeAp();

    await expect(createApHost(ap).getToken()).resolves.toBe('jwt-from-ap');
    expect(ap.context.getToken).toHaveBeenCalledTimes(1);
  });

  it('gets a token from the Promise newer all.js versions return', async () => {
    const ap = createFakeAp();
    ap.context.getToken.mockImplementation(() => Promise.resolve('jwt-from-promise'));

    await expect(createApHost(ap).getToken()).resolves.toBe('jwt-from-promise');
  });

  it('asks AP for a new token on every call', async () => {
    const ap = createFakeAp();
    const host = createApHost(ap);

    await host.getToken();
    await host.getToken();

    expect(ap.context.getToken).toHaveBeenCalledTimes(2);
  });

  it('maps the Jira context to issue and project references', async () => {
    const ap = createFakeAp();
    const context: ConnectContext = {
      jira: { issue: { id: 10001, key: 'KEY-1' }, project: { id: '10000', key: 'KEY' } },
    };
    ap.context.getContext.mockImplementation((callback) => {
      callback?.(context);
      return undefined;
    });

    await expect(createApHost(ap).getContext()).resolves.toEqual({
      issue: { id: '10001', key: 'KEY-1' },
      project: { id: '10000', key: 'KEY' },
    });
  });

  it('returns null references when the page has no issue or project', async () => {
    const ap = createFakeAp();
    ap.context.getContext.mockImplementation(() => Promise.resolve({}));

    await expect(createApHost(ap).getContext()).resolves.toEqual({ issue: null, project: null });
  });

  it('sends Jira REST requests through AP.request as JSON', async () => {
    const ap = createFakeAp();
    ap.request.mockImplementation((options) => {
      options.success?.('{"ok":true}', 'success', xhr(201));
      return undefined;
    });

    const response = await createApHost(ap).request({
      url: '/rest/api/3/issue/KEY-1/properties/keystone',
      method: 'PUT',
      body: { program: 7 },
    });

    expect(response).toEqual({ status: 201, body: '{"ok":true}' });
    const options = lastRequest(ap);
    expect(options.url).toBe('/rest/api/3/issue/KEY-1/properties/keystone');
    expect(options.type).toBe('PUT');
    expect(options.data).toBe('{"program":7}');
    expect(options.contentType).toBe('application/json');
  });

  it('defaults to GET without a body', async () => {
    const ap = createFakeAp();
    ap.request.mockImplementation((options) => {
      options.success?.('{}', 'success', xhr(200));
      return undefined;
    });

    await createApHost(ap).request({ url: '/rest/api/3/myself' });

    const options = lastRequest(ap);
    expect(options.type).toBe('GET');
    expect(options.data).toBeUndefined();
    expect(options.contentType).toBeUndefined();
  });

  it('resolves HTTP errors with their status and body', async () => {
    const ap = createFakeAp();
    ap.request.mockImplementation((options) => {
      options.error?.(xhr(404, '{"errorMessages":["Issue does not exist"]}'), 'error', 'Not Found');
      return Promise.reject(new Error('the promise all.js returns also rejects'));
    });

    await expect(createApHost(ap).request({ url: '/rest/api/3/issue/NOPE-1' })).resolves.toEqual({
      status: 404,
      body: '{"errorMessages":["Issue does not exist"]}',
    });
  });

  it('rejects when no response arrived', async () => {
    const ap = createFakeAp();
    ap.request.mockImplementation((options) => {
      options.error?.(xhr(0), 'timeout', undefined);
      return undefined;
    });

    await expect(createApHost(ap).request({ url: '/rest/api/3/myself' })).rejects.toThrow(
      /timeout/,
    );
  });

  it('navigates with AP.navigator.go', () => {
    const ap = createFakeAp();

    createApHost(ap).navigate('issue', { issueKey: 'KEY-1' });

    expect(ap.navigator.go).toHaveBeenCalledWith('issue', { issueKey: 'KEY-1' });
  });

  it('shows flags, keeping error flags open until dismissed', () => {
    const ap = createFakeAp();
    const host = createApHost(ap);

    host.flag({ title: 'Saved', type: 'success' });
    host.flag({ title: 'Could not save', body: 'Try again.', type: 'error' });

    expect(ap.flag.create).toHaveBeenNthCalledWith(1, {
      title: 'Saved',
      type: 'success',
      close: 'auto',
    });
    expect(ap.flag.create).toHaveBeenNthCalledWith(2, {
      title: 'Could not save',
      body: 'Try again.',
      type: 'error',
      close: 'manual',
    });
  });

  it('initialises host theming when the host supports it', () => {
    const ap = createFakeAp();

    createApHost(ap).initTheming();
    expect(ap.theming.initializeTheming).toHaveBeenCalledTimes(1);

    const { theming: _unused, ...withoutTheming } = createFakeAp();
    expect(() => {
      createApHost(withoutTheming).initTheming();
    }).not.toThrow();
  });

  it('subscribes to and unsubscribes from AP.events', () => {
    const ap = createFakeAp();
    const listener = vi.fn();

    const unsubscribe = createApHost(ap).onEvent('dashboard.item.edit', listener);
    expect(ap.events.on).toHaveBeenCalledWith('dashboard.item.edit', listener);

    unsubscribe();
    expect(ap.events.off).toHaveBeenCalledWith('dashboard.item.edit', listener);
  });

  it('resizes through AP.resize and AP.sizeToParent', () => {
    const ap = createFakeAp();
    const host = createApHost(ap);

    host.resize();
    host.sizeToParent();

    expect(ap.resize).toHaveBeenCalledTimes(1);
    expect(ap.sizeToParent).toHaveBeenCalledTimes(1);
  });
});
