import { Stack, Text } from '@atlaskit/primitives/compiled';

import { daysLate } from '../features/portfolio/portfolio';

export interface ForecastVsTargetProps {
  /** `yyyy-MM-dd`, or null when the program has no target. */
  targetDate: string | null;
  /** `yyyy-MM-dd`, or null when there is no pace to project. */
  forecastP85: string | null;
  testId?: string;
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/**
 * The target date above the date the work is 85 % likely to be done by; the forecast is drawn in
 * the danger colour, with how many days late, when it falls after the target.
 */
export function ForecastVsTarget({ targetDate, forecastP85, testId }: ForecastVsTargetProps) {
  const late = daysLate({ targetDate, forecastP85 });
  const isLate = late !== null && late > 0;
  return (
    <Stack space="space.025">
      <Text size="small" color="color.text.subtle">
        Target {targetDate ?? 'not set'}
      </Text>
      <span data-testid={testId} data-late={isLate}>
        <Text
          size="small"
          weight={isLate ? 'bold' : 'regular'}
          color={isLate ? 'color.text.danger' : 'color.text'}
        >
          {forecastP85 === null ? 'No forecast yet' : `P85 ${forecastP85}`}
          {isLate && ` (${days(late)} late)`}
        </Text>
      </span>
    </Stack>
  );
}
