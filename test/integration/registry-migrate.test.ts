// Adopting the seeds' registry table (issue 11): their model_registry has no family, file, gcs_path (nor metrics)
// column, and its three rows carry the wrong training_end_date. Without --migrate it is refused and left alone;
// `--dry-run --migrate` shows the ALTERs first and writes nothing; `--migrate` adds the columns, the MERGE fills them
// and fixes the date, drift is then clean, and a second run plans and writes nothing. Through each real backend.
import { readFileSync, writeFileSync } from 'node:fs';
import { BigQuery } from '@google-cloud/bigquery';
import { describe, expect, it } from 'vitest';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { execSql, selectRows } from '../helpers/duckdb.js';
import { bqType, NEW_COLUMNS, SEED_COLUMNS, SEED_ROWS, seedDuckRegistry } from '../helpers/seeds.js';

const PROD = 'catboost_v9_33features_20260201_011018';
const MISSING = /table model_registry\w* has no column family, file, gcs_path, metrics; sync --migrate adds them/;

const json = async (args: string[]) => {
  const r = await runCli([...args, '--json']);
  if (r.out === '') throw new Error(`exit ${r.code}: ${r.err}`);
  return { ...r, body: JSON.parse(r.out) as Record<string, unknown>[] | Record<string, unknown> };
};
const first = (b: unknown) => (Array.isArray(b) ? b[0] : b) as Record<string, unknown>;
const registryFindings = async (ws: Workspace) => {
  const r = await json(['drift', '--config', ws.config]);
  return (first(r.body).findings as { code: string }[]).filter((f) => f.code.startsWith('registry.'));
};

/** The flow every backend must pass; `table` reads the table's rows (model_id order) and `columns` its column names. */
const adopt = async (
  ws: Workspace,
  table: () => Promise<Record<string, unknown>[]>,
  columns: () => Promise<string[]>,
  history: () => Promise<number>,
) => {
  const before = await table();
  const beforeColumns = await columns();
  expect(beforeColumns).toEqual(SEED_COLUMNS);

  // Without the flag: exit 2, one line naming the columns and the flag; the table untouched, no history made.
  for (const mode of ['sync', 'drift']) {
    const refused = await runCli([mode, '--config', ws.config]);
    expect(refused.code, refused.err).toBe(2);
    expect(refused.err).toMatch(MISSING);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
  }
  expect(await table()).toEqual(before);
  expect(await columns()).toEqual(SEED_COLUMNS);

  // The dry run: the ALTERs first, in every format; nothing written.
  const dry = await runCli(['sync', '--config', ws.config, '--dry-run', '--migrate']);
  expect(dry.code, dry.err).toBe(0);
  const lines = dry.out.split('\n');
  const plan = lines.findIndex((l) => l.startsWith('Plan for '));
  expect(lines.slice(plan + 1, plan + 5)).toEqual([
    '  + column    family STRING (ALTER TABLE ADD COLUMN)',
    '  + column    file STRING (ALTER TABLE ADD COLUMN)',
    '  + column    gcs_path STRING (ALTER TABLE ADD COLUMN)',
    '  + column    metrics JSON (ALTER TABLE ADD COLUMN)',
  ]);
  expect(lines[plan + 5]).toMatch(/^ {2}~ update {4}catboost_v9_/);
  expect(dry.out).toContain('4 columns to add, 0 to insert, 3 to update, 0 unchanged');
  expect(dry.out).toContain('training_end_date: 2026-01-31 → 2026-01-08');
  const dryJson = await json(['sync', '--config', ws.config, '--dry-run', '--migrate']);
  const jsonPlan = first(dryJson.body).plan as Record<string, unknown>;
  expect(Object.keys(jsonPlan)[0]).toBe('migrate');
  expect((jsonPlan.migrate as { name: string }[]).map((c) => c.name)).toEqual(NEW_COLUMNS);
  const md = await runCli(['sync', '--config', ws.config, '--dry-run', '--migrate', '--format', 'markdown']);
  expect(md.out).toMatch(/\|---\|---\|---\|\n\| add column \| \| family STRING \|/);
  expect(await table()).toEqual(before);
  expect(await columns()).toEqual(SEED_COLUMNS);
  expect(await history()).toBe(0);

  // The migration: columns added (after the seeds' own, nothing dropped), rows filled and the date fixed.
  const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
  expect(sync.code, sync.err).toBe(0);
  expect(sync.out).toContain('Synced 3 models to model_registry');
  expect(sync.out).toContain('4 columns added, 0 inserted, 3 updated, 0 unchanged');
  expect(await columns()).toEqual([...SEED_COLUMNS, ...NEW_COLUMNS]);
  const after = await table();
  expect(after.map((r) => r.model_id)).toEqual(before.map((r) => r.model_id));
  const prod = after.find((r) => r.model_id === PROD) as Record<string, unknown>;
  expect(prod).toMatchObject({
    family: 'catboost_v9',
    file: 'catboost_v9_33features_20260201_011018.cbm',
    gcs_path: 'gs://nba-props-platform-models/catboost/v9/catboost_v9_33features_20260201_011018.cbm',
    training_end_date: '2026-01-08',
  });
  expect(JSON.parse(String(prod.metrics))).toEqual({ tier_bias_max: 2.1, vegas_bias: 0.4 });
  // Every other value the seeds held is still there (the manifest agrees with them).
  for (const [i, row] of before.entries())
    for (const c of SEED_COLUMNS.filter((c) => c !== 'training_end_date')) expect(after[i]?.[c], `${row.model_id}.${c}`).toEqual(row[c]);
  const written = await history();
  expect(written).toBeGreaterThan(0);

  expect(await registryFindings(ws)).toEqual([]);

  // Idempotent: a second --migrate plans nothing and writes nothing (no history rows either).
  const again = await runCli(['sync', '--config', ws.config, '--migrate']);
  expect(again.code, again.err).toBe(0);
  expect(again.out).toContain('0 inserted, 0 updated, 3 unchanged');
  expect(again.out).not.toContain('+ column');
  expect(await table()).toEqual(after);
  expect(await history()).toBe(written);
  const plain = await runCli(['sync', '--config', ws.config]);
  expect(plain.out).toContain('0 inserted, 0 updated, 3 unchanged');
};

describe('adopting the seeds’ registry table, DuckDB', () => {
  const seed = (ws: Workspace, extra = '') => seedDuckRegistry(ws.registry, extra);
  // Every value as DuckDB spells it in text, so before/after compare exactly.
  const read = (ws: Workspace) => () => selectRows(ws.registry, 'SELECT COLUMNS(*)::VARCHAR FROM model_registry ORDER BY model_id');
  const columns = (ws: Workspace) => async () =>
    (
      await selectRows(
        ws.registry,
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'model_registry' ORDER BY ordinal_position`,
      )
    ).map((r) => String(r.column_name));
  const history = (ws: Workspace) => async () => {
    const t = await selectRows(
      ws.registry,
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'model_registry_history'`,
    );
    if (Number(t[0]?.n) === 0) return 0;
    return Number((await selectRows(ws.registry, 'SELECT count(*) AS n FROM model_registry_history'))[0]?.n);
  };

  it('refuses without --migrate, plans with --dry-run, adopts with --migrate, then drift is clean and a rerun is a no-op', async () => {
    const ws = workspace();
    await seed(ws);
    await adopt(ws, read(ws), columns(ws), history(ws));
    // The history: the rows as they were (no family yet: ''), then this family's changes.
    const h = await selectRows(
      ws.registry,
      'SELECT change, family, count(*)::INT AS n FROM model_registry_history GROUP BY ALL ORDER BY change',
    );
    expect(h).toEqual([
      { change: 'baseline', family: '', n: 3 },
      { change: 'update', family: 'catboost_v9', n: 3 },
    ]);
    // The extra metrics are queryable in SQL.
    const q = await selectRows(
      ws.registry,
      `SELECT model_id, CAST(json_extract(metrics, '$.vegas_bias') AS DOUBLE) AS vegas FROM model_registry WHERE metrics IS NOT NULL ORDER BY model_id`,
    );
    expect(q).toEqual([
      { model_id: PROD, vegas: 0.4 },
      { model_id: 'catboost_v9_feb_02_retrain', vegas: -1.9 },
    ]);
  });

  it('keeps a column that is not ours untouched, and refuses a column of ours with the wrong type (exit 2, nothing changed)', async () => {
    const ws = workspace();
    await seed(ws, ', owner_team VARCHAR');
    await execSql(ws.registry, `UPDATE model_registry SET owner_team = 'ml-platform' WHERE model_id = $id`, { id: PROD });
    // A row no manifest lists: after the ALTER it has no family, so it is nobody's; kept, even with --prune.
    await execSql(
      ws.registry,
      `INSERT INTO model_registry (model_id, training_start_date, training_end_date) VALUES ('old_v8', '2025-01-01', '2025-02-01')`,
    );
    const sync = await json(['sync', '--config', ws.config, '--migrate', '--prune']);
    expect(sync.code, sync.err).toBe(0);
    expect(first(sync.body).findings).toContainEqual(
      expect.objectContaining({ code: 'registry.unowned', severity: 'notice', model_id: 'old_v8' }),
    );
    const rows = await selectRows(ws.registry, 'SELECT model_id, owner_team, family FROM model_registry ORDER BY model_id');
    expect(rows).toEqual([
      { model_id: 'catboost_v9_2026_02', owner_team: null, family: 'catboost_v9' },
      { model_id: PROD, owner_team: 'ml-platform', family: 'catboost_v9' },
      { model_id: 'catboost_v9_feb_02_retrain', owner_team: null, family: 'catboost_v9' },
      { model_id: 'old_v8', owner_team: null, family: null },
    ]);

    const typed = workspace();
    await execSql(typed.registry, `CREATE TABLE model_registry (model_id VARCHAR PRIMARY KEY, training_end_date VARCHAR)`);
    const wrong = await runCli(['sync', '--config', typed.config, '--migrate']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(
      /table model_registry has column training_end_date of type VARCHAR \(expected DATE\); --migrate only adds columns/,
    );
    expect(await columns(typed)()).toEqual(['model_id', 'training_end_date']);
  });

  it('a table made by an older version (no metrics column) is adopted the same way', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    await execSql(ws.registry, 'ALTER TABLE model_registry DROP COLUMN metrics');
    const refused = await runCli(['drift', '--config', ws.config]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/has no column metrics; sync --migrate adds it/);
    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    expect(sync.out).toContain('1 column added, 0 inserted, 2 updated, 1 unchanged');
    expect(await registryFindings(ws)).toEqual([]);
  });
});

describe('adopting the seeds’ registry table, BigQuery', () => {
  const standIn = useBigQueryStandIn('governance');
  let n = 0;
  const setup = async () => {
    const id = `model_registry_seeds_${++n}`;
    const ws = workspace();
    writeFileSync(
      ws.config,
      readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:test-project.governance.${id}`),
    );
    await standIn.bq.createTable(
      'test-project',
      'governance',
      id,
      SEED_COLUMNS.map((c) => ({ name: c, type: bqType(c), mode: c === 'model_id' ? 'REQUIRED' : 'NULLABLE' })),
    );
    await standIn.bq.insertRows('test-project', 'governance', id, SEED_ROWS);
    return { ws, id };
  };
  const client = () => new BigQuery(standIn.bq.clientOptions());

  it('refuses without --migrate, plans with --dry-run, adopts with --migrate (DDL through jobs.query), then drift is clean and a rerun is a no-op', async () => {
    const { ws, id } = await setup();
    const table = () =>
      standIn.bq
        .table('test-project', 'governance', id, { orderBy: 'model_id' })
        .then((rows) => rows.map((r) => ({ ...r, created_at: String(r.created_at).replace('.000Z', 'Z') })));
    const columns = async () => {
      const [meta] = await client().dataset('governance').table(id).getMetadata();
      return (meta.schema.fields as { name: string }[]).map((f) => f.name);
    };
    const history = async () => {
      const [exists] = await client().dataset('governance').table(`${id}_history`).exists();
      return exists ? (await standIn.bq.table('test-project', 'governance', `${id}_history`)).length : 0;
    };
    await adopt(ws, table, columns, history);

    // The columns went in as one DDL statement through jobs.query, identifiers only, labelled; never again after.
    const alters = standIn.bq.queries.filter((q) => q.sql.startsWith('ALTER TABLE') && q.sql.includes(`.${id}\``));
    expect(alters.map((q) => q.sql)).toEqual([
      `ALTER TABLE \`test-project.governance.${id}\` ADD COLUMN IF NOT EXISTS family STRING, ADD COLUMN IF NOT EXISTS file STRING, ADD COLUMN IF NOT EXISTS gcs_path STRING, ADD COLUMN IF NOT EXISTS metrics JSON`,
    ]);
    expect(alters[0]?.labels).toEqual({ tool: 'model-governance', mode: 'migrate' });
    const [meta] = await client().dataset('governance').table(id).getMetadata();
    expect(meta.schema.fields.slice(-4)).toEqual([
      { name: 'family', type: 'STRING', mode: 'NULLABLE' },
      { name: 'file', type: 'STRING', mode: 'NULLABLE' },
      { name: 'gcs_path', type: 'STRING', mode: 'NULLABLE' },
      { name: 'metrics', type: 'JSON', mode: 'NULLABLE' },
    ]);

    // The extra metrics are queryable with JSON_VALUE.
    const [rows] = await client().query({
      query: `SELECT model_id, JSON_VALUE(metrics, '$.vegas_bias') AS vegas FROM \`test-project.governance.${id}\` WHERE model_id = @id`,
      params: { id: PROD },
    });
    expect(rows).toEqual([{ model_id: PROD, vegas: '0.4' }]);
  });

  it('a column of ours with the wrong type is refused before anything is written', async () => {
    const id = 'model_registry_wrong_type';
    const ws = workspace();
    writeFileSync(
      ws.config,
      readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:test-project.governance.${id}`),
    );
    await standIn.bq.createTable('test-project', 'governance', id, [
      { name: 'model_id', type: 'STRING', mode: 'REQUIRED' },
      { name: 'is_production', type: 'STRING' },
    ]);
    const r = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has column is_production of type STRING \(expected BOOLEAN\)/);
    expect(standIn.bq.queries.filter((q) => q.sql.includes(`.${id}\``) && !q.sql.startsWith('SELECT'))).toEqual([]);
  });
});

describe('the metrics column round trip', () => {
  useBigQueryStandIn('metrics');
  /** Extra metrics in an awkward shape: keys out of order, nesting, a wide number, escapes, a bidi override. */
  const awkward = (ws: Workspace) => {
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    m.models[PROD].metrics = {
      zeta: { b: [1, { y: true, x: null }], a: 'quote " backslash \\ \u202e' },
      wide: Number('1.2345678901234567e25'),
      mae: 4.82,
      alpha: -0,
    };
    writeFileSync(ws.manifest, JSON.stringify(m, null, 2));
  };
  for (const backend of ['duckdb', 'bigquery'] as const)
    it(`is written once, reads back equal, and a second sync changes nothing (${backend})`, async () => {
      const ws = workspace();
      if (backend === 'bigquery')
        writeFileSync(
          ws.config,
          readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, 'registry: bigquery:test-project.metrics.model_registry'),
        );
      awkward(ws);
      const first = await runCli(['sync', '--config', ws.config, '--create-table']);
      expect(first.code, first.err).toBe(0);
      const second = await runCli(['sync', '--config', ws.config]);
      expect(second.out).toContain('0 inserted, 0 updated, 3 unchanged');
      expect(await registryFindings(ws)).toEqual([]);
      // A changed metric is drift naming the column, and sync writes it.
      const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
      m.models[PROD].metrics.alpha = 2;
      writeFileSync(ws.manifest, JSON.stringify(m, null, 2));
      expect(await registryFindings(ws)).toEqual([expect.objectContaining({ code: 'registry.field', field: 'metrics', model_id: PROD })]);
      expect((await runCli(['sync', '--config', ws.config])).out).toContain('0 inserted, 1 updated, 2 unchanged');
      expect(await registryFindings(ws)).toEqual([]);
    });
});
