import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent, type ReactElement } from 'react';

import { ProblemError } from '../lib/problem-error';

import { ProblemMessage } from './problem-message';

export interface ManualValue {
  date: string;
  value: number;
  comment?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Enters one value of a manual metric: the day it held, the value, and why (optional). */
export function MetricValueForm({ onAdd }: { onAdd: (value: ManualValue) => Promise<unknown> }) {
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) {
      setErrors({ value: ['Enter a number.'] });
      return;
    }
    setBusy(true);
    setErrors({});
    setOther(null);
    onAdd({ date, value: number, ...(comment.trim() === '' ? {} : { comment: comment.trim() }) }).then(
      () => {
        setBusy(false);
        setValue('');
        setComment('');
      },
      (error: unknown) => {
        setBusy(false);
        if (error instanceof ProblemError && error.errors.length > 0) {
          const byField: Record<string, string[]> = {};
          error.errors.forEach((fieldError) => (byField[fieldError.field] ??= []).push(fieldError.message));
          setErrors(byField);
        } else {
          setOther(error);
        }
      },
    );
  };

  const field = (name: string, label: string, input: ReactElement) => (
    <Stack space="space.050">
      <label htmlFor={`keystone-value-${name}`}>
        <Text weight="semibold">{label}</Text>
      </label>
      {input}
      {(errors[name] ?? []).length > 0 && (
        <Text size="small" color="color.text.danger">
          {(errors[name] ?? []).join(' ')}
        </Text>
      )}
    </Stack>
  );

  return (
    <form aria-label="Enter a value" onSubmit={onSubmit} noValidate>
      <Stack space="space.100">
        <Inline space="space.150" shouldWrap alignBlock="end">
          {field(
            'date',
            'Date',
            <Textfield id="keystone-value-date" type="date" value={date} onChange={(e) => {
              setDate(e.currentTarget.value);
            }} />,
          )}
          {field(
            'value',
            'Value',
            <Textfield id="keystone-value-value" value={value} isInvalid={(errors.value ?? []).length > 0}
              onChange={(e) => {
                setValue(e.currentTarget.value);
              }} />,
          )}
          {field(
            'comment',
            'Comment (optional)',
            <Textfield id="keystone-value-comment" value={comment} onChange={(e) => {
              setComment(e.currentTarget.value);
            }} />,
          )}
          <Button type="submit" isLoading={busy}>
            Add value
          </Button>
        </Inline>
        {other !== null && <ProblemMessage error={other} />}
      </Stack>
    </form>
  );
}
