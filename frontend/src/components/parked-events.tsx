import Button from '@atlaskit/button/default/button';
import DynamicTable from '@atlaskit/dynamic-table';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

import type { ParkedEvent } from '../features/sync/sync-status';

import { Timestamp } from './timestamp';

export interface ParkedEventsProps {
  events: readonly ParkedEvent[];
  /** How many are parked in all; the API lists only the most recent. */
  total: number;
  /** The webhook id being retried, if any. */
  busy: string | null;
  onRetry: (webhookId: string) => void;
}

const HEAD = {
  cells: [
    { key: 'event', content: 'Event' },
    { key: 'received', content: 'Received' },
    { key: 'attempts', content: 'Attempts' },
    { key: 'reason', content: 'Reason' },
    { key: 'retry', content: '' },
  ],
};

/** Webhook events Keystone gave up on, with why, and a way to try each again. */
export function ParkedEvents({ events, total, busy, onRetry }: ParkedEventsProps) {
  if (total === 0 && events.length === 0) {
    return null;
  }
  const rows = events.map((event) => ({
    key: event.webhookId,
    cells: [
      { key: 'event', content: event.event },
      {
        key: 'received',
        content: event.receivedAt === null ? '' : <Timestamp value={event.receivedAt} />,
      },
      { key: 'attempts', content: event.attempts },
      { key: 'reason', content: event.lastError ?? 'No reason recorded' },
      {
        key: 'retry',
        content: (
          <Button
            aria-label={`Retry ${event.event} ${event.webhookId}`}
            isLoading={busy === event.webhookId}
            isDisabled={busy !== null && busy !== event.webhookId}
            onClick={() => {
              onRetry(event.webhookId);
            }}
          >
            Retry
          </Button>
        ),
      },
    ],
  }));
  const noun = total === 1 ? 'webhook event is' : 'webhook events are';
  return (
    <Stack space="space.150">
      <SectionMessage appearance="warning" title={`${total} ${noun} parked`}>
        <p>
          Keystone stopped retrying these after repeated failures, so the mirror may miss their
          changes until they are retried or the next reconcile repairs the issues.
        </p>
      </SectionMessage>
      <DynamicTable label="Parked webhook events" head={HEAD} rows={rows} />
      {total > events.length && (
        <Text color="color.text.subtle">
          Showing the {events.length} most recent of {total}.
        </Text>
      )}
    </Stack>
  );
}
