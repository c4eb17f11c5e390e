// The REST surface the official clients use, mapped to discovery method ids so the server can
// validate each exchange against the right request/response schemas.
import { randomBytes } from 'node:crypto';
import type { Engine, TableMeta } from './engine.js';
import { errors, tableLabel } from './errors.js';
import { decodePageToken, encodePageToken, type Job, Jobs, newJobId, type QueryConfig, toWireRow } from './jobs.js';
import type { TableFieldSchema } from './values.js';

export interface RouteContext {
  engine: Engine;
  jobs: Jobs;
  baseUrl: string;
  /** jobs.query requestId → its job, for idempotent replays. */
  requestIds: Map<string, Job>;
}
// biome-ignore lint/suspicious/noExplicitAny: bodies were checked against discovery before they get here
type Body = Record<string, any>;
export interface Route {
  method: string;
  pattern: RegExp;
  id: string;
  handle(ctx: RouteContext, m: string[], q: URLSearchParams, body: Body): Promise<unknown>;
}

const etag = () => randomBytes(12).toString('base64');
const DEFAULT_TIMEOUT_MS = 10_000;
const int64Ts = (q: URLSearchParams) => q.get('formatOptions.useInt64Timestamp') === 'true';

function datasetResource(ctx: RouteContext, p: string, d: string): Body {
  const meta = ctx.engine.dataset(p, d);
  return {
    kind: 'bigquery#dataset',
    etag: etag(),
    id: `${p}:${d}`,
    selfLink: `${ctx.baseUrl}/bigquery/v2/projects/${p}/datasets/${d}`,
    datasetReference: { datasetId: d, projectId: p },
    location: meta.location,
    type: 'DEFAULT',
    creationTime: String(meta.creationTime),
    lastModifiedTime: String(meta.creationTime),
  };
}

async function tableResource(ctx: RouteContext, t: TableMeta): Promise<Body> {
  const out: Body = {
    kind: 'bigquery#table',
    etag: etag(),
    id: tableLabel(t.project, t.dataset, t.table),
    selfLink: `${ctx.baseUrl}/bigquery/v2/projects/${t.project}/datasets/${t.dataset}/tables/${t.table}`,
    tableReference: { projectId: t.project, datasetId: t.dataset, tableId: t.table },
    schema: { fields: t.fields },
    numBytes: '0',
    numLongTermBytes: '0',
    numRows: String(await ctx.engine.numRows(t)),
    creationTime: String(t.creationTime),
    lastModifiedTime: String(t.lastModifiedTime),
    type: 'TABLE',
    location: ctx.engine.dataset(t.project, t.dataset).location,
  };
  if (t.description !== undefined) out.description = t.description;
  if (t.labels) out.labels = t.labels;
  return out;
}

async function jobsQuery(ctx: RouteContext, [, p]: string[], _q: URLSearchParams, body: Body): Promise<unknown> {
  const requestId = body.requestId as string | undefined;
  if (requestId !== undefined && !/^[\x20-\x7e]{1,36}$/.test(requestId))
    throw errors.invalid('requestId must be at most 36 ASCII characters');
  // A replayed requestId gets the first attempt's job, unless that failed: the client's own
  // retries reuse the requestId, and a transient failure must not stick.
  let job = requestId ? ctx.requestIds.get(requestId) : undefined;
  if (!job || job.error) {
    // QueryRequest = JobConfigurationQuery + request-only knobs; keep the former for the job.
    const {
      requestId: _r,
      location,
      timeoutMs: _t,
      maxResults: _m,
      formatOptions: _f,
      jobCreationMode: _j,
      kind: _k,
      labels,
      reservation: _v,
      jobTimeoutMs: _jt,
      ...cfg
    } = body;
    Jobs.check({ ...cfg, labels } as QueryConfig);
    job = ctx.jobs.start(p as string, newJobId(), cfg as QueryConfig, 'jobs.query', { location, requestId, labels });
    if (requestId) ctx.requestIds.set(requestId, job);
  }
  const done = await ctx.jobs.settle(job, Number(body.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  const base = { kind: 'bigquery#queryResponse' };
  if (!done) return { ...base, jobReference: ctx.jobs.ref(job), jobComplete: false };
  const out = ctx.jobs.results(job, {
    start: 0,
    maxResults: body.maxResults,
    int64Timestamp: body.formatOptions?.useInt64Timestamp === true,
  });
  return {
    ...base,
    ...out,
    location: job.location,
    creationTime: String(job.creationTime),
    startTime: String(job.startTime),
    endTime: String(job.endTime),
  };
}

async function getQueryResults(ctx: RouteContext, [, p, id]: string[], q: URLSearchParams): Promise<unknown> {
  const job = ctx.jobs.get(p as string, id as string, q.get('location') ?? undefined);
  const done = await ctx.jobs.settle(job, Number(q.get('timeoutMs') ?? DEFAULT_TIMEOUT_MS));
  const base = { kind: 'bigquery#getQueryResultsResponse', etag: etag() };
  if (!done) return { ...base, jobReference: ctx.jobs.ref(job), jobComplete: false };
  const token = q.get('pageToken');
  const start = token ? decodePageToken(token) : Number(q.get('startIndex') ?? 0);
  const maxResults = q.get('maxResults') === null ? undefined : Number(q.get('maxResults'));
  return { ...base, ...ctx.jobs.results(job, { start, maxResults, int64Timestamp: int64Ts(q) }) };
}

async function jobsInsert(ctx: RouteContext, [, p]: string[], _q: URLSearchParams, body: Body): Promise<unknown> {
  const ref = body.jobReference ?? {};
  const jobId = (ref.jobId as string | undefined) ?? newJobId();
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(jobId))
    throw errors.invalid(
      `Invalid job ID "${jobId}". Job IDs must be alphanumeric (plus underscores and dashes) and must be at most 1024 characters long.`,
    );
  const cfg = body.configuration?.query as QueryConfig | undefined;
  if (!cfg) throw errors.invalid('[stand-in] only query jobs are supported');
  if (body.configuration?.dryRun) throw errors.invalid('[stand-in] dryRun is not supported');
  const labels = body.configuration?.labels;
  Jobs.check({ ...cfg, labels });
  const job = ctx.jobs.start(ref.projectId ?? p, jobId, cfg, 'jobs.insert', { location: ref.location, labels });
  await ctx.jobs.settle(job, 200);
  return ctx.jobs.resource(job, ctx.baseUrl);
}

async function tablesInsert(ctx: RouteContext, [, p, d]: string[], _q: URLSearchParams, body: Body): Promise<unknown> {
  const ref = body.tableReference ?? {};
  if (!ref.tableId) throw errors.invalid('Required parameter is missing: tableReference.tableId');
  if ((ref.projectId && ref.projectId !== p) || (ref.datasetId && ref.datasetId !== d))
    throw errors.invalid('tableReference does not match the request path');
  const fields = (body.schema?.fields ?? []) as TableFieldSchema[];
  const meta = await ctx.engine.createTable(p as string, d as string, ref.tableId, fields, {
    description: body.description,
    labels: body.labels,
  });
  return tableResource(ctx, meta);
}

async function tabledataList(ctx: RouteContext, [, p, d, t]: string[], q: URLSearchParams): Promise<unknown> {
  const meta = ctx.engine.table(p as string, d as string, t as string);
  const rows = await ctx.engine.rawRows(meta);
  const token = q.get('pageToken');
  const start = token ? decodePageToken(token) : Number(q.get('startIndex') ?? 0);
  const end = q.get('maxResults') === null ? rows.length : Math.min(rows.length, start + Number(q.get('maxResults')));
  const out: Body = { kind: 'bigquery#tableDataList', etag: etag(), totalRows: String(rows.length) };
  const slice = rows.slice(start, end);
  if (slice.length) out.rows = slice.map((r) => toWireRow(meta.fields, r, int64Ts(q)));
  if (end < rows.length) out.pageToken = encodePageToken(end);
  return out;
}

export const routes: Route[] = [
  { method: 'POST', pattern: /^\/projects\/([^/]+)\/queries$/, id: 'bigquery.jobs.query', handle: jobsQuery },
  { method: 'GET', pattern: /^\/projects\/([^/]+)\/queries\/([^/]+)$/, id: 'bigquery.jobs.getQueryResults', handle: getQueryResults },
  { method: 'POST', pattern: /^\/projects\/([^/]+)\/jobs$/, id: 'bigquery.jobs.insert', handle: jobsInsert },
  {
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/jobs\/([^/]+)$/,
    id: 'bigquery.jobs.get',
    handle: async (ctx, [, p, id], q) =>
      ctx.jobs.resource(ctx.jobs.get(p as string, id as string, q.get('location') ?? undefined), ctx.baseUrl),
  },
  {
    method: 'POST',
    pattern: /^\/projects\/([^/]+)\/jobs\/([^/]+)\/cancel$/,
    id: 'bigquery.jobs.cancel',
    handle: async (ctx, [, p, id], q) => {
      const job = ctx.jobs.get(p as string, id as string, q.get('location') ?? undefined);
      if (job.state !== 'DONE') job.cancel();
      await ctx.jobs.settle(job, 1000);
      return { kind: 'bigquery#jobCancelResponse', job: ctx.jobs.resource(job, ctx.baseUrl) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/projects\/([^/]+)\/datasets$/,
    id: 'bigquery.datasets.insert',
    handle: async (ctx, [, p], _q, body) => {
      const id = body.datasetReference?.datasetId;
      if (!id) throw errors.invalid('Required parameter is missing: datasetReference.datasetId');
      ctx.engine.createDataset(p as string, id, body.location ?? 'US');
      return datasetResource(ctx, p as string, id);
    },
  },
  {
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)$/,
    id: 'bigquery.datasets.get',
    handle: async (ctx, [, p, d]) => datasetResource(ctx, p as string, d as string),
  },
  {
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/tables$/,
    id: 'bigquery.tables.list',
    handle: async (ctx, [, p, d]) => {
      ctx.engine.dataset(p as string, d as string);
      const tables = [...ctx.engine.tables.values()].filter((t) => t.project === p && t.dataset === d);
      return {
        kind: 'bigquery#tableList',
        etag: etag(),
        totalItems: tables.length,
        tables: tables.map((t) => ({
          kind: 'bigquery#table',
          id: tableLabel(t.project, t.dataset, t.table),
          tableReference: { projectId: t.project, datasetId: t.dataset, tableId: t.table },
          type: 'TABLE',
          creationTime: String(t.creationTime),
        })),
      };
    },
  },
  { method: 'POST', pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/tables$/, id: 'bigquery.tables.insert', handle: tablesInsert },
  {
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/tables\/([^/]+)$/,
    id: 'bigquery.tables.get',
    handle: async (ctx, [, p, d, t]) => tableResource(ctx, ctx.engine.table(p as string, d as string, t as string)),
  },
  {
    method: 'DELETE',
    pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/tables\/([^/]+)$/,
    id: 'bigquery.tables.delete',
    handle: async (ctx, [, p, d, t]) => {
      await ctx.engine.deleteTable(p as string, d as string, t as string);
      return undefined;
    },
  },
  {
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/tables\/([^/]+)\/data$/,
    id: 'bigquery.tabledata.list',
    handle: tabledataList,
  },
];
