import { token } from '@atlaskit/tokens';

/** Chart tokens, so that the marks follow the light and dark themes like the series do. */
export const BASELINE_COLOUR = token('color.chart.purple.bold', 'rebeccapurple');
export const MILESTONE_COLOUR = token('color.chart.orange.bold', 'darkorange');
export const MARK_DASH = '6 4';
