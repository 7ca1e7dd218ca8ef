import { useEffect, useState } from 'react';

import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/host-context';

/** GET /api/session: which Jira site and user the current token belongs to. */
export interface Session {
  siteUrl: string;
  accountId: string | null;
  clientKey: string;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; session: Session }
  | { status: 'error'; error: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function decodeSession(json: unknown): Session {
  if (
    !isRecord(json) ||
    typeof json.siteUrl !== 'string' ||
    typeof json.clientKey !== 'string' ||
    !(typeof json.accountId === 'string' || json.accountId === null)
  ) {
    throw new Error('The session response is missing siteUrl, clientKey or accountId.');
  }
  return { siteUrl: json.siteUrl, accountId: json.accountId, clientKey: json.clientKey };
}

export function fetchSession(api: ApiClient): Promise<Session> {
  return api.get('/api/session', decodeSession);
}

export function useSession(): SessionState {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    fetchSession(api).then(
      (session) => {
        if (current) setState({ status: 'ready', session });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [api]);

  return state;
}
