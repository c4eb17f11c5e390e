// BigQuery REST stand-in: a loopback HTTP server the real @google-cloud/bigquery client and the
// real `bq` CLI talk to. Pipeline per request: log → (discovery doc) → auth → route →
// contract check → injected faults → handler → contract check of the response → reply.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { OAuth2Client } from 'google-auth-library';
import { ContractValidator, loadDiscovery } from './discovery.js';
import { Engine } from './engine.js';
import { asBqError, BqError, errors } from './errors.js';
import { type Fault, type FaultSpec, Faults, faultError, type Hold, Holds } from './faults.js';
import { type Job, Jobs, type QueryRecord } from './jobs.js';
import { type RouteContext, routes } from './routes.js';
import type { TableFieldSchema } from './values.js';

export interface StandInOptions {
  /** Default project for helpers and clientOptions(); default 'test-project'. */
  projectId?: string;
  /** Added before every response. */
  latencyMs?: number;
  /**
   * Answer requests that break the discovery contract with 400. Default false: BigQuery ignores
   * unknown fields, so violations are only recorded (assertNoViolations() makes them fail tests).
   */
  strict?: boolean;
  /** Mutating DML conflicts like BigQuery's (see Jobs.dmlConflicts); default false. */
  dmlConflicts?: boolean;
}
export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  methodId?: string;
  status?: number;
  response?: unknown;
  /** The client gave up (abort/timeout) before the response was sent. */
  aborted?: boolean;
}
export interface Violation {
  direction: 'request' | 'response';
  methodId: string;
  method: string;
  path: string;
  problems: string[];
}

let validator: ContractValidator | undefined;

export class BigQueryStandIn {
  readonly requests: RequestRecord[] = [];
  readonly violations: Violation[] = [];
  readonly projectId: string;
  url = '';
  private faults = new Faults();
  private holds = new Holds();
  private jobs: Jobs;
  private ctx: RouteContext;
  private server: Server;
  private discovery = loadDiscovery();
  private contract: ContractValidator;

  constructor(
    readonly engine: Engine,
    private opts: StandInOptions,
  ) {
    this.projectId = opts.projectId ?? 'test-project';
    validator ??= new ContractValidator(this.discovery.doc);
    this.contract = validator;
    this.jobs = new Jobs(engine, this.faults, this.holds, (ref, value) => this.contract.canonical(ref, value));
    this.jobs.dmlConflicts = opts.dmlConflicts ?? false;
    this.ctx = { engine, jobs: this.jobs, baseUrl: '', requestIds: new Map() };
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.ctx.baseUrl = this.url;
  }

  /** Every SQL text + parameters received (jobs.query and jobs.insert), in order. */
  get queries(): QueryRecord[] {
    return this.jobs.queries;
  }
  job(jobId: string, projectId = this.projectId): Job {
    return this.jobs.get(projectId, jobId);
  }

  /**
   * Options for `new BigQuery(...)`: a static bearer token via OAuth2Client, so
   * google-auth-library never looks for ADC or the metadata server.
   */
  clientOptions(
    extra: Record<string, unknown> = {},
  ): { projectId: string; apiEndpoint: string; authClient: OAuth2Client } & Record<string, unknown> {
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: 'stand-in-token' });
    return { projectId: this.projectId, apiEndpoint: this.url, authClient, ...extra };
  }

  createDataset(project: string, dataset: string, location = 'US'): void {
    this.engine.createDataset(project, dataset, location);
  }
  /** Seeding helper; creates the dataset (location US) when missing. */
  async createTable(
    project: string,
    dataset: string,
    table: string,
    fields: TableFieldSchema[],
    opts: { description?: string } = {},
  ): Promise<void> {
    if (!this.engine.datasets.has(`${project}.${dataset}`)) this.engine.createDataset(project, dataset);
    await this.engine.createTable(project, dataset, table, fields, opts);
  }
  insertRows(project: string, dataset: string, table: string, rows: Record<string, unknown>[]): Promise<void> {
    return this.engine.insertRows(project, dataset, table, rows);
  }
  /** Table contents as plain objects (see values.ts plainValue for the representation). */
  table(project: string, dataset: string, table: string, opts: { orderBy?: string } = {}): Promise<Record<string, unknown>[]> {
    return this.engine.rows(project, dataset, table, opts.orderBy);
  }

  /** Switch BigQuery's concurrent-update conflicts for mutating DML on or off (StandInOptions.dmlConflicts). */
  set dmlConflicts(on: boolean) {
    this.jobs.dmlConflicts = on;
  }

  fault(spec: FaultSpec): Fault {
    return this.faults.add(spec);
  }
  clearFaults(): void {
    this.faults.list.length = 0;
  }
  /** Hold the next query whose SQL matches at execution (state RUNNING) until released or cancelled. */
  hold(match?: string | RegExp | ((sql: string) => boolean)): Hold {
    return this.holds.add(match);
  }

  takeViolations(): Violation[] {
    return this.violations.splice(0);
  }
  assertNoViolations(): void {
    if (this.violations.length) {
      const lines = this.violations.map((v) => `${v.direction} ${v.method} ${v.path} (${v.methodId}):\n    ${v.problems.join('\n    ')}`);
      throw new Error(`BigQuery contract violations:\n  ${lines.join('\n  ')}`);
    }
  }

  async close(): Promise<void> {
    // Held or delayed jobs end as cancelled rather than running against a closing engine.
    for (const job of this.jobs.jobs.values()) if (job.state !== 'DONE') job.cancel();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    await Promise.allSettled([...this.jobs.jobs.values()].map((j) => j.done));
    this.engine.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const rec: RequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
    };
    this.requests.push(rec);
    res.on('close', () => {
      if (!res.writableFinished) rec.aborted = true;
    });
    // `bq` fetches discovery from the endpoint it is pointed at (path differs by version).
    if (rec.method === 'GET' && (url.pathname === '/discovery/v1/apis/bigquery/v2/rest' || url.pathname === '/$discovery/rest')) {
      rec.status = 200;
      rec.response = '[discovery document]';
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(this.discovery.raw);
      return;
    }
    const route = url.pathname.startsWith('/bigquery/v2/')
      ? routes
          .map((r) => ({ r, m: r.method === rec.method ? r.pattern.exec(url.pathname.slice('/bigquery/v2'.length)) : null }))
          .find((x) => x.m)
      : undefined;
    rec.methodId = route?.r.id;
    try {
      if (text) {
        try {
          rec.body = JSON.parse(text);
        } catch (e) {
          throw errors.parseError(`Invalid JSON payload received. ${(e as Error).message}`);
        }
      }
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '') && !url.searchParams.has('access_token')) throw errors.unauthenticated();
      if (!route) {
        this.violations.push({
          direction: 'request',
          methodId: '(none)',
          method: rec.method,
          path: rec.path,
          problems: ['no such BigQuery v2 endpoint in the stand-in'],
        });
        throw errors.notFound(`URL ${rec.method} ${url.pathname}`);
      }
      const problems = this.contract.checkRequest(route.r.id, url.searchParams, rec.body);
      if (problems.length) {
        this.violations.push({ direction: 'request', methodId: route.r.id, method: rec.method, path: rec.path, problems });
        if (this.opts.strict) throw errors.invalid(`Invalid JSON payload received. ${problems.join('; ')}`);
      }
      const fault = this.faults.take('http', rec.method, url.pathname, sqlOf(rec.body));
      if (fault) {
        if (fault.delayMs) await sleep(fault.delayMs);
        if (fault.reset) {
          rec.status = 0;
          req.socket.destroy();
          return;
        }
        if (fault.raw !== undefined) {
          rec.status = fault.status ?? 200;
          rec.response = fault.raw;
          res.writeHead(rec.status, { 'content-type': 'application/json; charset=UTF-8' }).end(fault.raw);
          return;
        }
        if (fault.body !== undefined) return this.reply(res, rec, fault.status ?? 500, fault.body, route.r.id);
        const err = faultError(fault, 'unknown');
        if (err) throw err;
      }
      const params = route.m?.map((s) => decodeURIComponent(s)) ?? [];
      const body = await route.r.handle(this.ctx, params, url.searchParams, (rec.body ?? {}) as Record<string, unknown>);
      if (fault?.truncate) return cutOff(res, rec, body);
      await this.reply(res, rec, body === undefined ? 204 : 200, body, route.r.id);
    } catch (e) {
      const err = e instanceof BqError ? e : asBqError(e);
      await this.reply(res, rec, err.code, err.body(), route?.r.id ?? '(none)');
    }
  }

  private async reply(res: ServerResponse, rec: RequestRecord, status: number, body: unknown, methodId: string): Promise<void> {
    if (this.opts.latencyMs) await sleep(this.opts.latencyMs);
    rec.status = status;
    rec.response = body;
    const problems = this.contract.checkResponse(methodId, status, body);
    if (problems.length) this.violations.push({ direction: 'response', methodId, method: rec.method, path: rec.path, problems });
    if (res.destroyed) return;
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
  }
}

/** The SQL a jobs.query or jobs.insert request body carries. */
const sqlOf = (body: unknown): string | undefined => {
  const b = body as { query?: unknown; configuration?: { query?: { query?: unknown } } } | undefined;
  const sql = b?.query ?? b?.configuration?.query?.query;
  return typeof sql === 'string' ? sql : undefined;
};

/** A fault's truncated answer: the full Content-Length is announced, half the body sent, then the socket destroyed. */
const cutOff = (res: ServerResponse, rec: RequestRecord, body: unknown): void => {
  const bytes = Buffer.from(JSON.stringify(body ?? {}));
  rec.status = 0;
  rec.response = body;
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
};

export async function startBigQueryStandIn(opts: StandInOptions = {}): Promise<BigQueryStandIn> {
  const bq = new BigQueryStandIn(await Engine.create(), opts);
  await bq.listen();
  return bq;
}
