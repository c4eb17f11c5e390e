// Query jobs: jobs.query / jobs.insert both create one; results are kept as DuckDB values and
// rendered per read, because getQueryResults may ask for a different timestamp format.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DuckDBValue } from '@duckdb/node-api';
import type { Engine, ExecResult } from './engine.js';
import { asBqError, type BqError, errors, tableLabel } from './errors.js';
import { type Faults, faultError, type Holds } from './faults.js';
import type { QueryParameter } from './values.js';
import { type TableFieldSchema, wireValue } from './values.js';

export interface QueryConfig {
  query?: string;
  useLegacySql?: boolean;
  parameterMode?: string;
  queryParameters?: QueryParameter[];
  defaultDataset?: { projectId?: string; datasetId: string };
  maximumBytesBilled?: string | number;
  labels?: Record<string, string>;
  dryRun?: boolean;
  [k: string]: unknown;
}
export interface QueryRecord {
  sql: string;
  parameters: QueryParameter[];
  parameterMode?: string;
  via: 'jobs.query' | 'jobs.insert';
  jobId: string;
  requestId?: string;
  location?: string;
  labels?: Record<string, string>;
  maximumBytesBilled?: string;
  translated?: string;
  error?: string;
}
export interface Job {
  projectId: string;
  jobId: string;
  location: string;
  configuration: Record<string, unknown>;
  state: 'RUNNING' | 'DONE';
  creationTime: number;
  startTime: number;
  endTime?: number;
  result?: ExecResult;
  error?: BqError;
  done: Promise<void>;
  cancelRequested: boolean;
  cancel: () => void;
  cancelled: Promise<void>;
}

const LABEL = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

export const newJobId = (): string => `job_${randomBytes(21).toString('base64url')}`;

const MUTATING = new Set(['UPDATE', 'DELETE', 'MERGE']);

export class Jobs {
  readonly jobs = new Map<string, Job>();
  readonly queries: QueryRecord[] = [];
  /**
   * Snapshot isolation for mutating DML (UPDATE, DELETE, MERGE), first committer wins: a statement fails with
   * "Could not serialize access to table … due to concurrent update" when another mutating statement committed to
   * its table after its job started, which is what BigQuery answers once its own retries of a conflict run out.
   * Off by default: the stand-in then runs DML serially, as BigQuery's retries usually make it look.
   */
  dmlConflicts = false;
  /** Mutating DML commits, numbered; per table the number of its last one. */
  private commits = 0;
  private lastCommit = new Map<string, number>();

  constructor(
    private engine: Engine,
    private faults: Faults,
    private holds: Holds,
    /** Normalises an echoed request fragment to its discovery schema (see ContractValidator). */
    private canonical: (ref: string, value: unknown) => unknown,
  ) {}

  private key = (p: string, id: string) => `${p}:${id}`;

  get(projectId: string, jobId: string, location?: string): Job {
    const job = this.jobs.get(this.key(projectId, jobId));
    if (!job || (location && job.location.toLowerCase() !== location.toLowerCase())) {
      throw errors.notFound(`Job ${projectId}:${location ?? job?.location ?? 'US'}.${jobId}`);
    }
    return job;
  }

  /** Validate a query configuration the way BigQuery does before it creates a job. */
  static check(cfg: QueryConfig): void {
    if (!cfg.query) throw errors.invalid('Required parameter is missing: query');
    if (cfg.useLegacySql !== false) throw errors.invalidQuery('[stand-in] legacy SQL is not supported: send useLegacySql: false');
    // `bq --parameter` omits parameterMode; named parameters are then taken as NAMED.
    if (cfg.queryParameters?.length && (cfg.parameterMode ?? 'NAMED').toUpperCase() !== 'NAMED')
      throw errors.invalidQuery('[stand-in] only parameterMode NAMED is supported');
    if (cfg.dryRun) throw errors.invalid('[stand-in] dryRun is not supported');
    for (const [k, v] of Object.entries(cfg.labels ?? {})) {
      if (!LABEL.test(k) || !LABEL_VALUE.test(String(v)))
        throw errors.invalid(
          `Label ${k}:${v} is invalid: keys/values may contain only lowercase letters, digits, underscores and dashes (max 63 chars), keys start with a letter.`,
        );
    }
  }

  /** Create and start a query job; `location` is the caller's (absent: where the data is). */
  start(
    projectId: string,
    jobId: string,
    cfg: QueryConfig,
    via: QueryRecord['via'],
    opts: { location?: string; requestId?: string; labels?: Record<string, string> },
  ): Job {
    const { location, requestId, labels } = opts;
    if (this.jobs.has(this.key(projectId, jobId))) throw errors.duplicate(`Job ${projectId}:${location ?? 'US'}.${jobId}`);
    const record: QueryRecord = {
      sql: cfg.query as string,
      parameters: cfg.queryParameters ?? [],
      parameterMode: cfg.parameterMode,
      via,
      jobId,
      requestId,
      location,
      labels,
    };
    if (cfg.maximumBytesBilled !== undefined) record.maximumBytesBilled = String(cfg.maximumBytesBilled);
    this.queries.push(record);
    let cancel!: () => void;
    const cancelled = new Promise<void>((r) => (cancel = r));
    const now = Date.now();
    const job: Job = {
      projectId,
      jobId,
      location: location ?? 'US',
      configuration: this.canonical('JobConfiguration', { query: cfg, jobType: 'QUERY', labels }) as Record<string, unknown>,
      state: 'RUNNING',
      creationTime: now,
      startTime: now,
      done: Promise.resolve(),
      cancelRequested: false,
      cancelled,
      cancel: () => {
        job.cancelRequested = true;
        cancel();
      },
    };
    this.jobs.set(this.key(projectId, jobId), job);
    job.done = this.run(job, cfg, record, location, this.commits);
    return job;
  }

  private async run(job: Job, cfg: QueryConfig, record: QueryRecord, location: string | undefined, snapshot: number): Promise<void> {
    const sql = cfg.query as string;
    try {
      job.result = await this.engine.execute(sql, cfg.queryParameters ?? [], {
        defaultProject: job.projectId,
        defaultDataset: cfg.defaultDataset,
        location,
        maximumBytesBilled: record.maximumBytesBilled,
        beforeRun: async (tr) => {
          record.translated = tr.sql;
          const first = tr.target ?? tr.tables[0];
          if (!location && first) job.location = this.engine.dataset(first.project, first.dataset).location;
          const fault = this.faults.take(
            'execution',
            'POST',
            `/bigquery/v2/projects/${job.projectId}/${record.via === 'jobs.query' ? 'queries' : 'jobs'}`,
            sql,
          );
          if (fault?.delayMs) await Promise.race([sleep(fault.delayMs), job.cancelled]);
          const err = fault && faultError(fault, first ? tableLabel(first.project, first.dataset, first.table) : 'unknown');
          if (err) throw err;
          await this.holds.wait({ sql, projectId: job.projectId, jobId: job.jobId }, job.cancelled);
          if (job.cancelRequested) throw errors.stopped();
        },
        beforeStatement: async (tr) => {
          const fault = this.faults.take('statement', 'POST', '', tr.sql);
          if (fault?.delayMs) await Promise.race([sleep(fault.delayMs), job.cancelled]);
          const t = tr.target ?? tr.tables[0];
          const err = fault && faultError(fault, t ? tableLabel(t.project, t.dataset, t.table) : 'unknown');
          if (err) throw err;
          if (job.cancelRequested) throw errors.stopped();
        },
        beforeCommit: (tr, inTransaction) => {
          const t = tr.target;
          if (!t || !MUTATING.has(tr.kind)) return;
          const key = `${t.project}.${t.dataset}.${t.table}`;
          // A conflicting transaction is cancelled as a whole (standalone DML would have queued).
          if (this.dmlConflicts && (this.lastCommit.get(key) ?? 0) > snapshot)
            throw inTransaction
              ? errors.transactionAborted(tableLabel(t.project, t.dataset, t.table))
              : errors.concurrentUpdate(tableLabel(t.project, t.dataset, t.table));
          this.lastCommit.set(key, ++this.commits);
        },
      });
    } catch (e) {
      job.error = asBqError(e);
      record.error = job.error.message;
    }
    job.state = 'DONE';
    job.endTime = Date.now();
  }

  /** Wait up to timeoutMs for completion, as jobs.query and getQueryResults do. */
  async settle(job: Job, timeoutMs: number): Promise<boolean> {
    if (job.state === 'DONE') return true;
    const ac = new AbortController();
    await Promise.race([job.done, sleep(timeoutMs, undefined, { signal: ac.signal }).catch(() => undefined)]);
    ac.abort();
    return (job.state as Job['state']) === 'DONE'; // changed while awaiting
  }

  /** Job resource (jobs.insert / jobs.get / jobs.cancel). */
  resource(job: Job, baseUrl: string): Record<string, unknown> {
    const r = job.result;
    const status: Record<string, unknown> = { state: job.state };
    if (job.error) {
      status.errorResult = job.error.proto();
      status.errors = [job.error.proto()];
    }
    const statistics: Record<string, unknown> = { creationTime: String(job.creationTime), startTime: String(job.startTime) };
    if (job.endTime) statistics.endTime = String(job.endTime);
    if (r) {
      statistics.totalBytesProcessed = String(r.bytesProcessed);
      statistics.query = {
        totalBytesProcessed: String(r.bytesProcessed),
        totalBytesBilled: String(r.bytesBilled),
        cacheHit: false,
        statementType: r.kind,
        referencedTables: r.tables.map((t) => ({ projectId: t.project, datasetId: t.dataset, tableId: t.table })),
        ...(r.fields ? { schema: { fields: r.fields } } : dmlStats(r)),
      };
    }
    return {
      kind: 'bigquery#job',
      etag: randomBytes(12).toString('base64'),
      id: `${job.projectId}:${job.location}.${job.jobId}`,
      selfLink: `${baseUrl}/bigquery/v2/projects/${job.projectId}/jobs/${job.jobId}?location=${job.location}`,
      user_email: `stand-in@${job.projectId}.iam.gserviceaccount.com`,
      configuration: job.configuration,
      jobReference: this.ref(job),
      statistics,
      status,
    };
  }

  ref(job: Job): { projectId: string; jobId: string; location: string } {
    return { projectId: job.projectId, jobId: job.jobId, location: job.location };
  }

  /** Body shared by jobs.query and getQueryResults responses for a finished job. */
  results(job: Job, page: { start: number; maxResults?: number; int64Timestamp: boolean }): Record<string, unknown> {
    if (job.error) throw job.error;
    const r = job.result as ExecResult;
    const out: Record<string, unknown> = {
      jobReference: this.ref(job),
      jobComplete: true,
      cacheHit: false,
      totalBytesProcessed: String(r.bytesProcessed),
    };
    if (!r.fields) return { ...out, ...dmlStats(r) };
    const rows = r.rows ?? [];
    const end = page.maxResults !== undefined ? Math.min(rows.length, page.start + page.maxResults) : rows.length;
    out.schema = { fields: r.fields };
    out.totalRows = String(rows.length);
    const slice = rows.slice(page.start, end);
    if (slice.length) out.rows = slice.map((row) => toWireRow(r.fields as TableFieldSchema[], row, page.int64Timestamp));
    if (end < rows.length) out.pageToken = encodePageToken(end);
    return out;
  }
}

function dmlStats(r: ExecResult): Record<string, unknown> {
  if (!r.dml) return {};
  const { inserted, updated, deleted } = r.dml;
  return {
    numDmlAffectedRows: String(inserted + updated + deleted),
    dmlStats: { insertedRowCount: String(inserted), updatedRowCount: String(updated), deletedRowCount: String(deleted) },
  };
}

export function toWireRow(fields: TableFieldSchema[], row: DuckDBValue[], int64Timestamp: boolean): { f: { v: unknown }[] } {
  return { f: fields.map((f, i) => ({ v: wireValue(f, row[i] ?? null, { int64Timestamp }) })) };
}

export const encodePageToken = (offset: number): string => Buffer.from(`standin:${offset}`).toString('base64url');
export function decodePageToken(token: string): number {
  const m = /^standin:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m) throw errors.invalid(`Invalid page token: ${token}`);
  return Number(m[1]);
}
