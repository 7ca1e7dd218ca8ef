import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

export interface ProgressBarProps {
  /** Read by screen readers, e.g. "Children done". */
  label: string;
  value: number;
  max: number;
  /** `success` once the work is complete, `brand` while it runs. */
  appearance?: 'brand' | 'success' | 'danger';
  /** Width of the whole bar; defaults to the available width. */
  width?: CSSProperties['width'];
}

const FILL: Record<NonNullable<ProgressBarProps['appearance']>, string> = {
  brand: token('color.background.brand.bold', 'blue'),
  success: token('color.background.success.bold', 'green'),
  danger: token('color.background.danger.bold', 'red'),
};

/** A thin horizontal bar; Atlaskit has no determinate progress bar among our dependencies. */
export function ProgressBar({
  label,
  value,
  max,
  appearance = 'brand',
  width = '100%',
}: ProgressBarProps) {
  const clamped = Math.min(Math.max(value, 0), Math.max(max, 0));
  const fraction = max > 0 ? clamped / max : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      style={{
        width,
        height: token('space.075', '6px'),
        borderRadius: token('radius.full', '9999px'),
        backgroundColor: token('color.background.neutral', 'lightgray'),
        overflow: 'hidden',
      }}
    >
      <div
        style={{
          width: `${fraction * 100}%`,
          height: '100%',
          backgroundColor: FILL[appearance],
          transition: 'width 300ms ease-out',
        }}
      />
    </div>
  );
}
