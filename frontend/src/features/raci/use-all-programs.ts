import { fetchAllPrograms, type Program } from '../programs/programs';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';

const allPrograms: PolledResource<Program[]> = {
  load: (api) => fetchAllPrograms(api),
  // Programs change rarely and only by someone's hand.
  nextDelay: () => null,
};

/** Every program of the site, loaded once. */
export function useAllPrograms(): PolledResult<Program[]> {
  return usePolledResource('all', allPrograms);
}
