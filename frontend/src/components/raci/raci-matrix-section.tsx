import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import { useCallback, useMemo, useState } from 'react';

import { fetchMatrix } from '../../features/raci/raci-api';
import { joinMatrixPages } from '../../features/raci/raci-reports';
import { NO_FILTER, filterMatrix, type MatrixFilter } from '../../features/raci/matrix-filter';
import { useRaciMatrix } from '../../features/raci/use-raci';
import { useMorePages } from '../../features/sync/use-more-pages';
import type { ApiClient } from '../../lib/api-client';
import { useHostResize } from '../../lib/host-context';
import { EmptyState } from '../empty-state';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';

import { CsvExportButton } from './csv-export-button';
import { MatrixFilters } from './matrix-filters';
import { MoreWorkItems } from './more-work-items';
import { RaciMatrixTable } from './raci-matrix-table';

/** The program's RACI matrix with role and person filters and a CSV export. */
export function RaciMatrixSection({ programId, programName }: { programId: string; programName: string }) {
  const { state } = useRaciMatrix(programId);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const first = state.status === 'ready' ? state.data : null;
  const loadPage = useCallback(
    (api: ApiClient, cursor: string) => fetchMatrix(api, programId, cursor),
    [programId],
  );
  const more = useMorePages(first, loadPage);
  const matrix = useMemo(() => (first === null ? null : joinMatrixPages(first, more.pages)), [first, more.pages]);
  const shown = useMemo(() => (matrix === null ? null : filterMatrix(matrix, filter)), [matrix, filter]);
  useHostResize(shown ?? state.status);

  return (
    <Stack space="space.150">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Heading size="xsmall" as="h4">
          Matrix
        </Heading>
        <CsvExportButton programId={programId} programName={programName} filter={filter} />
      </Inline>
      {state.status === 'loading' && <LoadingState label="Loading the RACI matrix" />}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {matrix !== null && shown !== null && (
        <>
          <MatrixFilters people={matrix.people} filter={filter} onChange={setFilter} />
          {shown.items.length === 0 ? (
            <EmptyState
              header={matrix.items.length === 0 ? 'Nobody has a role in this program yet' : 'No roles match the filter'}
              description={
                matrix.items.length === 0
                  ? 'Give the program or one of its issues a RACI; its issues inherit it.'
                  : 'Choose another role or person.'
              }
            />
          ) : (
            <RaciMatrixTable matrix={shown} />
          )}
          <MoreWorkItems more={more} />
        </>
      )}
    </Stack>
  );
}
