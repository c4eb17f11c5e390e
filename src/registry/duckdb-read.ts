// Registry rows out of DuckDB as one JSON text per row. The client converts a result cell by cell (a UTF-8 decode and
// a JS value per cell): for 10,000 rows of 19 columns that was most of a plan's read. DuckDB writes each row as JSON
// instead, and the native JSON.parse builds the object. Same values: dates and timestamps in the same canonical
// strings as before, the metrics JSON in its canonical text, doubles in shortest round-trip form (-0 kept), BIGINT as the nearest double (as Number(bigint)).
import type { DuckDBResult } from '@duckdb/node-api';
import { canonicalFromStore } from './metrics.js';
import type { ColumnType } from './row.js';

// JSON has no NaN or infinities: DuckDB would write bare NaN/Infinity (invalid JSON), so those travel as strings.
const NON_FINITE: Record<string, number> = {
  nan: Number.NaN,
  '-nan': Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
};

const field = (n: string, t: ColumnType): string => {
  if (t === 'JSON') return `CAST(${n} AS VARCHAR)`; // as text, so the row mapping's canonical form is compared
  if (t === 'DATE') return `strftime(${n}, '%Y-%m-%d')`;
  if (t === 'TIMESTAMP') return `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%gZ')`;
  if (t === 'FLOAT64') return `CASE WHEN isfinite(${n}) OR ${n} IS NULL THEN to_json(${n}) ELSE to_json(CAST(${n} AS VARCHAR)) END`;
  return n;
};

/**
 * The select expression: one JSON object per row, with the columns' own names (which come from code, never data). A
 * column the table lacks (sync --migrate adds it) reads as NULL.
 */
export const jsonRowSelect = (
  columns: readonly (readonly [string, ColumnType, ...unknown[]])[],
  present: (n: string) => boolean = () => true,
): string => `to_json({${columns.map(([n, t]) => `${n}: ${present(n) ? field(n, t) : 'NULL'}`).join(', ')}})`;

/**
 * One row back from its JSON text. DuckDB writes every struct field, NULL as null, in column order, so the parsed
 * object is the row as it is; only non-finite doubles are restored from their strings.
 */
export const rowFromJson = <R>(columns: readonly (readonly [string, ColumnType, ...unknown[]])[], text: string): R => {
  const row = JSON.parse(text) as Record<string, unknown>;
  for (const [n, t] of columns) {
    const v = row[n];
    if (v === undefined) row[n] = null;
    else if (t === 'JSON') row[n] = canonicalFromStore(v);
    else if (t === 'FLOAT64' && typeof v === 'string') row[n] = NON_FINITE[v.toLowerCase()] ?? Number(v);
  }
  return row as R;
};

/**
 * Each row of a result (a stream: DuckDB makes each chunk as it is fetched), as its first `width` cells, chunk by
 * chunk (up to 2,048 rows): a chunk's texts are turned into rows and dropped before the next chunk is fetched. A
 * materialized result read with getRows held DuckDB's copy of every text, then every text again in JS with a cell
 * array per row, until the last row was read; a 10,000-row apply (which reads twice) peaked about 12 MiB higher.
 */
export const eachRow = async (result: DuckDBResult, width: 1 | 2, visit: (first: unknown, second: unknown) => void): Promise<void> => {
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const a = chunk.getColumnVector(0);
    const b = width === 2 ? chunk.getColumnVector(1) : undefined;
    for (let r = 0; r < chunk.rowCount; r++) visit(a.getItem(r), b?.getItem(r));
  }
};
