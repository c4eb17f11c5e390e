// What the reporters need from the workflow run: repository, commit, and the pull request if there is one.
import type { context } from '@actions/github';
import { InputError } from '../errors.js';

export interface PullInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head lives in another repository: the token is read-only whatever the workflow grants. */
  fork: boolean;
}

export interface GitHubEvent {
  owner: string;
  repo: string;
  name: string;
  /** The commit check runs belong to: the PR head for pull requests (GITHUB_SHA is the merge commit there). */
  sha: string;
  pull?: PullInfo;
  /** This workflow run, linked from comments and issues. */
  runUrl: string;
}

type Context = typeof context;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullPayload {
  number?: number;
  base?: { sha?: string; repo?: { full_name?: string } | null };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

export const readEvent = (c: Context): GitHubEvent => {
  let repo: { owner: string; repo: string };
  try {
    repo = c.repo;
  } catch {
    throw InputError.at('GITHUB_REPOSITORY', 'is not set: the GitHub reporters run inside GitHub Actions only');
  }
  const pr = PR_EVENTS.has(c.eventName) ? (c.payload.pull_request as PullPayload | undefined) : undefined;
  const pull =
    pr?.number !== undefined && pr.base?.sha && pr.head?.sha
      ? {
          number: pr.number,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          // A deleted fork has no head repository; treat it as a fork.
          fork: !pr.head.repo || pr.head.repo.full_name?.toLowerCase() !== pr.base.repo?.full_name?.toLowerCase(),
        }
      : undefined;
  return {
    ...repo,
    name: c.eventName,
    sha: pull?.headSha ?? c.sha ?? '',
    ...(pull ? { pull } : {}),
    runUrl: `${c.serverUrl}/${repo.owner}/${repo.repo}/actions${Number.isFinite(c.runId) ? `/runs/${c.runId}` : ''}`,
  };
};
