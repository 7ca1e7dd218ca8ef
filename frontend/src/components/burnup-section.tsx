import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { useProgramBurnup } from '../features/rollup/burnup';
import { useHostResize } from '../lib/host-context';

import { BaselineControl } from './baseline-control';
import { BurnupChart, BurnupLegend, type BurnupMeasure } from './burnup-chart';
import type { ChartMilestone } from './burnup-marks';
import { ScopeChangeSummary } from './scope-change-summary';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';

const MEASURES: readonly { measure: BurnupMeasure; label: string }[] = [
  { measure: 'count', label: 'Issue count' },
  { measure: 'points', label: 'Story points' },
];

export interface BurnupSectionProps {
  programId: string;
  /** Marked on the time axis when on the chart. */
  milestones?: readonly ChartMilestone[];
}

/**
 * The program's scope and done work per day (polled every minute), by count or by points, with
 * its baseline (set and cleared here) and its milestones.
 */
export function BurnupSection({ programId, milestones = [] }: BurnupSectionProps) {
  const { state, refresh } = useProgramBurnup(programId);
  const [measure, setMeasure] = useState<BurnupMeasure>('count');
  useHostResize(state.status === 'ready' ? state.data : state.status);

  return (
    <section aria-label="Burn-up">
      <Stack space="space.100">
        <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
          <Heading size="small" as="h3">
            Burn-up
          </Heading>
          <div role="group" aria-label="Measure the burn-up by">
            <Inline space="space.050">
              {MEASURES.map((option) => (
                <Button
                  key={option.measure}
                  spacing="compact"
                  isSelected={measure === option.measure}
                  aria-pressed={measure === option.measure}
                  onClick={() => {
                    setMeasure(option.measure);
                  }}
                >
                  {option.label}
                </Button>
              ))}
            </Inline>
          </div>
        </Inline>
        {state.status === 'loading' && <LoadingState label="Loading the burn-up" />}
        {state.status === 'error' && <ProblemMessage error={state.error} />}
        {state.status === 'ready' && (
          <ScopeChangeSummary
            baseline={state.data.baseline}
            change={state.data.scopeChange}
            measure={measure}
          />
        )}
        {state.status === 'ready' &&
          (state.data.days.length === 0 ? (
            <Text color="color.text.subtle">No days to show yet.</Text>
          ) : (
            <>
              <BurnupChart
                days={state.data.days}
                measure={measure}
                baseline={state.data.baseline}
                milestones={milestones}
              />
              <BurnupLegend
                reconstructed={state.data.days.some((day) => day.reconstructed)}
                baseline={state.data.baseline !== null}
                milestones={milestones.some(
                  (m) =>
                    m.date >= (state.data.days[0]?.date ?? '') &&
                    m.date <= (state.data.days[state.data.days.length - 1]?.date ?? ''),
                )}
              />
              {state.refreshError !== undefined && (
                <Text size="small" color="color.text.subtlest">
                  Keystone could not refresh the burn-up just now and will keep trying.
                </Text>
              )}
            </>
          ))}
        {state.status === 'ready' && (
          <BaselineControl programId={programId} baseline={state.data.baseline} onChanged={refresh} />
        )}
      </Stack>
    </section>
  );
}
