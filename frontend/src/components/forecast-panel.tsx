import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { Forecast } from '../features/rollup/rollup';

import { FigureTiles } from './figure-tiles';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "From the last 8 weeks' throughput of level-0 items: 3, 5, 0, … — 42 items remain." */
function basisInWords({ basis }: Forecast): string {
  const weeks = basis.weeklyThroughput;
  const unit = basis.unit ?? 'level-0 items';
  const remain = plural(basis.remainingItems, 'item remains', 'items remain');
  if (weeks.length === 0) return `No finished weeks to sample yet — ${remain}.`;
  const span = weeks.length === 1 ? "the last week's" : `the last ${weeks.length} weeks'`;
  return `From ${span} throughput of ${unit}: ${weeks.join(', ')} — ${remain}.`;
}

/** When the remaining work will be done at the recent pace, and what that estimate rests on. */
export function ForecastPanel({ forecast }: { forecast: Forecast }) {
  const { p50, p85, p95, basis } = forecast;
  const nothingLeft = basis.remainingItems === 0;
  const hasPace = p85 !== null;
  return (
    <section aria-label="Forecast">
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Forecast
        </Heading>
        {nothingLeft ? (
          <Text weight="semibold">Nothing remains to forecast.</Text>
        ) : hasPace ? (
          <>
            <Text size="large" weight="bold" testId="forecast-headline">
              85 % likely by {p85}
            </Text>
            <FigureTiles
              figures={[
                { label: 'P50', value: p50 ?? 'n/a' },
                { label: 'P85', value: p85 },
                { label: 'P95', value: p95 ?? 'n/a' },
              ]}
            />
          </>
        ) : (
          <Text weight="semibold" testId="forecast-headline">
            No forecast: there is no recent pace to project.
          </Text>
        )}
        <Text color="color.text.subtle" testId="forecast-basis">
          {basisInWords(forecast)}
        </Text>
        {(basis.note !== null || basis.trials > 0) && (
          <Text size="small" color="color.text.subtlest" testId="forecast-note">
            {basis.trials > 0 &&
              `${basis.trials} simulated runs${basis.seed === null ? '' : ` (seed ${basis.seed})`}. `}
            {basis.note}
          </Text>
        )}
      </Stack>
    </section>
  );
}
