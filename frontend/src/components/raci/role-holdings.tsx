import { Inline } from '@atlaskit/primitives/compiled';

import { inheritanceText } from '../../features/raci/raci';
import type { RoleHolding } from '../../features/raci/raci-reports';

import { RoleLozenge } from './role-lozenge';

/** The roles held on one item: own ones bold, inherited ones in parentheses with their source. */
export function RoleHoldings({ holdings }: { holdings: readonly RoleHolding[] }) {
  return (
    <Inline space="space.050" shouldWrap>
      {holdings.map((holding, index) => (
        <span
          key={`${holding.role}-${index}`}
          data-role={holding.role}
          data-inherited={holding.inherited}
          data-source={holding.inherited ? inheritanceText(holding.fromScope) : undefined}
        >
          <RoleLozenge
            role={holding.role}
            inherited={holding.inherited}
            {...(holding.inherited ? { source: inheritanceText(holding.fromScope) } : {})}
          />
        </span>
      ))}
    </Inline>
  );
}
