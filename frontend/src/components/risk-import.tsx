import Button from '@atlaskit/button/default/button';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';

import { importRisks } from '../features/risks/risk-api';
import type { ImportReport } from '../features/risks/risk-import';
import { useApi, useHost, useHostResize } from '../lib/host-context';

import { ProblemMessage } from './problem-message';

const INPUT_ID = 'risk-import-file';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'importing'; report: ImportReport }
  | { kind: 'failed'; error: unknown };

function Summary({ report }: { report: ImportReport }) {
  const would = report.dryRun ? 'would be ' : '';
  return (
    <Text testId="import-summary">
      {report.rows} {report.rows === 1 ? 'row' : 'rows'}: {report.created} {would}created, {report.updated} {would}
      updated, {report.unchanged} unchanged.
    </Text>
  );
}

const ERROR_HEAD = {
  cells: [
    { key: 'row', content: 'Row' },
    { key: 'field', content: 'Column' },
    { key: 'message', content: 'Problem' },
  ],
};

function RowErrors({ report }: { report: ImportReport }) {
  const rows = report.errors.map((error, index) => ({
    key: `${error.row}-${error.field}-${index}`,
    cells: [
      { key: 'row', content: error.row },
      { key: 'field', content: error.field },
      { key: 'message', content: error.message },
    ],
  }));
  return <DynamicTable caption="Rows that cannot be imported" head={ERROR_HEAD} rows={rows} testId="import-errors" />;
}

export interface RiskImportProps {
  onImported: () => void;
  onClose: () => void;
}

/**
 * CSV (or XLSX) import in two steps: a dry run lists what would change and every row's errors,
 * and only a clean dry run can be confirmed. The real run is all-or-nothing on the server.
 */
export function RiskImport({ onImported, onClose }: RiskImportProps) {
  const api = useApi();
  const host = useHost();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  useHostResize(step);

  const check = (chosen: File) => {
    setStep({ kind: 'checking' });
    importRisks(api, chosen, true).then(
      (report) => {
        setStep({ kind: 'checked', report });
      },
      (error: unknown) => {
        setStep({ kind: 'failed', error });
      },
    );
  };
  const confirm = (report: ImportReport) => {
    if (file === null) return;
    setStep({ kind: 'importing', report });
    importRisks(api, file, false).then(
      (done) => {
        host.flag({
          title: `Imported ${done.rows} ${done.rows === 1 ? 'row' : 'rows'}`,
          body: `${done.created} created, ${done.updated} updated, ${done.unchanged} unchanged.`,
          type: 'success',
        });
        onImported();
        onClose();
      },
      (error: unknown) => {
        setStep({ kind: 'failed', error });
      },
    );
  };
  const report = step.kind === 'checked' || step.kind === 'importing' ? step.report : null;

  return (
    <section aria-labelledby="risk-import-heading">
      <Stack space="space.150">
        <Heading size="small" as="h2" id="risk-import-heading">
          Import risks
        </Heading>
        <Text>
          A CSV or Excel file with a header row, as the export writes it. Rows with an id update that risk; rows
          without one create risks. Nothing changes until you confirm the checked file.
        </Text>
        <Stack space="space.050">
          <label htmlFor={INPUT_ID}>
            <Text weight="semibold">File</Text>
          </label>
          <input
            id={INPUT_ID}
            type="file"
            accept=".csv,text/csv,.xlsx"
            data-testid="import-file"
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0] ?? null;
              setFile(chosen);
              if (chosen !== null) check(chosen);
              else setStep({ kind: 'choose' });
            }}
          />
        </Stack>
        {step.kind === 'checking' && <Text>Checking the file…</Text>}
        {step.kind === 'failed' && <ProblemMessage error={step.error} />}
        {report !== null && (
          <Stack space="space.100">
            <Summary report={report} />
            {report.errors.length > 0 ? (
              <>
                <SectionMessage appearance="warning" title="Fix these rows and choose the file again">
                  <p>
                    {report.errors.length} {report.errors.length === 1 ? 'problem' : 'problems'} found. Nothing has
                    been imported.
                  </p>
                </SectionMessage>
                <RowErrors report={report} />
              </>
            ) : (
              <SectionMessage appearance="success" title="The file is ready to import">
                <p>Every row passed the checks.</p>
              </SectionMessage>
            )}
          </Stack>
        )}
        <Inline space="space.100">
          <Button
            appearance="primary"
            isDisabled={report === null || report.errors.length > 0 || report.rows === 0}
            isLoading={step.kind === 'importing'}
            onClick={() => {
              if (report !== null) confirm(report);
            }}
            testId="import-confirm"
          >
            Import
          </Button>
          <Button appearance="subtle" onClick={onClose}>
            Cancel
          </Button>
        </Inline>
      </Stack>
    </section>
  );
}
