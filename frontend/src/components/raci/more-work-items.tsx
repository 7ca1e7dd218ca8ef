import type { MorePages, Paged } from '../../features/sync/use-more-pages';
import { ShowMore } from '../show-more';

/**
 * Under a paged RACI report: how many work items it has not examined yet, and a button to read
 * the next page. The reports are paged so one request never resolves a whole 250k-item program.
 */
export function MoreWorkItems<P extends Paged & { remaining: number }>({ more }: { more: MorePages<P> }) {
  if (more.last === null) return null;
  const left = more.last.remaining;
  return (
    <ShowMore
      more={more}
      testId="raci-not-examined"
      message={`Truncated: ${left} more work ${left === 1 ? 'item' : 'items'} not examined yet.`}
    />
  );
}
