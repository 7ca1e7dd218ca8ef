import Button from '@atlaskit/button/default/button';
import { Inline } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';

export interface ResyncControlProps {
  busy: boolean;
  onResync: () => void;
}

/**
 * Asks before starting a full re-read: it takes a while on large sites and costs Jira API
 * quota. The question is inline because Connect iframes may not show window.confirm.
 */
export function ResyncControl({ busy, onResync }: ResyncControlProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Inline>
        <Button
          isLoading={busy}
          onClick={() => {
            setConfirming(true);
          }}
        >
          Read everything from Jira again
        </Button>
      </Inline>
    );
  }
  return (
    <SectionMessage appearance="warning" title="Read everything from Jira again?">
      <p>
        Keystone will read every issue of every project again. The mirror stays usable meanwhile;
        on a large site this can take a while.
      </p>
      <Inline space="space.100">
        <Button
          appearance="warning"
          onClick={() => {
            setConfirming(false);
            onResync();
          }}
        >
          Yes, read everything again
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setConfirming(false);
          }}
        >
          Cancel
        </Button>
      </Inline>
    </SectionMessage>
  );
}
