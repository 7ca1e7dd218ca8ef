import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import { withUnit, type Metric, type MetricStatus } from '../features/metrics/metrics';

import { MetricSparkline } from './metric-sparkline';

const STATUS: Record<MetricStatus, { label: string; appearance: ThemeAppearance }> = {
  ON_TRACK: { label: 'On track', appearance: 'success' },
  OFF_TRACK: { label: 'Off track', appearance: 'removed' },
  NO_TARGET: { label: 'No target', appearance: 'default' },
  NO_DATA: { label: 'No value yet', appearance: 'default' },
};

function MetricCard({ metric, selected, onSelect }: { metric: Metric; selected: boolean; onSelect: () => void }) {
  const status = STATUS[metric.status];
  const target =
    metric.targetValue === null ? 'No target' : `Target ${withUnit(metric.targetValue, metric.unit)} by ${metric.targetDate}`;
  return (
    <button
      type="button"
      onClick={onSelect}
      aria-pressed={selected}
      data-testid={`metric-card-${metric.id}`}
      title={metric.statusReason}
      style={{
        textAlign: 'start',
        cursor: 'pointer',
        minWidth: '11rem',
        padding: token('space.150', '12px'),
        borderRadius: token('radius.small', '4px'),
        border: `1px solid ${selected ? token('color.border.selected', 'blue') : token('color.border', 'lightgray')}`,
        background: token('elevation.surface.raised', 'white'),
        color: token('color.text', 'black'),
      }}
    >
      <Stack space="space.050">
        <Text weight="semibold">{metric.name}</Text>
        <Inline space="space.100" alignBlock="center">
          <span data-testid="metric-current" style={{ font: token('font.heading.medium') }}>
            {metric.current === null ? '–' : withUnit(metric.current.value, metric.unit)}
          </span>
          <MetricSparkline points={metric.trend} label={`Trend of ${metric.name}: ${metric.trend.length} values`} />
        </Inline>
        <Text size="small" color="color.text.subtle">
          {target}
        </Text>
        <Inline space="space.050" alignBlock="center">
          <span data-testid="metric-status">
            <Lozenge appearance={status.appearance}>{status.label}</Lozenge>
          </span>
          {metric.lastError !== null && (
            <Lozenge appearance="moved">Sampling failed</Lozenge>
          )}
        </Inline>
      </Stack>
    </button>
  );
}

export interface MetricsStripProps {
  metrics: readonly Metric[];
  selectedId: string | null;
  onSelect: (metricId: string) => void;
}

/** One card per metric: current value, target, trend sparkline and on-track lozenge; a click opens its detail. */
export function MetricsStrip({ metrics, selectedId, onSelect }: MetricsStripProps) {
  return (
    <Box role="list" aria-label="Metrics">
      <Inline space="space.150" shouldWrap>
        {metrics.map((metric) => (
          <div role="listitem" key={metric.id}>
            <MetricCard
              metric={metric}
              selected={metric.id === selectedId}
              onSelect={() => {
                onSelect(metric.id);
              }}
            />
          </div>
        ))}
      </Inline>
    </Box>
  );
}
