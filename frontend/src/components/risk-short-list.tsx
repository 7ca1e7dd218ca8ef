import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { Risk } from '../features/risks/risk';

import { RiskLevelLozenge } from './risk-level-lozenge';
import { TitleButton } from './risk-table';

export interface RiskShortListProps {
  title: string;
  risks: readonly Risk[];
  empty: string;
  detail: (risk: Risk) => string | null;
  onOpen: (risk: Risk) => void;
  testId: string;
}

/** A few risks under a heading (top risks, overdue reviews), each opening its detail. */
export function RiskShortList({ title, risks, empty, detail, onOpen, testId }: RiskShortListProps) {
  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h3">
        {title}
      </Heading>
      {risks.length === 0 ? (
        <Text color="color.text.subtle">{empty}</Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {risks.map((risk) => {
            const extra = detail(risk);
            return (
              <li key={risk.id}>
                <Inline space="space.100" alignBlock="center" shouldWrap>
                  <RiskLevelLozenge level={risk.exposureLevel} score={risk.exposure} />
                  <TitleButton risk={risk} onOpen={onOpen} />
                  {extra !== null && (
                    <Text size="small" color="color.text.subtle">
                      {extra}
                    </Text>
                  )}
                </Inline>
              </li>
            );
          })}
        </ol>
      )}
    </Stack>
  );
}
