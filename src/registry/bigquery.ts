// The production registry: a BigQuery table. Reading is one query; sync is ONE parameterized MERGE per
// batch (USING UNNEST(@rows) with explicit types) — no manifest value ever enters SQL text.
import { BigQuery } from '@google-cloud/bigquery';
import type { Plan } from '../checks/plan.js';
import { InputError, ServiceError } from '../errors.js';
import type { Registry } from '../ports.js';
import { httpIdleTimeout, tokenAuth } from '../util/google.js';
import { isNetworkFailure, withRetry } from '../util/retry.js';
import { COLUMNS, type ColumnType, type RegistryRow } from './row.js';

/** Project (optionally domain-scoped), dataset, table: validated, because identifiers cannot be parameters. */
const ADDRESS = /^((?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([A-Za-z0-9_-]{1,1024})$/;

// Limits, from the BigQuery quotas page ("Query jobs"): a request is at most 10 MB and the resolved query
// 12 MB. Rows go in the request as parameters, so batches keep each request under 8 MB with room to spare.
export const BATCH_BYTES = 8 * 1024 * 1024;
export const MAX_BYTES_BILLED = String(1024 ** 3);

const PARAM_TYPES: Record<ColumnType, string> = {
  STRING: 'STRING',
  INT64: 'INT64',
  FLOAT64: 'FLOAT64',
  BOOL: 'BOOL',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
};
const ROW_TYPE = Object.fromEntries(COLUMNS.map(([n, t]) => [n, PARAM_TYPES[t]]));
const SCHEMA = COLUMNS.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));

export const mergeSql = (table: string): string => `MERGE \`${table}\` AS t
USING (SELECT * FROM UNNEST(@rows)) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${COLUMNS.filter(([n]) => n !== 'model_id')
  .map(([n]) => `t.${n} IS DISTINCT FROM s.${n}`)
  .join(' OR ')})
  THEN UPDATE SET ${COLUMNS.filter(([n]) => n !== 'model_id')
    .map(([n]) => `${n} = s.${n}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${COLUMNS.map(([n]) => n).join(', ')}) VALUES (${COLUMNS.map(([n]) => `s.${n}`).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = @family AND t.model_id IN UNNEST(@delete)
  THEN DELETE`;

export const selectSql = (table: string): string => `SELECT ${COLUMNS.map(([n]) => n).join(', ')} FROM \`${table}\` ORDER BY model_id`;

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

export const bigqueryRegistry = (address: string, opts: { location: string | undefined; createTable: boolean }): Registry => {
  const m = ADDRESS.exec(address);
  if (!m) throw InputError.at(`bigquery:${address}`, 'must be bigquery:PROJECT.DATASET.TABLE');
  const [, project, dataset, tableId] = m as unknown as [string, string, string, string];
  const table = `${project}.${dataset}.${tableId}`;
  httpIdleTimeout();
  // The client's own retries are off (as for Cloud Storage and Cloud Run): withRetry is the one policy, so a lasting
  // failure costs DEFAULT_RETRY.attempts requests, not four times as many, each behind the library's second-long waits.
  // `transient` covers what the library retried (408, 429, 5xx, the rate-limit reasons, dropped connections).
  const bq = new BigQuery({
    projectId: project,
    ...(opts.location ? { location: opts.location } : {}),
    retryOptions: { autoRetry: false },
    ...tokenAuth(),
  });
  const ref = bq.dataset(dataset).table(tableId);

  const fail = (operation: string, e: unknown): never => {
    if (e instanceof InputError || e instanceof ServiceError) throw e;
    const code = status(e);
    const msg = (e as Error).message ?? String(e);
    const detail =
      code === 403
        ? `${msg} (the identity needs ${operation.startsWith('MERGE') ? 'roles/bigquery.dataEditor' : 'roles/bigquery.dataViewer'} and roles/bigquery.jobUser)`
        : msg;
    throw new ServiceError('BigQuery', `${operation} ${table}`, detail, { cause: e });
  };

  /** The table's columns, or null when it does not exist. */
  const columns = async (): Promise<Set<string> | null> => {
    try {
      const [meta] = await withRetry(() => ref.getMetadata(), transient);
      return new Set(((meta as { schema?: { fields?: { name: string }[] } }).schema?.fields ?? []).map((f) => f.name));
    } catch (e) {
      if (status(e) === 404) return null;
      return fail('tables.get', e);
    }
  };
  const checkColumns = (have: Set<string>): void => {
    const missing = COLUMNS.map(([n]) => n).filter((n) => !have.has(n));
    if (missing.length)
      throw InputError.at(`bigquery:${table}`, `has no column ${missing.join(', ')}; it does not have the registry schema`);
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
  let seen: Set<string> | null | undefined;
  return {
    name: tableId,
    async read() {
      const [have, rows] = await Promise.all([columns(), query(selectSql(table), {}, {}, 'read').catch((e) => e as Error)]);
      seen = have;
      if (have === null) {
        if (opts.createTable) return [];
        throw InputError.at(`bigquery:${table}`, 'table not found; create it with --create-table');
      }
      checkColumns(have);
      if (rows instanceof Error) return fail('query', rows);
      return (rows[0] as Record<string, unknown>[]).map(toRow);
    },
    async apply(plan: Plan, family: string) {
      const have = seen ?? (await columns());
      if (have === null) {
        if (!opts.createTable) throw InputError.at(`bigquery:${table}`, 'table not found; create it with --create-table');
        await withRetry(() => ref.create({ schema: { fields: SCHEMA } }), transient).catch((e) =>
          status(e) === 409 ? undefined : fail('tables.insert', e),
        );
      } else checkColumns(have);
      const rows = [...plan.insert, ...plan.update.map((u) => u.row)].map(toParam);
      const parts = batches(rows);
      // Deletions ride with the last batch, so the common case (one batch) stays one atomic statement.
      for (const [i, part] of parts.entries()) {
        const del = i === parts.length - 1 ? plan.delete : [];
        await query(
          mergeSql(table),
          { rows: part, family, delete: del },
          { rows: [ROW_TYPE], family: 'STRING', delete: ['STRING'] },
          'sync',
        ).catch((e) => fail(`MERGE into`, e));
      }
    },
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

const plain = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v);

// The client returns DATE/TIMESTAMP wrapped; the row contract uses canonical strings.
const toRow = (r: Record<string, unknown>): RegistryRow =>
  Object.fromEntries(
    COLUMNS.map(([n, t]) => {
      const v = plain(r[n]) ?? null;
      if (v === null) return [n, null];
      if (t === 'TIMESTAMP') return [n, new Date(String(v)).toISOString()];
      if (t === 'INT64' || t === 'FLOAT64') return [n, Number(v)];
      return [n, v];
    }),
  ) as unknown as RegistryRow;
