import Button from '@atlaskit/button/default/button';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { MyResponsibility } from '../../features/raci/raci-reports';
import { useMyResponsibilities } from '../../features/raci/use-raci';
import { useHost, useHostResize } from '../../lib/host-context';
import { EmptyState } from '../empty-state';
import { LoadingState } from '../loading-state';
import { ProblemMessage } from '../problem-message';

import { raciCell, raciHeaderCell } from './raci-cell-styles';
import { RoleHoldings } from './role-holdings';
import { ScopeName, ScopeStatus } from './scope-cell';

function ItemName({ item }: { item: MyResponsibility }) {
  const host = useHost();
  const key = item.scope.key;
  if (item.scope.type !== 'issue' || key === null) return <ScopeName scope={item.scope} />;
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      aria-label={`Open ${key} in Jira`}
      onClick={() => {
        host.navigate('issue', { issueKey: key });
      }}
    >
      <ScopeName scope={item.scope} />
    </Button>
  );
}

/** What the calling user is R, A, C or I for, across programs, with each item's status. */
export function MyResponsibilities() {
  const { state } = useMyResponsibilities();
  useHostResize(state.status === 'ready' ? state.data : state.status);

  let body;
  if (state.status === 'loading') body = <LoadingState label="Loading your responsibilities" />;
  else if (state.status === 'error') body = <ProblemMessage error={state.error} />;
  else if (state.data.items.length === 0) {
    body = (
      <EmptyState
        header="Nothing assigned to you yet"
        description="Programs and issues where you are Responsible, Accountable, Consulted or Informed will be listed here."
      />
    );
  } else {
    body = (
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="raci-mine">
        <thead>
          <tr>
            {['Work item', 'Status', 'Your roles', 'Programs'].map((column) => (
              <th key={column} scope="col" style={raciHeaderCell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {state.data.items.map((item) => (
            <tr key={`${item.scope.type}-${item.scope.id}`} data-scope={item.scope.key ?? item.scope.id}>
              <th scope="row" style={{ ...raciCell, fontWeight: 'inherit' }}>
                <ItemName item={item} />
              </th>
              <td style={raciCell}>
                <ScopeStatus scope={item.scope} />
              </td>
              <td style={raciCell}>
                <RoleHoldings holdings={item.roles} />
              </td>
              <td style={raciCell}>
                <Text color="color.text.subtle">{item.programs.map((program) => program.name).join(', ')}</Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    // The page's title already says "My responsibilities".
    <Stack space="space.150" testId="my-responsibilities">
      <Text color="color.text.subtle">
        Where you are Responsible, Accountable, Consulted or Informed; (X) means inherited from a parent item or
        the program.
      </Text>
      {body}
    </Stack>
  );
}
