import { useCallback, useEffect, useRef, useState } from 'react';

import { useApi } from '../../lib/host-context';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';

import type { AutomationRule, AutomationRun, InboundStatus } from './automation';
import { fetchInboundStatus, fetchRules, fetchRunPage, type RunFilter } from './automation-api';

// Loaded once: rules and the secret change only through this page (which refreshes after a change).
const once = () => null;

const rulesResource: PolledResource<AutomationRule[]> = { load: fetchRules, nextDelay: once };

export function useAutomationRules(): PolledResult<AutomationRule[]> {
  return usePolledResource('automation-rules', rulesResource);
}

const inboundResource: PolledResource<InboundStatus> = { load: fetchInboundStatus, nextDelay: once };

export function useInboundStatus(): PolledResult<InboundStatus> {
  return usePolledResource('automation-inbound', inboundResource);
}

export interface RunLog {
  /** `loading` until the first page of the current filter arrived. */
  status: 'loading' | 'ready' | 'error';
  runs: AutomationRun[];
  nextCursor: string | null;
  /** Why the first page could not be loaded (status `error`), or why "Load more" failed. */
  error: unknown;
  loadingMore: boolean;
  /** Appends the next page. */
  loadMore: () => void;
  /** Loads the first page again (new runs come first). */
  refresh: () => void;
}

interface LogState {
  /** The filter and generation this state belongs to. */
  key: string;
  status: RunLog['status'];
  runs: AutomationRun[];
  nextCursor: string | null;
  error: unknown;
  loadingMore: boolean;
}

const loading = (key: string): LogState => ({ key, status: 'loading', runs: [], nextCursor: null, error: null, loadingMore: false });

/**
 * The run log for `filter`, newest first, a page at a time. A new filter or a refresh starts
 * over; answers to requests made for an earlier filter are dropped.
 */
export function useRunLog(filter: RunFilter): RunLog {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  const { ruleKey, outcome, issueKey } = filter;
  const key = JSON.stringify([ruleKey, outcome, issueKey, generation]);
  const [stored, setState] = useState<LogState>(() => loading(key));
  // What is shown belongs to the current filter, or the log is loading it.
  const state = stored.key === key ? stored : loading(key);
  // Bumped by every start-over, so a late answer for an older one is ignored.
  const epoch = useRef(0);

  useEffect(() => {
    epoch.current += 1;
    const mine = epoch.current;
    fetchRunPage(api, { ruleKey, outcome, issueKey }, null).then(
      (page) => {
        if (epoch.current !== mine) return;
        setState({ key, status: 'ready', runs: page.items, nextCursor: page.nextCursor, error: null, loadingMore: false });
      },
      (error: unknown) => {
        if (epoch.current !== mine) return;
        setState({ ...loading(key), status: 'error', error });
      },
    );
    return () => {
      epoch.current += 1;
    };
  }, [api, key, ruleKey, outcome, issueKey]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.nextCursor === null || state.loadingMore) return;
    const mine = epoch.current;
    setState((previous) => ({ ...previous, loadingMore: true, error: null }));
    fetchRunPage(api, { ruleKey, outcome, issueKey }, state.nextCursor).then(
      (page) => {
        if (epoch.current !== mine) return;
        setState((previous) => {
          // A run listed on an earlier page may come again; it is listed once.
          const seen = new Set(previous.runs.map((run) => run.id));
          return {
            ...previous,
            runs: [...previous.runs, ...page.items.filter((run) => !seen.has(run.id))],
            nextCursor: page.nextCursor,
            loadingMore: false,
          };
        });
      },
      (error: unknown) => {
        if (epoch.current !== mine) return;
        setState((previous) => ({ ...previous, loadingMore: false, error }));
      },
    );
  }, [api, ruleKey, outcome, issueKey, state]);

  const refresh = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);

  const { key: _key, ...shown } = state;
  return { ...shown, loadMore, refresh };
}
