import { ISSUE_NOT_MIRRORED } from '../mirror/issue-mirror';
import { ProblemError } from '../../lib/problem-error';
import {
  usePolledResource,
  type PollOutcome,
  type PolledResource,
  type PolledResult,
} from '../sync/use-polled-resource';

import {
  fetchIssueRollup,
  fetchProgramRollup,
  fetchWorkLevel,
  type IssueRollup,
  type ProgramRollup,
  type WorkLevel,
} from './rollup';

/** Keystone folds a Jira change into the rollups within about a second; 5 s keeps pages current. */
export const ROLLUP_POLL_MS = 5000;

/**
 * Polls every `ms`; stops on client errors other than "not mirrored yet", which will not fix
 * themselves by asking again.
 */
export function pollEvery(ms: number): (outcome: PollOutcome<unknown>) => number | null {
  return (outcome) => {
    if ('error' in outcome) {
      const { error } = outcome;
      const permanent =
        error instanceof ProblemError &&
        error.status >= 400 &&
        error.status < 500 &&
        error.code !== ISSUE_NOT_MIRRORED;
      if (permanent) return null;
    }
    return ms;
  };
}

const nextDelay = pollEvery(ROLLUP_POLL_MS);

const programRollup: PolledResource<ProgramRollup> = { load: fetchProgramRollup, nextDelay };
const issueRollup: PolledResource<IssueRollup> = { load: fetchIssueRollup, nextDelay };

// The polling hook takes one string key; a level is named by program and parent together.
const workLevel: PolledResource<WorkLevel> = {
  load: (api, key) => {
    const [programId, parentIssueId] = JSON.parse(key) as [string, string | null];
    return fetchWorkLevel(api, programId, parentIssueId);
  },
  nextDelay,
};

export function useProgramRollup(programId: string | null): PolledResult<ProgramRollup> {
  return usePolledResource(programId, programRollup);
}

/** The rollup over an issue's descendants; keeps asking while the issue is not mirrored yet. */
export function useIssueRollup(issueId: string | null): PolledResult<IssueRollup> {
  return usePolledResource(issueId, issueRollup);
}

/**
 * One level of a program's work (the top when `parentIssueId` is null), polled like the rollup
 * so the work table follows Jira as the figures above it do.
 */
export function useWorkLevel(
  programId: string,
  parentIssueId: string | null,
): PolledResult<WorkLevel> {
  return usePolledResource(JSON.stringify([programId, parentIssueId]), workLevel);
}
