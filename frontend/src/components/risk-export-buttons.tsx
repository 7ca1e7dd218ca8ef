import Button from '@atlaskit/button/default/button';
import { Inline } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { exportPath } from '../features/risks/risk-api';
import type { RiskFilter, RiskSort } from '../features/risks/risk-filter';
import { useApi, useHost } from '../lib/host-context';
import { ProblemError } from '../lib/problem-error';

/** Hands a downloaded file to the browser, as a link with `download` would. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/**
 * CSV and XLSX of the filtered register. A plain link cannot carry the context JWT, so the
 * file is fetched with it and saved from a Blob.
 */
export function RiskExportButtons({ filter, sort }: { filter: RiskFilter; sort: RiskSort }) {
  const api = useApi();
  const host = useHost();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);

  const download = (format: 'csv' | 'xlsx') => {
    setBusy(format);
    api.download(exportPath(format, filter, sort)).then(
      (blob) => {
        setBusy(null);
        save(blob, `risks.${format}`);
      },
      (error: unknown) => {
        setBusy(null);
        host.flag({
          title: 'The export failed',
          body: error instanceof ProblemError ? (error.detail ?? error.title) : 'Try again in a moment.',
          type: 'error',
        });
      },
    );
  };

  return (
    <Inline space="space.100">
      <Button isLoading={busy === 'csv'} onClick={() => { download('csv'); }} testId="export-csv">
        Export CSV
      </Button>
      <Button isLoading={busy === 'xlsx'} onClick={() => { download('xlsx'); }} testId="export-xlsx">
        Export XLSX
      </Button>
    </Inline>
  );
}
