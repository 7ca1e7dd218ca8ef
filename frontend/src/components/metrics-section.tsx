import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useState } from 'react';

import { toDraft } from '../features/metrics/metric-draft';
import {
  addMetricValue,
  createMetric,
  deleteMetric,
  fetchSamples,
  runMetric,
  updateMetric,
  useProgramMetrics,
  type Metric,
  type MetricSample,
  type NewMetric,
} from '../features/metrics/metrics';
import { useApi, useHost, useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { MetricChart } from './metric-chart';
import { MetricDialog } from './metric-dialog';
import { MetricValueForm, type ManualValue } from './metric-value-form';
import { MetricsStrip } from './metrics-strip';
import { ProblemMessage } from './problem-message';

type Editing = { kind: 'new' } | { kind: 'edit'; metric: Metric } | null;

/** The selected metric's chart, its last error, and what can be done with it. */
function MetricDetail({ programId, metric, onChanged, onEdit }: {
  programId: string;
  metric: Metric;
  onChanged: () => void;
  onEdit: () => void;
}) {
  const api = useApi();
  const host = useHost();
  const [samples, setSamples] = useState<MetricSample[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const currentId = metric.current?.id ?? null;
  useHostResize(samples);

  useEffect(() => {
    let active = true;
    fetchSamples(api, programId, metric.id).then(
      (loaded) => {
        if (active) setSamples(loaded);
      },
      (error: unknown) => {
        if (active) setProblem(error);
      },
    );
    return () => {
      active = false;
    };
  }, [api, programId, metric.id, currentId]);

  const run = () => {
    setRunning(true);
    setProblem(null);
    runMetric(api, programId, metric.id).then(
      () => {
        setRunning(false);
        onChanged();
      },
      (error: unknown) => {
        setRunning(false);
        setProblem(error);
        onChanged();
      },
    );
  };
  const addValue = (value: ManualValue) =>
    addMetricValue(api, programId, metric.id, value).then(() => {
      onChanged();
    });
  const remove = () => {
    deleteMetric(api, programId, metric.id).then(
      () => {
        host.flag({ title: `Metric "${metric.name}" deleted`, type: 'success' });
        onChanged();
      },
      (error: unknown) => {
        setProblem(error);
      },
    );
  };

  return (
    <section aria-label={`Metric ${metric.name}`} data-testid="metric-detail">
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center" spread="space-between" shouldWrap>
          <Heading size="xsmall" as="h4">
            {metric.name}
          </Heading>
          <Inline space="space.075">
            {metric.source.type !== 'MANUAL' && (
              <Button spacing="compact" onClick={run} isLoading={running} testId="metric-run">
                Sample now
              </Button>
            )}
            <Button spacing="compact" onClick={onEdit}>
              Edit
            </Button>
            <Button spacing="compact" appearance="subtle" onClick={remove}>
              Delete
            </Button>
          </Inline>
        </Inline>
        <Text color="color.text.subtle">{metric.statusReason}</Text>
        {metric.lastError !== null && (
          <SectionMessage appearance="warning" title="The last sample failed">
            <Text>{metric.lastError.message}</Text>
          </SectionMessage>
        )}
        {problem !== null && <ProblemMessage error={problem} />}
        {samples === null ? (
          <LoadingState label="Loading the values" />
        ) : samples.length === 0 ? (
          <Text color="color.text.subtle">No values yet.</Text>
        ) : (
          <MetricChart metric={metric} samples={samples} />
        )}
        {metric.source.type === 'MANUAL' && <MetricValueForm onAdd={addValue} />}
      </Stack>
    </section>
  );
}

/**
 * The program's metrics: a strip of cards (value, target, sparkline, on/off track), the selected metric's chart
 * with its target line, adding and editing metrics, sampling on demand and entering manual values.
 */
export function MetricsSection({ programId }: { programId: string }) {
  const api = useApi();
  const { state, refresh } = useProgramMetrics(programId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  useHostResize(state.status === 'ready' ? state.data : state.status);

  const save = useCallback(
    (body: NewMetric) => {
      const saved =
        editing?.kind === 'edit'
          ? updateMetric(api, programId, editing.metric.id, body)
          : createMetric(api, programId, body);
      return saved.then((metric) => {
        setEditing(null);
        setSelectedId(metric.id);
        refresh();
      });
    },
    [api, programId, editing, refresh],
  );

  const metrics = state.status === 'ready' ? state.data : [];
  const selected = metrics.find((metric) => metric.id === selectedId) ?? null;
  return (
    <section aria-label="Metrics">
      <Stack space="space.150">
        <Inline space="space.200" alignBlock="center" spread="space-between">
          <Heading size="small" as="h3">
            Metrics
          </Heading>
          {editing === null && (
            <Button
              spacing="compact"
              onClick={() => {
                setEditing({ kind: 'new' });
              }}
            >
              Add metric
            </Button>
          )}
        </Inline>
        {state.status === 'loading' && <LoadingState label="Loading the metrics" />}
        {state.status === 'error' && <ProblemMessage error={state.error} />}
        {state.status === 'ready' && metrics.length === 0 && editing === null && (
          <Text color="color.text.subtle">
            No metrics yet. Track the numbers this program is judged by: open findings, cost, cycle time.
          </Text>
        )}
        {metrics.length > 0 && <MetricsStrip metrics={metrics} selectedId={selectedId} onSelect={setSelectedId} />}
        {editing !== null && (
          <MetricDialog
            key={editing.kind === 'edit' ? editing.metric.id : 'new'}
            title={editing.kind === 'edit' ? `Edit ${editing.metric.name}` : 'Add a metric'}
            {...(editing.kind === 'edit' ? { initial: toDraft(editing.metric) } : {})}
            onSave={save}
            onCancel={() => {
              setEditing(null);
            }}
          />
        )}
        {selected !== null && editing === null && (
          <MetricDetail
            programId={programId}
            metric={selected}
            onChanged={refresh}
            onEdit={() => {
              setEditing({ kind: 'edit', metric: selected });
            }}
          />
        )}
      </Stack>
    </section>
  );
}
