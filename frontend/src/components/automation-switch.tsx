import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

export interface AutomationSwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** For `aria-describedby`. */
  describedBy?: string | undefined;
  invalid?: boolean;
  onChange: (checked: boolean) => void;
}

const TRACK_WIDTH = 32;
const TRACK_HEIGHT = 16;
const KNOB = 12;

/**
 * An on/off switch in Atlaskit's colours (no Atlaskit toggle package is installed): a button
 * with role="switch", named by its visible label, so it reads as "Enabled, switch, on".
 */
export function AutomationSwitch({ id, label, checked, disabled = false, describedBy, invalid = false, onChange }: AutomationSwitchProps) {
  const track = checked
    ? token('color.background.success.bold', 'green')
    : token('color.background.neutral.bold', 'gray');
  return (
    <Inline space="space.100" alignBlock="center">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        disabled={disabled}
        onClick={() => {
          onChange(!checked);
        }}
        style={{
          position: 'relative',
          flex: 'none',
          width: TRACK_WIDTH,
          height: TRACK_HEIGHT + 4,
          padding: 0,
          border: invalid ? `${token('border.width', '1px')} solid ${token('color.border.danger', 'red')}` : 'none',
          borderRadius: TRACK_HEIGHT,
          background: track,
          cursor: disabled ? 'not-allowed' : 'pointer',
          opacity: disabled ? 0.5 : 1,
        }}
      >
        <span
          aria-hidden
          style={{
            position: 'absolute',
            insetBlockStart: (TRACK_HEIGHT + 4 - KNOB) / 2,
            insetInlineStart: checked ? TRACK_WIDTH - KNOB - 4 : 4,
            width: KNOB,
            height: KNOB,
            borderRadius: '50%',
            background: token('color.icon.inverse', 'white'),
            transition: 'inset-inline-start 120ms ease-out',
          }}
        />
      </button>
      <label id={`${id}-label`} htmlFor={id}>
        <Text>{label}</Text>
      </label>
    </Inline>
  );
}

export interface SwitchFieldProps {
  id: string;
  /** Names the switch; its state is told by `aria-checked`, not by the name. */
  label: string;
  hint?: string;
  errors?: readonly string[] | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A switch with its label, hint and messages, wired like {@link FormField} wires an input. */
export function SwitchField({ id, label, hint, errors = [], checked, onChange }: SwitchFieldProps) {
  const describedBy = [hint === undefined ? null : `${id}-hint`, errors.length > 0 ? `${id}-error` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <Stack space="space.050">
      <AutomationSwitch
        id={id}
        label={label}
        checked={checked}
        describedBy={describedBy === '' ? undefined : describedBy}
        invalid={errors.length > 0}
        onChange={onChange}
      />
      {hint !== undefined && (
        <Text id={`${id}-hint`} size="small" color="color.text.subtlest">
          {hint}
        </Text>
      )}
      {errors.length > 0 && (
        <Text id={`${id}-error`} size="small" color="color.text.danger" testId={`${id}-error`}>
          {errors.join(' ')}
        </Text>
      )}
    </Stack>
  );
}
