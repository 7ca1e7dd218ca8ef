import { Text } from '@atlaskit/primitives/compiled';

import { useSession } from '../features/session/use-session';
import { useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';

/** "Connected to <site>" from GET /api/session, with loading and error states. */
export function ConnectionStatus() {
  const session = useSession();
  useHostResize(session.status);

  switch (session.status) {
    case 'loading':
      return <LoadingState label="Connecting to Keystone" />;
    case 'error':
      return <ProblemMessage error={session.error} />;
    case 'ready':
      return <Text as="p">Connected to {session.session.siteUrl}</Text>;
  }
}
