import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';

import type { StatusCategory } from '../features/mirror/issue-mirror';

/** Jira's own colouring: to do grey, in progress blue, done green. */
const APPEARANCE: Record<StatusCategory, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
  unknown: 'default',
};

export interface StatusLozengeProps {
  status: string;
  category: StatusCategory;
  testId?: string;
}

/** A Jira status name as a lozenge; the wrapper's text is exactly the status name. */
export function StatusLozenge({ status, category, testId }: StatusLozengeProps) {
  return (
    <span data-testid={testId}>
      <Lozenge appearance={APPEARANCE[category]}>{status}</Lozenge>
    </span>
  );
}
