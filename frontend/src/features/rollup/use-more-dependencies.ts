import { useCallback, useState } from 'react';

import { useApi } from '../../lib/host-context';

import { fetchDependencies, type Dependency, type DependencyList } from './dependencies';

interface Extra {
  /** The first page these follow; a new first page (a poll that changed) drops them. */
  first: DependencyList;
  items: Dependency[];
  nextCursor: string | null;
}

export interface MoreDependencies {
  /** Every row read so far: the polled first page, then the pages asked for. */
  items: Dependency[];
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  showMore: () => void;
}

/**
 * Later pages of the dependency list, read one at a time when asked. A huge program has
 * thousands of dependencies; reading them all at every poll was the Program page's slowest call.
 */
export function useMoreDependencies(programId: string, first: DependencyList | null): MoreDependencies {
  const api = useApi();
  const [extra, setExtra] = useState<Extra | null>(null);
  const [loading, setLoading] = useState(false);
  // kept with the first page it followed, so a new first page clears it without an effect
  const [failure, setFailure] = useState<{ first: DependencyList; error: unknown } | null>(null);
  const current = extra !== null && extra.first === first ? extra : null;

  const cursor = current?.nextCursor ?? (current === null ? (first?.nextCursor ?? null) : null);
  const showMore = useCallback(() => {
    if (first === null || cursor === null || loading) return;
    setLoading(true);
    fetchDependencies(api, programId, cursor).then(
      (page) => {
        setExtra((previous) => ({
          first,
          items: [...(previous?.first === first ? previous.items : []), ...page.items],
          nextCursor: page.nextCursor,
        }));
        setLoading(false);
      },
      (error: unknown) => {
        setFailure({ first, error });
        setLoading(false);
      },
    );
  }, [api, programId, first, cursor, loading]);

  return {
    items: [...(first?.items ?? []), ...(current?.items ?? [])],
    hasMore: cursor !== null,
    loading,
    error: failure !== null && failure.first === first ? failure.error : null,
    showMore,
  };
}
