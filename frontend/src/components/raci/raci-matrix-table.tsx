import Avatar from '@atlaskit/avatar';
import { Inline, Text } from '@atlaskit/primitives/compiled';

import type { RaciMatrix } from '../../features/raci/raci-reports';

import { raciCell, raciHeaderCell } from './raci-cell-styles';
import { RoleHoldings } from './role-holdings';
import { ScopeName, ScopeStatus } from './scope-cell';

/** People (columns) x work items (rows); each cell lists the roles a person holds there. */
export function RaciMatrixTable({ matrix }: { matrix: RaciMatrix }) {
  return (
    // Focusable so keyboard users can scroll a wide matrix sideways.
    <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="RACI matrix">
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="raci-matrix">
        <caption style={{ textAlign: 'start' }}>
          <Text size="small" color="color.text.subtle">
            R Responsible · A Accountable · C Consulted · I Informed; (X) inherited from a parent or the program
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={raciHeaderCell}>
              Work item
            </th>
            <th scope="col" style={raciHeaderCell}>
              Status
            </th>
            {matrix.people.map((person) => (
              <th key={person.accountId} scope="col" style={raciHeaderCell} data-account-id={person.accountId}>
                <Inline space="space.075" alignBlock="center">
                  <Avatar
                    size="small"
                    name={person.displayName}
                    {...(person.avatarUrl === null ? {} : { src: person.avatarUrl })}
                  />
                  <span>{person.displayName}</span>
                </Inline>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.items.map((row) => (
            <tr key={`${row.scope.type}-${row.scope.id}`} data-scope={row.scope.key ?? row.scope.id}>
              <th scope="row" style={{ ...raciCell, fontWeight: 'inherit' }}>
                <ScopeName scope={row.scope} />
              </th>
              <td style={raciCell}>
                <ScopeStatus scope={row.scope} />
              </td>
              {matrix.people.map((person) => (
                <td key={person.accountId} style={raciCell}>
                  <RoleHoldings holdings={row.cells[person.accountId] ?? []} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
