import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import { LEVEL_LABELS, type Level } from '../features/risks/risk';
import type { HeatMap, HeatMapKind } from '../features/risks/risk-analytics';
import { sameCell, type HeatMapCell } from '../features/risks/risk-filter';

const SCALE = [1, 2, 3, 4, 5] as const;

const BACKGROUND: Record<Level, string> = {
  LOW: token('color.background.accent.green.subtler', 'palegreen'),
  MEDIUM: token('color.background.accent.yellow.subtler', 'khaki'),
  HIGH: token('color.background.accent.orange.subtler', 'peachpuff'),
  CRITICAL: token('color.background.accent.red.subtler', 'mistyrose'),
};

export interface RiskHeatMapProps {
  heatMap: HeatMap;
  kind: HeatMapKind;
  onKindChange: (kind: HeatMapKind) => void;
  selected: HeatMapCell | null;
  /** A click on the selected cell clears the choice (null). */
  onSelect: (cell: HeatMapCell | null) => void;
}

const headerText: CSSProperties = { fontWeight: 'normal', color: token('color.text.subtle', 'gray'), fontSize: '12px' };

function cellStyle(level: Level, selected: boolean, empty: boolean): CSSProperties {
  return {
    inlineSize: '3rem',
    blockSize: '2.5rem',
    border: selected
      ? `2px solid ${token('color.border.focused', 'royalblue')}`
      : `1px solid ${token('color.border', 'lightgray')}`,
    borderRadius: token('radius.small', '3px'),
    background: BACKGROUND[level],
    color: token('color.text', 'black'),
    fontWeight: empty ? 'normal' : 'bold',
    opacity: empty ? 0.75 : 1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: 'inherit',
  };
}

/** 5x5 probability x impact grid of open risks; a cell is a button that filters the register. */
export function RiskHeatMap({ heatMap, kind, onKindChange, selected, onSelect }: RiskHeatMapProps) {
  const counts = kind === 'inherent' ? heatMap.inherent : heatMap.residual;
  return (
    <Stack space="space.100">
      <Inline space="space.050" role="group" aria-label="Scores shown on the heat map">
        {(['inherent', 'residual'] as const).map((option) => (
          <Button
            key={option}
            isSelected={kind === option}
            aria-pressed={kind === option}
            onClick={() => {
              onKindChange(option);
            }}
            testId={`heat-map-${option}`}
          >
            {option === 'inherent' ? 'Inherent' : 'Residual'}
          </Button>
        ))}
      </Inline>
      <table data-testid="risk-heat-map" data-kind={kind} style={{ borderCollapse: 'separate', borderSpacing: '4px' }}>
        <caption style={{ captionSide: 'bottom', textAlign: 'start' }}>
          <Text size="small" color="color.text.subtle">
            {kind === 'inherent' ? 'Inherent' : 'Residual'} probability (rows) by impact (columns), open risks
            {kind === 'residual' && heatMap.notAssessed > 0 ? `; ${heatMap.notAssessed} not yet assessed` : ''}
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={headerText}>
              P \ I
            </th>
            {SCALE.map((impact) => (
              <th key={impact} scope="col" style={headerText}>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((probability) => (
            <tr key={probability}>
              <th scope="row" style={headerText}>
                {probability}
              </th>
              {SCALE.map((impact) => {
                const count = counts[probability - 1]?.[impact - 1] ?? 0;
                const level = heatMap.levels[probability - 1]?.[impact - 1] ?? 'LOW';
                const cell: HeatMapCell = { kind, probability, impact };
                const isSelected = sameCell(selected, cell);
                return (
                  <td key={impact} style={{ padding: 0 }}>
                    <button
                      type="button"
                      style={cellStyle(level, isSelected, count === 0)}
                      aria-pressed={isSelected}
                      aria-label={`Probability ${probability}, impact ${impact}: ${count} ${count === 1 ? 'risk' : 'risks'}, ${LEVEL_LABELS[level]}`}
                      data-testid={`heat-cell-${probability}-${impact}`}
                      data-count={count}
                      onClick={() => {
                        onSelect(isSelected ? null : cell);
                      }}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
