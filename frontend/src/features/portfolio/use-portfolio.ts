import { pollEvery } from '../rollup/use-rollups';
import {
  usePolledResource,
  type PolledResource,
  type PolledResult,
} from '../sync/use-polled-resource';

import { fetchPortfolio, type Portfolio } from './portfolio';

/** Health changes with the rollups, but a site-wide overview need not follow every second. */
export const PORTFOLIO_POLL_MS = 30_000;

const portfolio: PolledResource<Portfolio> = {
  load: (api) => fetchPortfolio(api),
  nextDelay: pollEvery(PORTFOLIO_POLL_MS),
};

/** Every program of the site with its health, polled every 30 s. */
export function usePortfolio(): PolledResult<Portfolio> {
  return usePolledResource('portfolio', portfolio);
}
