import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useCallback, useMemo } from 'react';

import { fetchGapReport } from '../../features/raci/raci-api';
import { useGapReport } from '../../features/raci/use-raci';
import { useMorePages } from '../../features/sync/use-more-pages';
import type { ApiClient } from '../../lib/api-client';
import { useHostResize } from '../../lib/host-context';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';

import { GapList } from './gap-list';
import { MoreWorkItems } from './more-work-items';
import { raciCell, raciHeaderCell } from './raci-cell-styles';
import { ScopeName, ScopeStatus } from './scope-cell';

/** The program's items whose RACI is incomplete or contradictory, the program first. */
export function GapReport({ programId }: { programId: string }) {
  const { state } = useGapReport(programId);
  const first = state.status === 'ready' ? state.data : null;
  const loadPage = useCallback(
    (api: ApiClient, cursor: string) => fetchGapReport(api, programId, cursor),
    [programId],
  );
  const more = useMorePages(first, loadPage);
  const items = useMemo(
    () => (first === null ? [] : [first, ...more.pages].flatMap((page) => page.items)),
    [first, more.pages],
  );
  useHostResize(state.status === 'ready' ? items : state.status);

  let body;
  if (state.status === 'loading') body = <LoadingState label="Loading the gap report" />;
  else if (state.status === 'error') body = <ProblemMessage error={state.error} />;
  else if (items.length === 0) {
    body = (
      <Text color="color.text.subtle">
        {more.hasMore
          ? 'No gaps among the work items examined so far.'
          : 'Every item has one Accountable and someone Responsible.'}
      </Text>
    );
  } else {
    body = (
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="raci-gap-report">
        <thead>
          <tr>
            <th scope="col" style={raciHeaderCell}>
              Work item
            </th>
            <th scope="col" style={raciHeaderCell}>
              Status
            </th>
            <th scope="col" style={raciHeaderCell}>
              Gaps
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.scope.type}-${item.scope.id}`}>
              <th scope="row" style={{ ...raciCell, fontWeight: 'inherit' }}>
                <ScopeName scope={item.scope} />
              </th>
              <td style={raciCell}>
                <ScopeStatus scope={item.scope} />
              </td>
              <td style={raciCell}>
                <GapList gaps={item.gaps} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <Stack space="space.100">
      <Heading size="xsmall" as="h4">
        Gaps
      </Heading>
      {body}
      <MoreWorkItems more={more} />
    </Stack>
  );
}
