import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useRef, useState } from 'react';

import { INBOUND_RULE_KEYS } from '../features/automation/automation';
import { inboundUrl, rotateInboundSecret } from '../features/automation/automation-api';
import { isAdminRequired } from '../features/automation/rule-draft';
import { useInboundStatus } from '../features/automation/use-automation';
import { useApi, useHost, useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { Timestamp } from './timestamp';

export interface AutomationInboundProps {
  /** Where Keystone is served; the pages come from the app's own origin. */
  appBaseUrl?: string;
}

const INBOUND_PURPOSE: Record<(typeof INBOUND_RULE_KEYS)[number], string> = {
  risk: 'create or update a risk for the issue',
  raci: 'set RACI roles on the issue',
};

const codeStyle = {
  fontFamily: token('font.family.code', 'monospace'),
  background: token('color.background.neutral', 'lightgray'),
  padding: `0 ${token('space.050', '4px')}`,
  borderRadius: token('radius.small', '3px'),
  overflowWrap: 'anywhere',
} as const;

function Code({ children, testId }: { children: string; testId?: string }) {
  return (
    <code style={codeStyle} data-testid={testId}>
      {children}
    </code>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The new secret, once: with a copy button, and gone when the admin says they have it. */
function NewSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const input = useRef<HTMLInputElement>(null);
  const onCopy = () => {
    // Connect iframes may not be allowed to write to the clipboard; then the text is selected instead.
    const clipboard = 'clipboard' in navigator ? navigator.clipboard : undefined;
    const fallback = () => {
      input.current?.select();
      setCopy('failed');
    };
    if (clipboard === undefined) {
      fallback();
      return;
    }
    clipboard.writeText(secret).then(() => {
      setCopy('copied');
    }, fallback);
  };
  return (
    <SectionMessage appearance="warning" title="Copy the new secret now">
      <Stack space="space.100">
        <p>
          This is the only time Keystone shows this secret: it will not be shown again. Paste it into your Jira
          Automation rules now. The previous secret, if any, no longer works.
        </p>
        <Inline space="space.100" alignBlock="center">
          <div style={{ flex: '1 1 auto', minWidth: '16rem' }}>
            <Textfield
              ref={input}
              aria-label="New inbound secret"
              testId="automation-inbound-secret"
              value={secret}
              isReadOnly
              isMonospaced
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
          </div>
          <Button onClick={onCopy}>Copy secret</Button>
        </Inline>
        <span role="status">
          {copy === 'copied' && <Text color="color.text.success">Copied to the clipboard.</Text>}
          {copy === 'failed' && (
            <Text color="color.text.warning">
              The browser did not allow copying here; the secret is selected, copy it with Ctrl+C (⌘C on a Mac).
            </Text>
          )}
        </span>
        <Inline>
          <Button appearance="primary" onClick={onDone}>
            I have copied it
          </Button>
        </Inline>
      </Stack>
    </SectionMessage>
  );
}

/** How Jira Automation's "Send web request" reaches Keystone. */
function SetupHelp({ appBaseUrl }: { appBaseUrl: string }) {
  return (
    <Stack space="space.100">
      <Text>
        In a Jira Automation rule, add the action <Text weight="semibold">Send web request</Text> with method{' '}
        <Code>POST</Code> and one of these URLs:
      </Text>
      <ul style={{ margin: 0 }} aria-label="Inbound URLs">
        {INBOUND_RULE_KEYS.map((ruleKey) => (
          <li key={ruleKey}>
            <Code testId={`automation-inbound-url-${ruleKey}`}>{inboundUrl(appBaseUrl, ruleKey)}</Code> to{' '}
            {INBOUND_PURPOSE[ruleKey]}
          </li>
        ))}
      </ul>
      <Text>
        Add the header <Code testId="automation-inbound-header">{'Authorization: Bearer <secret>'}</Code>, with the
        secret generated here.
      </Text>
    </Stack>
  );
}

/** The per-site secret Jira Automation sends when it calls Keystone; admins rotate it here. */
export function AutomationInbound({ appBaseUrl = window.location.origin }: AutomationInboundProps) {
  const api = useApi();
  const host = useHost();
  const { state, refresh } = useInboundStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  useHostResize(`${state.status} ${secret === null ? '' : 'secret'} ${confirming ? 'confirm' : ''}`);
  const status = state.status === 'ready' ? state.data : null;

  const rotate = () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    rotateInboundSecret(api).then(
      (next) => {
        setBusy(false);
        setSecret(next);
        refresh();
        host.flag({ title: 'New inbound secret generated', type: 'success' });
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">
        Inbound endpoint for Jira Automation
      </Heading>
      {state.status === 'loading' && <LoadingState label="Loading the inbound endpoint" />}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {status !== null && (
        <Text testId="automation-inbound-status">
          {status.configured ? (
            <>
              A secret is set
              {status.hint === null ? '' : <> (<Code>{status.hint}</Code>)</>}
              {status.rotatedAt === null ? '.' : <>, generated <Timestamp value={status.rotatedAt} />.</>}
            </>
          ) : (
            'No secret yet: Jira Automation cannot call Keystone until you generate one.'
          )}
        </Text>
      )}
      {secret !== null && (
        <NewSecret
          secret={secret}
          onDone={() => {
            setSecret(null);
          }}
        />
      )}
      {error !== null &&
        (isAdminRequired(error) ? (
          <SectionMessage appearance="information" title="For Jira administrators">
            <p>Only Jira administrators can generate the inbound secret.</p>
          </SectionMessage>
        ) : (
          <ProblemMessage error={error} />
        ))}
      {confirming ? (
        <SectionMessage appearance="warning" title="Replace the inbound secret?">
          <p>
            The current secret stops working at once: Jira Automation rules that send it fail until they are given the
            new one.
          </p>
          <Inline space="space.100">
            <Button appearance="warning" onClick={rotate}>
              Yes, replace the secret
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
      ) : (
        status !== null && (
          <Inline>
            <Button
              isLoading={busy}
              onClick={() => {
                if (status.configured) setConfirming(true);
                else rotate();
              }}
            >
              {status.configured ? 'Rotate secret' : 'Generate secret'}
            </Button>
          </Inline>
        )
      )}
      <SetupHelp appBaseUrl={appBaseUrl} />
    </Stack>
  );
}
