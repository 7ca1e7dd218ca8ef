import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';
import { routeFetch, urlOf } from '../test/risk-fixtures';

import { RiskImport } from './risk-import';

const BAD = { dryRun: true, rows: 2, created: 1, updated: 0, unchanged: 0, errors: [{ row: 3, field: 'probability', message: 'must be between 1 and 5' }] };
const GOOD = { dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] };
const DONE = { ...GOOD, dryRun: false };

function choose(content: string, name = 'register.csv') {
  const input = screen.getByLabelText('File');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

function renderImport(dryRuns: Record<string, unknown>[]) {
  const onImported = vi.fn();
  const onClose = vi.fn();
  const rendered = renderWithHost(<RiskImport onImported={onImported} onClose={onClose} />, []);
  let checked = 0;
  routeFetch(rendered.fetch, [
    (url, init) => {
      if (url.pathname !== '/api/risks/import' || init?.method !== 'POST') return undefined;
      if (url.searchParams.get('dryRun') === 'false') return jsonResponse(DONE);
      const report = dryRuns[Math.min(checked, dryRuns.length - 1)];
      checked += 1;
      return jsonResponse(report);
    },
  ]);
  return { ...rendered, onImported, onClose };
}

describe('RiskImport', () => {
  it('checks the file with a dry run, lists row errors and does not offer to import it', async () => {
    const { fetch, onImported } = renderImport([BAD]);

    choose('title,probability,impact\nA,2,3\nB,9,3\n');

    const errors = await screen.findByRole('table', { name: 'Rows that cannot be imported' });
    expect(within(errors).getByText('must be between 1 and 5')).toBeInTheDocument();
    expect(within(errors).getByText('3')).toBeInTheDocument();
    expect(screen.getByTestId('import-summary')).toHaveTextContent('2 rows: 1 would be created');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    const [call] = fetch.mock.calls;
    expect(call && urlOf(call[0])).toBe('/api/risks/import?dryRun=true');
    expect(new Headers(call?.[1]?.headers).get('Content-Type')).toBe('text/csv');
    expect(call?.[1]?.body).toBeInstanceOf(File);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports a clean file only after the dry run, then reports and closes', async () => {
    const { fetch, host, onImported, onClose } = renderImport([GOOD]);

    choose('title,probability,impact\nA,2,3\nB,4,3\n');
    await screen.findByText('The file is ready to import');
    expect(fetch).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => {
      expect(onImported).toHaveBeenCalled();
    });
    const confirmed = fetch.mock.calls[1];
    expect(confirmed && urlOf(confirmed[0])).toBe('/api/risks/import?dryRun=false');
    expect(onClose).toHaveBeenCalled();
    expect(host.flag).toHaveBeenCalledWith(expect.objectContaining({ title: 'Imported 2 rows', type: 'success' }));
  });

  it('sends an Excel file as a workbook', async () => {
    const { fetch } = renderImport([GOOD]);
    choose('PK', 'register.xlsx');
    await screen.findByText('The file is ready to import');
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });
});
