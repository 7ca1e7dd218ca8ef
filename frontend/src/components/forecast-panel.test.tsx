import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Forecast } from '../features/rollup/rollup';

import { ForecastPanel } from './forecast-panel';

const basis = (overrides: Partial<Forecast['basis']>): Forecast['basis'] => ({
  remainingItems: 12,
  weeklyThroughput: [2, 4, 0, 3],
  trials: 5000,
  seed: 7,
  unit: 'level-0 items',
  note: "Each future week draws one of the sampled weeks' throughput.",
  ...overrides,
});

describe('ForecastPanel', () => {
  it('shows the three dates, the 85 % headline and the basis in words', () => {
    render(
      <ForecastPanel forecast={{ p50: '2030-06-05', p85: '2030-06-19', p95: '2030-06-26', basis: basis({}) }} />,
    );

    expect(screen.getByTestId('forecast-headline')).toHaveTextContent('85 % likely by 2030-06-19');
    expect(screen.getByRole('group', { name: 'P50' })).toHaveTextContent('2030-06-05');
    expect(screen.getByRole('group', { name: 'P95' })).toHaveTextContent('2030-06-26');
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      "From the last 4 weeks' throughput of level-0 items: 2, 4, 0, 3 — 12 items remain.",
    );
  });

  it('says there is no pace, with the note, when nothing was finished in the sampled weeks', () => {
    const note = 'No level-0 items were finished in the sampled weeks, so there is no pace to project.';
    render(
      <ForecastPanel
        forecast={{ p50: null, p85: null, p95: null, basis: basis({ weeklyThroughput: [0, 0, 0], trials: 0, note }) }}
      />,
    );

    expect(screen.getByTestId('forecast-headline')).toHaveTextContent('No forecast: there is no recent pace to project.');
    expect(screen.queryByRole('group', { name: 'P85' })).not.toBeInTheDocument();
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      "From the last 3 weeks' throughput of level-0 items: 0, 0, 0 — 12 items remain.",
    );
    expect(screen.getByTestId('forecast-note')).toHaveTextContent(note);
    expect(screen.getByTestId('forecast-note')).not.toHaveTextContent('simulated runs');
  });

  it('has nothing to forecast once no items remain', () => {
    render(
      <ForecastPanel
        forecast={{
          p50: '2030-05-01',
          p85: '2030-05-01',
          p95: '2030-05-01',
          basis: basis({ remainingItems: 0, weeklyThroughput: [1], trials: 0, note: 'Nothing remains.' }),
        }}
      />,
    );

    expect(screen.getByText('Nothing remains to forecast.')).toBeInTheDocument();
    expect(screen.queryByTestId('forecast-headline')).not.toBeInTheDocument();
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      "From the last week's throughput of level-0 items: 1 — 0 items remain.",
    );
  });
});
