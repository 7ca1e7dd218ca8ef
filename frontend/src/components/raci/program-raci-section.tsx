import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import { GapReport } from './gap-report';
import { RaciMatrixSection } from './raci-matrix-section';
import { ScopeRaciSection } from './scope-raci-section';

export interface ProgramRaciSectionProps {
  programId: string;
  programName: string;
}

/**
 * A program's stakeholder RACI: its own assignments (which every issue in it inherits unless it
 * overrides a role), the matrix of people x work items, and the gap report.
 */
export function ProgramRaciSection({ programId, programName }: ProgramRaciSectionProps) {
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
      <RaciMatrixSection programId={programId} programName={programName} />
      <GapReport programId={programId} />
    </Stack>
  );
}
