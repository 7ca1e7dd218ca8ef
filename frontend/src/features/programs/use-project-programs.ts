import {
  usePolledResource,
  type PolledResource,
  type PolledResult,
} from '../sync/use-polled-resource';

import { fetchAllPrograms, type Program } from './programs';

// Filtering happens here because the catalogue has no "programs of project X" query yet.
const projectPrograms: PolledResource<Program[]> = {
  load: async (api, projectKey) =>
    (await fetchAllPrograms(api)).filter((program) => program.projectKeys.includes(projectKey)),
  // Programs change rarely and only by someone's hand; `refresh` reloads after a create.
  nextDelay: () => null,
};

/** The programs whose scope names this project. */
export function useProjectPrograms(projectKey: string | null): PolledResult<Program[]> {
  return usePolledResource(projectKey, projectPrograms);
}
