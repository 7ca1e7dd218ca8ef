import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';

type Values = Record<string, number | boolean>;

/**
 * Edits a flat object of numeric and on/off switches (webhook delivery, REST faults) and PUTs it
 * back whole. Shares are 0..1; the sandbox validates and answers 400 with a message.
 */
export function SwitchesForm<T extends object>({
  title,
  values,
  hints,
  onSave,
  testId,
}: {
  title: string;
  values: T;
  hints: Partial<Record<keyof T, string>>;
  onSave: (values: T) => Promise<unknown>;
  testId: string;
}) {
  const [draft, setDraft] = useState<Record<string, string | boolean>>(() =>
    Object.fromEntries(Object.entries(values as Values).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)])),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = () => {
    const out: Values = {};
    for (const [k, v] of Object.entries(draft)) {
      const number = Number(v);
      if (typeof v !== 'boolean' && (v.trim() === '' || !Number.isFinite(number))) {
        setMessage({ ok: false, text: `${k} must be a number` });
        return;
      }
      out[k] = typeof v === 'boolean' ? v : number;
    }
    onSave(out as T).then(
      () => { setMessage({ ok: true, text: 'Saved' }); },
      (e: unknown) => { setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) }); },
    );
  };

  return (
    <Stack space="space.100" testId={testId}>
      <Text weight="bold">{title}</Text>
      {Object.entries(draft).map(([k, v]) => (
        <Inline key={k} space="space.100" alignBlock="center">
          <div style={{ width: '160px' }}><Text>{k}</Text></div>
          {typeof v === 'boolean' ? (
            <Button spacing="compact" isSelected={v} onClick={() => { setDraft({ ...draft, [k]: !v }); }}>{v ? 'On' : 'Off'}</Button>
          ) : (
            <div style={{ width: '120px' }}>
              <Textfield aria-label={k} isCompact value={v} testId={`${testId}-${k}`}
                onChange={(e) => { setDraft({ ...draft, [k]: e.currentTarget.value }); }} />
            </div>
          )}
          <Text size="small" color="color.text.subtlest">{(hints as Record<string, string | undefined>)[k] ?? ''}</Text>
        </Inline>
      ))}
      <Inline space="space.100" alignBlock="center">
        <Button appearance="primary" spacing="compact" onClick={save} testId={`${testId}-save`}>Save</Button>
        {message && <Text color={message.ok ? 'color.text.success' : 'color.text.danger'}>{message.text}</Text>}
      </Inline>
    </Stack>
  );
}

export function Unavailable({ what, error }: { what: string; error: Error }) {
  return <SectionMessage appearance="warning" title={`${what} unavailable`}>{error.message}</SectionMessage>;
}
