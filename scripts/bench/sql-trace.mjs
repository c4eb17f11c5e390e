// Run the bundled CLI in-process with DuckDB's `run` wrapped, to count the statements a sync sends and their size.
// The bundle imports @duckdb/node-api at run time from the same node_modules, so it gets this patched instance.
// Usage: node sql-trace.mjs OUT_JSON CLI_JS ARGS...
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as duck from '@duckdb/node-api';

const [out, cli, ...args] = process.argv.slice(2);
const statements = [];
const size = (v) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x))?.length ?? 0;
// Every read helper (runAndReadAll, runAndRead) goes through run, so wrapping run sees each statement once.
const original = duck.DuckDBConnection.prototype.run;
duck.DuckDBConnection.prototype.run = function traced(sql, values, types) {
  statements.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 60), sqlBytes: Buffer.byteLength(sql), paramBytes: size(values) });
  return original.call(this, sql, values, types);
};
// Rows a sync stages through the appender (src/registry/duckdb-stage.ts) are counted per table, one entry each.
const createAppender = duck.DuckDBConnection.prototype.createAppender;
duck.DuckDBConnection.prototype.createAppender = async function traced(table, ...rest) {
  const a = await createAppender.call(this, table, ...rest);
  const entry = { sql: `APPEND ${table}`, sqlBytes: 0, paramBytes: 0, rows: 0 };
  statements.push(entry);
  const endRow = a.endRow.bind(a);
  a.endRow = () => {
    entry.rows++;
    return endRow();
  };
  return a;
};
process.on('exit', () => writeFileSync(out, JSON.stringify(statements)));
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
