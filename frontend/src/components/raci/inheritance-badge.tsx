import Lozenge from '@atlaskit/lozenge';

import { inheritanceText, type RaciScope } from '../../features/raci/raci';

/** Where an inherited assignment comes from; nothing for the item's own. */
export function InheritanceBadge({
  inherited,
  fromScope,
}: {
  inherited: boolean;
  fromScope: RaciScope | null;
}) {
  if (!inherited) return null;
  return (
    <span data-testid="raci-inherited">
      <Lozenge appearance="moved">{inheritanceText(fromScope)}</Lozenge>
    </span>
  );
}
