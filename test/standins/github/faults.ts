// Injected failures: GitHub's rate limits, 5xx, reset connections and truncated bodies, each hitting the
// next `times` matching requests.
import { STATUS_CODES } from 'node:http';

export interface FaultSpec {
  method?: string;
  /** Decoded path (`/repos/o/r/pulls`), OpenAPI template (`/repos/{owner}/{repo}/pulls`) or RegExp on the path. */
  path?: string | RegExp;
  /** Defaults: 403 for rate-limit kinds, else 500. */
  status?: number;
  /** How many matching requests it hits; default 1 (use Infinity for always). */
  times?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** GitHub's secondary (abuse) limit: 403 + retry-after: 1; or the primary limit: 403 + x-ratelimit-remaining: 0. */
  kind?: 'secondary-rate-limit' | 'rate-limit';
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /** Send a truncated JSON body with the status (default 200). */
  malformed?: boolean;
  /** Serve the request normally (it runs), then cut the response body off halfway and destroy the socket. */
  truncate?: boolean;
  /** Extra delay before the fault fires. */
  latencyMs?: number;
}

export type ActiveFault = FaultSpec & { left: number };

/** The first armed fault matching the request, consumed once. */
export function takeFault(faults: ActiveFault[], method: string, path: string, template: string | undefined): ActiveFault | undefined {
  const hit = faults.find(
    (f) =>
      f.left > 0 &&
      (!f.method || f.method.toUpperCase() === method) &&
      (f.path === undefined || (typeof f.path === 'string' ? f.path === path || f.path === template : f.path.test(path))),
  );
  if (hit) hit.left--;
  return hit;
}

const RATE_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export function faultReply(f: FaultSpec, requestId: string): { status: number; body: unknown; headers: Record<string, string> } {
  if (f.kind === 'secondary-rate-limit') {
    return {
      status: f.status ?? 403,
      headers: { 'retry-after': '1', ...f.headers },
      body: f.body ?? {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
      },
    };
  }
  if (f.kind === 'rate-limit') {
    return {
      status: f.status ?? 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
        ...f.headers,
      },
      body: f.body ?? {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: `${RATE_DOCS}#about-primary-rate-limits`,
      },
    };
  }
  const status = f.status ?? 500;
  return { status, headers: { ...f.headers }, body: f.body ?? { message: STATUS_CODES[status] ?? 'Error' } };
}
