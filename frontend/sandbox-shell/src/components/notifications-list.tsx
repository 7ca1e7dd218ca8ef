import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';

import { shellApi } from '../api';
import type { Notification } from '../types';
import { useLoad } from '../use-load';

import { Unavailable } from './switches-form';
import { Panel } from './panel';

function NotificationItem({ n }: { n: Notification }) {
  const [html, setHtml] = useState(false);
  return (
    <Panel testId={`notification-${String(n.id)}`}>
      <Stack space="space.100">
        <Inline space="space.100" spread="space-between">
          <Text weight="bold">{n.subject}</Text>
          <Text size="small" color="color.text.subtlest">{n.created}</Text>
        </Inline>
        <Text size="small">
          {n.issueKey && <><a href={`#/issue/${n.issueKey}`}>{n.issueKey}</a> · </>}
          To: {n.recipients.map((r) => r.displayName).join(', ') || 'nobody'}
        </Text>
        {html && n.htmlBody ? (
          // No scripts, no same-origin: the mail body is shown, never run.
          <iframe title={`Email ${String(n.id)}`} sandbox="" srcDoc={n.htmlBody}
            style={{ width: '100%', height: '240px', border: `1px solid ${token('color.border')}`, background: token('elevation.surface') }} />
        ) : (
          <pre style={{ whiteSpace: 'pre-wrap', margin: 0, font: 'inherit' }}>{n.textBody}</pre>
        )}
        {n.htmlBody && (
          <Box><Button spacing="compact" onClick={() => { setHtml(!html); }}>{html ? 'Show text' : 'Show HTML'}</Button></Box>
        )}
      </Stack>
    </Panel>
  );
}

/** The email Keystone asked Jira to send (POST /rest/api/3/issue/{key}/notify), newest first. */
export function NotificationsList() {
  const list = useLoad(shellApi.notifications, 'notifications', 5000);
  if (list.error && !list.data) return <Unavailable what="Notifications" error={list.error} />;
  if (list.data?.length === 0) return <Text color="color.text.subtlest">No email sent yet.</Text>;
  return (
    <Stack space="space.150" testId="notifications">
      {(list.data ?? []).map((n) => <NotificationItem key={String(n.id)} n={n} />)}
    </Stack>
  );
}
