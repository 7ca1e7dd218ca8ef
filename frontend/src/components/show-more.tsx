import Button from '@atlaskit/button/default/button';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { MorePages, Paged } from '../features/sync/use-more-pages';
import { ProblemMessage } from './problem-message';

export interface ShowMoreProps<P extends Paged> {
  more: MorePages<P>;
  /** What is shown and what is left, e.g. "Showing 200 of 6,184 dependencies." */
  message: string;
  testId: string;
}

/** The footer of a paged list: what is shown so far, "Show more" while pages remain, and a failed read. */
export function ShowMore<P extends Paged>({ more, message, testId }: ShowMoreProps<P>) {
  return (
    <>
      {more.hasMore && (
        <Inline space="space.100" alignBlock="center">
          <Text size="small" color="color.text.subtle" testId={testId}>
            {message}
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
