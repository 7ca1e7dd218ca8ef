import SectionMessage from '@atlaskit/section-message';

import { violationsOf } from '../../features/raci/raci-rules';
import { ProblemMessage } from '../problem-message';

/**
 * Why a save was refused: the broken RACI rules in plain words, or the problem as it came for
 * anything that is not a rule (network, permissions, …).
 */
export function RaciViolations({ error }: { error: unknown }) {
  const violations = violationsOf(error);
  if (violations.length === 0) return <ProblemMessage error={error} />;
  return (
    <SectionMessage appearance="warning" title="This RACI breaks a rule" testId="raci-violations">
      <ul>
        {violations.map((violation, index) => (
          <li key={`${violation.code}-${index}`} data-rule={violation.code}>
            {violation.message}
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}
