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
function StatusDot({ status }: { status: HealthStatus }) {
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
        marginBlockStart: token('space.075', '6px'),
        borderRadius: token('radius.full', '9999px'),
        backgroundColor: STATUS[status].colour,
      }}
    />
  );
}

/** GREEN / AMBER / RED with the reasons behind it; an override by a TPM says so. */
export function HealthHeader({ health }: { health: ProgramHealth }) {
  const { label, appearance } = STATUS[health.status];
  return (
    <section aria-label="Program health">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center">
          <Text weight="semibold">Health</Text>
          <span data-testid="program-health-status">
            <Lozenge appearance={appearance}>
              {label}
            </Lozenge>
          </span>
          {health.overridden && (
            <span data-testid="program-health-overridden">
              <Lozenge appearance="default">set by hand</Lozenge>
            </span>
          )}
        </Inline>
        {health.reasons.length > 0 && (
          <ul aria-label="Health reasons" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {health.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`} data-code={reason.code}>
                <Inline space="space.100" alignBlock="start">
                  <StatusDot status={reason.status} />
                  <Text>{reason.message === '' ? reason.code : reason.message}</Text>
                </Inline>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </section>
  );
}
