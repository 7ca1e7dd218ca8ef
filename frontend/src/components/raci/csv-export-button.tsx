import Button from '@atlaskit/button/default/button';
import { useState } from 'react';

import { csvFileName, saveCsv } from '../../features/raci/csv-download';
import type { MatrixFilter } from '../../features/raci/matrix-filter';
import { fetchMatrixCsv } from '../../features/raci/raci-api';
import { useApi, useHost } from '../../lib/host-context';
import { ProblemError } from '../../lib/problem-error';

export interface CsvExportButtonProps {
  programId: string;
  programName: string;
  filter: MatrixFilter;
}

/** Downloads the matrix as the server writes it (matrix.csv), with the view's filter. */
export function CsvExportButton({ programId, programName, filter }: CsvExportButtonProps) {
  const api = useApi();
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const exportCsv = () => {
    setBusy(true);
    fetchMatrixCsv(api, programId, filter).then(
      (text) => {
        setBusy(false);
        saveCsv(text, csvFileName(programName));
      },
      (error: unknown) => {
        setBusy(false);
        host.flag({
          title: 'The RACI matrix could not be exported',
          body: error instanceof ProblemError ? (error.detail ?? error.title) : 'Try again in a moment.',
          type: 'error',
        });
      },
    );
  };
  return (
    <Button onClick={exportCsv} isDisabled={busy} testId="raci-export-csv">
      {busy ? 'Exporting…' : 'Export CSV'}
    </Button>
  );
}
