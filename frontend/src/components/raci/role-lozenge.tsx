import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { CSSProperties } from 'react';

import { ROLE_NAMES, type RaciRole } from '../../features/raci/raci';

const APPEARANCE: Record<RaciRole, ThemeAppearance> = {
  A: 'removed',
  R: 'inprogress',
  C: 'new',
  I: 'default',
};

/** Read by screen readers, not shown. */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

export interface RoleLozengeProps {
  role: RaciRole;
  inherited?: boolean;
  /** Where an inherited role comes from, e.g. "from EPIC-1"; shown as a tooltip and read out. */
  source?: string;
  /** The role's name is written next to it already: the letter is decoration only. */
  decorative?: boolean;
}

/** A role's letter, coloured per role, in parentheses when inherited; screen readers hear words. */
export function RoleLozenge({ role, inherited = false, source, decorative = false }: RoleLozengeProps) {
  const letter = (
    <Lozenge appearance={APPEARANCE[role]}>{inherited ? `(${role})` : role}</Lozenge>
  );
  if (decorative) return <span aria-hidden="true">{letter}</span>;
  const words = inherited ? `${ROLE_NAMES[role]}, inherited${source === undefined ? '' : ` ${source}`}` : ROLE_NAMES[role];
  return (
    <span title={words}>
      <span aria-hidden="true">{letter}</span>
      <span style={visuallyHidden}>{words}</span>
    </span>
  );
}
