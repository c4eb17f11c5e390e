// The one Octokit factory: @actions/github's client plus retry and throttling. @actions/github ships neither.
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Octokit as CoreOctokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { ServiceError } from '../errors.js';
import { retryWaitMs } from '../util/retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

// A 4xx is an answer, not an outage: retrying cannot change it. 409 is a compare-and-swap conflict the caller
// resolves by re-reading. 429 stays retryable, and the throttling plugin handles the 403 rate limits itself.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
// Waiting past this for a rate limit would outlive a sensible job timeout; fail instead.
const MAX_WAIT_S = 120;

// 422s GitHub produces while a just-pushed commit propagates between its services; worth one more try.
const TRANSIENT_422 = [/No commit found for SHA/i];

const raceRetry = (octokit: CoreOctokit): void => {
  octokit.hook.error('request', async (error, options) => {
    const e = error as { status?: number; message?: string };
    const request = (options.request ?? {}) as Record<string, unknown>;
    if (e.status === 422 && TRANSIENT_422.some((re) => re.test(e.message ?? '')) && !request.raceRetried) {
      await sleep(1000);
      return octokit.request({ ...options, request: { ...request, raceRetried: true } } as never);
    }
    throw error;
  });
};

// Octokit hands a JSON body that does not parse (cut off mid-way, or garbled) to the caller as a string, "" when cut
// off, where `data[0]` or `data.number` then read nonsense: an open PR named "{", a PR "opened" with no number. Such
// an answer is a failure instead. A read (or an idempotent write) is tried again, as plugin-retry would a 5xx; a POST
// is not, since it may have been applied, and its ServiceError says so.
const JSON_BODY = /^application\/(?:scim\+)?json\s*(?:;|$)/i;
const BODY_TRIES = 4; // plugin-retry's: the first try and three retries

const wholeBodies = (octokit: CoreOctokit): void => {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      const response = await request(options);
      if (typeof response.data !== 'string' || !JSON_BODY.test(String(response.headers['content-type'] ?? ''))) return response;
      const post = options.method === 'POST';
      if (post || attempt >= BODY_TRIES)
        throw Object.assign(new Error(`with a body that is cut off or not JSON${post ? '; the request may have been applied' : ''}`), {
          status: response.status,
          response,
        });
      await sleep(retryWaitMs(1000) * attempt ** 2);
    }
  });
};

// plugin-throttling spaces writes (1 s apart, 3 s for those that notify, 2 s for searches), as GitHub asks of
// integrations. Tests shorten these waits with the retry waits; unscaled, the plugin keeps its own groups. Groups are
// shared by every client in the process, as the plugin's are.
const spacedGroups = (): Record<string, Bottleneck.Group> => {
  if (retryWaitMs(1000) === 1000) return {};
  const group = (id: string, minTime: number) =>
    new Bottleneck.Group({ id: `octokit-${id}`, maxConcurrent: 1, minTime: retryWaitMs(minTime), timeout: 120_000 });
  return { write: group('write', 1000), notifications: group('notifications', 3000), search: group('search', 2000) };
};
const SPACED = spacedGroups();

export const createOctokit = (token: string, baseUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com'): Octokit =>
  getOctokit(
    token,
    {
      baseUrl,
      log: { debug: core.debug, info: core.debug, warn: core.warning, error: core.warning },
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: retryWaitMs(1000) },
      throttle: {
        ...SPACED,
        onRateLimit: (after, options, _o, count) => {
          core.warning(
            `GitHub rate limit on ${options.method} ${options.url}; ${count < 2 && after <= MAX_WAIT_S ? `retrying in ${after}s` : 'giving up'}`,
          );
          return count < 2 && after <= MAX_WAIT_S;
        },
        onSecondaryRateLimit: (after, options, _o, count) => {
          core.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}; ${count < 3 && after <= MAX_WAIT_S ? `retrying in ${after}s` : 'giving up'}`,
          );
          return count < 3 && after <= MAX_WAIT_S;
        },
      },
    },
    wholeBodies,
    retry,
    throttling,
    raceRetry,
  );

/** The HTTP status of an Octokit error (or of the cause of our ServiceError), if it is one. */
export const statusOf = (e: unknown): number | undefined => {
  const o = e as { status?: unknown; cause?: unknown } | null;
  if (typeof o?.status === 'number') return o.status;
  return o?.cause ? statusOf(o.cause) : undefined;
};

/** The token may not write here: a fork or Dependabot PR, or a job without the permission. */
export const isForbidden = (e: unknown): boolean => statusOf(e) === 403;

/** Run one GitHub call; an HTTP failure left after the retries becomes a ServiceError (exit 3). */
export const api = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ServiceError || typeof (e as { status?: unknown }).status !== 'number') throw e;
    throw new ServiceError('GitHub', operation, `${statusOf(e)} ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
};

/** An Octokit bound to the repository the workflow runs in. */
export interface Client {
  octokit: Octokit;
  owner: string;
  repo: string;
}
