import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useCallback, useState } from 'react';

import type { Program } from '../features/programs/programs';
import { useUserNames } from '../features/risks/jira-users';
import { ROAM_LABELS, type Risk } from '../features/risks/risk';
import { deleteRisk } from '../features/risks/risk-api';
import { draftOf, EMPTY_DRAFT, type RiskDraft } from '../features/risks/risk-form';
import { DEFAULT_MATRIX } from '../features/risks/risk-matrix';
import { usePrograms, useRiskDetails, useRiskMatrix } from '../features/risks/use-risks';
import { useApi, useHost, useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { RiskForm } from './risk-form';
import { RiskHistoryList } from './risk-history-list';
import { RiskLevelLozenge } from './risk-level-lozenge';
import { RiskScoreSparkline } from './risk-score-sparkline';

/** Categories and programs every form needs; the form still works while they load or fail. */
function useFormChoices(): { categories: string[]; programs: Program[] } {
  const matrix = useRiskMatrix().state;
  const programs = usePrograms().state;
  return {
    categories: matrix.status === 'ready' ? matrix.data.categories : DEFAULT_MATRIX.categories,
    programs: programs.status === 'ready' ? programs.data : [],
  };
}

export interface NewRiskProps {
  initial?: Partial<RiskDraft>;
  onCreated: (risk: Risk) => void;
  onCancel?: () => void;
}

/** The create form, e.g. prefilled with the issue whose panel it opens from. */
export function NewRisk({ initial = {}, onCreated, onCancel }: NewRiskProps) {
  const { categories, programs } = useFormChoices();
  const host = useHost();
  const onSaved = useCallback(
    (risk: Risk) => {
      host.flag({ title: `Risk "${risk.title}" created`, type: 'success' });
      onCreated(risk);
    },
    [host, onCreated],
  );
  return (
    <RiskForm
      original={null}
      initial={{ ...EMPTY_DRAFT, ...initial }}
      categories={categories}
      programs={programs}
      ownerNames={new Map()}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}

function Scores({ risk }: { risk: Risk }) {
  return (
    <Inline space="space.200" alignBlock="center" shouldWrap>
      <Inline space="space.050" alignBlock="center">
        <Text color="color.text.subtle">Inherent</Text>
        <RiskLevelLozenge level={risk.level} score={risk.score} />
      </Inline>
      <Inline space="space.050" alignBlock="center" testId="risk-residual">
        <Text color="color.text.subtle">Residual</Text>
        {risk.residualLevel === null || risk.residualScore === null ? (
          <Text color="color.text.subtlest">not assessed</Text>
        ) : (
          <RiskLevelLozenge level={risk.residualLevel} score={risk.residualScore} />
        )}
      </Inline>
      <Text>
        {ROAM_LABELS[risk.roam]} · {risk.status === 'OPEN' ? 'Open' : 'Closed'}
      </Text>
      {risk.mitigationProgress.total > 0 && (
        <Text color="color.text.subtle">
          Mitigation work: {risk.mitigationProgress.done} of {risk.mitigationProgress.total} issues done
        </Text>
      )}
    </Inline>
  );
}

export interface RiskDetailProps {
  riskId: string;
  onChanged: () => void;
  onClose: () => void;
}

/** One risk: its scores and trend, the edit form, and every recorded change. */
export function RiskDetail({ riskId, onChanged, onClose }: RiskDetailProps) {
  const api = useApi();
  const host = useHost();
  const { state, refresh } = useRiskDetails(riskId);
  const { categories, programs } = useFormChoices();
  const [deleting, setDeleting] = useState<unknown>(null);
  const details = state.status === 'ready' ? state.data : null;
  const names = useUserNames(
    details === null
      ? []
      : [details.risk.ownerAccountId ?? '', ...details.history.map((entry) => entry.accountId ?? '')].filter((id) => id !== ''),
  );
  useHostResize(details ?? state.status);

  const onSaved = useCallback(
    (risk: Risk) => {
      host.flag({ title: `Risk "${risk.title}" saved`, type: 'success' });
      refresh();
      onChanged();
    },
    [host, refresh, onChanged],
  );

  if (state.status === 'loading') return <LoadingState label="Loading the risk" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  const { risk, history, trend } = state.data;
  // History records issues by id; show the keys of those still linked.
  const labels = new Map([...risk.issues.flatMap((issue) => (issue.key === null ? [] : [[issue.id, issue.key] as const])), ...names]);

  const remove = () => {
    setDeleting(null);
    deleteRisk(api, risk).then(
      () => {
        host.flag({ title: `Risk "${risk.title}" deleted`, type: 'success' });
        onChanged();
        onClose();
      },
      (error: unknown) => {
        setDeleting(error);
      },
    );
  };

  return (
    <Stack space="space.300" testId="risk-detail">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Heading size="medium" as="h2">
          {risk.title}
        </Heading>
        <Inline space="space.100">
          <Button onClick={onClose}>Back to the register</Button>
          <Button appearance="danger" onClick={remove}>
            Delete
          </Button>
        </Inline>
      </Inline>
      <Scores risk={risk} />
      <Inline space="space.100" alignBlock="center">
        <Text color="color.text.subtle">Score trend</Text>
        <RiskScoreSparkline points={trend} />
      </Inline>
      {deleting !== null && <ProblemMessage error={deleting} />}
      {/* Keyed by version: a save reloads the risk and the form starts from what was stored. */}
      <RiskForm
        key={risk.version}
        original={risk}
        initial={draftOf(risk)}
        categories={categories}
        programs={programs}
        ownerNames={names}
        onSaved={onSaved}
      />
      <Stack space="space.100">
        <Heading size="small" as="h3">
          History
        </Heading>
        <RiskHistoryList entries={history} names={labels} />
      </Stack>
    </Stack>
  );
}
