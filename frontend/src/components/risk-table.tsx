import Button from '@atlaskit/button/default/button';
import DynamicTable from '@atlaskit/dynamic-table';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import { ROAM_LABELS, type Risk } from '../features/risks/risk';
import type { RiskSort, SortKey } from '../features/risks/risk-filter';

import { RiskLevelLozenge } from './risk-level-lozenge';

export interface RiskTableProps {
  risks: readonly Risk[];
  sort: RiskSort;
  onSort: (sort: RiskSort) => void;
  ownerNames: ReadonlyMap<string, string>;
  onOpen: (risk: Risk) => void;
  isLoading?: boolean;
}

/** Columns whose head sorts on the server, by that server key. */
const SORTABLE: Partial<Record<string, SortKey>> = {
  title: 'title',
  exposure: 'exposure',
  inherent: 'score',
  residual: 'residualScore',
  review: 'reviewDate',
  due: 'dueDate',
};

const HEAD = {
  cells: [
    { key: 'title', content: 'Risk' },
    { key: 'exposure', content: 'Exposure' },
    { key: 'inherent', content: 'Inherent P×I' },
    { key: 'residual', content: 'Residual P×I' },
    { key: 'roam', content: 'ROAM' },
    { key: 'owner', content: 'Owner' },
    { key: 'review', content: 'Review' },
    { key: 'due', content: 'Due' },
    { key: 'links', content: 'Links' },
  ].map((cell) => ({ ...cell, isSortable: SORTABLE[cell.key] !== undefined })),
};

function links(risk: Risk): string {
  const parts = [
    ...risk.programs.map((program) => program.name),
    ...risk.projectKeys,
    ...risk.issues.map((issue) => issue.key ?? issue.id),
  ];
  return parts.length === 0 ? '—' : parts.join(', ');
}

/** Opens the risk; looks like a link, as titles in Jira's tables do. */
export function TitleButton({ risk, onOpen }: { risk: Risk; onOpen: (risk: Risk) => void }) {
  return (
    <button
      type="button"
      data-testid="risk-open"
      onClick={() => {
        onOpen(risk);
      }}
      style={{
        background: 'none',
        border: 'none',
        padding: 0,
        fontFamily: 'inherit',
        fontSize: 'inherit',
        textAlign: 'start',
        cursor: 'pointer',
        color: token('color.link', 'blue'),
        fontWeight: 500,
      }}
    >
      {risk.title}
    </button>
  );
}

// DynamicTable sorts the rows it is given by each cell's `key`; the keys below order rows
// exactly as the server did (ties aside), so the page keeps the server's order.
const pad = (value: number | null) => (value === null ? '' : String(value).padStart(2, '0'));

/** The register's current page; the head sorts through the server, a title opens the risk. */
export function RiskTable({ risks, sort, onSort, ownerNames, onOpen, isLoading = false }: RiskTableProps) {
  const rows = risks.map((risk) => ({
    key: risk.id,
    testId: `risk-row-${risk.id}`,
    cells: [
      {
        key: risk.title.toLowerCase(),
        content: (
          <TitleButton risk={risk} onOpen={onOpen} />
        ),
      },
      { key: pad(risk.exposure), content: <RiskLevelLozenge level={risk.exposureLevel} score={risk.exposure} /> },
      { key: pad(risk.score), content: `${risk.probability}×${risk.impact} = ${risk.score}` },
      {
        key: pad(risk.residualScore),
        content:
          risk.residualScore === null ? (
            <Text color="color.text.subtlest">—</Text>
          ) : (
            `${risk.residualProbability ?? ''}×${risk.residualImpact ?? ''} = ${risk.residualScore}`
          ),
      },
      { key: risk.roam, content: `${ROAM_LABELS[risk.roam]}${risk.status === 'CLOSED' ? ' (closed)' : ''}` },
      {
        key: risk.ownerAccountId ?? '',
        content: risk.ownerAccountId === null ? '—' : (ownerNames.get(risk.ownerAccountId) ?? risk.ownerAccountId),
      },
      {
        key: risk.reviewDate ?? '9999',
        content: (
          <Text color={risk.reviewOverdue ? 'color.text.danger' : 'color.text'} weight={risk.reviewOverdue ? 'semibold' : 'regular'}>
            {risk.reviewDate ?? '—'}
            {risk.reviewOverdue ? ' (overdue)' : ''}
          </Text>
        ),
      },
      { key: risk.dueDate ?? '9999', content: risk.dueDate ?? '—' },
      { key: links(risk), content: <Text size="small">{links(risk)}</Text> },
    ],
  }));
  const sortKey = Object.entries(SORTABLE).find(([, key]) => key === sort.key)?.[0];

  return (
    <DynamicTable
      caption="Risks"
      head={HEAD}
      rows={rows}
      isLoading={isLoading}
      sortKey={sortKey}
      sortOrder={sort.descending ? 'DESC' : 'ASC'}
      onSort={({ key, sortOrder }: { key: string; sortOrder: 'ASC' | 'DESC' }) => {
        const server = SORTABLE[key];
        if (server !== undefined) onSort({ key: server, descending: sortOrder === 'DESC' });
      }}
      emptyView={<Text>No risks match these filters.</Text>}
      testId="risk-table"
    />
  );
}

export interface PagerProps {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pager({ page, hasNext, onPrevious, onNext }: PagerProps) {
  if (page === 0 && !hasNext) return null;
  return (
    <Stack>
      <Inline space="space.100" alignBlock="center">
        <Button isDisabled={page === 0} onClick={onPrevious}>
          Previous
        </Button>
        <Text>Page {page + 1}</Text>
        <Button isDisabled={!hasNext} onClick={onNext}>
          Next
        </Button>
      </Inline>
    </Stack>
  );
}
