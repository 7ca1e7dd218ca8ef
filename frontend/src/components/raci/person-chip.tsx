import Avatar from '@atlaskit/avatar';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { RaciPerson } from '../../features/raci/raci';

/** Avatar and name; a deactivated Jira user is marked, since they cannot act on anything. */
export function PersonChip({ person, size = 'small' }: { person: RaciPerson; size?: 'small' | 'medium' }) {
  return (
    <Inline space="space.075" alignBlock="center">
      <Avatar size={size} name={person.displayName} {...(person.avatarUrl === null ? {} : { src: person.avatarUrl })} />
      <Text testId="raci-person-name">{person.displayName}</Text>
      {!person.active && <Lozenge appearance="removed">Deactivated</Lozenge>}
    </Inline>
  );
}
