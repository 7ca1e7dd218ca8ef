import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useId, useState, type CSSProperties, type FormEvent } from 'react';

import { clearBaseline, setBaseline, type Baseline } from '../features/rollup/baseline';
import { shortDate, utcToday } from '../lib/calendar-dates';
import { useApi, useHost } from '../lib/host-context';
import { ProblemError } from '../lib/problem-error';

import { ProblemMessage } from './problem-message';

export interface BaselineControlProps {
  programId: string;
  baseline: Baseline | null;
  /** Called after the baseline was set or cleared, to reload the burn-up. */
  onChanged: () => void;
}

// Atlaskit's date picker is not a dependency (it would bring react-select into this chunk);
// the native input is styled with the same tokens as Atlaskit's text fields. Its calendar popup
// follows the `color-scheme` that Atlaskit's theme sets on the page, so it turns dark with Jira.
const dateInput = (invalid: boolean): CSSProperties => ({
  font: 'inherit',
  color: token('color.text', 'black'),
  backgroundColor: token('color.background.input', 'white'),
  border: `${token('border.width', '1px')} solid ${
    invalid ? token('color.border.danger', 'red') : token('color.border.input', 'gray')
  }`,
  borderRadius: token('radius.small', '3px'),
  padding: `${token('space.050', '4px')} ${token('space.075', '6px')}`,
});

/** The server's field errors for `date`, or null when the problem was about something else. */
function dateErrors(error: unknown): string | null {
  if (!(error instanceof ProblemError)) return null;
  const messages = error.errors.filter((e) => e.field === 'date').map((e) => e.message);
  return messages.length === 0 ? null : `The date ${messages.join('; ')}.`;
}

/**
 * Sets the program's baseline to a day (today unless the TPM picks an earlier one) or clears it.
 * Today is left to the server (an empty body), so a browser clock in another time zone never
 * asks for a day that has not begun in UTC.
 */
export function BaselineControl({ programId, baseline, onChanged }: BaselineControlProps) {
  const api = useApi();
  const host = useHost();
  const inputId = useId();
  const errorId = useId();
  const today = utcToday();
  const [date, setDate] = useState(today);
  const [pending, setPending] = useState<'set' | 'clear' | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: 'set' | 'clear') => {
    setPending(action);
    setFieldError(null);
    setError(null);
    try {
      if (action === 'set') {
        const saved = await setBaseline(api, programId, date === today ? undefined : date);
        host.flag({ title: `Baseline set to ${shortDate(saved.date)}`, type: 'success' });
      } else {
        await clearBaseline(api, programId);
        host.flag({ title: 'Baseline cleared', type: 'success' });
      }
      onChanged();
    } catch (caught) {
      const message = dateErrors(caught);
      if (message === null) setError(caught);
      else setFieldError(message);
    } finally {
      setPending(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('set');
  };

  return (
    <form aria-label="Baseline" onSubmit={onSubmit} noValidate>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <label htmlFor={inputId}>
            <Text size="small" color="color.text.subtle">
              Baseline date
            </Text>
          </label>
          <input
            id={inputId}
            type="date"
            value={date}
            max={today}
            required
            aria-invalid={fieldError !== null}
            aria-describedby={fieldError === null ? undefined : errorId}
            style={dateInput(fieldError !== null)}
            onChange={(event) => {
              setDate(event.target.value);
              setFieldError(null);
            }}
          />
          <Button type="submit" spacing="compact" isDisabled={pending !== null || date === ''}>
            {pending === 'set' ? 'Setting…' : baseline === null ? 'Set baseline' : 'Reset baseline'}
          </Button>
          {baseline !== null && (
            <Button
              appearance="subtle"
              spacing="compact"
              isDisabled={pending !== null}
              onClick={() => {
                void run('clear');
              }}
            >
              {pending === 'clear' ? 'Clearing…' : 'Clear baseline'}
            </Button>
          )}
        </Inline>
        {fieldError !== null && (
          <div id={errorId} role="alert">
            <Text size="small" color="color.text.danger">
              {fieldError}
            </Text>
          </div>
        )}
        {error !== null && <ProblemMessage error={error} />}
      </Stack>
    </form>
  );
}
