import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';

import { ROLE_NAMES, type RaciRole } from '../../features/raci/raci';

const APPEARANCE: Record<RaciRole, ThemeAppearance> = {
  A: 'removed',
  R: 'inprogress',
  C: 'new',
  I: 'default',
};

/** A role's letter, coloured per role; screen readers hear the role's name. */
export function RoleLozenge({ role, inherited = false }: { role: RaciRole; inherited?: boolean }) {
  const name = ROLE_NAMES[role];
  return (
    <span title={inherited ? `${name} (inherited)` : name} aria-label={inherited ? `${name}, inherited` : name}>
      <Lozenge appearance={APPEARANCE[role]}>
        {inherited ? `(${role})` : role}
      </Lozenge>
    </span>
  );
}
