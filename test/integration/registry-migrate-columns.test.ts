// Adopting a table whose columns are not quite ours (review of issue 11's sync --migrate): a column of ours spelled
// in another case (both backends match names case-insensitively), a column the sync cannot fill (NOT NULL /
// REQUIRED with no default), a column of ours in a mode the sync cannot write (REPEATED), and a second table of the
// same name in another DuckDB schema. Each is adopted or refused (exit 2, one line) before anything is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { BigQuery } from '@google-cloud/bigquery';
import { describe, expect, it } from 'vitest';
import { duckdbRegistry } from '../../src/registry/duckdb.js';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { execSql, selectRows } from '../helpers/duckdb.js';
import { bqType, SEED_COLUMNS, SEED_ROWS, seedDuckRegistry } from '../helpers/seeds.js';

const PROD = 'catboost_v9_33features_20260201_011018';
type Field = { name: string; type: string; mode: string; defaultValueExpression?: string };

const duckColumns = async (ws: Workspace, schema = 'main') =>
  (
    await selectRows(
      ws.registry,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'model_registry' AND table_schema = '${schema}' ORDER BY ordinal_position`,
    )
  ).map((r) => String(r.column_name));

const registryFindings = async (ws: Workspace) => {
  const r = await runCli(['drift', '--config', ws.config, '--json']);
  if (r.out === '') throw new Error(`exit ${r.code}: ${r.err}`);
  const body = JSON.parse(r.out);
  return ((Array.isArray(body) ? body[0] : body).findings as { code: string }[]).filter((f) => f.code.startsWith('registry.'));
};

describe('sync --migrate on DuckDB: column names, required columns, schemas', () => {
  it('a column of ours spelled in another case (Status) is that column: nothing re-added, values kept, a rerun is a no-op', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry);
    // DuckDB cannot rename a column to a case-only variant of its name: through a temporary name.
    await execSql(ws.registry, 'ALTER TABLE model_registry RENAME COLUMN status TO status_tmp');
    await execSql(ws.registry, 'ALTER TABLE model_registry RENAME COLUMN status_tmp TO "Status"');
    await execSql(ws.registry, 'ALTER TABLE model_registry RENAME COLUMN model_id TO "MODEL_ID"');
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('4 columns added, 0 inserted, 3 updated, 0 unchanged');
    expect(sync.out).not.toContain('status STRING');
    expect(await duckColumns(ws)).toContain('Status');
    expect(await duckColumns(ws)).not.toContain('status');
    const rows = await selectRows(ws.registry, 'SELECT model_id AS model_id, status AS status FROM model_registry ORDER BY model_id');
    expect(rows.find((r) => r.model_id === PROD)?.status).toBe('production');
    expect(await registryFindings(ws)).toEqual([]);
    const again = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('0 inserted, 0 updated, 3 unchanged');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
  });

  it('a history table whose columns are spelled in another case is still the history', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    await execSql(ws.registry, 'ALTER TABLE model_registry_history RENAME COLUMN seq TO seq_tmp');
    await execSql(ws.registry, 'ALTER TABLE model_registry_history RENAME COLUMN seq_tmp TO "SEQ"');
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[PROD].notes = 'changed';
    writeFileSync(ws.manifest, JSON.stringify(m, null, 2));
    const sync = await runCli(['sync', '--config', ws.config]);
    expect(sync.code, sync.err).toBe(0);
    const history = await runCli(['history', '--config', ws.config, '--json']);
    expect(history.code, history.err).toBe(0);
    // Read under our names: the hand-spelled SEQ still fills seq.
    const rows = await duckdbRegistry(ws.registry).readHistory();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.map((r) => typeof r.seq)).toEqual(rows.map(() => 'number'));
  });

  it('refuses a column not ours that is NOT NULL with no default (the sync inserts rows without it): exit 2, nothing changed', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry, `, owner VARCHAR NOT NULL DEFAULT 'x'`);
    await execSql(ws.registry, 'ALTER TABLE model_registry ALTER COLUMN owner DROP DEFAULT');
    const before = await selectRows(ws.registry, 'SELECT COLUMNS(*)::VARCHAR FROM model_registry ORDER BY model_id');
    for (const args of [
      ['sync', '--migrate'],
      ['sync', '--migrate', '--dry-run'],
    ]) {
      const r = await runCli([...args, '--config', ws.config]);
      expect(r.code, r.err).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/table model_registry has column owner NOT NULL with no default: the sync inserts rows without it/);
    }
    expect(await duckColumns(ws)).toEqual([...SEED_COLUMNS, 'owner']);
    expect(await selectRows(ws.registry, 'SELECT COLUMNS(*)::VARCHAR FROM model_registry ORDER BY model_id')).toEqual(before);
  });

  it('adopts a NOT NULL column not ours that has a default: inserted rows take the default', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry, `, owner VARCHAR NOT NULL DEFAULT 'ml-platform'`);
    await execSql(ws.registry, `DELETE FROM model_registry WHERE model_id = $id`, { id: PROD });
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('4 columns added, 1 inserted, 2 updated, 0 unchanged');
    const rows = await selectRows(
      ws.registry,
      'SELECT model_id, owner FROM model_registry WHERE model_id = $id'.replace('$id', `'${PROD}'`),
    );
    expect(rows).toEqual([{ model_id: PROD, owner: 'ml-platform' }]);
  });

  it('refuses a column of ours that is NOT NULL where the sync may write NULL', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry);
    await execSql(ws.registry, 'ALTER TABLE model_registry ALTER COLUMN model_version SET NOT NULL');
    // The manifest has no model_version for one model: the sync would write NULL there.
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    delete m.models[PROD].model_version;
    writeFileSync(ws.manifest, JSON.stringify(m, null, 2));
    const r = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/table model_registry has column model_version NOT NULL: the sync writes NULL into it/);
    expect(await duckColumns(ws)).toEqual(SEED_COLUMNS);
  });

  it('a model_registry in another schema of the same file is not this table (sync --migrate and drift)', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry);
    await execSql(ws.registry, 'CREATE SCHEMA other; CREATE TABLE other.model_registry (model_id VARCHAR, extra_thing INTEGER NOT NULL)');
    await execSql(ws.registry, 'CREATE TABLE other.model_registry_history (model_id VARCHAR)');
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('4 columns added, 0 inserted, 3 updated, 0 unchanged');
    expect(await registryFindings(ws)).toEqual([]);
    expect((await runCli(['history', '--config', ws.config])).code).toBe(0);
    expect(await duckColumns(ws, 'other')).toEqual(['model_id', 'extra_thing']);
  });
});

describe('sync --migrate on BigQuery: column names and modes', () => {
  const standIn = useBigQueryStandIn('columns');
  let n = 0;
  /** The seeds' table with `fields` changed by `edit`; returns the workspace pointed at it. */
  const setup = async (edit: (f: Field[]) => Field[], rows = SEED_ROWS) => {
    const id = `model_registry_cols_${++n}`;
    const ws = workspace();
    writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:test-project.columns.${id}`));
    const fields = edit(SEED_COLUMNS.map((c) => ({ name: c, type: bqType(c), mode: c === 'model_id' ? 'REQUIRED' : 'NULLABLE' })));
    await standIn.bq.createTable('test-project', 'columns', id, fields);
    const names = new Map(fields.map((f) => [f.name.toLowerCase(), f.name]));
    if (rows.length > 0)
      await standIn.bq.insertRows(
        'test-project',
        'columns',
        id,
        rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names.get(k) ?? k, v]))),
      );
    return { ws, id };
  };
  const written = (id: string) => standIn.bq.queries.filter((q) => q.sql.includes(`.${id}\``) && !q.sql.startsWith('SELECT'));

  it('a column of ours spelled in another case (Status): one ALTER for the missing columns only, values kept, a rerun sends nothing', async () => {
    const { ws, id } = await setup((f) => f.map((c) => (c.name === 'status' ? { ...c, name: 'Status' } : c)));
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('4 columns added, 0 inserted, 3 updated, 0 unchanged');
    expect(sync.out).not.toMatch(/status: .* → /);
    const alters = () => written(id).filter((q) => q.sql.startsWith('ALTER TABLE'));
    expect(alters()).toHaveLength(1);
    expect(alters()[0]?.sql).not.toMatch(/status/i);
    const rows = await standIn.bq.table('test-project', 'columns', id, { orderBy: 'model_id' });
    expect(rows.find((r) => r.model_id === PROD)?.Status).toBe('production');
    expect(await registryFindings(ws)).toEqual([]);
    const again = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('0 inserted, 0 updated, 3 unchanged');
    expect(alters()).toHaveLength(1);
  });

  it('refuses a REQUIRED column not ours, before any ALTER (exit 2, one line)', async () => {
    const { ws, id } = await setup((f) => [...f, { name: 'owner', type: 'STRING', mode: 'REQUIRED' }], []);
    const r = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(r.code, r.err).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/table model_registry_cols_\d+ has column owner REQUIRED with no default: the sync inserts rows without it/);
    expect(written(id)).toEqual([]);
  });

  it('adopts a REQUIRED column not ours that has a default value: an inserted row takes it', async () => {
    const { ws, id } = await setup(
      (f) => [...f, { name: 'owner', type: 'STRING', mode: 'REQUIRED', defaultValueExpression: "'ml-platform'" }],
      SEED_ROWS.filter((r) => r.model_id !== PROD).map((r) => ({ ...r, owner: 'research' })),
    );
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('4 columns added, 1 inserted, 2 updated, 0 unchanged');
    const rows = await standIn.bq.table('test-project', 'columns', id, { orderBy: 'model_id' });
    expect(rows.map((r) => [r.model_id, r.owner])).toEqual([
      ['catboost_v9_2026_02', 'research'],
      [PROD, 'ml-platform'],
      ['catboost_v9_feb_02_retrain', 'research'],
    ]);
  });

  it('refuses a column of ours that is REPEATED, before any ALTER', async () => {
    const { ws, id } = await setup((f) => f.map((c) => (c.name === 'notes' ? { ...c, mode: 'REPEATED' } : c)), []);
    const r = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/has column notes REPEATED: the sync writes one value/);
    expect(written(id)).toEqual([]);
    const [meta] = await new BigQuery(standIn.bq.clientOptions()).dataset('columns').table(id).getMetadata();
    expect(meta.schema.fields.map((f: { name: string }) => f.name)).toEqual(SEED_COLUMNS);
  });
});
