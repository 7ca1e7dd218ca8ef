import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';

import type { AutomationRule } from '../features/automation/automation';
import { isAdminRequired } from '../features/automation/rule-draft';
import { useAutomationRules } from '../features/automation/use-automation';
import { useHost, useHostResize } from '../lib/host-context';

import { AutomationInbound } from './automation-inbound';
import { AutomationRuleCard } from './automation-rule-card';
import { AutomationRunLog } from './automation-run-log';
import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';

/** Admin: the automation rules, the log of what they did, and the secret Jira Automation calls in with. */
export function AutomationSection() {
  const host = useHost();
  const { state, refresh } = useAutomationRules();
  // A PUT answers with the rule as saved; it replaces the loaded one until the rules are loaded again.
  const [saved, setSaved] = useState<{ loaded: AutomationRule[]; rules: Record<string, AutomationRule> } | null>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const loaded = state.status === 'ready' ? state.data : null;
  const overrides = saved !== null && saved.loaded === loaded ? saved.rules : {};
  const rules = loaded?.map((rule) => overrides[rule.key] ?? rule) ?? null;
  useHostResize(rules ?? state.status);

  return (
    <section aria-labelledby="automation-heading" style={{ paddingBlockEnd: token('space.400', '32px') }}>
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading size="medium" as="h2" id="automation-heading">
            Automation
          </Heading>
          <Text>
            Rules that act on changes in Jira the way a program manager would. Each run is logged below, including why a
            rule did nothing. In dry run a rule only records what it would have done.
          </Text>
        </Stack>
        {state.status === 'loading' && <LoadingState label="Loading the automation rules" />}
        {state.status === 'error' &&
          (isAdminRequired(state.error) ? (
            <SectionMessage appearance="information" title="For Jira administrators">
              <p>Only Jira administrators can see and change Keystone&apos;s automation rules.</p>
            </SectionMessage>
          ) : (
            <ProblemMessage error={state.error} />
          ))}
        {rules !== null && (
          <Stack space="space.150">
            <Heading size="small" as="h3">
              Rules
            </Heading>
            {rules.length === 0 && <Text color="color.text.subtle">This site has no automation rules.</Text>}
            {rules.map((rule) => (
              <AutomationRuleCard
                key={`${rule.key}@${rule.version}`}
                rule={rule}
                justSaved={lastSaved === `${rule.key}@${rule.version}`}
                onReload={() => {
                  setLastSaved(null);
                  refresh();
                }}
                onSaved={(next) => {
                  if (loaded === null) return;
                  setSaved((previous) => ({
                    loaded,
                    rules: { ...(previous?.loaded === loaded ? previous.rules : {}), [next.key]: next },
                  }));
                  setLastSaved(`${next.key}@${next.version}`);
                  host.flag({ title: `${next.name} saved`, type: 'success' });
                }}
              />
            ))}
          </Stack>
        )}
        {/* Without the rules (e.g. not an administrator) the log and the secret would only fail the same way. */}
        {rules !== null && (
          <>
            <AutomationRunLog rules={rules} />
            <AutomationInbound />
          </>
        )}
      </Stack>
    </section>
  );
}
