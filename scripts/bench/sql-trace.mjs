// Run the bundled CLI in-process with DuckDB's native bindings wrapped, to count the statements a sync sends and their
// size. The bundle holds @duckdb/node-api's JavaScript but requires @duckdb/node-bindings (or its addon file) from
// node_modules at run time, so it gets the traced copy this puts in the CommonJS cache (the addon's own exports are
// read-only).
// Usage: node sql-trace.mjs OUT_JSON CLI_JS ARGS...
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [out, cli, ...args] = process.argv.slice(2);
const require = createRequire(pathToFileURL(cli));
const path = require.resolve('@duckdb/node-bindings');
const native = require(path);
const bindings = Object.fromEntries(Object.getOwnPropertyNames(native).map((k) => [k, native[k]]));
require.cache[path].exports = bindings;
// On Linux the bundle requires the addon file itself (src/registry/duckdb-addon.ts), the one the package's entry
// returned: that cache entry gets the traced copy too.
for (const m of Object.values(require.cache)) if (m.filename.endsWith('.node') && m.exports === native) m.exports = bindings;
const statements = [];
// Every statement reaches DuckDB as text through one of these: query (no parameters), extract_statements (run with
// parameters, then bound and executed) or prepare.
for (const name of ['query', 'extract_statements', 'prepare']) {
  const original = bindings[name];
  bindings[name] = function traced(connection, sql, ...rest) {
    statements.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 60), sqlBytes: Buffer.byteLength(sql), paramBytes: 0 });
    return original.call(native, connection, sql, ...rest);
  };
}
// Bound values are built from scalars before they are bound to the last statement: strings count their UTF-8 bytes,
// numbers 8, booleans 1 (the data, without the JSON keys and punctuation the old trace counted).
const sizes = { create_varchar: (s) => Buffer.byteLength(s), create_int64: () => 8, create_double: () => 8, create_bool: () => 1 };
for (const [name, size] of Object.entries(sizes)) {
  const original = bindings[name];
  bindings[name] = function traced(value, ...rest) {
    const last = statements.at(-1);
    if (last) last.paramBytes += size(value);
    return original.call(native, value, ...rest);
  };
}
// Rows a sync stages through the appender (src/registry/duckdb-stage.ts): one entry per appender, counting its rows
// and the bytes of the values appended (sized as bound values are).
const appenders = new WeakMap();
// node-api creates appenders with appender_create_ext(connection, catalog, schema, table).
const appenderCreate = bindings.appender_create_ext;
bindings.appender_create_ext = function traced(connection, catalog, schema, table, ...rest) {
  const a = appenderCreate.call(native, connection, catalog, schema, table, ...rest);
  const entry = { sql: `APPEND ${table}`, sqlBytes: 0, paramBytes: 0, rows: 0 };
  statements.push(entry);
  appenders.set(a, entry);
  return a;
};
const endRow = bindings.appender_end_row;
bindings.appender_end_row = function traced(a, ...rest) {
  const entry = appenders.get(a);
  if (entry) entry.rows++;
  return endRow.call(native, a, ...rest);
};
const appendSizes = { append_varchar: (s) => Buffer.byteLength(s), append_int64: () => 8, append_double: () => 8, append_bool: () => 1 };
for (const [name, size] of Object.entries(appendSizes)) {
  const original = bindings[name];
  bindings[name] = function traced(a, value, ...rest) {
    const entry = appenders.get(a);
    if (entry) entry.paramBytes += size(value);
    return original.call(native, a, value, ...rest);
  };
}
process.on('exit', () => writeFileSync(out, JSON.stringify(statements)));
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
