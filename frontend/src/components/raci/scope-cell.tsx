import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { RaciScope } from '../../features/raci/raci';
import { StatusLozenge } from '../status-lozenge';

/** A work item as a row header: key and summary for issues, the name for a program. */
export function ScopeName({ scope }: { scope: RaciScope }) {
  if (scope.type === 'program') {
    return (
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance="new">Program</Lozenge>
        <Text weight="medium">{scope.name ?? scope.id}</Text>
      </Inline>
    );
  }
  return (
    <Inline space="space.100" alignBlock="center">
      <Text weight="medium">{scope.key ?? scope.id}</Text>
      <Text color="color.text.subtle" maxLines={1}>
        {scope.summary ?? ''}
      </Text>
    </Inline>
  );
}

/** The item's Jira status; programs have none. */
export function ScopeStatus({ scope }: { scope: RaciScope }) {
  if (scope.type === 'program' || scope.statusName === null) return null;
  return <StatusLozenge status={scope.statusName} category={scope.statusCategory} />;
}
