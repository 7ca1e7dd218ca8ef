import { useCallback, useState } from 'react';

import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/host-context';

/** A page of a keyset-paged list: where the next one starts, null on the last. */
export interface Paged {
  nextCursor: string | null;
}

export interface MorePages<P extends Paged> {
  /** The pages read after the first, in order. */
  pages: P[];
  /** The last page read (the first until more are asked for); null before the first has loaded. */
  last: P | null;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  showMore: () => void;
}

/**
 * Later pages of a list whose first page is polled elsewhere, read one at a time when the user asks.
 * Reports on huge programs are paged so a request costs one page, not the whole program. A new
 * first page (a poll that changed) drops the pages read after the old one.
 */
export function useMorePages<P extends Paged>(
  first: P | null,
  load: (api: ApiClient, cursor: string) => Promise<P>,
): MorePages<P> {
  const api = useApi();
  const [extra, setExtra] = useState<{ first: P; pages: P[] } | null>(null);
  const [failure, setFailure] = useState<{ first: P; error: unknown } | null>(null);
  const [loading, setLoading] = useState(false);
  const pages = extra !== null && extra.first === first ? extra.pages : [];
  const last = pages.length > 0 ? (pages[pages.length - 1] ?? null) : first;
  const cursor = last?.nextCursor ?? null;

  const showMore = useCallback(() => {
    if (first === null || cursor === null || loading) return;
    setLoading(true);
    load(api, cursor).then(
      (page) => {
        setExtra((previous) => ({
          first,
          pages: [...(previous?.first === first ? previous.pages : []), page],
        }));
        setLoading(false);
      },
      (error: unknown) => {
        setFailure({ first, error });
        setLoading(false);
      },
    );
  }, [api, first, cursor, loading, load]);

  return {
    pages,
    last,
    hasMore: cursor !== null,
    loading,
    error: failure !== null && failure.first === first ? failure.error : null,
    showMore,
  };
}
