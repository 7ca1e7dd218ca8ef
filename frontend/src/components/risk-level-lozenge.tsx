import Lozenge from '@atlaskit/lozenge';

import { LEVEL_LABELS, type Level } from '../features/risks/risk';

const APPEARANCE = {
  LOW: 'success',
  MEDIUM: 'moved',
  HIGH: 'removed',
  CRITICAL: 'removed',
} as const;

/** A level in the matrix's colours, always with its name (colour is never the only cue). */
export function RiskLevelLozenge({ level, score }: { level: Level; score?: number }) {
  return (
    <Lozenge appearance={APPEARANCE[level]} testId={`level-${level}`}>
      {LEVEL_LABELS[level]}
      {score === undefined ? '' : ` ${score}`}
    </Lozenge>
  );
}
