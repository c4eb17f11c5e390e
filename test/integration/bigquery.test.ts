// The BigQuery registry through the real @google-cloud/bigquery client against the stand-in, the way the
// product reaches any BigQuery: BIGQUERY_EMULATOR_HOST and a token in GOOGLE_OAUTH_ACCESS_TOKEN.
import { readFileSync, writeFileSync } from 'node:fs';
import { BigQuery } from '@google-cloud/bigquery';
import { describe, expect, it } from 'vitest';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, workspace } from '../helpers/cli.js';

const TABLE = 'test-project.governance.model_registry';
const PROD = 'catboost_v9_33features_20260201_011018';
const standIn = useBigQueryStandIn('governance');

let n = 0;
/** A workspace whose registry is a fresh BigQuery table. */
const setup = () => {
  const table = `${TABLE}_${++n}`;
  const ws = workspace();
  writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:${table}`));
  return { ws, table, id: table.split('.')[2] as string };
};
const rows = (id: string) => standIn.bq.table('test-project', 'governance', id, { orderBy: 'model_id' });
const client = () => new BigQuery(standIn.bq.clientOptions());

describe('BigQuery registry', () => {
  it('seeds scenario: the wrong training_end_date is drift, sync repairs it, drift is clean (registry side)', async () => {
    const { ws, table, id } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    await client().query({
      query: `UPDATE \`${table}\` SET training_end_date = DATE '2026-01-31' WHERE model_id = @id`,
      params: { id: PROD },
    });
    const drift = JSON.parse((await runCli(['drift', '--config', ws.config, '--json'])).out);
    expect(drift.findings).toContainEqual(
      expect.objectContaining({ code: 'registry.field', field: 'training_end_date', expected: '2026-01-08', actual: '2026-01-31' }),
    );
    const sync = await runCli(['sync', '--config', ws.config]);
    expect(sync.out).toContain('Synced 3 models to model_registry_');
    expect(sync.out).toContain('0 inserted, 1 updated, 2 unchanged');
    const after = JSON.parse((await runCli(['drift', '--config', ws.config, '--json'])).out);
    expect(after.findings.filter((f: { code: string }) => f.code.startsWith('registry.'))).toEqual([]);
    const stored = await rows(id);
    expect(stored.find((r) => r.model_id === PROD)).toMatchObject({
      training_end_date: '2026-01-08',
      is_production: true,
      created_at: '2026-02-04T00:10:15.000Z',
    });
    expect(stored.find((r) => r.model_id === 'catboost_v9_2026_02')).toMatchObject({
      hit_rate_edge_3plus: null,
      evaluation_mae: null,
      promoted_at: null,
    });
    const second = await runCli(['sync', '--config', ws.config]);
    expect(second.out).toContain('0 inserted, 0 updated, 3 unchanged');
  });

  it('binds every value as a parameter: an injection string is stored verbatim and never appears in SQL text', async () => {
    const { ws, id } = setup();
    const evil = 'x\'; DROP TABLE model_registry; -- \\ " ` $(rm -rf /)';
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[evil] = { ...m.models.catboost_v9_2026_02, status: 'candidate', notes: `notes ${evil}` };
    writeFileSync(ws.manifest, JSON.stringify(m));
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const stored = await rows(id);
    expect(stored.find((r) => r.model_id === evil)?.notes).toBe(`notes ${evil}`);
    const values = [evil, PROD, '2026-01-08', '5b3a187b1b6d', 'Evaluated on Jan 9-31'];
    for (const q of standIn.bq.queries) for (const v of values) expect(q.sql).not.toContain(v);
  });

  it('retries a concurrent-update conflict and a 503, then succeeds', async () => {
    const { ws, id } = setup();
    standIn.bq.fault({ kind: 'concurrentUpdate', query: /^BEGIN TRANSACTION;\s*MERGE / });
    standIn.bq.fault({ method: 'POST', path: /\/queries$/, status: 503, times: 1 });
    const r = await runCli(['sync', '--config', ws.config, '--create-table']);
    expect(r.code).toBe(0);
    expect(await rows(id)).toHaveLength(3);
  });

  it('a permanent 403 exits 3 naming the permission, and the table is as before', async () => {
    const { ws, id } = setup();
    await runCli(['sync', '--config', ws.config, '--create-table']);
    const before = await rows(id);
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[PROD].notes = 'changed';
    writeFileSync(ws.manifest, JSON.stringify(m));
    standIn.bq.fault({
      kind: 'accessDenied',
      query: /^BEGIN TRANSACTION;\s*MERGE /,
      times: Number.POSITIVE_INFINITY,
      message: 'Access Denied: Table test-project:governance.x: Permission bigquery.tables.updateData denied',
    });
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/BigQuery MERGE into .* bigquery\.tables\.updateData/);
    expect(await rows(id)).toEqual(before);
  });

  it('a missing table is a clear error without --create-table, and a schema without a column names it', async () => {
    const { ws, id } = setup();
    const missing = await runCli(['sync', '--config', ws.config]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/table not found; create it with --create-table/);
    await standIn.bq.createTable('test-project', 'governance', id, [
      { name: 'model_id', type: 'STRING', mode: 'REQUIRED' },
      { name: 'family', type: 'STRING' },
    ]);
    const mismatch = await runCli(['sync', '--config', ws.config]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toMatch(/has no column model_version, file, gcs_path/);
  });

  it('sends maximumBytesBilled and labels with every query', async () => {
    const { ws, id } = setup();
    await runCli(['sync', '--config', ws.config, '--create-table']);
    const mine = standIn.bq.queries.filter((q) => q.sql.includes(`.${id}\``));
    expect(mine.length).toBeGreaterThan(0);
    for (const q of mine) {
      expect(Number(q.maximumBytesBilled)).toBeGreaterThanOrEqual(10_485_760);
      expect(q.labels).toMatchObject({ tool: 'model-governance' });
    }
  });

  it('a second sync updates in place: the table keeps one row per model', async () => {
    const { ws, id } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[PROD].notes = 'second sync';
    writeFileSync(ws.manifest, JSON.stringify(m));
    const second = await runCli(['sync', '--config', ws.config]);
    expect(second.out).toContain('0 inserted, 1 updated, 2 unchanged');
    // The second MERGE carries every manifest row (unchanged ones too): each must match its row, not add another.
    const stored = await rows(id);
    expect(stored.map((r) => r.model_id)).toEqual(['catboost_v9_2026_02', PROD, 'catboost_v9_feb_02_retrain']);
    expect(stored.find((r) => r.model_id === PROD)?.notes).toBe('second sync');
  });

  it("--prune deletes this family's extra rows, and only with the flag; other families keep theirs", async () => {
    const { ws, id } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const base = (await rows(id)).find((r) => r.model_id === PROD) as Record<string, unknown>;
    await standIn.bq.insertRows('test-project', 'governance', id, [
      { ...base, model_id: 'catboost_v9_orphan', is_production: false },
      { ...base, model_id: 'xgb_other_family', family: 'xgb', is_production: false },
    ]);
    const kept = await runCli(['sync', '--config', ws.config]);
    expect(kept.code).toBe(0);
    expect(kept.out).toMatch(/catboost_v9_orphan is in model_registry_\d+ but not in the manifest; kept/);
    expect(await rows(id)).toHaveLength(5);
    const pruned = await runCli(['sync', '--config', ws.config, '--prune']);
    expect(pruned.code, pruned.err).toBe(0);
    expect(pruned.out).toContain('0 inserted, 0 updated, 3 unchanged, 1 deleted');
    expect((await rows(id)).map((r) => r.model_id)).toEqual([
      'catboost_v9_2026_02',
      PROD,
      'catboost_v9_feb_02_retrain',
      'xgb_other_family',
    ]);
    expect((await runCli(['sync', '--config', ws.config, '--prune'])).out).toContain('0 inserted, 0 updated, 3 unchanged');
  });

  it('reads the table back after the MERGE and exits 3 when it does not hold the manifest', async () => {
    const { ws, table } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[PROD].notes = 'from this sync';
    writeFileSync(ws.manifest, JSON.stringify(m));
    // Hold the read-back (this sync's second SELECT) and let another writer change the row first.
    let selects = 0;
    const readBack = standIn.bq.hold((sql) => sql.startsWith('SELECT') && sql.includes(`\`${table}\``) && ++selects === 2);
    void readBack.reached.then(async () => {
      await client().query({ query: `UPDATE \`${table}\` SET notes = 'another writer' WHERE model_id = @id`, params: { id: PROD } });
      readBack.release();
    });
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/verify after sync .*read-back differs from the manifest: 0 inserted, 1 updated, 2 unchanged/);
  });
});
