import { useCallback, useState } from 'react';

import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/host-context';
import { ProblemError } from '../../lib/problem-error';
import { asObject, readOptionalString, type JsonObject } from '../sync/json-fields';
import { usePolledResource, type PolledResource, type PolledResult } from '../sync/use-polled-resource';

/** GET|PUT /api/admin/settings/jira-fields: the custom fields Keystone reads from Jira. */
export interface JiraFieldSettings {
  /** The story points field in use: the override if set, else the discovered one. */
  storyPointsField: string | null;
  storyPointsOverride: string | null;
  /** What Keystone found on the site by looking at Jira's field list. */
  discovered: { storyPoints: string | null; flagged: string | null; startDate: string | null };
}

/** Only site administrators may read or change the settings. */
export const ADMIN_REQUIRED = 'ADMIN_REQUIRED';

export function decodeJiraFieldSettings(json: unknown): JiraFieldSettings {
  const what = 'Jira field settings';
  const object = asObject(json, what);
  const path = `${what}.discovered`;
  const discovered: JsonObject =
    object.discovered === undefined || object.discovered === null ? {} : asObject(object.discovered, path);
  return {
    storyPointsField: readOptionalString(object, 'storyPointsField', what),
    storyPointsOverride: readOptionalString(object, 'storyPointsOverride', what),
    discovered: {
      storyPoints: readOptionalString(discovered, 'storyPoints', path),
      flagged: readOptionalString(discovered, 'flagged', path),
      startDate: readOptionalString(discovered, 'startDate', path),
    },
  };
}

const PATH = '/api/admin/settings/jira-fields';

export function fetchJiraFieldSettings(api: ApiClient): Promise<JiraFieldSettings> {
  return api.get(PATH, decodeJiraFieldSettings);
}

/** `null` goes back to the discovered field. */
export function saveStoryPointsOverride(
  api: ApiClient,
  storyPointsOverride: string | null,
): Promise<JiraFieldSettings> {
  return api.put(PATH, { storyPointsOverride }, decodeJiraFieldSettings);
}

// Loaded once; the settings change only through this page.
const settingsResource: PolledResource<JiraFieldSettings> = {
  load: fetchJiraFieldSettings,
  nextDelay: () => null,
};

export function useJiraFieldSettings(): PolledResult<JiraFieldSettings> {
  return usePolledResource('jira-fields', settingsResource);
}

export interface SaveFailure {
  /** Messages about the override field, shown beside it. */
  field: string[];
  /** Anything else, shown as a problem message. */
  other: unknown;
}

/** Sorts a failed save into messages beside the field and the rest. */
export function describeSaveFailure(error: unknown): SaveFailure {
  if (!(error instanceof ProblemError) || error.code !== 'VALIDATION_FAILED') {
    return { field: [], other: error };
  }
  const mine = error.errors.filter((fieldError) => fieldError.field === 'storyPointsOverride');
  if (mine.length === 0) return { field: [], other: error };
  return { field: mine.map((fieldError) => fieldError.message), other: null };
}

export interface SaveState {
  busy: boolean;
  failure: SaveFailure | null;
  save: (storyPointsOverride: string | null) => void;
  /** Forgets the last failure, e.g. when the admin edits the field again. */
  clear: () => void;
}

/** Saves the override; `onSaved` hears the settings as the server now has them. */
export function useSaveStoryPointsOverride(
  onSaved: (saved: JiraFieldSettings) => void,
): SaveState {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  const save = useCallback(
    (storyPointsOverride: string | null) => {
      setBusy(true);
      setFailure(null);
      saveStoryPointsOverride(api, storyPointsOverride).then(
        (saved) => {
          setBusy(false);
          onSaved(saved);
        },
        (error: unknown) => {
          setBusy(false);
          setFailure(describeSaveFailure(error));
        },
      );
    },
    [api, onSaved],
  );
  const clear = useCallback(() => {
    setFailure(null);
  }, []);

  return { busy, failure, save, clear };
}
