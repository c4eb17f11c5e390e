// The write floor for sync: one raw `INSERT ... SELECT unnest($rows)` of the same rows, straight through
// @duckdb/node-api, into an empty table with the registry's schema. Prints JSON timings.
// Usage: node duck-floor.mjs DB_PATH ROWS_JSON
import { readFileSync } from 'node:fs';
import * as duck from '@duckdb/node-api';

const [path, rowsFile] = process.argv.slice(2);
const t0 = performance.now();
const rows = JSON.parse(readFileSync(rowsFile, 'utf8'));
const db = await duck.DuckDBInstance.create(path);
const c = await db.connect();
const cols = (
  await c.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'model_registry' ORDER BY ordinal_position`,
  )
).getRows();
// Bind dates and timestamps as strings, as the product does; the INSERT casts them to the column type.
const typeOf = (t) => (t === 'BIGINT' ? duck.BIGINT : t === 'DOUBLE' ? duck.DOUBLE : t === 'BOOLEAN' ? duck.BOOLEAN : duck.VARCHAR);
const rowType = duck.LIST(duck.STRUCT(Object.fromEntries(cols.map(([n, t]) => [n, typeOf(t)]))));
const list = duck.listValue(rows.map((r) => duck.structValue(Object.fromEntries(cols.map(([n]) => [n, r[n]])))));
const t1 = performance.now();
await c.run('INSERT INTO model_registry SELECT unnest($rows, recursive := true)', { rows: list }, { rows: rowType });
const t2 = performance.now();
const n = Number((await c.runAndReadAll('SELECT count(*) FROM model_registry')).getRows()[0][0]);
c.closeSync();
db.closeSync();
process.stdout.write(JSON.stringify({ rows: n, prepareMs: t1 - t0, insertMs: t2 - t1 }));
