import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import { GapReport } from './gap-report';
import { RaciMatrixSection } from './raci-matrix-section';
import { ScopeRaciSection } from './scope-raci-section';

export interface ProgramRaciSectionProps {
  programId: string;
  programName: string;
  /**
   * Load the matrix and the gap report only when asked. Both resolve the RACI of every item in the program on the
   * server (250k items: 9–14 s each and most of a 1 GB heap, docs/benchmarks.md), which the Program page must not
   * pay on every visit and every 30 s poll for sections below the fold.
   */
  reportsOnRequest?: boolean;
}

/**
 * A program's stakeholder RACI: its own assignments (which every issue in it inherits unless it
 * overrides a role), the matrix of people x work items, and the gap report.
 */
export function ProgramRaciSection({ programId, programName, reportsOnRequest = false }: ProgramRaciSectionProps) {
  const [showReports, setShowReports] = useState(!reportsOnRequest);
  return (
    <Stack space="space.300" testId="program-raci">
      <Stack space="space.050">
        <Heading size="small" as="h3">
          Stakeholders (RACI)
        </Heading>
        <Text color="color.text.subtle">
          Who is Responsible, Accountable, Consulted and Informed across {programName}.
        </Text>
      </Stack>
      <ScopeRaciSection scopeType="program" scopeId={programId} title="Program RACI" />
      {showReports ? (
        <>
          <RaciMatrixSection programId={programId} programName={programName} />
          <GapReport programId={programId} />
        </>
      ) : (
        <Inline space="space.150" alignBlock="center">
          <Button
            onClick={() => {
              setShowReports(true);
            }}
            testId="raci-show-reports"
          >
            Show the matrix and gaps
          </Button>
          <Text color="color.text.subtle">They cover every item of the program.</Text>
        </Inline>
      )}
    </Stack>
  );
}
