import { ProblemError } from '../../lib/problem-error';
import {
  usePolledResource,
  type PolledResult,
  type PolledResource,
} from '../sync/use-polled-resource';

import { ISSUE_NOT_MIRRORED, fetchIssueMirror, type IssueMirror } from './issue-mirror';

/**
 * Jira tells a panel nothing when its issue changes, while the mirror follows a webhook within
 * about a second — so the panel simply asks again every few seconds.
 */
export const MIRROR_POLL_MS = 3000;

/** Client errors other than "not mirrored yet" will not fix themselves by asking again. */
function isPermanent(error: unknown): boolean {
  return (
    error instanceof ProblemError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.code !== ISSUE_NOT_MIRRORED
  );
}

const mirrorResource: PolledResource<IssueMirror> = {
  load: fetchIssueMirror,
  nextDelay: (outcome) =>
    'error' in outcome && isPermanent(outcome.error) ? null : MIRROR_POLL_MS,
};

/** Keystone's mirror of the issue with this numeric Jira id, kept fresh while mounted. */
export function useIssueMirror(issueId: string | null): PolledResult<IssueMirror> {
  return usePolledResource(issueId, mirrorResource);
}

export function isNotMirroredYet(error: unknown): boolean {
  return error instanceof ProblemError && error.code === ISSUE_NOT_MIRRORED;
}
