// The production registry: a BigQuery table. Reading is one query; sync is ONE multi-statement transaction (one query
// job): the parameterized MERGE (USING UNNEST(@rows) with explicit types) and the history INSERTs, committed together
// — no manifest value ever enters SQL text.
import { randomBytes } from 'node:crypto';
import { BigQuery } from '@google-cloud/bigquery';
import {
  type ColumnAdd,
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
import { tokenAuth } from '../util/google.js';
import { httpIdleTimeout } from '../util/idle-timeout.js';
import { isNetworkFailure, withRetry } from '../util/retry.js';
import { runWide } from '../util/shared.js';
import { parseBigQueryAddress } from './bigquery-address.js';
import {
  type Audit,
  HISTORY_COLUMNS,
  type HistoryEntry,
  type HistoryRow,
  historyTableOf,
  MOVED_MARKER,
  RegistryMovedError,
} from './history-row.js';
import { canonicalFromStore } from './metrics.js';
import { COLUMNS, type ColumnType, type RegistryRow } from './row.js';

// Limits, from the BigQuery quotas page ("Query jobs"): a request is at most 10 MB and the resolved query
// 12 MB. Rows go in the request as parameters: up to 8 MB (room to spare) they ride with the sync's one script;
// beyond, they are staged in batches of at most 8 MB and the one script reads them from the staging tables.
export const BATCH_BYTES = 8 * 1024 * 1024;
export const MAX_BYTES_BILLED = String(1024 ** 3);

const PARAM_TYPES: Record<ColumnType, string> = {
  STRING: 'STRING',
  INT64: 'INT64',
  FLOAT64: 'FLOAT64',
  BOOL: 'BOOL',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  // JSON travels as its canonical text and is parsed in SQL (PARSE_JSON): JSON values cannot be compared or
  // DISTINCTed in BigQuery, text can.
  JSON: 'STRING',
};
// tables.get reports legacy names (INTEGER, FLOAT, BOOLEAN) for tables made by DDL or the API alike.
const ACCEPTED: TypeNames = {
  STRING: ['STRING'],
  INT64: ['INTEGER', 'INT64'],
  FLOAT64: ['FLOAT', 'FLOAT64'],
  BOOL: ['BOOLEAN', 'BOOL'],
  DATE: ['DATE'],
  TIMESTAMP: ['TIMESTAMP'],
  JSON: ['JSON'],
};
const DIALECT: Dialect = { types: ACCEPTED, required: 'REQUIRED' };
const ROW_TYPE = Object.fromEntries(COLUMNS.map(([n, t]) => [n, PARAM_TYPES[t]]));
const SCHEMA = COLUMNS.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));
// A staging table holds the rows as bound: the JSON column as its text.
const STAGE_SCHEMA = SCHEMA.map((f) => (f.type === 'JSON' ? { ...f, type: 'STRING' } : f));
const HISTORY_SCHEMA = HISTORY_COLUMNS.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));
const WRITTEN = HISTORY_COLUMNS.filter(([n]) => n !== 'changed_at');
const ENTRY_TYPE = Object.fromEntries(WRITTEN.map(([n, t]) => [n, PARAM_TYPES[t]]));

// changed_at is CURRENT_TIMESTAMP(): inside a transaction BigQuery gives every statement the transaction's start time.
// One statement, so its conditions all see the history as it was before it: baseline rows only into an empty
// history; nothing when this sync's rows are there already (a retried script whose first answer was lost).
const historyInsert = (history: string, source: string, guard: boolean): string =>
  `INSERT INTO \`${history}\` (${HISTORY_COLUMNS.map(([n]) => n).join(', ')})
SELECT CURRENT_TIMESTAMP(), ${WRITTEN.map(([n]) => `e.${n}`).join(', ')} FROM ${source} AS e
WHERE (e.change <> 'baseline' OR NOT EXISTS (SELECT 1 FROM \`${history}\`))${guard ? ` AND NOT ${ours(history)}` : ''}`;
const ours = (history: string) => `EXISTS (SELECT 1 FROM \`${history}\` WHERE sync_id = @sync_id)`;

/** Where the rows come from: bound parameters (the common case), or staging tables filled beforehand (a big sync). */
export type SyncSource = { rows: 'params' } | { rows: string; entries: string };

/**
 * The whole sync as one script and one transaction: the MERGE, the baseline rows (only while the history is empty,
 * decided inside the transaction), the change rows. Any failure rolls all of it back.
 */
export const syncScript = (table: string, history: string, from: SyncSource = { rows: 'params' }, guard = false): string => {
  const staged = from.rows !== 'params' && 'entries' in from;
  return [
    'BEGIN TRANSACTION',
    // A staged batch that was retried after a lost answer is there twice, identically: DISTINCT keeps one.
    // A retry of a script that committed (this sync's rows are in the history) merges nothing: another sync may have
    // committed since, and this plan's rows would put its stale values back over that sync's.
    mergeSql(
      table,
      `${staged ? `SELECT DISTINCT * FROM \`${from.rows}\`` : 'SELECT * FROM UNNEST(@rows)'}${guard ? ` WHERE NOT ${ours(history)}` : ''}`,
      guard ? `NOT ${ours(history)}` : undefined,
    ),
    // The plan was made against a history of @seen rows; if another sync appended since, all of this rolls back
    // (see Audit.seen). After the MERGE, which leaves the history alone, so the script still leads with its MERGE.
    // (This sync's own rows being there means it is a retry of a script that committed: nothing more to do.)
    ...(guard ? [`ASSERT (SELECT COUNT(*) FROM \`${history}\`) = @seen OR ${ours(history)} AS '${MOVED_MARKER}'`] : []),
    historyInsert(history, staged ? `(SELECT DISTINCT * FROM \`${from.entries}\`)` : 'UNNEST(@entries)', guard),
    'COMMIT TRANSACTION',
  ]
    .join(';\n')
    .concat(';');
};

/** One batch into a staging table. */
export const stageSql = (stage: string, columns: readonly string[]): string =>
  `INSERT INTO \`${stage}\` (${columns.join(', ')})\nSELECT ${columns.join(', ')} FROM UNNEST(@rows)`;

export const historySelectSql = (history: string): string =>
  `SELECT ${HISTORY_COLUMNS.map(([n]) => `${n} AS ${n}`).join(', ')} FROM \`${history}\` ORDER BY changed_at, sync_id, seq`;

// The source's JSON column is text: parsed where it is stored, compared as BigQuery's own serialization of both sides.
// 'round': a metric like 1.2345678901234567e+25 (JS's shortest spelling of a double) is no exact decimal, which the
// default mode ('exact') refuses; rounding stores the same double the manifest parsed.
const src = (n: string, t: ColumnType) => (t === 'JSON' ? `PARSE_JSON(s.${n}, wide_number_mode => 'round')` : `s.${n}`);
const differs = (n: string, t: ColumnType) =>
  t === 'JSON' ? `TO_JSON_STRING(t.${n}) IS DISTINCT FROM TO_JSON_STRING(${src(n, t)})` : `t.${n} IS DISTINCT FROM s.${n}`;

export const mergeSql = (table: string, source = 'SELECT * FROM UNNEST(@rows)', deleteWhen?: string): string => `MERGE \`${table}\` AS t
USING (${source}) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${COLUMNS.filter(([n]) => n !== 'model_id')
  .map(([n, t]) => differs(n, t))
  .join(' OR ')})
  THEN UPDATE SET ${COLUMNS.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${src(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${COLUMNS.map(([n]) => n).join(', ')}) VALUES (${COLUMNS.map(([n, t]) => src(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = @family AND t.model_id IN UNNEST(@delete)${deleteWhen ? ` AND ${deleteWhen}` : ''}
  THEN DELETE`;

/**
 * The registry read; a column the table lacks (sync --migrate adds it) reads as NULL, JSON as its text. Every column
 * under our alias: a table may spell a column `Status`, and a result column is named as the query (or table) spells it.
 */
export const selectSql = (table: string, present: (n: string) => boolean = () => true): string =>
  `SELECT ${COLUMNS.map(([n, t]) => `${!present(n) ? 'NULL' : t === 'JSON' ? `TO_JSON_STRING(${n})` : n} AS ${n}`).join(', ')} FROM \`${table}\` ORDER BY model_id`;

/**
 * One statement adding every missing column; identifiers come from COLUMNS, never from input. IF NOT EXISTS: a
 * concurrent adopter that added one first is no failure. Nullable: a column added to a table with rows has no value.
 */
export const addColumnsSql = (table: string, add: readonly ColumnAdd[]): string =>
  `ALTER TABLE \`${table}\` ${add.map((c) => `ADD COLUMN IF NOT EXISTS ${c.name} ${c.type}`).join(', ')}`;

/** Split rows so each statement's parameters stay under the request limit. */
export const batches = <T>(rows: T[], limit = BATCH_BYTES): T[][] => {
  const out: T[][] = [[]];
  let size = 0;
  for (const r of rows) {
    const n = Buffer.byteLength(JSON.stringify(r)) * 2; // the typed wire form is about twice the JSON
    if (size + n > limit && (out.at(-1)?.length ?? 0) > 0) {
      out.push([]);
      size = 0;
    }
    out.at(-1)?.push(r);
    size += n;
  }
  return out;
};

const status = (e: unknown): number | undefined => (e as { code?: number }).code;
const reasonOf = (e: unknown): string => ((e as { errors?: { reason?: string }[] }).errors?.[0]?.reason ?? '') as string;
const transient = (e: unknown): boolean => {
  const msg = (e as Error).message ?? '';
  const code = status(e);
  return (
    /concurrent update|could not serialize access/i.test(msg) ||
    (code !== undefined && (code === 408 || code === 429 || code >= 500)) ||
    ['backendError', 'rateLimitExceeded', 'userRateLimitExceeded', 'internalError'].includes(reasonOf(e)) ||
    /ECONNRESET|socket hang up|ETIMEDOUT/.test(msg) ||
    // A body cut off mid-way ("Invalid response body … aborted") or a request timed out says so only in its code.
    isNetworkFailure(e)
  );
};

/** Staging tables of a big sync expire on their own after a day, so a killed run leaves nothing for long. */
const STAGING_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * One client per project, location and token for the whole run, shared by every family's registry: each client
 * would otherwise make its own credentials object (with Application Default Credentials, its own lookup and token).
 */
const clientFor = (project: string, location: string | undefined): BigQuery => {
  const key = JSON.stringify([
    'bigquery',
    project,
    location ?? '',
    process.env.BIGQUERY_EMULATOR_HOST ?? '',
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '',
  ]);
  return runWide(
    key,
    () => new BigQuery({ projectId: project, ...(location ? { location } : {}), retryOptions: { autoRetry: false }, ...tokenAuth() }),
  );
};

export const bigqueryRegistry = (
  address: string,
  opts: { location: string | undefined; createTable: boolean; batchBytes?: number },
): Registry => {
  // MODEL_GOVERNANCE_BATCH_BYTES: tests make a small sync take the staged path in a real process; the product never sets it.
  const batchBytes = opts.batchBytes ?? (Number(process.env.MODEL_GOVERNANCE_BATCH_BYTES) || BATCH_BYTES);
  const { project, dataset, tableId } = parseBigQueryAddress(address);
  const table = `${project}.${dataset}.${tableId}`;
  httpIdleTimeout();
  // The client's own retries are off (as for Cloud Storage and Cloud Run): withRetry is the one policy, so a lasting
  // failure costs DEFAULT_RETRY.attempts requests, not four times as many, each behind the library's second-long waits.
  // `transient` covers what the library retried (408, 429, 5xx, the rate-limit reasons, dropped connections).
  const bq = clientFor(project, opts.location);
  const ref = bq.dataset(dataset).table(tableId);
  const historyId = historyTableOf(tableId);
  const history = `${project}.${dataset}.${historyId}`;
  const historyRef = bq.dataset(dataset).table(historyId);

  const fail = (operation: string, e: unknown): never => {
    if (e instanceof InputError || e instanceof ServiceError) throw e;
    const code = status(e);
    const msg = (e as Error).message ?? String(e);
    const detail =
      code === 403
        ? `${msg} (the identity needs ${/^(MERGE|INSERT|ALTER|tables\.insert)/.test(operation) ? 'roles/bigquery.dataEditor' : 'roles/bigquery.dataViewer'} and roles/bigquery.jobUser)`
        : msg;
    throw new ServiceError('BigQuery', `${operation} ${table}`, detail, { cause: e });
  };

  /** The table's columns (type, mode, default), or null when it does not exist. */
  const columns = async (which = ref): Promise<Map<string, TableColumn> | null> => {
    try {
      const [meta] = await withRetry(() => which.getMetadata(), transient);
      const fields = (meta as { schema?: { fields?: Field[] } }).schema?.fields ?? [];
      return new Map(fields.map((f) => [f.name, tableColumn(f)]));
    } catch (e) {
      if (status(e) === 404) return null;
      return fail('tables.get', e);
    }
  };
  /** What adopting the table takes; without `migrate`, missing columns are bad input naming --migrate. */
  const adoption = (have: ReadonlyMap<string, TableColumn>, migrate: boolean): Migration => {
    const m = planMigration(`bigquery:${table}`, tableId, have, DIALECT);
    if (m.add.length > 0 && !migrate) throw missingColumns(`bigquery:${table}`, tableId, m.add);
    return m;
  };
  const checkHistoryColumns = (have: ReadonlyMap<string, TableColumn>): void => {
    const missing = missingNames(
      have.keys(),
      HISTORY_COLUMNS.map(([n]) => n),
    );
    if (missing.length)
      throw InputError.at(`bigquery:${history}`, `has no column ${missing.join(', ')}; it does not have the history schema`);
  };
  const query = (sql: string, params: Record<string, unknown>, types: Record<string, unknown>, mode: string) =>
    withRetry(
      () =>
        bq.query({
          query: sql,
          params,
          types,
          parameterMode: 'named',
          useLegacySql: false,
          maximumBytesBilled: MAX_BYTES_BILLED,
          labels: { tool: 'model-governance', mode },
          wrapIntegers: false,
          ...(opts.location ? { location: opts.location } : {}),
        } as Parameters<BigQuery['query']>[0]),
      transient,
    );

  // The columns read() saw: apply() then skips its own tables.get, one round trip off the sync's critical path.
  let seen: Map<string, TableColumn> | null | undefined;
  let seenHistory: Promise<Map<string, TableColumn> | null> | undefined;
  return {
    name: tableId,
    async read(o = {}) {
      const [have, rows] = await Promise.all([columns(), query(selectSql(table), {}, {}, 'read').catch((e) => e as Error)]);
      seen = have;
      if (have === null) {
        if (opts.createTable) return [];
        throw InputError.at(`bigquery:${table}`, 'table not found; create it with --create-table');
      }
      // A table still to be migrated: read again, the columns it lacks as NULL (only under --migrate).
      const { add } = adoption(have, o.migrate ?? false);
      if (add.length > 0) {
        const lacks = new Set<string>(add.map((c) => c.name));
        const [again] = await query(
          selectSql(table, (n) => !lacks.has(n)),
          {},
          {},
          'read',
        ).catch((e) => fail('query', e));
        return (again as Record<string, unknown>[]).map(toRow);
      }
      if (rows instanceof Error) return fail('query', rows);
      return (rows[0] as Record<string, unknown>[]).map(toRow);
    },
    async migration() {
      const have = seen ?? (await columns());
      return have ? adoption(have, true) : null;
    },
    async readHistory() {
      const have = await columns(historyRef);
      if (have === null) return [];
      checkHistoryColumns(have);
      const [rows] = await query(historySelectSql(history), {}, {}, 'history').catch((e) => fail('query', e));
      return (rows as Record<string, unknown>[]).map(toHistoryRow);
    },
    async historyVersion() {
      // The count and the schema check in one round trip; a missing table fails the count, and counts as 0.
      const [have, counted] = await Promise.all([
        columns(historyRef),
        query(`SELECT COUNT(*) AS n FROM \`${history}\``, {}, {}, 'read').catch((e) => e as Error),
      ]);
      // apply() reuses what this saw, as it does the registry's columns.
      seenHistory = Promise.resolve(have);
      if (have === null) return 0;
      checkHistoryColumns(have);
      if (counted instanceof Error) return fail('query', counted);
      return Number((counted[0] as { n: unknown }[])[0]?.n ?? 0);
    },
    async apply(plan: Plan, family: string, audit: Audit = { baseline: [], changes: [] }) {
      const [have, haveHistory] = await Promise.all([seen ?? columns(), seenHistory ?? columns(historyRef)]);
      if (have === null) {
        if (!opts.createTable) throw InputError.at(`bigquery:${table}`, 'table not found; create it with --create-table');
        await withRetry(() => ref.create({ schema: { fields: SCHEMA } }), transient).catch((e) =>
          status(e) === 409 ? undefined : fail('tables.insert', e),
        );
      } else {
        // sync --migrate: the columns first, as their own job (DDL on a permanent table cannot run inside the
        // sync's transaction); ADD COLUMN is additive and IF NOT EXISTS, so a MERGE that fails after it leaves a
        // table that still reads as before, and the next run finds nothing left to add.
        // The table is checked first: a column the sync cannot write is refused before the ALTER commits.
        const add = plan.migrate ?? [];
        adoption(have, true);
        if (add.length > 0) await query(addColumnsSql(table, add), {}, {}, 'migrate').catch((e) => fail('ALTER TABLE', e));
        adoption(
          new Map([...have, ...add.map((c): [string, TableColumn] => [c.name, { type: c.type, mode: 'NULLABLE', hasDefault: false }])]),
          false,
        );
      }
      // The history starts with the first sync that finds no history table: created here (DDL on a permanent table
      // cannot run inside a transaction), filled inside the sync's transaction.
      if (haveHistory === null)
        await withRetry(() => historyRef.create({ schema: { fields: HISTORY_SCHEMA } }), transient).catch((e) =>
          status(e) === 409 ? undefined : fail('tables.insert', e),
        );
      else checkHistoryColumns(haveHistory);
      const rows = Array.from(planRows(plan), toParam);
      const entries = [...audit.baseline, ...audit.changes].map(toEntryParam);
      const syncId = audit.changes[0]?.sync_id;
      const guard = audit.seen !== undefined && syncId !== undefined;
      const apply = (sql: string, params: Record<string, unknown>, types: Record<string, unknown>) =>
        query(
          sql,
          { family, delete: plan.delete, ...(guard ? { seen: audit.seen, sync_id: syncId } : {}), ...params },
          { family: 'STRING', delete: ['STRING'], ...(guard ? { seen: 'INT64', sync_id: 'STRING' } : {}), ...types },
          'sync',
        ).catch((e) => {
          if (String((e as Error).message).includes(MOVED_MARKER)) throw new RegistryMovedError(table);
          return fail('MERGE into', e);
        });
      // The common case: everything fits in one request, so the rows travel as parameters of the one script.
      if (batches([...rows, ...entries], batchBytes).length === 1)
        return void (await apply(
          syncScript(table, history, { rows: 'params' }, guard),
          { rows, entries },
          { rows: [ROW_TYPE], entries: [ENTRY_TYPE] },
        ));
      await staged(rows, entries, async (from) => void (await apply(syncScript(table, history, from, guard), {}, {})));
    },
  };

  /**
   * A sync too big for one request (10 MB) still commits as ONE transaction: its rows are first loaded into two
   * staging tables, batch by batch, then the script MERGEs from them. A failure or a kill before the script leaves the
   * registry and history untouched (only the staging tables, which expire after a day); the next run stages afresh.
   */
  async function staged(rows: Record<string, unknown>[], entries: Record<string, unknown>[], commit: (from: SyncSource) => Promise<void>) {
    const suffix = randomBytes(8).toString('hex');
    const stages = [
      { id: `${tableId}_staging_${suffix}`, fields: STAGE_SCHEMA, rows, type: ROW_TYPE },
      {
        id: `${historyId}_staging_${suffix}`,
        fields: HISTORY_SCHEMA.filter((f) => f.name !== 'changed_at'),
        rows: entries,
        type: ENTRY_TYPE,
      },
    ] as const;
    const refs = stages.map((st) => bq.dataset(dataset).table(st.id));
    try {
      await Promise.all(
        stages.map((st, i) =>
          withRetry(
            () =>
              (refs[i] as typeof ref).create({
                schema: { fields: st.fields },
                expirationTime: String(Date.now() + STAGING_TTL_MS),
                labels: { tool: 'model-governance', purpose: 'staging' },
              }),
            transient,
          ).catch((e) => (status(e) === 409 ? undefined : fail('tables.insert', e))),
        ),
      );
      for (const st of stages)
        for (const part of batches(st.rows as Record<string, unknown>[], batchBytes))
          if (part.length > 0)
            await query(
              stageSql(
                `${project}.${dataset}.${st.id}`,
                st.fields.map((f) => f.name),
              ),
              { rows: part },
              { rows: [st.type] },
              'sync-stage',
            ).catch((e) => fail('INSERT into staging', e));
      await commit({ rows: `${project}.${dataset}.${stages[0].id}`, entries: `${project}.${dataset}.${stages[1].id}` });
    } finally {
      // Best effort: a staging table left behind (a kill, a failed delete) expires on its own.
      await Promise.all(refs.map((r) => r.delete().catch(() => undefined)));
    }
  }
};

interface Field {
  name: string;
  type?: string;
  mode?: string;
  defaultValueExpression?: string;
}
// tables.get leaves mode out for NULLABLE; a default value expression fills a column an INSERT leaves out.
const tableColumn = (f: Field): TableColumn => {
  const mode = String(f.mode ?? 'NULLABLE').toUpperCase();
  return {
    type: String(f.type ?? '').toUpperCase(),
    mode: mode === 'REQUIRED' || mode === 'REPEATED' ? mode : 'NULLABLE',
    hasDefault: f.defaultValueExpression !== undefined,
  };
};

// The client sends a plain string typed DATE or TIMESTAMP as NULL; it must be wrapped.
const toParam = (r: RegistryRow): Record<string, unknown> =>
  Object.fromEntries(
    COLUMNS.map(([n, t]) => {
      const v = r[n];
      if (v === null) return [n, null];
      return [n, t === 'DATE' ? BigQuery.date(String(v)) : t === 'TIMESTAMP' ? BigQuery.timestamp(String(v)) : v];
    }),
  );

const toEntryParam = (e: HistoryEntry): Record<string, unknown> =>
  Object.fromEntries(WRITTEN.map(([n]) => [n, e[n as keyof HistoryEntry]]));

const plain = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v);

// The client returns DATE/TIMESTAMP wrapped; the row contract uses canonical strings.
const toRow = (r: Record<string, unknown>): RegistryRow =>
  Object.fromEntries(
    COLUMNS.map(([n, t]) => {
      const v = plain(r[n]) ?? null;
      if (v === null) return [n, null];
      if (t === 'TIMESTAMP') return [n, new Date(String(v)).toISOString()];
      if (t === 'INT64' || t === 'FLOAT64') return [n, Number(v)];
      if (t === 'JSON') return [n, canonicalFromStore(v)];
      return [n, v];
    }),
  ) as unknown as RegistryRow;

const toHistoryRow = (r: Record<string, unknown>): HistoryRow =>
  Object.fromEntries(
    HISTORY_COLUMNS.map(([n, t]) => {
      const v = plain(r[n]) ?? null;
      if (v === null) return [n, null];
      if (t === 'TIMESTAMP') return [n, microsIso(String(v))];
      if (t === 'INT64') return [n, Number(v)];
      return [n, v];
    }),
  ) as unknown as HistoryRow;

/** A timestamp as the client returns it, in the history's canonical form: ISO UTC with six fractional digits. */
export const microsIso = (v: string): string => {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(?:Z|\+00:?00)?$/.exec(v);
  if (m) return `${m[1]}T${m[2]}.${(`${m[3] ?? ''}000000`).slice(0, 6)}Z`;
  const d = new Date(v);
  return `${d.toISOString().slice(0, 19)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000Z`;
};
