import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import type { HealthStatus, ProgramHealth } from '../features/rollup/rollup';

const STATUS: Record<HealthStatus, { label: string; appearance: ThemeAppearance; colour: string }> = {
  GREEN: { label: 'Green', appearance: 'success', colour: token('color.icon.success', 'green') },
  AMBER: { label: 'Amber', appearance: 'moved', colour: token('color.icon.warning', 'orange') },
  RED: { label: 'Red', appearance: 'removed', colour: token('color.icon.danger', 'red') },
};

/** A small round marker in the status's colour; its name is the status for screen readers. */
function StatusDot({ status, small }: { status: HealthStatus; small: boolean }) {
  return (
    <span
      role="img"
      aria-label={STATUS[status].label}
      title={STATUS[status].label}
      style={{
        display: 'inline-block',
        flexShrink: 0,
        width: token('space.100', '8px'),
        height: token('space.100', '8px'),
        // Centres the dot on the first line of the text beside it.
        marginBlockStart: small ? token('space.050', '4px') : token('space.075', '6px'),
        borderRadius: token('radius.full', '9999px'),
        backgroundColor: STATUS[status].colour,
      }}
    />
  );
}

export interface HealthLozengeProps {
  status: HealthStatus;
  overridden: boolean;
  testId?: string;
  overriddenTestId?: string;
}

/** The status as a lozenge (GREEN success, AMBER moved, RED removed), and "set by hand" if so. */
export function HealthLozenge({ status, overridden, testId, overriddenTestId }: HealthLozengeProps) {
  const { label, appearance } = STATUS[status];
  return (
    <>
      <span data-testid={testId}>
        <Lozenge appearance={appearance}>{label}</Lozenge>
      </span>
      {overridden && (
        <span data-testid={overriddenTestId}>
          <Lozenge appearance="default">set by hand</Lozenge>
        </span>
      )}
    </>
  );
}

export interface HealthHeaderProps {
  health: ProgramHealth;
  /** Drops the "Health" label and uses smaller text (the dashboard gadget). */
  compact?: boolean;
}

/** GREEN / AMBER / RED with the reasons behind it; an override by a TPM says so. */
export function HealthHeader({ health, compact = false }: HealthHeaderProps) {
  return (
    <section aria-label="Program health">
      <Stack space={compact ? 'space.050' : 'space.100'}>
        <Inline space="space.100" alignBlock="center">
          {!compact && <Text weight="semibold">Health</Text>}
          <HealthLozenge
            status={health.status}
            overridden={health.overridden}
            testId="program-health-status"
            overriddenTestId="program-health-overridden"
          />
        </Inline>
        {health.reasons.length > 0 && (
          <ul aria-label="Health reasons" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {health.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`} data-code={reason.code}>
                <Inline space="space.100" alignBlock="start">
                  <StatusDot status={reason.status} small={compact} />
                  <Text size={compact ? 'small' : 'medium'}>
                    {reason.message === '' ? reason.code : reason.message}
                  </Text>
                </Inline>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </section>
  );
}
