import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import { formatPercent } from '../features/rollup/format';
import type { RollupFigures } from '../features/rollup/rollup';

import { ProgressBar } from './progress-bar';

export type ProgressMeasure = keyof RollupFigures['percentComplete'];

const LABEL: Record<ProgressMeasure, string> = {
  byCount: 'Done by issue count',
  byEstimate: 'Done by estimate',
  byTime: 'Done by time logged',
};

export interface RollupProgressProps {
  figures: RollupFigures;
  measures: readonly ProgressMeasure[];
}

/** One labelled bar per way of measuring "done"; a measure with no basis shows "n/a". */
export function RollupProgress({ figures, measures }: RollupProgressProps) {
  return (
    <Stack space="space.150">
      {measures.map((measure) => {
        const percent = figures.percentComplete[measure];
        return (
          <Stack key={measure} space="space.050">
            <Inline spread="space-between">
              <Text>{LABEL[measure]}</Text>
              <Text weight="semibold" testId={`percent-${measure}`}>
                {formatPercent(percent)}
              </Text>
            </Inline>
            <ProgressBar
              label={LABEL[measure]}
              value={percent ?? 0}
              max={100}
              appearance={percent === 100 ? 'success' : 'brand'}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
