import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** The table cells of the RACI tables, in the style of work-table.tsx. */
export const raciCell: CSSProperties = {
  padding: `${token('space.075', '6px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', 'lightgray')}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};

export const raciHeaderCell: CSSProperties = {
  ...raciCell,
  fontWeight: token('font.weight.semibold', '600'),
  color: token('color.text.subtle', 'gray'),
  whiteSpace: 'nowrap',
};
