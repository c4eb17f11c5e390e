// The embedded local registry: a DuckDB file. Loaded lazily (native binary, never bundled).
import { access, lstat } from 'node:fs/promises';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Plan } from '../checks/plan.js';
import { InputError, ServiceError } from '../errors.js';
import type { Registry } from '../ports.js';
import { type RetryPolicy, withRetry } from '../util/retry.js';
import { type Audit, HISTORY_COLUMNS, type HistoryRow, historyTableOf, RegistryMovedError } from './history-row.js';
import { COLUMNS, type ColumnType, type RegistryRow } from './row.js';

export const TABLE = 'model_registry';
export const HISTORY = historyTableOf(TABLE);

const DUCK_TYPES: Record<ColumnType, string> = {
  STRING: 'VARCHAR',
  INT64: 'BIGINT',
  FLOAT64: 'DOUBLE',
  BOOL: 'BOOLEAN',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
};

const ddl = `CREATE TABLE IF NOT EXISTS ${TABLE} (${COLUMNS.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}${n === 'model_id' ? ' PRIMARY KEY' : ''}`).join(', ')})`;

const historyDdl = `CREATE TABLE IF NOT EXISTS ${HISTORY} (${HISTORY_COLUMNS.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}`).join(', ')})`;
const written = HISTORY_COLUMNS.filter(([n]) => n !== 'changed_at');
// changed_at: the transaction's start time in UTC, the same for every row of one sync.
const historyInsertSql = `INSERT INTO ${HISTORY} (${HISTORY_COLUMNS.map(([n]) => n).join(', ')})
SELECT current_timestamp AT TIME ZONE 'UTC', ${written.map(([n]) => n).join(', ')} FROM (SELECT unnest($entries, recursive := true))`;
const historySelect = `SELECT ${HISTORY_COLUMNS.map(([n, t]) => (t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${n}` : n)).join(', ')} FROM ${HISTORY} ORDER BY changed_at, sync_id, seq`;

// Dates and timestamps read back as the same canonical strings the row mapping produces.
const selectList = COLUMNS.map(([n, t]) =>
  t === 'DATE' ? `strftime(${n}, '%Y-%m-%d') AS ${n}` : t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%gZ') AS ${n}` : n,
).join(', ');

// Strings stay strings in the parameter; casts happen in SQL, so values never enter the SQL text.
const bindSide = (t: ColumnType) => (t === 'DATE' || t === 'TIMESTAMP' ? 'STRING' : t);
const srcExpr = (n: string, t: ColumnType) => (t === 'DATE' || t === 'TIMESTAMP' ? `CAST(s.${n} AS ${DUCK_TYPES[t]})` : `s.${n}`);

const mergeSql = `MERGE INTO ${TABLE} AS t
USING (SELECT unnest($rows, recursive := true)) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${COLUMNS.map(([n, t]) => `t.${n} IS DISTINCT FROM ${srcExpr(n, t)}`).join(' OR ')})
  THEN UPDATE SET ${COLUMNS.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${srcExpr(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${COLUMNS.map(([n]) => n).join(', ')}) VALUES (${COLUMNS.map(([n, t]) => srcExpr(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = $family AND list_contains($delete, t.model_id)
  THEN DELETE`;

type Duck = typeof import('@duckdb/node-api');
const loadDuck = async (): Promise<Duck> => {
  try {
    // The bundle holds @duckdb/node-api's JavaScript (one chunk reads faster than its 180 files, which cost a sync's
    // start-up more than the library's native load) and leaves @duckdb/node-bindings, the native part, external
    // (scripts/build.mjs), so dist/ holds no binary and a missing install still fails here.
    return await import('@duckdb/node-api');
  } catch {
    throw new InputError([
      { file: 'duckdb:', message: 'the DuckDB registry needs the optional package @duckdb/node-api; run npm install' },
    ]);
  }
};

// A DuckDB file takes one writer process at a time, and a reader cannot open it while another process writes. A lock
// held by a concurrent run is the environment, not the user's file: wait for it with bounded backoff (at most about
// 24 s in all), then exit 3 naming the lock. Any other failure to open is the file's fault (exit 2).
// A full disk, a quota or a read-only mount is the environment too (exit 3), whatever DuckDB was doing.
export const LOCK_RETRY: RetryPolicy = { attempts: 10, baseMs: 250, maxMs: 4_000 };
const isLocked = (e: unknown): boolean => /Could not set lock on file/i.test((e as Error)?.message ?? '');
const isEnvironment = (e: unknown): boolean =>
  /No space left on device|Disk quota exceeded|Read-only file system|Input\/output error/i.test((e as Error)?.message ?? '');

// DuckDB creates its write-ahead log and temp directory beside the file with ordinary creates, which follow links: a
// link a checkout plants at one of those names would receive the log (manifest strings included) wherever it points.
// The registry path itself is confined by config/confine.ts; its sidecars must not be links at all.
const SIDECARS = ['.wal', '.tmp'];
const refusePlantedSidecars = async (path: string): Promise<void> => {
  for (const suffix of SIDECARS) {
    const st = await lstat(`${path}${suffix}`).catch(() => undefined);
    if (st?.isSymbolicLink())
      throw InputError.at(`${path}${suffix}`, 'is a symbolic link where DuckDB writes beside the registry; remove it (nothing was opened)');
  }
};

export const duckdbRegistry = (path: string): Registry => {
  const name = `${path}#${TABLE}`;
  const open = async (readOnly: boolean): Promise<{ db: DuckDBInstance; c: DuckDBConnection }> => {
    const duck = await loadDuck();
    await refusePlantedSidecars(path);
    try {
      const db = await withRetry(
        () => duck.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {}),
        isLocked,
        LOCK_RETRY,
      );
      return { db, c: await db.connect() };
    } catch (e) {
      const detail = (e as Error).message.replace(/^IO Error: /, '').replace(/\.? See also https:\S*$/, '');
      if (isLocked(e))
        throw new ServiceError(
          'DuckDB',
          `lock of ${path}`,
          `another process holds it (${detail}); waited ${LOCK_RETRY.attempts} times, run again once that process has finished`,
          { cause: e },
        );
      if (isEnvironment(e)) throw new ServiceError('DuckDB', `open of ${path}`, detail, { cause: e });
      throw InputError.at(path, `cannot open as a DuckDB registry: ${detail}`);
    }
  };
  const close = ({ db, c }: { db: DuckDBInstance; c: DuckDBConnection }) => {
    c.closeSync();
    db.closeSync();
  };
  const checkSchema = async (c: DuckDBConnection, table = TABLE, columns: readonly (readonly [string, ...unknown[]])[] = COLUMNS) => {
    const r = await c.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = $t`, { t: table });
    const have = new Set(r.getRows().map((row) => String(row[0])));
    if (have.size === 0) return false;
    const missing = columns.map(([n]) => n).filter((n) => !have.has(n));
    if (missing.length > 0)
      throw InputError.at(
        path,
        `table ${table} has no column ${missing.join(', ')}; it does not have the ${table === TABLE ? 'registry' : 'history'} schema`,
      );
    return true;
  };

  /** A read of the history table; `absent` when there is no file or no history table yet. */
  const historyRead = async <T>(absent: T, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> => {
    try {
      await access(path);
    } catch {
      return absent;
    }
    const h = await open(true);
    try {
      return (await checkSchema(h.c, HISTORY, HISTORY_COLUMNS)) ? await fn(h.c) : absent;
    } finally {
      close(h);
    }
  };

  return {
    name: TABLE,
    async read() {
      try {
        await access(path);
      } catch {
        return [];
      }
      const h = await open(true);
      try {
        if (!(await checkSchema(h.c))) return [];
        const r = await h.c.runAndReadAll(`SELECT ${selectList} FROM ${TABLE} ORDER BY model_id`);
        return r.getRowObjectsJS().map((o) => normalise(o as Record<string, unknown>));
      } finally {
        close(h);
      }
    },
    readHistory: () =>
      historyRead([], async (c) => (await c.runAndReadAll(historySelect)).getRowObjectsJS().map((o) => normaliseHistory(o))),
    historyVersion: () =>
      historyRead(0, async (c) => Number((await c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0)),
    async apply(plan: Plan, family: string, audit?: Audit) {
      const duck = await loadDuck();
      const h = await open(false);
      try {
        await h.c.run(ddl);
        await checkSchema(h.c);
        await h.c.run(historyDdl);
        await checkSchema(h.c, HISTORY, HISTORY_COLUMNS);
        const entryType = duck.LIST(duck.STRUCT(Object.fromEntries(written.map(([n, t]) => [n, duckType(duck, t)]))));
        const rowType = duck.LIST(duck.STRUCT(Object.fromEntries(COLUMNS.map(([n, t]) => [n, duckType(duck, bindSide(t))]))));
        const rows = duck.listValue(
          [...plan.insert, ...plan.update.map((u) => u.row)].map((r) =>
            duck.structValue(r as unknown as Record<string, string | number | boolean | null>),
          ),
        );
        await h.c.run('BEGIN TRANSACTION');
        try {
          const count = async () => Number((await h.c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0);
          if (audit?.seen !== undefined && (await count()) !== audit.seen) throw new RegistryMovedError(name);
          await h.c.run(
            mergeSql,
            { rows, family, delete: duck.listValue(plan.delete) },
            { rows: rowType, delete: duck.LIST(duck.VARCHAR) },
          );
          if (audit) {
            // An empty history starts with a baseline: the registry as it was before this change.
            const empty = (await count()) === 0;
            const entries = [...(empty ? audit.baseline : []), ...audit.changes];
            if (entries.length > 0)
              await h.c.run(
                historyInsertSql,
                {
                  entries: duck.listValue(
                    entries.map((e) => duck.structValue(e as unknown as Record<string, string | number | boolean | null>)),
                  ),
                },
                { entries: entryType },
              );
          }
          await h.c.run('COMMIT');
        } catch (e) {
          await h.c.run('ROLLBACK');
          if (e instanceof RegistryMovedError) throw e;
          throw new ServiceError('DuckDB', `MERGE into ${name}`, (e as Error).message, { cause: e });
        }
      } finally {
        close(h);
      }
    },
  };
};

const duckType = (duck: Duck, t: ColumnType) =>
  t === 'INT64' ? duck.BIGINT : t === 'FLOAT64' ? duck.DOUBLE : t === 'BOOL' ? duck.BOOLEAN : duck.VARCHAR;

const normaliseHistory = (o: Record<string, unknown> | object): HistoryRow =>
  Object.fromEntries(
    HISTORY_COLUMNS.map(([n]) => {
      const v = (o as Record<string, unknown>)[n];
      return [n, typeof v === 'bigint' ? Number(v) : (v ?? null)];
    }),
  ) as unknown as HistoryRow;

// BIGINT reads back as bigint; the row contract uses numbers.
const normalise = (o: Record<string, unknown>): RegistryRow =>
  Object.fromEntries(COLUMNS.map(([n]) => [n, typeof o[n] === 'bigint' ? Number(o[n]) : (o[n] ?? null)])) as unknown as RegistryRow;
