import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { isNotMirroredYet } from '../features/mirror/use-issue-mirror';
import { ROAM_LABELS, type IssueRisk } from '../features/risks/risk';
import { unlinkIssueRisk } from '../features/risks/risk-api';
import { useIssueRisks } from '../features/risks/use-risks';
import { useApi, useHost, useHostResize } from '../lib/host-context';
import { ProblemError } from '../lib/problem-error';

import { ProblemMessage } from './problem-message';
import { NewRisk } from './risk-detail';
import { RiskLevelLozenge } from './risk-level-lozenge';
import { RiskLinkSearch } from './risk-link-search';

export interface IssueRisksSectionProps {
  issueId: string;
  issueKey: string | null;
}

function RiskItem({ risk, onUnlink }: { risk: IssueRisk; onUnlink: (risk: IssueRisk) => void }) {
  return (
    <li data-testid="issue-risk" data-risk-id={risk.id}>
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <RiskLevelLozenge level={risk.exposureLevel} score={risk.exposure} />
        <Text weight="medium">{risk.title}</Text>
        <Text size="small" color="color.text.subtle">
          {ROAM_LABELS[risk.roam]}
          {risk.status === 'CLOSED' ? ' · closed' : ''}
        </Text>
        {risk.inheritedFrom !== null ? (
          <Lozenge testId="inherited">inherited from {risk.inheritedFrom.key}</Lozenge>
        ) : (
          <Button
            appearance="subtle"
            spacing="compact"
            aria-label={`Unlink ${risk.title}`}
            onClick={() => {
              onUnlink(risk);
            }}
          >
            Unlink
          </Button>
        )}
      </Inline>
    </li>
  );
}

type Adding = 'none' | 'create' | 'link';

/** Keystone has not read the issue yet: the mirror section says so, this one waits quietly. */
const notReadYet = (error: unknown) =>
  isNotMirroredYet(error) || (error instanceof ProblemError && error.code === 'ISSUE_NOT_FOUND');

/** The risks on this issue and those it inherits from its ancestors; link, unlink and create. */
export function IssueRisksSection({ issueId, issueKey }: IssueRisksSectionProps) {
  const api = useApi();
  const host = useHost();
  const { state, refresh } = useIssueRisks(issueId);
  const [adding, setAdding] = useState<Adding>('none');
  const [actionError, setActionError] = useState<unknown>(null);
  const hidden = state.status === 'error' && notReadYet(state.error);
  useHostResize([state.status === 'ready' ? state.data : state.status, adding, actionError]);

  if (hidden) return null;

  const unlink = (risk: IssueRisk) => {
    setActionError(null);
    unlinkIssueRisk(api, issueId, risk.id).then(
      () => {
        host.flag({ title: `"${risk.title}" unlinked from ${issueKey ?? 'this issue'}`, type: 'success' });
        refresh();
      },
      (error: unknown) => {
        setActionError(error);
      },
    );
  };
  const data = state.status === 'ready' ? state.data : null;
  const own = data?.items.filter((risk) => risk.inheritedFrom === null) ?? [];
  const inherited = data?.items.filter((risk) => risk.inheritedFrom !== null) ?? [];

  return (
    <section aria-labelledby="issue-risks-heading" data-testid="issue-risks">
      <Stack space="space.150">
        <Heading size="xsmall" as="h2" id="issue-risks-heading">
          Risks
        </Heading>
        {state.status === 'error' && <ProblemMessage error={state.error} />}
        {data !== null && (
          <>
            {data.items.length === 0 ? (
              <Text color="color.text.subtle">No risks are linked to this issue or the issues above it.</Text>
            ) : (
              <ul aria-label="Risks of this issue" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {[...own, ...inherited].map((risk) => (
                  <RiskItem key={risk.id} risk={risk} onUnlink={unlink} />
                ))}
              </ul>
            )}
            {data.subtree !== null && data.subtree.openCount > 0 && (
              <Text size="small" color="color.text.subtle" testId="risk-subtree">
                This issue and the work below it: {data.subtree.openCount} open{' '}
                {data.subtree.openCount === 1 ? 'risk' : 'risks'}, exposure {data.subtree.exposure}
              </Text>
            )}
          </>
        )}
        {actionError !== null && <ProblemMessage error={actionError} />}
        {adding === 'none' && (
          <Inline space="space.100">
            <Button onClick={() => { setAdding('create'); }} testId="issue-risk-create">
              Create risk
            </Button>
            <Button appearance="subtle" onClick={() => { setAdding('link'); }}>
              Link existing risk
            </Button>
          </Inline>
        )}
        {adding === 'create' && (
          <NewRisk
            initial={{ issues: [{ id: issueId, key: issueKey, summary: null, statusCategory: null }] }}
            onCreated={() => {
              setAdding('none');
              refresh();
            }}
            onCancel={() => { setAdding('none'); }}
          />
        )}
        {adding === 'link' && (
          <RiskLinkSearch
            issueId={issueId}
            linkedIds={own.map((risk) => risk.id)}
            onLinked={() => {
              setAdding('none');
              refresh();
            }}
            onCancel={() => { setAdding('none'); }}
          />
        )}
      </Stack>
    </section>
  );
}
