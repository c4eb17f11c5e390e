// The stand-in's storage: BigQuery datasets/tables as metadata + one embedded in-memory DuckDB
// table per BigQuery table (named "project.dataset.table"). All DuckDB work is serialized on one
// connection, and every DML statement runs in its own transaction so a failure leaves no trace.
import { type DuckDBConnection, DuckDBInstance, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { type AlterAddColumns, isAlter, parseAlter } from './ddl.js';
import { BqError, errors, tableLabel } from './errors.js';
import { type ScriptStep, splitScript } from './script.js';
import { type StatementKind, type TableRef, type Translation, translate } from './translate.js';
import {
  duckTypeToField,
  fieldDuckType,
  normalizeFields,
  paramDuckType,
  paramDuckValue,
  plainToDuck,
  plainValue,
  type QueryParameter,
  type QueryParameterType,
  type TableFieldSchema,
} from './values.js';

export interface DatasetMeta {
  project: string;
  dataset: string;
  location: string;
  creationTime: number;
}
export interface TableMeta {
  project: string;
  dataset: string;
  table: string;
  fields: TableFieldSchema[];
  creationTime: number;
  lastModifiedTime: number;
  description?: string;
  labels?: Record<string, string>;
}
export interface ExecOptions {
  defaultProject: string;
  defaultDataset?: { projectId?: string; datasetId: string };
  location?: string;
  maximumBytesBilled?: string;
  /** Runs after translation, before touching data (fault injection and holds live here). */
  beforeRun?: (t: Translation) => Promise<void>;
  /**
   * DML only: runs inside the statement's transaction just before COMMIT; throwing rolls the statement back. In a
   * script's transaction it runs at COMMIT TRANSACTION once per mutating statement, with `inTransaction` set.
   */
  beforeCommit?: (t: Translation, inTransaction?: boolean) => void;
  /** Scripts only: runs before each statement (after the earlier ones ran); throwing fails the script there. */
  beforeStatement?: (t: Translation) => Promise<void> | void;
}
export interface ExecResult {
  kind: StatementKind | 'SCRIPT';
  translated: string;
  fields?: TableFieldSchema[];
  rows?: DuckDBValue[][];
  dml?: { inserted: number; updated: number; deleted: number };
  bytesProcessed: number;
  bytesBilled: number;
  tables: TableRef[];
  target?: TableRef;
}

const NAME = /^[A-Za-z0-9_]{1,1024}$/;
const PROJECT = /^[a-z][a-z0-9-]{4,61}[a-z0-9]$/;
const MiB = 1024 * 1024;
const key = (...parts: string[]) => parts.join('.');
const duckName = (r: TableRef) => `"${key(r.project, r.dataset, r.table)}"`;

export class Engine {
  readonly datasets = new Map<string, DatasetMeta>();
  readonly tables = new Map<string, TableMeta>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private instance: DuckDBInstance,
    private conn: DuckDBConnection,
  ) {}

  static async create(): Promise<Engine> {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    // BigQuery evaluates TIMESTAMP functions in UTC; so must DuckDB (ICU is built in).
    await conn.run(`SET TimeZone = 'UTC'`);
    return new Engine(instance, conn);
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }

  /** One DuckDB statement sequence at a time: the connection is shared. */
  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  createDataset(project: string, dataset: string, location = 'US'): DatasetMeta {
    if (!PROJECT.test(project)) throw errors.invalid(`Invalid project ID '${project}'.`);
    if (!NAME.test(dataset))
      throw errors.invalid(
        `Invalid dataset ID "${dataset}". Dataset IDs must be alphanumeric (plus underscores) and must be at most 1024 characters long.`,
      );
    if (this.datasets.has(key(project, dataset))) throw errors.duplicate(`Dataset ${project}:${dataset}`);
    const meta = { project, dataset, location, creationTime: Date.now() };
    this.datasets.set(key(project, dataset), meta);
    return meta;
  }

  dataset(project: string, dataset: string, location?: string): DatasetMeta {
    const d = this.datasets.get(key(project, dataset));
    const where = location ? ` was not found in location ${location}` : '';
    if (!d || (location && d.location.toLowerCase() !== location.toLowerCase()))
      throw errors.notFound(`Dataset ${project}:${dataset}${where}`);
    return d;
  }

  table(project: string, dataset: string, table: string, location?: string): TableMeta {
    this.dataset(project, dataset, location);
    const t = this.tables.get(key(project, dataset, table));
    if (!t)
      throw errors.notFound(`Table ${tableLabel(project, dataset, table)}${location ? ` was not found in location ${location}` : ''}`);
    return t;
  }

  async createTable(
    project: string,
    dataset: string,
    table: string,
    fields: TableFieldSchema[],
    extra: Partial<TableMeta> = {},
  ): Promise<TableMeta> {
    this.dataset(project, dataset);
    if (!NAME.test(table)) throw errors.invalid(`Invalid table ID "${table}".`);
    if (this.tables.has(key(project, dataset, table))) throw errors.duplicate(`Table ${tableLabel(project, dataset, table)}`);
    if (!fields.length) throw errors.invalid('[stand-in] tables need a schema');
    const normalized = normalizeFields(fields);
    const columns = normalized.map(
      (f) =>
        `"${f.name}" ${columnDuckType(f)}${f.mode === 'REQUIRED' ? ' NOT NULL' : ''}${f.defaultValueExpression === undefined ? '' : ` DEFAULT ${f.defaultValueExpression}`}`,
    );
    await this.locked(() => this.conn.run(`CREATE TABLE ${duckName({ project, dataset, table })} (${columns.join(', ')})`));
    const now = Date.now();
    const meta: TableMeta = { ...extra, project, dataset, table, fields: normalized, creationTime: now, lastModifiedTime: now };
    this.tables.set(key(project, dataset, table), meta);
    return meta;
  }

  async deleteTable(project: string, dataset: string, table: string): Promise<void> {
    this.table(project, dataset, table);
    await this.locked(() => this.conn.run(`DROP TABLE ${duckName({ project, dataset, table })}`));
    this.tables.delete(key(project, dataset, table));
  }

  async numRows(ref: TableRef): Promise<number> {
    const r = await this.locked(() => this.conn.runAndReadAll(`SELECT count(*) FROM ${duckName(ref)}`));
    return Number(r.getRows()[0]?.[0] ?? 0);
  }

  async insertRows(project: string, dataset: string, table: string, rows: Record<string, unknown>[]): Promise<void> {
    const meta = this.table(project, dataset, table);
    const names = meta.fields.map((f, i) => [`"${f.name}"`, `$c${i}`]);
    const sql = `INSERT INTO ${duckName(meta)} (${names.map((n) => n[0]).join(', ')}) VALUES (${names.map((n) => n[1]).join(', ')})`;
    const types = Object.fromEntries(meta.fields.map((f, i) => [`c${i}`, fieldDuckType(f)]));
    await this.locked(async () => {
      await this.conn.run('BEGIN TRANSACTION');
      try {
        for (const row of rows) {
          const unknown = Object.keys(row).filter((k) => !meta.fields.some((f) => f.name === k));
          if (unknown.length) throw new Error(`insertRows: no such column(s) ${unknown.join(', ')}`);
          await this.conn.run(sql, Object.fromEntries(meta.fields.map((f, i) => [`c${i}`, plainToDuck(f, row[f.name])])), types);
        }
        await this.conn.run('COMMIT');
      } catch (e) {
        await this.conn.run('ROLLBACK');
        throw e;
      }
    });
    meta.lastModifiedTime = Date.now();
  }

  async rawRows(ref: TableRef): Promise<DuckDBValue[][]> {
    const r = await this.locked(() => this.conn.runAndReadAll(`SELECT * FROM ${duckName(ref)}`));
    return r.getRows();
  }

  async rows(project: string, dataset: string, table: string, orderBy?: string): Promise<Record<string, unknown>[]> {
    const meta = this.table(project, dataset, table);
    const order = orderBy ? meta.fields.find((f) => f.name === orderBy) : undefined;
    if (orderBy && !order) throw new Error(`bq.table(): no column ${orderBy}`);
    const r = await this.locked(() =>
      this.conn.runAndReadAll(`SELECT * FROM ${duckName(meta)}${order ? ` ORDER BY "${order.name}"` : ''}`),
    );
    return r.getRows().map((row) => Object.fromEntries(meta.fields.map((f, i) => [f.name, plainValue(f, row[i] ?? null)])));
  }

  async execute(sql: string, parameters: QueryParameter[], opts: ExecOptions): Promise<ExecResult> {
    const bound = this.bind(parameters);
    if (isAlter(sql)) return this.alter(parseAlter(sql, opts.defaultProject, opts.defaultDataset), opts);
    const steps = splitScript(sql);
    if (steps) return this.executeScript(steps, bound, opts);
    const tr = this.translateOne(sql, bound.paramTypes, opts);
    const { bytesProcessed, bytesBilled } = await this.billing([tr], opts);
    await opts.beforeRun?.(tr);
    const base = { kind: tr.kind, translated: tr.sql, bytesProcessed, bytesBilled, tables: tr.tables, target: tr.target };
    if (tr.kind === 'SELECT') return { ...base, ...(await this.locked(() => this.select(tr, bound))) };
    const dml = await this.locked(async () => {
      await this.conn.run('BEGIN TRANSACTION');
      try {
        const counts = await this.dml(tr, bound);
        opts.beforeCommit?.(tr);
        await this.conn.run('COMMIT');
        return counts;
      } catch (e) {
        await this.conn.run('ROLLBACK');
        throw e instanceof BqError ? e : errors.invalidQuery(`[stand-in DuckDB] ${(e as Error).message.split('\n')[0]}`);
      }
    });
    this.touch(tr);
    return { ...base, dml };
  }

  /**
   * A multi-statement script as one job: every statement is translated (and its tables resolved) before any runs, as
   * BigQuery parses the whole script first. Statements inside BEGIN/COMMIT TRANSACTION commit together; a failure, a
   * ROLLBACK or the end of the script inside a transaction undoes all of it.
   */
  private async executeScript(steps: ScriptStep[], bound: Bound, opts: ExecOptions): Promise<ExecResult> {
    const plan = steps.map((s) =>
      s.k === 'statement' || s.k === 'assert' ? { ...s, tr: this.translateOne(s.sql, bound.paramTypes, opts) } : s,
    );
    const trs = plan.flatMap((s) => ('tr' in s ? [s.tr] : []));
    const tables = trs.flatMap((t) => t.tables);
    const target = trs.find((t) => t.kind !== 'SELECT')?.target;
    const script: Translation = { kind: trs[0]?.kind ?? 'SELECT', sql: trs.map((t) => t.sql).join(';\n'), params: [], tables, target };
    const { bytesProcessed, bytesBilled } = await this.billing(trs, opts);
    await opts.beforeRun?.(script);
    const base = { kind: 'SCRIPT' as const, translated: script.sql, bytesProcessed, bytesBilled, tables, target };
    let last: Pick<ExecResult, 'fields' | 'rows'> = {};
    const touched: Translation[] = [];
    await this.locked(async () => {
      let mutated: Translation[] | null = null;
      try {
        for (const s of plan) {
          if (s.k === 'begin') {
            await this.conn.run('BEGIN TRANSACTION');
            mutated = [];
          } else if (s.k === 'commit') {
            for (const t of mutated ?? []) opts.beforeCommit?.(t, true);
            await this.conn.run('COMMIT');
            touched.push(...(mutated ?? []));
            mutated = null;
          } else if (s.k === 'rollback') {
            await this.conn.run('ROLLBACK');
            mutated = null;
          } else if (s.k === 'assert') {
            await opts.beforeStatement?.(s.tr);
            const ok = (await this.select(s.tr, bound)).rows?.[0]?.[0];
            if (ok !== true) throw errors.invalidQuery(`${s.description} ${s.where}`);
          } else if ('tr' in s) {
            await opts.beforeStatement?.(s.tr);
            if (s.tr.kind === 'SELECT') {
              last = await this.select(s.tr, bound);
              continue;
            }
            last = {};
            if (mutated) {
              await this.dml(s.tr, bound);
              mutated.push(s.tr);
            } else {
              await this.conn.run('BEGIN TRANSACTION');
              try {
                await this.dml(s.tr, bound);
                opts.beforeCommit?.(s.tr);
                await this.conn.run('COMMIT');
                touched.push(s.tr);
              } catch (e) {
                await this.conn.run('ROLLBACK');
                throw e;
              }
            }
          }
        }
        // A script that ends inside its transaction: BigQuery rolls it back.
        if (mutated) {
          await this.conn.run('ROLLBACK');
          mutated = null;
        }
      } catch (e) {
        if (mutated) await this.conn.run('ROLLBACK');
        throw e instanceof BqError ? e : errors.invalidQuery(`[stand-in DuckDB] ${(e as Error).message.split('\n')[0]}`);
      }
    });
    for (const t of touched) this.touch(t);
    return { ...base, ...last };
  }

  /**
   * ALTER TABLE … ADD COLUMN, for real: the DuckDB table and the schema tables.get reports both gain the columns, in
   * one DuckDB transaction (all of them or none). DDL bills nothing.
   */
  private async alter(a: AlterAddColumns, opts: ExecOptions): Promise<ExecResult> {
    const location = opts.location ?? this.datasets.get(key(a.ref.project, a.ref.dataset))?.location ?? 'US';
    let meta: TableMeta;
    try {
      meta = this.table(a.ref.project, a.ref.dataset, a.ref.table, location);
    } catch (e) {
      if (a.ifExists) return { kind: 'ALTER_TABLE', translated: '', bytesProcessed: 0, bytesBilled: 0, tables: [], target: a.ref };
      throw e;
    }
    const have = new Set(meta.fields.map((f) => f.name.toLowerCase()));
    const adding: TableFieldSchema[] = [];
    for (const c of a.columns) {
      const lower = c.name.toLowerCase();
      if (have.has(lower)) {
        if (c.ifNotExists) continue;
        throw errors.invalidQuery(`Column already exists: ${c.name}`);
      }
      have.add(lower);
      adding.push(...normalizeFields([{ name: c.name, type: c.type, mode: 'NULLABLE' }]));
    }
    const statements = adding.map((f) => `ALTER TABLE ${duckName(meta)} ADD COLUMN "${f.name}" ${columnDuckType(f)}`);
    const tr: Translation = { kind: 'ALTER_TABLE', sql: statements.join(';\n'), params: [], tables: [a.ref], target: a.ref };
    await opts.beforeRun?.(tr);
    await this.locked(async () => {
      await this.conn.run('BEGIN TRANSACTION');
      try {
        for (const s of statements) await this.conn.run(s);
        await this.conn.run('COMMIT');
      } catch (e) {
        await this.conn.run('ROLLBACK');
        throw errors.invalidQuery(`[stand-in DuckDB] ${(e as Error).message.split('\n')[0]}`);
      }
    });
    meta.fields = [...meta.fields, ...adding];
    if (adding.length > 0) meta.lastModifiedTime = Date.now();
    return { kind: 'ALTER_TABLE', translated: tr.sql, bytesProcessed: 0, bytesBilled: 0, tables: [a.ref], target: a.ref };
  }

  private bind(parameters: QueryParameter[]): Bound {
    const paramTypes = new Map<string, QueryParameterType>();
    const values: Record<string, DuckDBValue> = {};
    const types: Record<string, DuckDBType> = {};
    for (const p of parameters) {
      if (!p.name) throw errors.invalidQuery('[stand-in] positional parameters are not supported; use parameterMode NAMED');
      const name = p.name.toLowerCase();
      if (paramTypes.has(name)) throw errors.invalidQuery(`Duplicate parameter name ${p.name}`);
      paramTypes.set(name, p.parameterType);
      types[name] = paramDuckType(p.parameterType, p.name);
      values[name] = paramDuckValue(p.parameterType, p.parameterValue, p.name);
    }
    return { paramTypes, values, types };
  }

  private translateOne(sql: string, paramTypes: Map<string, QueryParameterType>, opts: ExecOptions): Translation {
    return translate(sql, {
      defaultProject: opts.defaultProject,
      defaultDataset: opts.defaultDataset,
      paramTypes,
      resolveTable: (ref) => {
        // Without a request location BigQuery runs where the data is (US when unknown).
        const location = opts.location ?? this.datasets.get(key(ref.project, ref.dataset))?.location ?? 'US';
        this.table(ref.project, ref.dataset, ref.table, location);
        return duckName(ref);
      },
    });
  }

  private async billing(trs: Translation[], opts: ExecOptions): Promise<{ bytesProcessed: number; bytesBilled: number }> {
    let bytesProcessed = 0;
    for (const tr of trs)
      for (const ref of tr.tables)
        bytesProcessed += (await this.numRows(ref)) * this.table(ref.project, ref.dataset, ref.table).fields.length * 8;
    const bytesBilled = trs.some((t) => t.tables.length) ? Math.max(10 * MiB, Math.ceil(bytesProcessed / MiB) * MiB) : 0;
    if (opts.maximumBytesBilled !== undefined && bytesBilled > Number(opts.maximumBytesBilled)) {
      throw errors.bytesBilledLimitExceeded(opts.maximumBytesBilled, bytesBilled);
    }
    return { bytesProcessed, bytesBilled };
  }

  private pick(b: Bound, names: string[]) {
    return [Object.fromEntries(names.map((n) => [n, b.values[n] ?? null])), Object.fromEntries(names.map((n) => [n, b.types[n]]))] as [
      Record<string, DuckDBValue>,
      Record<string, DuckDBType>,
    ];
  }

  /** Run a SELECT; the caller holds the lock. */
  private async select(tr: Translation, b: Bound): Promise<Pick<ExecResult, 'fields' | 'rows'>> {
    const reader = await this.conn.runAndReadAll(tr.sql, ...this.pick(b, tr.params));
    let anonymous = 0;
    const fields = reader
      .columnNames()
      .map((n, i) => duckTypeToField(/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : `f${anonymous++}_`, reader.columnTypes()[i] as DuckDBType));
    return { fields, rows: reader.getRows() };
  }

  /** Run one DML statement inside the caller's open transaction (the caller holds the lock). */
  private async dml(tr: Translation, b: Bound): Promise<{ inserted: number; updated: number; deleted: number }> {
    if (tr.mergeCheck) {
      const dup = await this.conn.runAndReadAll(tr.mergeCheck.sql, ...this.pick(b, tr.mergeCheck.params));
      if (dup.getRows().length) throw errors.invalidQuery('UPDATE/MERGE must match at most one source row for each target row');
    }
    const r = await this.conn.runAndReadAll(tr.sql, ...this.pick(b, tr.params));
    const counts = { inserted: 0, updated: 0, deleted: 0 };
    if (tr.kind === 'MERGE') {
      for (const [action] of r.getRows()) counts[action === 'INSERT' ? 'inserted' : action === 'UPDATE' ? 'updated' : 'deleted']++;
    } else {
      counts[tr.kind === 'INSERT' ? 'inserted' : tr.kind === 'UPDATE' ? 'updated' : 'deleted'] = Number(r.getRows()[0]?.[0] ?? 0);
    }
    return counts;
  }

  private touch(tr: Translation): void {
    const target = tr.target && this.tables.get(key(tr.target.project, tr.target.dataset, tr.target.table));
    if (target) target.lastModifiedTime = Date.now();
  }
}

/** The DuckDB column type of a schema field: JSON is DuckDB's JSON type (bound as text, as BigQuery takes it). */
const columnDuckType = (f: TableFieldSchema): string => (f.type === 'JSON' && f.mode !== 'REPEATED' ? 'JSON' : fieldDuckType(f).toString());

interface Bound {
  paramTypes: Map<string, QueryParameterType>;
  values: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
}
