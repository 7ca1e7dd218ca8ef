import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import { shellApi } from '../api';
import type { WebhookDelivery } from '../types';
import { useLoad } from '../use-load';

import { NotificationsList } from './notifications-list';
import { SwitchesForm, Unavailable } from './switches-form';

const stateAppearance: Record<WebhookDelivery['state'], 'default' | 'inprogress' | 'success' | 'removed' | 'moved'> = {
  pending: 'inprogress',
  delivered: 'success',
  failed: 'removed',
  dropped: 'moved',
};

const head = {
  cells: ['Created', 'Event', 'Subject', 'Flow', 'State', 'Attempts', 'Last status'].map((c) => ({ key: c, content: c })),
};

function WebhookLog() {
  // Keystone's reaction shows up here within a second or two of an edit.
  const log = useLoad(shellApi.webhooks, 'webhooks', 2000);
  if (log.error && !log.data) return <Unavailable what="Webhook log" error={log.error} />;
  const rows = (log.data ?? []).map((w) => ({
    key: String(w.id),
    cells: [
      { key: 'created', content: w.created },
      { key: 'event', content: w.event },
      { key: 'subject', content: w.subject },
      { key: 'flow', content: w.flow },
      { key: 'state', content: <Lozenge appearance={stateAppearance[w.state]}>{w.state}</Lozenge> },
      { key: 'attempts', content: w.attempts },
      { key: 'status', content: w.lastStatus ?? '' },
    ],
  }));
  return <DynamicTable head={head} rows={rows} isLoading={!log.data} label="Webhook deliveries" testId="webhook-log" />;
}

function Switches() {
  const hooks = useLoad(shellApi.webhookSwitches, 'webhook-switches');
  const faults = useLoad(shellApi.faults, 'faults');
  return (
    <Inline space="space.400" shouldWrap alignBlock="start">
      {hooks.error ? <Unavailable what="Webhook switches" error={hooks.error} /> : hooks.data && (
        <SwitchesForm title="Webhook delivery" testId="webhook-switches" values={hooks.data}
          onSave={shellApi.saveWebhookSwitches}
          hints={{ duplicateShare: 'share sent twice', dropShare: 'share never sent', delayMs: 'before sending',
            reorder: 'shuffle order', retryBackoffMs: 'between retries' }} />
      )}
      {faults.error ? <Unavailable what="Fault switches" error={faults.error} /> : faults.data && (
        <SwitchesForm title="REST faults (Keystone → Jira)" testId="fault-switches" values={faults.data}
          onSave={shellApi.saveFaults}
          hints={{ rateLimitShare: 'share answered 429', serverErrorShare: 'share answered 500',
            slowShare: 'share delayed', nextRateLimited: 'next N calls 429', nextServerErrors: 'next N calls 500' }} />
      )}
    </Inline>
  );
}

/** What the simulated site does behind Keystone's back: webhooks sent, faults injected, email sent. */
export function SandboxPage() {
  return (
    <Stack space="space.400" testId="sandbox-page">
      <Heading size="large">Sandbox</Heading>
      <Text color="color.text.subtlest">The simulated Jira site: webhooks it sent Keystone, the switches that disturb them, and the email Keystone had Jira send.</Text>
      <div style={{ border: `1px solid ${token('color.border')}`, padding: token('space.200') }}>
        <Switches />
      </div>
      <Stack space="space.100">
        <Heading size="medium">Webhook deliveries</Heading>
        <WebhookLog />
      </Stack>
      <Stack space="space.100">
        <Heading size="medium">Notifications (Jira's outbox)</Heading>
        <NotificationsList />
      </Stack>
    </Stack>
  );
}
