import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';

import {
  describeMatrixFailure,
  levelRanges,
  matrixDraftOf,
  toMatrixInput,
  type MatrixDraft,
  type MatrixFailure,
  type MatrixField,
} from '../features/risks/matrix-form';
import { saveRiskMatrix } from '../features/risks/risk-api';
import type { RiskMatrix } from '../features/risks/risk-matrix';
import { useRiskMatrix } from '../features/risks/use-risks';
import { useApi, useHost, useHostResize } from '../lib/host-context';
import { ProblemError } from '../lib/problem-error';

import { FormField, TextArea } from './form-field';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { RiskLevelLozenge } from './risk-level-lozenge';

const THRESHOLDS: [MatrixField, string][] = [
  ['mediumFrom', 'Medium from score'],
  ['highFrom', 'High from score'],
  ['criticalFrom', 'Critical from score'],
];

function MatrixForm({ matrix, onSaved }: { matrix: RiskMatrix; onSaved: (saved: RiskMatrix) => void }) {
  const api = useApi();
  const [draft, setDraft] = useState<MatrixDraft>(matrixDraftOf(matrix));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MatrixFailure | null>(null);
  const ranges = levelRanges(toMatrixInput(draft));
  const set = (field: MatrixField) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    saveRiskMatrix(api, toMatrixInput(draft), matrix.version).then(
      (saved) => {
        setBusy(false);
        onSaved(saved);
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(describeMatrixFailure(error));
      },
    );
  };
  const other = failure?.other;

  return (
    <form aria-label="Risk matrix" onSubmit={onSubmit} noValidate style={{ maxWidth: '40rem' }}>
      <Stack space="space.200">
        <Inline space="space.200" shouldWrap>
          {THRESHOLDS.map(([field, label]) => (
            <FormField key={field} id={`matrix-${field}`} label={label} errors={failure?.fields[field]}>
              {(ids) => (
                <Textfield
                  id={ids.id}
                  type="number"
                  min={2}
                  max={25}
                  width="small"
                  value={draft[field]}
                  isInvalid={ids.invalid}
                  aria-describedby={ids.describedBy}
                  onChange={(event) => {
                    set(field)(event.currentTarget.value);
                  }}
                />
              )}
            </FormField>
          ))}
        </Inline>
        <div aria-live="polite">
          {ranges === null ? (
            <Text color="color.text.warning">Each threshold must be above the one before, between 2 and 25.</Text>
          ) : (
            <Inline space="space.150" shouldWrap testId="matrix-ranges">
              {ranges.map((range) => (
                <Inline key={range.level} space="space.050" alignBlock="center">
                  <RiskLevelLozenge level={range.level} />
                  <Text size="small">
                    {range.from === range.to ? range.from : `${range.from}–${range.to}`}
                  </Text>
                </Inline>
              ))}
            </Inline>
          )}
        </div>
        <FormField
          id="matrix-categories"
          label="Categories"
          hint="One per line. Removing a category leaves the risks that use it as they are."
          errors={failure?.fields.categories}
        >
          {(ids) => <TextArea ids={ids} rows={8} value={draft.categories} onChange={set('categories')} />}
        </FormField>
        {other !== undefined && other !== null && (
          other instanceof ProblemError && other.code === 'ADMIN_REQUIRED' ? (
            <SectionMessage appearance="information" title="For Jira administrators">
              <p>Only Jira administrators can change the risk matrix and categories.</p>
            </SectionMessage>
          ) : (
            <ProblemMessage error={other} />
          )
        )}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={busy}>
            Save matrix
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/** Admin: the score thresholds of the levels and the list of risk categories. */
export function RiskMatrixSection() {
  const host = useHost();
  const { state } = useRiskMatrix();
  const [saved, setSaved] = useState<RiskMatrix | null>(null);
  const matrix = saved ?? (state.status === 'ready' ? state.data : null);
  useHostResize(matrix ?? state.status);

  return (
    <section aria-labelledby="risk-matrix-heading" style={{ paddingBlockEnd: token('space.400', '32px') }}>
      <Stack space="space.200">
        <Heading size="medium" as="h2" id="risk-matrix-heading">
          Risk matrix
        </Heading>
        <Text>
          A risk&apos;s score is probability × impact (1–25); its level follows these thresholds. Changing them
          re-levels every risk at once.
        </Text>
        {state.status === 'loading' && <LoadingState label="Loading the risk matrix" />}
        {state.status === 'error' && <ProblemMessage error={state.error} />}
        {matrix !== null && (
          <MatrixForm
            key={matrix.version}
            matrix={matrix}
            onSaved={(next) => {
              setSaved(next);
              host.flag({ title: 'Risk matrix saved', type: 'success' });
            }}
          />
        )}
      </Stack>
    </section>
  );
}
