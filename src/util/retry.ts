// Bounded exponential backoff with full jitter, for the failures a client library does not retry itself.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 200, maxMs: 5_000 };

// Node's codes for a connection refused, reset, cut off mid-body or timed out, and a DNS lookup that may answer next
// time: what the Google clients retry (the Cloud Storage client's default retry predicate lists the same).
const NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE']);
export const isNetworkFailure = (e: unknown): boolean => NETWORK_CODES.has(String((e as { code?: unknown }).code ?? ''));

/** Tests shorten the waits; the product never reads this. */
const scale = Number(process.env.MODEL_GOVERNANCE_RETRY_SCALE ?? '1');
/** The same for the clients' per-request timeouts (MODEL_GOVERNANCE_TIMEOUT_SCALE); the product never sets it. */
const timeoutScale = Number(process.env.MODEL_GOVERNANCE_TIMEOUT_SCALE ?? '1');

/** A retry wait of a client library (e.g. Octokit's), in milliseconds, as scaled for tests. */
export const retryWaitMs = (ms: number): number => ms * scale;
/** How long one request may wait for an answer before it counts as failed (and is retried), in milliseconds. */
export const requestTimeoutMs = (ms: number): number => Math.max(1, Math.round(ms * timeoutScale));

export const withRetry = async <T>(
  fn: (attempt: number) => Promise<T>,
  retryable: (e: unknown) => boolean,
  policy = DEFAULT_RETRY,
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= policy.attempts || !retryable(e)) throw e;
      const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
      await sleep(Math.random() * cap * scale);
    }
  }
};
