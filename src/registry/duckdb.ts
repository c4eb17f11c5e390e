// The embedded local registry: a DuckDB file. Loaded lazily (native binary, never bundled).
import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { DuckDBConnection, DuckDBInstance, DuckDBResult } from '@duckdb/node-api';
import {
  type Dialect,
  type Migration,
  missingColumns,
  missingNames,
  planMigration,
  type TableColumn,
  type TypeNames,
} from '../checks/migration.js';
import { type Plan, planRows } from '../checks/plan.js';
import { InputError, ServiceError } from '../errors.js';
import type { Registry } from '../ports.js';
import { access } from '../util/fs-async.js';
import { handOff } from '../util/handoff.js';
import { type RetryPolicy, withRetry } from '../util/retry.js';
import { eachRow, jsonRowSelect, rowReader } from './duckdb-read.js';
import { type StageType, stageRows } from './duckdb-stage.js';
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
  JSON: 'JSON',
};
// What information_schema says for each of our types: only the type we create (another one is refused, not guessed).
const ACCEPTED: TypeNames = Object.fromEntries(Object.entries(DUCK_TYPES).map(([t, d]) => [t, [d]])) as unknown as TypeNames;
const DIALECT: Dialect = { types: ACCEPTED, required: 'NOT NULL' };
// The registry file's own default schema only: information_schema lists every schema (and attached catalog), and a
// table of the same name elsewhere is not the one our unqualified SQL reads and writes.
export const COLUMNS_OF = `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
WHERE table_name = $t AND table_schema = current_schema() AND table_catalog = current_database()
ORDER BY ordinal_position`;
// The same four columns, read the cheap way: information_schema's views are built on an instance's first use of one
// (DuckDB parses and binds its default views then), which cost a cold sync --dry-run about 15 ms; pragma_table_info
// costs about one. It resolves the name as our unqualified SQL does, and on a fresh connection (no temp tables) that
// is the file's default schema, so a table it finds is the one COLUMNS_OF would list, with the same type names,
// nullability and defaults. It throws when there is no such table there: COLUMNS_OF then says what there is.
export const COLUMNS_FAST = `SELECT name, type, CASE WHEN "notnull" THEN 'NO' ELSE 'YES' END, dflt_value FROM pragma_table_info($t) ORDER BY cid`;

// A read's two statements as one (the registry's usual case): the column rows first (k = 0, in column order, as
// COLUMNS_FAST gives them), then the registry rows by model_id, each as JSON text. One trip to DuckDB's thread pool
// instead of two, on a cold sync --dry-run's critical path.
export const ONE_READ = `SELECT k, j FROM (
  SELECT 0 AS k, cid AS i, NULL AS id, to_json([name, type, CASE WHEN "notnull" THEN 'NO' ELSE 'YES' END, dflt_value]) AS j
  FROM pragma_table_info($t)
  UNION ALL SELECT 1, NULL, model_id, ${jsonRowSelect(COLUMNS)} FROM ${TABLE}
) ORDER BY k, i, id`;

const ddl = `CREATE TABLE IF NOT EXISTS ${TABLE} (${COLUMNS.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}${n === 'model_id' ? ' PRIMARY KEY' : ''}`).join(', ')})`;

const historyDdl = `CREATE TABLE IF NOT EXISTS ${HISTORY} (${HISTORY_COLUMNS.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}`).join(', ')})`;
const written = HISTORY_COLUMNS.filter(([n]) => n !== 'changed_at');
// The rows a sync writes are staged in connection-local temp tables (duckdb-stage.ts), not bound as list parameters.
const ROWS_STAGE = 'mg_sync_rows';
const ENTRIES_STAGE = 'mg_sync_entries';
// changed_at: the transaction's start time in UTC, the same for every row of one sync.
const historyInsertSql = `INSERT INTO ${HISTORY} (${HISTORY_COLUMNS.map(([n]) => n).join(', ')})
SELECT current_timestamp AT TIME ZONE 'UTC', ${written.map(([n]) => n).join(', ')} FROM ${ENTRIES_STAGE}`;
// Every column under an alias: DuckDB names a result column as the table spells it (a history made by hand may say SEQ).
const historySelect = `SELECT ${HISTORY_COLUMNS.map(([n, t]) => (t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${n}` : `${n} AS ${n}`)).join(', ')} FROM ${HISTORY} ORDER BY changed_at, sync_id, seq`;

// Strings stay strings in the parameter; casts happen in SQL, so values never enter the SQL text.
const cast = (t: ColumnType) => t === 'DATE' || t === 'TIMESTAMP' || t === 'JSON';
const bindSide = (t: ColumnType) => (cast(t) ? 'STRING' : t);
const srcExpr = (n: string, t: ColumnType) => (cast(t) ? `CAST(s.${n} AS ${DUCK_TYPES[t]})` : `s.${n}`);
// Column names come from COLUMNS (never from input); quoted all the same. Added columns are nullable: the table has rows.
const addColumnSql = (name: string, t: ColumnType) => `ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS "${name}" ${DUCK_TYPES[t]}`;

const mergeSql = `MERGE INTO ${TABLE} AS t
USING ${ROWS_STAGE} AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${COLUMNS.map(([n, t]) => `t.${n} IS DISTINCT FROM ${srcExpr(n, t)}`).join(' OR ')})
  THEN UPDATE SET ${COLUMNS.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${srcExpr(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${COLUMNS.map(([n]) => n).join(', ')}) VALUES (${COLUMNS.map(([n, t]) => srcExpr(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = $family AND list_contains($delete, t.model_id)
  THEN DELETE`;

/**
 * `sql` streamed, as DuckDBConnection.stream does it (prepare, bind, execute), calling `sent` once DuckDB has the
 * query: the caller's CPU work (a manifest's parse) then overlaps the query rather than holding its last step back.
 */
const stream = async (c: DuckDBConnection, sql: string, values: Record<string, string>, sent: () => void): Promise<DuckDBResult> => {
  const prepared = await c.prepare(sql).catch((e: unknown) => {
    sent();
    throw e;
  });
  try {
    prepared.bind(values);
    const running = prepared.stream();
    sent();
    return await running;
  } finally {
    prepared.destroySync();
  }
};

type Duck = typeof import('@duckdb/node-api');
const MISSING = 'the DuckDB registry needs the optional package @duckdb/node-api; run npm install';
const loadDuck = async (): Promise<Duck> => {
  try {
    // The bundle holds @duckdb/node-api's JavaScript (one chunk reads faster than its 180 files, which cost a sync's
    // start-up more than the library's native load) and loads the native part from node_modules through
    // duckdb-addon.ts (scripts/build.mjs), so dist/ holds no binary and a missing install still fails here.
    return await import('@duckdb/node-api');
  } catch {
    throw new InputError([{ file: 'duckdb:', message: MISSING }]);
  }
};

/**
 * What DuckDBInstance.create does (node-api's createConfig, then the native open), from the two small modules it
 * uses: the open starts on DuckDB's thread as soon as the native addon has loaded, and node-api's own JavaScript
 * (a few ms to read and run, most of it after the addon's load) loads on this thread meanwhile, rather than before.
 */
type Opener = (path: string, options: Record<string, string>) => Promise<import('@duckdb/node-bindings').Database>;
const loadOpener = async (): Promise<Opener> => {
  try {
    const [{ default: bindings }, { createConfig }] = await Promise.all([
      import('@duckdb/node-bindings'),
      import('@duckdb/node-api/lib/createConfig.js'),
    ]);
    return (path, options) => bindings.open(path, createConfig(options));
  } catch {
    throw new InputError([{ file: 'duckdb:', message: MISSING }]);
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
// Checked synchronously (two lstat calls, microseconds): with no event-loop turn between the addon's load and the
// open, nothing else queued meanwhile (a cold sync's manifest parse) runs before DuckDB starts opening on its thread.
const SIDECARS = ['.wal', '.tmp'];
const lstatSyncOrNone = (p: string) => {
  try {
    return lstatSync(p);
  } catch {
    return undefined; // absent or unreadable, as before: DuckDB's own create then decides
  }
};
const refusePlantedSidecars = (path: string): void => {
  for (const suffix of SIDECARS) {
    const st = lstatSyncOrNone(`${path}${suffix}`);
    if (st?.isSymbolicLink())
      throw InputError.at(`${path}${suffix}`, 'is a symbolic link where DuckDB writes beside the registry; remove it (nothing was opened)');
  }
};

/**
 * DuckDB's thread pool leaves one core to this process's JavaScript thread, which reads the results DuckDB makes: with a
 * thread per core the two competed, and on 2 cores a 10,000-model apply used 1,289 ms of CPU (973 ms of wall) against
 * 1,145 (888) with one thread.
 */
export const openOptions = (readOnly: boolean): Record<string, string> => ({
  ...(readOnly ? { access_mode: 'READ_ONLY' } : {}),
  threads: String(Math.max(1, availableParallelism() - 1)),
});

export const duckdbRegistry = (path: string): Registry => {
  const name = `${path}#${TABLE}`;
  const open = async (readOnly: boolean): Promise<{ db: DuckDBInstance; c: DuckDBConnection }> => {
    const options = openOptions(readOnly);
    const opener = await loadOpener();
    refusePlantedSidecars(path);
    // The first attempt's open runs while node-api loads; it settles (or fails) into the retry loop below.
    const first = opener(path, options);
    first.catch(() => undefined);
    const duck = await loadDuck();
    try {
      const db = await withRetry(
        (attempt) => (attempt === 1 ? first.then((native) => new duck.DuckDBInstance(native)) : duck.DuckDBInstance.create(path, options)),
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
  /** `table`'s columns in the file's default schema as [name, type, 'YES'|'NO' nullable, default], in order. */
  const columnsOf = async (c: DuckDBConnection, table: string) => {
    // A failed read binds nothing and leaves an open transaction usable (apply reads inside one).
    const r = await c.runAndReadAll(COLUMNS_FAST, { t: table }).catch(() => c.runAndReadAll(COLUMNS_OF, { t: table }));
    return r.getRows();
  };
  /** The migration a table with these columns needs; without `migrate`, missing columns are bad input naming --migrate. */
  const adoptionOf = (columns: readonly (readonly unknown[])[], migrate: boolean): Migration | null => {
    const have = new Map(
      columns.map(([name, type, nullable, def]): [string, TableColumn] => [
        String(name),
        { type: String(type).toUpperCase(), mode: nullable === 'NO' ? 'REQUIRED' : 'NULLABLE', hasDefault: def !== null },
      ]),
    );
    if (have.size === 0) return null; // no table
    const m = planMigration(path, TABLE, have, DIALECT);
    if (m.add.length > 0 && !migrate) throw missingColumns(path, TABLE, m.add);
    return m;
  };
  const adoption = async (c: DuckDBConnection, migrate: boolean): Promise<Migration | null> =>
    adoptionOf(await columnsOf(c, TABLE), migrate);
  /**
   * The columns and the rows in one statement, when the table has every column of ours; undefined when it cannot
   * bind (no table, a column missing or of a type our select cannot read), and the caller asks the two questions apart.
   */
  const readWhole = async (
    c: DuckDBConnection,
    migrate: boolean,
    sent: () => void,
  ): Promise<{ m: Migration; rows: RegistryRow[] } | undefined> => {
    const columns: unknown[][] = [];
    const rows: RegistryRow[] = [];
    const rowOf = rowReader<RegistryRow>(COLUMNS);
    // Streamed: DuckDB makes each chunk as it is fetched, rather than a second copy of the whole result first.
    const read = await stream(c, ONE_READ, { t: TABLE }, sent)
      .then((result) =>
        eachRow(result, 2, (k, j) => {
          if (Number(k) === 0) columns.push(JSON.parse(String(j)) as unknown[]);
          else rows.push(rowOf(String(j)));
        }),
      )
      .then(
        () => true,
        () => false,
      );
    if (!read) return undefined;
    const m = adoptionOf(columns, migrate);
    if (!m || m.add.length > 0) return undefined; // not when the select bound, but then the long way decides
    return { m, rows };
  };
  const checkSchema = async (c: DuckDBConnection, table = TABLE, columns: readonly (readonly [string, ...unknown[]])[] = COLUMNS) => {
    const have = (await columnsOf(c, table)).map((row) => String(row[0]));
    if (have.length === 0) return false;
    const missing = missingNames(
      have,
      columns.map(([n]) => n),
    );
    if (missing.length > 0)
      throw InputError.at(
        path,
        `table ${table} has no column ${missing.join(', ')}; it does not have the ${table === TABLE ? 'registry' : 'history'} schema`,
      );
    return true;
  };

  /** `fn` on a read-only connection; `absent` when there is no file yet (a read never creates one). */
  const readFile = async <T>(absent: T, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> => {
    try {
      await access(path);
    } catch {
      return absent;
    }
    const h = await open(true);
    try {
      return await fn(h.c);
    } finally {
      close(h);
    }
  };
  /** A read of the history table; `absent` when there is no file or no history table yet. */
  const historyRead = <T>(absent: T, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> =>
    readFile(absent, async (c) => ((await checkSchema(c, HISTORY, HISTORY_COLUMNS)) ? await fn(c) : absent));

  // The migration the last read() found, so migration() right after it (sync --migrate) needs no second open.
  let seen: Migration | null | undefined;
  return {
    name: TABLE,
    async read(opts = {}) {
      seen = undefined;
      const sent = handOff();
      const rows = await readFile(undefined, async (c) => {
        const whole = await readWhole(c, opts.migrate ?? false, sent);
        if (whole) {
          seen = whole.m;
          return whole.rows;
        }
        const m = await adoption(c, opts.migrate ?? false);
        seen = m;
        if (!m) return [];
        const missing = new Set<string>(m.add.map((a) => a.name));
        const r = await c.stream(`SELECT ${jsonRowSelect(COLUMNS, (n) => !missing.has(n))} FROM ${TABLE} ORDER BY model_id`);
        const rows: RegistryRow[] = [];
        const rowOf = rowReader<RegistryRow>(COLUMNS);
        await eachRow(r, 1, (text) => rows.push(rowOf(String(text))));
        return rows;
      }).finally(sent);
      if (rows !== undefined) return rows;
      seen = null; // no file: nothing to migrate
      return [];
    },
    migration: async () => (seen !== undefined ? seen : readFile(null, (c) => adoption(c, true))),
    readHistory: () =>
      historyRead([], async (c) => (await c.runAndReadAll(historySelect)).getRowObjectsJS().map((o) => normaliseHistory(o))),
    historyVersion: () =>
      historyRead(0, async (c) => Number((await c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0)),
    async apply(plan: Plan, family: string, audit?: Audit) {
      seen = undefined; // the columns may change here
      const duck = await loadDuck();
      const h = await open(false);
      try {
        await h.c.run(ddl);
        await h.c.run(historyDdl);
        await checkSchema(h.c, HISTORY, HISTORY_COLUMNS);
        await h.c.run('BEGIN TRANSACTION');
        try {
          // DuckDB's DDL is transactional: the added columns commit with the MERGE that fills them, or not at all.
          for (const c of plan.migrate ?? []) await h.c.run(addColumnSql(c.name, c.type));
          await adoption(h.c, false);
          const count = async () => Number((await h.c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0);
          if (audit?.seen !== undefined && (await count()) !== audit.seen) throw new RegistryMovedError(name);
          await stageRows(h.c, ROWS_STAGE, ROW_STAGE_COLUMNS, planRows(plan));
          await h.c.run(mergeSql, { family, delete: duck.listValue(plan.delete) }, { delete: duck.LIST(duck.VARCHAR) });
          if (audit) {
            // An empty history starts with a baseline: the registry as it was before this change.
            const empty = (await count()) === 0;
            const entries = [...(empty ? audit.baseline : []), ...audit.changes];
            if (entries.length > 0) {
              await stageRows(h.c, ENTRIES_STAGE, ENTRY_STAGE_COLUMNS, entries);
              await h.c.run(historyInsertSql);
            }
          }
          await h.c.run('COMMIT');
        } catch (e) {
          await h.c.run('ROLLBACK');
          if (e instanceof RegistryMovedError || e instanceof InputError) throw e;
          throw new ServiceError('DuckDB', `MERGE into ${name}`, (e as Error).message, { cause: e });
        }
      } finally {
        close(h);
      }
    },
  };
};

const stageType = (t: ColumnType): StageType =>
  t === 'INT64' ? 'BIGINT' : t === 'FLOAT64' ? 'DOUBLE' : t === 'BOOL' ? 'BOOLEAN' : 'VARCHAR';
const ROW_STAGE_COLUMNS = COLUMNS.map(([n, t]) => [n, stageType(bindSide(t))] as const);
const ENTRY_STAGE_COLUMNS = written.map(([n, t]) => [n, stageType(t)] as const);

const normaliseHistory = (o: Record<string, unknown> | object): HistoryRow =>
  Object.fromEntries(
    HISTORY_COLUMNS.map(([n]) => {
      const v = (o as Record<string, unknown>)[n];
      return [n, typeof v === 'bigint' ? Number(v) : (v ?? null)];
    }),
  ) as unknown as HistoryRow;
