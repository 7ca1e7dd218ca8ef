import { describe, expect, it } from 'vitest';

import { readQueryParams } from './query-params';

describe('readQueryParams', () => {
  it('reads the named values', () => {
    expect(
      readQueryParams(['issueKey', 'projectKey'], '?issueKey=KEY-1&projectKey=KEY&jwt=abc'),
    ).toEqual({ issueKey: 'KEY-1', projectKey: 'KEY' });
  });

  it('returns null for missing, empty and unsubstituted values', () => {
    expect(
      readQueryParams(['issueKey', 'issueId', 'projectKey'], '?issueId=&projectKey={project.key}'),
    ).toEqual({ issueKey: null, issueId: null, projectKey: null });
  });

  it('reads the page URL by default', () => {
    window.history.replaceState(null, '', '/?view=default');

    expect(readQueryParams(['view'])).toEqual({ view: 'default' });
  });
});
