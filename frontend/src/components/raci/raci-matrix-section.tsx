import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useMemo, useState } from 'react';

import { NO_FILTER, filterMatrix, type MatrixFilter } from '../../features/raci/matrix-filter';
import { useRaciMatrix } from '../../features/raci/use-raci';
import { useHostResize } from '../../lib/host-context';
import { EmptyState } from '../empty-state';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';

import { CsvExportButton } from './csv-export-button';
import { MatrixFilters } from './matrix-filters';
import { RaciMatrixTable } from './raci-matrix-table';

/** The program's RACI matrix with role and person filters and a CSV export. */
export function RaciMatrixSection({ programId, programName }: { programId: string; programName: string }) {
  const { state } = useRaciMatrix(programId);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const matrix = state.status === 'ready' ? state.data : null;
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
          {matrix.truncated && (
            <Text size="small" color="color.text.subtle">
              Showing the first {matrix.items.length} items; export the CSV for a filtered view.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
