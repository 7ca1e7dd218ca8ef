import { Inline } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';

export interface LoadingStateProps {
  /** Read by screen readers, e.g. "Loading programs". */
  label: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" style={{ padding: token('space.200', '16px') }}>
      <Inline alignInline="center">
        <Spinner size="medium" label={label} />
      </Inline>
    </div>
  );
}
