// Rows into a DuckDB statement without binding them as one list parameter. A list parameter of 10,000 rows is a
// tree of native values, each cell its own allocation: binding the plan's rows that way took most of the 726 MiB
// a 10,000-model apply peaked at. Instead the rows go through DuckDB's appender into a connection-local TEMP table,
// one flushed chunk at a time, and the statement reads that table. The caller creates it inside its transaction,
// so a failure (or a kill) at any batch leaves nothing: a temp table lives and dies with its connection, and the
// registry is only touched by the one statement that reads it, inside the same transaction.
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';

/** How many rows the appender holds before it hands them to DuckDB: bounds the JS-side and native buffers. */
export const STAGE_BATCH_ROWS = 2048;

export type StageType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

type Cell = string | number | boolean | null;

const append = (a: DuckDBAppender, t: StageType, v: Cell): void => {
  if (v === null || v === undefined) a.appendNull();
  else if (t === 'BIGINT') a.appendBigInt(BigInt(v as number));
  else if (t === 'DOUBLE') a.appendDouble(v as number);
  else if (t === 'BOOLEAN') a.appendBoolean(v as boolean);
  else a.appendVarchar(String(v));
};

/**
 * Creates TEMP table `name` with `columns` and appends `rows` (each read by column name), flushing every `batch`
 * rows. Must run inside the caller's transaction, on the connection the statement that reads the table uses.
 */
export const stageRows = async <R extends object>(
  c: DuckDBConnection,
  name: string,
  columns: readonly (readonly [string, StageType])[],
  rows: Iterable<R>,
  batch = STAGE_BATCH_ROWS,
): Promise<number> => {
  // Identifiers come from the column lists in code, never from data.
  await c.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`);
  const a = await c.createAppender(name, 'main', 'temp');
  let n = 0;
  try {
    for (const row of rows) {
      const r = row as Record<string, Cell>;
      for (const [col, t] of columns) append(a, t, r[col] ?? null);
      a.endRow();
      if (++n % batch === 0) a.flushSync();
    }
  } catch (e) {
    // The first failure is the one to report; closing may fail again on the same rows.
    try {
      a.closeSync();
    } catch {}
    throw e;
  }
  a.closeSync(); // flushes the last, partial batch
  return n;
};
