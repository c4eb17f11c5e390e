// The DuckDB registry reads a table's columns through pragma_table_info, not information_schema.columns (whose views
// DuckDB builds on first use: most of a cold sync --dry-run's queries). Both must describe the same table the same
// way, and a table DuckDB's own name resolution finds (whatever its case) is the table the adapter reads and writes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS_FAST, COLUMNS_OF, duckdbRegistry } from '../../src/registry/duckdb.js';
import { runCli, workspace } from '../helpers/cli.js';
import { execSql, withDuck } from '../helpers/duckdb.js';

const both = (path: string, table: string) =>
  withDuck(path, async (c) => ({
    slow: (await c.runAndReadAll(COLUMNS_OF, { t: table })).getRows(),
    fast: await c.runAndReadAll(COLUMNS_FAST, { t: table }).then(
      (r) => r.getRows(),
      (e: Error) => e.message.split('\n')[0],
    ),
  }));

describe('the DuckDB registry’s column read', () => {
  it('says what information_schema says: names, type names, nullability and defaults, for tables and views', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-cols-')), 'r.duckdb');
    await execSql(
      path,
      `CREATE TYPE mood AS ENUM ('a', 'b');
       CREATE TABLE model_registry (model_id VARCHAR PRIMARY KEY, a VARCHAR NOT NULL, b BIGINT DEFAULT 3, c DOUBLE, d BOOLEAN,
         e DATE, f TIMESTAMP, g JSON, h DECIMAL(18, 3), i VARCHAR(10), j TIMESTAMPTZ, k STRUCT(x INTEGER, "y z" VARCHAR),
         l INTEGER[], m mood, n UUID, o BLOB, p HUGEINT, q TIME, r INTERVAL, s FLOAT, t MAP(VARCHAR, INTEGER),
         "Weird Name" TEXT DEFAULT 'x''y', u TIMESTAMP_NS, v INTEGER NOT NULL DEFAULT 7);
       CREATE VIEW model_registry_history AS SELECT model_id, b, "Weird Name" FROM model_registry;`,
    );
    const table = await both(path, 'model_registry');
    expect(table.slow).toHaveLength(24);
    expect(table.fast).toEqual(table.slow);
    const view = await both(path, 'model_registry_history');
    expect(view.slow).toHaveLength(3);
    expect(view.fast).toEqual(view.slow);
  });

  it('fails (so information_schema answers) when the default schema has no such table, even when another schema does', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-cols-')), 'r.duckdb');
    await execSql(path, 'CREATE SCHEMA other; CREATE TABLE other.model_registry (model_id VARCHAR)');
    expect(await both(path, 'model_registry')).toEqual({ slow: [], fast: expect.stringMatching(/model_registry does not exist/) });
  });

  it('a registry table spelled in another case (MODEL_REGISTRY) is the table: the plan sees its rows, and sync succeeds', async () => {
    // DuckDB resolves names case-insensitively, so the MERGE writes that table; the read used to compare the name
    // case-sensitively, planned every model as new, and the sync then failed its read-back (exit 3).
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    await execSql(ws.registry, 'ALTER TABLE model_registry RENAME TO "MODEL_REGISTRY"');
    const dry = await runCli(['sync', '--config', ws.config, '--dry-run']);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(/\(dry run, nothing written\): 0 to insert, 0 to update, 3 unchanged/);
    const sync = await runCli(['sync', '--config', ws.config]);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toMatch(/Synced 3 models to model_registry: 0 inserted, 0 updated, 3 unchanged/);
  });

  it('reads the same rows in one statement (every column there) as in two (a column missing, --migrate)', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const whole = await duckdbRegistry(ws.registry).read();
    expect(whole).toHaveLength(3);
    await execSql(ws.registry, 'ALTER TABLE model_registry DROP COLUMN notes');
    const registry = duckdbRegistry(ws.registry);
    const apart = await registry.read({ migrate: true });
    expect(apart).toEqual(whole.map((r) => ({ ...r, notes: null })));
    expect((await registry.migration())?.add.map((c) => c.name)).toEqual(['notes']);
  });
});
