import Lozenge from '@atlaskit/lozenge';

import { statusAppearance } from './status';

export function StatusLozenge({ name, category }: { name: string; category?: string | null }) {
  return <Lozenge appearance={statusAppearance(category, name)}>{name}</Lozenge>;
}
