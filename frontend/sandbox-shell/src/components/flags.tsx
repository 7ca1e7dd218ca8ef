import Flag from '@atlaskit/flag';
import { FlagGroup } from '@atlaskit/flag/flag-group';

export interface ShownFlag {
  id: number;
  title: string;
  body?: string;
  type?: string;
}

const appearances = new Set(['success', 'warning', 'error', 'info']);

/** Flags raised by the shell or by Keystone (AP.flag.create), bottom left as in Jira. */
export function Flags({ flags, dismiss }: { flags: ShownFlag[]; dismiss: (id: number) => void }) {
  return (
    <FlagGroup onDismissed={(id) => { dismiss(Number(id)); }}>
      {flags.map((f) => (
        <Flag
          key={f.id}
          id={f.id}
          title={f.title}
          description={f.body}
          appearance={appearances.has(f.type ?? '') ? (f.type as 'success' | 'warning' | 'error' | 'info') : 'normal'}
          testId={`flag-${f.id}`}
        />
      ))}
    </FlagGroup>
  );
}
