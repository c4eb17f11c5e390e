// Test controls: injected failures and "hold this query while it runs" gates.
import { BqError, type FaultKind, presetError } from './errors.js';

export interface FaultSpec {
  method?: string;
  /** Substring of, or pattern for, the URL path (e.g. '/queries', /\/jobs$/). */
  path?: string | RegExp;
  /**
   * Matches the SQL of jobs.query / jobs.insert. Such faults (and kind 'concurrentUpdate') fire
   * when the query executes, so jobs.query gets an HTTP error and jobs.insert a failed job,
   * as with real BigQuery. Other faults answer the HTTP request itself.
   */
  query?: string | RegExp;
  kind?: FaultKind;
  status?: number;
  reason?: string;
  message?: string;
  /** How many matching requests fail; default 1, Infinity for a permanent fault. */
  times?: number;
  /** Raw response body instead of the BigQuery error envelope. */
  body?: unknown;
  /** Wait before failing; without status/kind/body/reset: only delay, then proceed normally. */
  delayMs?: number;
  /** Destroy the socket (client sees ECONNRESET). */
  reset?: boolean;
  /**
   * Matches the SQL a jobs.query / jobs.insert request carries, at the HTTP stage (unlike `query`): the fault
   * answers that request itself (reset, raw body, truncate, delay), so one statement can be singled out.
   */
  sql?: string | RegExp;
  /** Raw response text sent as is with `status` (default 200), e.g. malformed JSON. */
  raw?: string;
  /** Serve the request normally (it runs), then cut the response body off halfway and destroy the socket. */
  truncate?: boolean;
  /**
   * Matches the translated (DuckDB) text of one statement of a multi-statement script: the fault fires when that
   * statement is about to run, after the earlier ones ran — a failure in the middle of a transaction.
   */
  statement?: string | RegExp;
}
export interface Fault extends FaultSpec {
  remaining: number;
  hits: number;
}

const DEFAULT_REASON: Record<number, [string, string]> = {
  400: ['invalid', 'Invalid request.'],
  401: ['authError', 'Invalid Credentials'],
  403: ['accessDenied', 'Access Denied.'],
  404: ['notFound', 'Not found.'],
  409: ['duplicate', 'Already Exists.'],
  429: ['rateLimitExceeded', 'Exceeded rate limits.'],
  500: ['internalError', 'An internal error occurred and the request could not be completed.'],
  503: ['backendError', 'The service is currently unavailable.'],
};

export const isExecutionFault = (f: FaultSpec): boolean =>
  f.statement === undefined && (f.query !== undefined || f.kind === 'concurrentUpdate');

const matches = (m: string | RegExp | undefined, s: string): boolean =>
  m === undefined || (typeof m === 'string' ? s.includes(m) : m.test(s));

export class Faults {
  readonly list: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const f = { ...spec, remaining: spec.times ?? 1, hits: 0 };
    this.list.push(f);
    return f;
  }

  /** The first live fault of the given stage matching the request, consumed once. */
  take(stage: 'http' | 'execution' | 'statement', method: string, path: string, sql: string | undefined): Fault | undefined {
    if (stage === 'statement') {
      const s = this.list.find((x) => x.remaining > 0 && x.statement !== undefined && sql !== undefined && matches(x.statement, sql));
      if (s) {
        s.remaining--;
        s.hits++;
      }
      return s;
    }
    const f = this.list.find(
      (x) =>
        x.remaining > 0 &&
        x.statement === undefined &&
        isExecutionFault(x) === (stage === 'execution') &&
        (!x.method || x.method.toUpperCase() === method) &&
        matches(x.path, path) &&
        (x.query === undefined || (sql !== undefined && matches(x.query, sql))) &&
        (x.sql === undefined || (sql !== undefined && matches(x.sql, sql))),
    );
    if (f) {
      f.remaining--;
      f.hits++;
    }
    return f;
  }
}

/** The error a fault produces, or undefined for a pure delay / reset / raw body. */
export function faultError(f: Fault, table: string): BqError | undefined {
  if (f.kind) {
    const e = presetError(f.kind, table);
    return f.status || f.message ? new BqError(f.status ?? e.code, f.reason ?? e.reason, f.message ?? e.message) : e;
  }
  if (!f.status) return undefined;
  const [reason, message] = DEFAULT_REASON[f.status] ?? ['backendError', 'Error.'];
  return new BqError(f.status, f.reason ?? reason, f.message ?? message);
}

export interface HeldQuery {
  sql: string;
  projectId: string;
  jobId: string;
}
export interface Hold {
  /** Resolves once a matching query reaches execution and is held (job state RUNNING). */
  reached: Promise<HeldQuery>;
  /** Let the held query run. */
  release(): void;
}

interface HoldEntry {
  match: (sql: string) => boolean;
  used: boolean;
  reached: (q: HeldQuery) => void;
  released: Promise<void>;
  release: () => void;
}

export class Holds {
  private list: HoldEntry[] = [];

  add(match: string | RegExp | ((sql: string) => boolean) = () => true): Hold {
    let reached!: (q: HeldQuery) => void;
    let release!: () => void;
    const reachedP = new Promise<HeldQuery>((r) => (reached = r));
    const released = new Promise<void>((r) => (release = r));
    const fn = typeof match === 'function' ? match : (sql: string) => matches(match, sql);
    this.list.push({ match: fn, used: false, reached, released, release });
    return { reached: reachedP, release };
  }

  /** Block a matching query until released or until `cancelled` settles. */
  async wait(q: HeldQuery, cancelled: Promise<void>): Promise<void> {
    const h = this.list.find((x) => !x.used && x.match(q.sql));
    if (!h) return;
    h.used = true;
    h.reached(q);
    await Promise.race([h.released, cancelled]);
  }
}
