// Every mode through the CLI on a copy of examples/, with the real DuckDB registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, workspace } from '../helpers/cli.js';
import { execSql, selectRows } from '../helpers/duckdb.js';

const PROD = 'catboost_v9_33features_20260201_011018';

const syncedWorkspace = async () => {
  const ws = workspace();
  expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
  return ws;
};
const codesOf = (out: string): string[] =>
  JSON.parse(out).findings.map((x: { code: string; severity: string }) => `${x.code}:${x.severity}`);

const seededWorkspace = async () => {
  const ws = workspace();
  expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
  await execSql(ws.registry, `UPDATE model_registry SET training_end_date = DATE '2026-01-31' WHERE model_id = $id`, { id: PROD });
  return ws;
};

describe('sync', () => {
  it('plans with --dry-run and writes nothing', async () => {
    const ws = workspace();
    const r = await runCli(['sync', '--config', ws.config, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Plan for model_registry (dry run, nothing written): 3 to insert, 0 to update, 0 unchanged');
    expect(() => readFileSync(ws.registry)).toThrow();
  });

  it('upserts, repairs the seeds date, and is a no-op the second time', async () => {
    const ws = await seededWorkspace();
    const first = await runCli(['sync', '--config', ws.config]);
    expect(first.out).toContain('training_end_date: 2026-01-31 → 2026-01-08');
    expect(first.out).toContain('Synced 3 models to model_registry: 0 inserted, 1 updated, 2 unchanged');
    const before = ws.bytes('registry.duckdb');
    const second = await runCli(['sync', '--config', ws.config]);
    expect(second.out).toContain('Synced 3 models to model_registry: 0 inserted, 0 updated, 3 unchanged');
    expect(ws.bytes('registry.duckdb').equals(before)).toBe(true);
  });

  it('keeps extra rows unless --prune, and stores NULL metrics and hostile ids verbatim', async () => {
    const ws = workspace();
    const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
    const evil = "x'; DROP TABLE model_registry; --";
    m.models[evil] = { ...m.models.catboost_v9_2026_02, status: 'candidate', training_start_date: '2025-12-01' };
    writeFileSync(ws.manifest, JSON.stringify(m));
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const rows = await selectRows(ws.registry, 'SELECT model_id, hit_rate_edge_3plus FROM model_registry ORDER BY model_id');
    expect(rows.map((r) => r.model_id)).toContain(evil);
    expect(rows.find((r) => r.model_id === 'catboost_v9_2026_02')?.hit_rate_edge_3plus).toBeNull();

    delete m.models[evil];
    writeFileSync(ws.manifest, JSON.stringify(m));
    const kept = await runCli(['sync', '--config', ws.config]);
    expect(kept.out).toMatch(/warning .*x'; DROP TABLE model_registry; -- is in model_registry but not in the manifest; kept/);
    const pruned = await runCli(['sync', '--config', ws.config, '--prune']);
    expect(pruned.out).toContain('Synced 3 models to model_registry: 0 inserted, 0 updated, 3 unchanged, 1 deleted');
    expect((await selectRows(ws.registry, 'SELECT count(*)::INT AS n FROM model_registry'))[0]?.n).toBe(3);
  });
});

describe('drift', () => {
  it('finds the seeds training_end_date, naming both values, and is clean after sync', async () => {
    const ws = await seededWorkspace();
    const before = await runCli(['drift', '--config', ws.config, '--json']);
    expect(before.code).toBe(1);
    const report = JSON.parse(before.out);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'registry.field',
        model_id: PROD,
        field: 'training_end_date',
        expected: '2026-01-08',
        actual: '2026-01-31',
      }),
    );
    await runCli(['sync', '--config', ws.config]);
    await runCli(['claude-md', '--config', ws.config, '--write']);
    const m = readFileSync(ws.manifest, 'utf8').replaceAll(
      'train20251102-20260108_20260208T144749',
      'train20251102-20260131_20260208T144749',
    );
    writeFileSync(ws.manifest, m);
    await runCli(['sync', '--config', ws.config]);
    const after = await runCli(['drift', '--config', ws.config]);
    expect(after.out).toMatch(
      /No drift: the manifest agrees with model_registry, prediction-worker, \/\S+\/CLAUDE.md, filenames \(2 warnings\)/,
    );
    expect(after.code).toBe(0);
  });

  it('reports the deployment serving another model, with the fix command', async () => {
    const ws = workspace();
    writeFileSync(ws.deployment, readFileSync(ws.deployment, 'utf8').replace(`${PROD}.cbm`, 'catboost_v9_old_model.cbm'));
    const r = await runCli(['drift', '--config', ws.config]);
    expect(r.out).toContain(
      `gcloud run services update prediction-worker --region=us-west2 --project=nba-props-platform --update-env-vars=CATBOOST_V9_MODEL_PATH=gs://nba-props-platform-models/catboost/v9/${PROD}.cbm`,
    );
    expect(r.out).toMatch(
      /prediction-worker.yaml:\d+:22: prediction-worker revision prediction-worker-00042-xyz container worker \(100% of traffic\) serves gs:\/\/nba-props-platform-models\/catboost\/v9\/catboost_v9_old_model.cbm/,
    );
  });

  it('is drift when the right file name is served from another bucket, naming both paths', async () => {
    const ws = await syncedWorkspace();
    const right = `gs://nba-props-platform-models/catboost/v9/${PROD}.cbm`;
    writeFileSync(ws.deployment, readFileSync(ws.deployment, 'utf8').replace(right, `gs://scratch-bucket/${PROD}.cbm`));
    const r = await runCli(['drift', '--config', ws.config, '--json']);
    const [f] = JSON.parse(r.out).findings.filter((x: { code: string }) => x.code === 'deployment.model');
    expect(f).toMatchObject({ severity: 'error', expected: right, actual: `gs://scratch-bucket/${PROD}.cbm` });
  });

  it('is drift when status.traffic pins 100% to an old revision (a rollback), though the template is right', async () => {
    const ws = await syncedWorkspace();
    const yaml = readFileSync(ws.deployment, 'utf8');
    writeFileSync(
      ws.deployment,
      `${yaml.slice(0, yaml.indexOf('  traffic:\n    - latestRevision: true\n      percent: 100\n      revisionName'))}  traffic:\n    - revisionName: prediction-worker-00041-old\n      percent: 100\n`,
    );
    const r = await runCli(['drift', '--config', ws.config, '--json']);
    expect(codesOf(r.out).filter((c) => c.startsWith('deployment.'))).toEqual(['deployment.revision-unseen:error']);
  });

  it('checks the template with a notice when the YAML was exported without status', async () => {
    const ws = await syncedWorkspace();
    const yaml = readFileSync(ws.deployment, 'utf8');
    writeFileSync(ws.deployment, yaml.slice(0, yaml.indexOf('status:')));
    const r = await runCli(['drift', '--config', ws.config, '--json']);
    expect(codesOf(r.out).filter((c) => c.startsWith('deployment.'))).toEqual(['deployment.traffic-unknown:notice']);
    const clean = await runCli(['drift', '--config', ws.config, '--json', '--deployment', join(EXAMPLES, 'prediction-worker.yaml')]);
    expect(codesOf(clean.out).filter((c) => c.startsWith('deployment.'))).toEqual([]);
  });

  it('is byte-identical across runs (deterministic output)', async () => {
    const ws = await seededWorkspace();
    const a = await runCli(['drift', '--config', ws.config, '--format', 'markdown']);
    const b = await runCli(['drift', '--config', ws.config, '--format', 'markdown']);
    expect(a.out).toBe(b.out);
  });
});

describe('duplicate', () => {
  it('blocks the production window and lists the model; --force passes with a warning', async () => {
    const ws = workspace();
    const args = ['duplicate', '--config', ws.config, '--train-start', '2025-11-02', '--train-end', '2026-01-08', '--json'];
    const blocked = await runCli(args);
    expect(blocked.code).toBe(1);
    // Always an array of per-family objects, even for one family (README "JSON contract").
    const [j, ...rest] = JSON.parse(blocked.out);
    expect(rest).toEqual([]);
    expect(j.findings.filter((f: { code: string }) => f.code === 'duplicate.window')).toEqual([
      expect.objectContaining({
        model_id: PROD,
        severity: 'error',
        message: expect.stringContaining('production, sha256 5b3a187b1b6d, created 2026-02-04T00:10:15.000Z'),
      }),
    ]);
    const forced = await runCli([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out)[0].findings).toContainEqual(expect.objectContaining({ code: 'duplicate.forced', severity: 'warning' }));
  });

  it('includes registry-only models and reports shared windows without dates', async () => {
    const ws = await seededWorkspace();
    await execSql(
      ws.registry,
      `INSERT INTO model_registry SELECT * REPLACE ('registry_only' AS model_id, DATE '2026-03-01' AS training_end_date) FROM model_registry WHERE model_id = $id`,
      { id: PROD },
    );
    const r = await runCli(['duplicate', '--config', ws.config, '--train-start', '2025-11-02', '--train-end', '2026-03-01']);
    expect(r.out).toMatch(/already trained: registry_only \(production, .* from registry\)/);
    const shared = await runCli(['duplicate', '--config', ws.config]);
    expect(shared.code).toBe(0);
    expect(shared.out).toContain(
      'catboost_v9_feb_02_retrain (deprecated) shares training window 2025-11-02..2026-01-31 with catboost_v9_2026_02 (untested)',
    );
  });
});

describe('claude-md', () => {
  it('--check prints a unified diff and exits 1; --write changes only the block; then --check is clean', async () => {
    const ws = workspace();
    const original = ws.bytes('CLAUDE.md');
    const check = await runCli(['claude-md', '--config', ws.config, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).toContain('-| Training | 2025-11-02 to 2026-01-31 |');
    expect(check.out).toContain('+| Training | 2025-11-02 to 2026-01-08 |');
    expect(ws.bytes('CLAUDE.md').equals(original)).toBe(true);
    expect((await runCli(['claude-md', '--config', ws.config, '--write'])).code).toBe(0);
    const written = ws.bytes('CLAUDE.md').toString('utf8');
    const [head, tail] = original.toString('utf8').split(/<!-- model-governance:begin -->[\s\S]*<!-- model-governance:end -->/);
    expect(written.startsWith(`${head}<!-- model-governance:begin -->\n## ML Model - CatBoost V9`)).toBe(true);
    expect(written.endsWith(`<!-- model-governance:end -->${tail}`)).toBe(true);
    expect(written).not.toContain(ws.dir); // the committed block never names a machine's path
    expect(written).toContain('_Generated by model-governance from manifest.json.');
    const again = await runCli(['claude-md', '--config', ws.config, '--check']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('the MODEL block is current');
  });
});

describe('lint-filenames', () => {
  it('checks the manifest names and globbed files; name prints a compliant name', async () => {
    const ws = workspace();
    writeFileSync(`${ws.dir}/catboost_v9_33f_train20251102-20251301_20260101T000000.cbm`, '');
    const r = await runCli(['lint-filenames', '--config', ws.config, '--glob', `${ws.dir}/*.cbm`]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('4 filename(s) checked: 2 error(s), 2 legacy');
    const name = await runCli([
      'lint-filenames',
      'name',
      '--family',
      'catboost_v9',
      '--features',
      '33',
      '--train-start',
      '2025-11-02',
      '--train-end',
      '2026-01-08',
      '--created-at',
      '2026-02-01T01:10:18Z',
    ]);
    expect(name).toEqual({ code: 0, out: 'catboost_v9_33f_train20251102-20260108_20260201T011018.cbm\n', err: '' });
  });
});
