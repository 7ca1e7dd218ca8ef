import DynamicTable from '@atlaskit/dynamic-table';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { PortfolioProgram } from '../features/portfolio/portfolio';
import { formatAmount, formatPercent } from '../features/rollup/format';

import { ForecastVsTarget } from './forecast-vs-target';
import { HealthLozenge } from './program-health';
import { ProgressBar } from './progress-bar';

const HEAD = {
  cells: [
    { key: 'name', content: 'Program' },
    { key: 'health', content: 'Health' },
    { key: 'done', content: '% done' },
    { key: 'issues', content: 'Issues done' },
    { key: 'overdue', content: 'Overdue' },
    { key: 'blocked', content: 'Blocked' },
    { key: 'dates', content: 'Target / forecast' },
  ],
};

/** Overdue and blocked work draws the eye when there is any. */
function Attention({ count }: { count: number }) {
  return (
    <Text weight={count > 0 ? 'semibold' : 'regular'} color={count > 0 ? 'color.text.danger' : 'color.text'}>
      {formatAmount(count)}
    </Text>
  );
}

function HealthCell({ program }: { program: PortfolioProgram }) {
  const top = program.reasons[0];
  return (
    <Stack space="space.050">
      <Inline space="space.050" alignBlock="center" shouldWrap>
        <HealthLozenge status={program.health} overridden={program.overridden} />
      </Inline>
      {top !== undefined && (
        <Text size="small" color="color.text.subtle">
          {top.message === '' ? top.code : top.message}
        </Text>
      )}
    </Stack>
  );
}

/** Programs in the order given (the view sorts worst health first), one row each. */
export function PortfolioTable({ programs }: { programs: readonly PortfolioProgram[] }) {
  const rows = programs.map((program) => ({
    key: program.id,
    cells: [
      { key: 'name', content: <Text weight="medium">{program.name}</Text> },
      { key: 'health', content: <HealthCell program={program} /> },
      {
        key: 'done',
        content: (
          <Inline space="space.100" alignBlock="center">
            <ProgressBar
              label={`${program.name} done by issue count`}
              value={program.percentDone ?? 0}
              max={100}
              appearance={program.percentDone === 100 ? 'success' : 'brand'}
              width="5rem"
            />
            <Text>{formatPercent(program.percentDone)}</Text>
          </Inline>
        ),
      },
      { key: 'issues', content: `${formatAmount(program.done)} / ${formatAmount(program.issues)}` },
      { key: 'overdue', content: <Attention count={program.overdue} /> },
      { key: 'blocked', content: <Attention count={program.blocked} /> },
      {
        key: 'dates',
        content: (
          <ForecastVsTarget
            targetDate={program.targetDate}
            forecastP85={program.forecastP85}
            testId={`forecast-${program.id}`}
          />
        ),
      },
    ],
  }));
  return <DynamicTable label="Programs by health" head={HEAD} rows={rows} />;
}
