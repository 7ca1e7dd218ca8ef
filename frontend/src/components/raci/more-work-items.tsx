import Button from '@atlaskit/button/default/button';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { MorePages, Paged } from '../../features/sync/use-more-pages';
import { ProblemMessage } from '../problem-message';

/**
 * Under a paged RACI report: how many work items it has not examined yet, and a button to read
 * the next page. The reports are paged so one request never resolves a whole 250k-item program.
 */
export function MoreWorkItems<P extends Paged & { remaining: number }>({ more }: { more: MorePages<P> }) {
  if (more.last === null) return null;
  return (
    <>
      {more.hasMore && (
        <Inline space="space.100" alignBlock="center">
          <Text size="small" color="color.text.subtle" testId="raci-not-examined">
            {`Truncated: ${more.last.remaining} more work ${more.last.remaining === 1 ? 'item' : 'items'} not examined yet.`}
          </Text>
          <Button onClick={more.showMore} isDisabled={more.loading}>
            {more.loading ? 'Loading…' : 'Show more'}
          </Button>
        </Inline>
      )}
      {more.error !== null && <ProblemMessage error={more.error} />}
    </>
  );
}
