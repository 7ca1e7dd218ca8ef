import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { decodeHeatMap } from '../features/risks/risk-analytics';
import { heatMapJson } from '../test/risk-fixtures';

import { RiskHeatMap } from './risk-heat-map';

const heatMap = decodeHeatMap(heatMapJson([[4, 5, 2], [1, 1, 1]]));

describe('RiskHeatMap', () => {
  it('shows the count and level of each probability x impact cell', () => {
    render(<RiskHeatMap heatMap={heatMap} kind="inherent" onKindChange={vi.fn()} selected={null} onSelect={vi.fn()} />);

    const table = screen.getByTestId('risk-heat-map');
    expect(within(table).getAllByRole('button')).toHaveLength(25);
    expect(screen.getByRole('button', { name: 'Probability 4, impact 5: 2 risks, Critical' })).toHaveTextContent('2');
    expect(screen.getByRole('button', { name: 'Probability 1, impact 1: 1 risk, Low' })).toHaveTextContent('1');
    expect(screen.getByRole('button', { name: 'Probability 2, impact 3: 0 risks, Medium' })).toHaveTextContent('0');
  });

  it('chooses a cell on click and lets go of it on a second click', () => {
    const onSelect = vi.fn();
    const { rerender } = render(
      <RiskHeatMap heatMap={heatMap} kind="residual" onKindChange={vi.fn()} selected={null} onSelect={onSelect} />,
    );

    fireEvent.click(screen.getByTestId('heat-cell-4-5'));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'residual', probability: 4, impact: 5 });

    rerender(
      <RiskHeatMap
        heatMap={heatMap}
        kind="residual"
        onKindChange={vi.fn()}
        selected={{ kind: 'residual', probability: 4, impact: 5 }}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByTestId('heat-cell-4-5')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByTestId('heat-cell-4-5'));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('switches between inherent and residual scores', () => {
    const onKindChange = vi.fn();
    render(<RiskHeatMap heatMap={heatMap} kind="inherent" onKindChange={onKindChange} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Inherent' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Residual' }));
    expect(onKindChange).toHaveBeenCalledWith('residual');
  });
});
