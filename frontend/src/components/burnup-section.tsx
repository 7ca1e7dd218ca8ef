import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { useProgramBurnup } from '../features/rollup/burnup';
import { useHostResize } from '../lib/host-context';

import { BurnupChart, BurnupLegend, type BurnupMeasure } from './burnup-chart';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';

const MEASURES: readonly { measure: BurnupMeasure; label: string }[] = [
  { measure: 'count', label: 'Issue count' },
  { measure: 'points', label: 'Story points' },
];

/** The program's scope and done work per day (polled every minute), by count or by points. */
export function BurnupSection({ programId }: { programId: string }) {
  const { state } = useProgramBurnup(programId);
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
        {state.status === 'ready' &&
          (state.data.days.length === 0 ? (
            <Text color="color.text.subtle">No days to show yet.</Text>
          ) : (
            <>
              <BurnupChart days={state.data.days} measure={measure} />
              <BurnupLegend reconstructed={state.data.days.some((day) => day.reconstructed)} />
              {state.refreshError !== undefined && (
                <Text size="small" color="color.text.subtlest">
                  Keystone could not refresh the burn-up just now and will keep trying.
                </Text>
              )}
            </>
          ))}
      </Stack>
    </section>
  );
}
