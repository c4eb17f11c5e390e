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
 * A reader of rows from their JSON texts (one reader a read). DuckDB writes every struct field, NULL as null, in column
 * order, so a parsed object is the row as it is; only the metrics text is put in its canonical form and non-finite
 * doubles are restored from their strings. Only those columns are visited in each row: a loop over all 20 names of
 * every row (a keyed read each) cost a 10,000-row read more than JSON.parse did. Every text is the same struct, so
 * the first row says whether a column is missing; only then is each row filled in name by name, as before.
 */
export const rowReader = <R>(columns: readonly (readonly [string, ColumnType, ...unknown[]])[]): ((text: string) => R) => {
  const names = columns.map(([n]) => n);
  const json = columns.filter(([, t]) => t === 'JSON').map(([n]) => n);
  const doubles = columns.filter(([, t]) => t === 'FLOAT64').map(([n]) => n);
  let complete: boolean | undefined;
  return (text) => {
    const row = JSON.parse(text) as Record<string, unknown>;
    complete ??= names.every((n) => row[n] !== undefined);
    if (!complete) for (const n of names) if (row[n] === undefined) row[n] = null;
    for (let k = 0; k < json.length; k++) {
      const n = json[k] as string;
      row[n] = canonicalFromStore(row[n]);
    }
    for (let k = 0; k < doubles.length; k++) {
      const n = doubles[k] as string;
      const v = row[n];
      if (typeof v === 'string') row[n] = NON_FINITE[v.toLowerCase()] ?? Number(v);
    }
    return row as R;
  };
};

/**
 * Each row of a result (a stream: DuckDB makes each chunk as it is fetched), as its first `width` cells, chunk by
 * chunk (up to 2,048 rows): a chunk's texts are turned into rows and dropped before the next chunk is fetched. A
 * materialized result read with getRows held DuckDB's copy of every text, then every text again in JS with a cell
 * array per row, until the last row was read; a 10,000-row apply (which reads twice) peaked about 12 MiB higher.
 */
export const eachRow = async (result: DuckDBResult, width: 1 | 2, visit: (first: unknown, second: unknown) => void): Promise<void> => {
  for (let chunk = await result.fetchChunk(); chunk; chunk = await result.fetchChunk()) {
    // rowCount is a native call: asked once a chunk, not once a row (10,000 calls were 2 ms of a plan's read).
    const rows = chunk.rowCount;
    if (rows === 0) break;
    const a = chunk.getColumnVector(0);
    const b = width === 2 ? chunk.getColumnVector(1) : undefined;
    for (let r = 0; r < rows; r++) visit(a.getItem(r), b?.getItem(r));
  }
};
