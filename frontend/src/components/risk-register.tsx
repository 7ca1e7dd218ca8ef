import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useCallback, useState } from 'react';

import { useUserNames } from '../features/risks/jira-users';
import type { Risk } from '../features/risks/risk';
import type { HeatMapKind } from '../features/risks/risk-analytics';
import { DEFAULT_SORT, EMPTY_FILTER, type HeatMapCell, type RiskFilter, type RiskSort } from '../features/risks/risk-filter';
import { usePrograms, useRegisterOverview, useRiskPage } from '../features/risks/use-risks';
import { useHostResize } from '../lib/host-context';

import { LoadingState } from './loading-state';
import { ProblemMessage } from './problem-message';
import { NewRisk, RiskDetail } from './risk-detail';
import { RiskExportButtons } from './risk-export-buttons';
import { RiskFilters } from './risk-filters';
import { RiskHeatMap } from './risk-heat-map';
import { RiskImport } from './risk-import';
import { RiskShortList } from './risk-short-list';
import { Pager, RiskTable } from './risk-table';
import { RiskTrendChart } from './risk-trend-chart';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'import' } | { kind: 'detail'; riskId: string };

function Overview({ filter, onFilter, onOpen, revision }: {
  filter: RiskFilter;
  onFilter: (cell: HeatMapCell | null) => void;
  onOpen: (risk: Risk) => void;
  revision: number;
}) {
  const [kind, setKind] = useState<HeatMapKind>(filter.cell?.kind ?? 'inherent');
  const { state } = useRegisterOverview(filter, revision);
  if (state.status === 'loading') return <LoadingState label="Loading the heat map and trend" />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  const { heatMap, trend, top, overdue } = state.data;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.400', '32px'), alignItems: 'flex-start' }}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          Heat map
        </Heading>
        <RiskHeatMap heatMap={heatMap} kind={kind} onKindChange={setKind} selected={filter.cell} onSelect={onFilter} />
      </Stack>
      <div style={{ flex: '1 1 24rem', minWidth: '18rem' }}>
        <Stack space="space.100">
          <Heading size="xsmall" as="h3">
            Open exposure, last 90 days
          </Heading>
          <RiskTrendChart days={trend} />
        </Stack>
      </div>
      <div style={{ flex: '1 1 16rem' }}>
        <Stack space="space.200">
          <RiskShortList
            title="Top risks"
            risks={top}
            empty="No open risks."
            detail={() => null}
            onOpen={onOpen}
            testId="top-risks"
          />
          <RiskShortList
            title="Overdue reviews"
            risks={overdue}
            empty="No review is overdue."
            detail={(risk) => (risk.reviewDate === null ? null : `review due ${risk.reviewDate}`)}
            onOpen={onOpen}
            testId="overdue-reviews"
          />
        </Stack>
      </div>
    </div>
  );
}

interface RegisterProps {
  filter: RiskFilter;
  setFilter: (filter: RiskFilter) => void;
  sort: RiskSort;
  setSort: (sort: RiskSort) => void;
  onOpen: (risk: Risk) => void;
  onNew: () => void;
  onImport: () => void;
  revision: number;
}

function Register({ filter, setFilter, sort, setSort, onOpen, onNew, onImport, revision }: RegisterProps) {
  // Cursors of the pages before the current one: keyset paging only goes forward by itself.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const { state } = useRiskPage({ filter, sort, cursor }, revision);
  const programs = usePrograms().state;
  const page = state.status === 'ready' ? state.data : null;
  const names = useUserNames(page?.items.flatMap((risk) => (risk.ownerAccountId === null ? [] : [risk.ownerAccountId])) ?? []);
  useHostResize(page ?? state.status);

  const changeFilter = (next: RiskFilter) => {
    setFilter(next);
    setCursors([null]);
  };

  return (
    <Stack space="space.300">
      <Inline space="space.100" spread="space-between" alignBlock="center" shouldWrap>
        <Heading size="medium" as="h2">
          Risks across your programs and projects
        </Heading>
        <Inline space="space.100" shouldWrap>
          <Button appearance="primary" onClick={onNew} testId="new-risk">
            New risk
          </Button>
          <Button onClick={onImport} testId="import-risks">
            Import CSV
          </Button>
          <RiskExportButtons filter={filter} sort={sort} />
        </Inline>
      </Inline>
      <Overview
        filter={filter}
        revision={revision}
        onOpen={onOpen}
        onFilter={(cell) => {
          changeFilter({ ...filter, cell });
        }}
      />
      <RiskFilters filter={filter} programs={programs.status === 'ready' ? programs.data : []} onChange={changeFilter} />
      {filter.cell !== null && (
        <Inline space="space.100" alignBlock="center">
          <Text testId="cell-filter">
            Showing {filter.cell.kind} probability {filter.cell.probability}, impact {filter.cell.impact}
          </Text>
          <Button appearance="subtle" spacing="compact" onClick={() => { changeFilter({ ...filter, cell: null }); }}>
            Show every cell
          </Button>
        </Inline>
      )}
      {state.status === 'error' && <ProblemMessage error={state.error} />}
      {state.status !== 'error' && (
        <RiskTable
          risks={page?.items ?? []}
          isLoading={page === null}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setCursors([null]);
          }}
          ownerNames={names}
          onOpen={onOpen}
        />
      )}
      <Pager
        page={cursors.length - 1}
        hasNext={page?.nextCursor != null}
        onPrevious={() => {
          setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous));
        }}
        onNext={() => {
          if (page?.nextCursor != null) setCursors((previous) => [...previous, page.nextCursor]);
        }}
      />
    </Stack>
  );
}

/** The general page's content: the register, or one risk, the create form or the import. */
export function RiskRegister() {
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  // Kept here so that coming back from a risk shows the register as it was left.
  const [filter, setFilter] = useState<RiskFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<RiskSort>(DEFAULT_SORT);
  // Bumped after every change so the register and overview load afresh when shown again.
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => {
    setRevision((value) => value + 1);
  }, []);
  const back = useCallback(() => {
    setMode({ kind: 'list' });
  }, []);
  const open = useCallback((risk: Risk) => {
    setMode({ kind: 'detail', riskId: risk.id });
  }, []);

  switch (mode.kind) {
    case 'detail':
      return <RiskDetail riskId={mode.riskId} onChanged={changed} onClose={back} />;
    case 'new':
      return (
        <Stack space="space.200">
          <Heading size="medium" as="h2">
            New risk
          </Heading>
          <NewRisk
            onCreated={(risk) => {
              changed();
              open(risk);
            }}
            onCancel={back}
          />
        </Stack>
      );
    case 'import':
      return <RiskImport onImported={changed} onClose={back} />;
    case 'list':
      return (
        <Register
          filter={filter}
          setFilter={setFilter}
          sort={sort}
          setSort={setSort}
          revision={revision}
          onOpen={open}
          onNew={() => {
            setMode({ kind: 'new' });
          }}
          onImport={() => {
            setMode({ kind: 'import' });
          }}
        />
      );
  }
}
