import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

/** A padded, subtly filled area (Jira's details column, the create form, a mail). */
export function Panel({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div
      data-testid={testId}
      style={{
        padding: token('space.200'),
        background: token('color.background.neutral.subtle'),
        borderRadius: token('radius.small', '4px'),
      }}
    >
      {children}
    </div>
  );
}
