// list and staleness through the CLI on a copy of examples/, with the real DuckDB registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';
import { execSql } from '../helpers/duckdb.js';

const PROD = 'catboost_v9_33features_20260201_011018';

const synced = async (extra = '') => {
  const ws = workspace(extra);
  expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
  return ws;
};

describe('list', () => {
  it("prints the registry's rows as text: every field the seeds' list shows", async () => {
    const ws = await synced();
    // The registry, not the manifest, is what list shows: change a row behind the manifest's back.
    await execSql(ws.registry, `UPDATE model_registry SET training_end_date = DATE '2026-01-31' WHERE model_id = $id`, { id: PROD });
    const r = await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'list · catboost_v9',
        '  model_registry, as of 2026-03-01: 3 models',
        '    MODEL                                   VERSION  TRAINING                PRODUCTION  STATUS      SHA256        HIT RATE 3+  MAE   PROMOTED_AT',
        '  - catboost_v9_2026_02                     v9       2025-11-02..2026-01-31  no          untested    f761b55259f0  n/a          n/a   n/a',
        '  * catboost_v9_33features_20260201_011018  v9       2025-11-02..2026-01-31  yes         production  5b3a187b1b6d  71.2%        4.82  2026-02-08',
        '  - catboost_v9_feb_02_retrain              v9       2025-11-02..2026-01-31  no          deprecated  f7182f139c20  51.2%        5.31  n/a',
        `3 models in model_registry (production: ${PROD})`,
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with the listing and the production periods', async () => {
    const ws = await synced();
    const r = await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ mode: 'list', family: 'catboost_v9', ok: true, findings: [], plan: null });
    expect(report.listing).toMatchObject({ source: 'registry', name: 'model_registry', as_of: '2026-03-01' });
    expect(report.listing.models[0]).toEqual({
      model_id: PROD,
      model_version: 'v9',
      training_start_date: '2025-11-02',
      training_end_date: '2026-01-08',
      is_production: true,
      status: 'production',
      sha256_prefix: '5b3a187b1b6d',
      hit_rate_edge_3plus: 71.2,
      evaluation_mae: 4.82,
      promoted_at: '2026-02-08',
    });
    expect(report.listing.production_periods).toEqual([{ model_id: PROD, from: '2026-02-08', to: '2026-03-01', current: true }]);
  });

  it('prints markdown with the table and the gantt chart, byte-identical across runs', async () => {
    const ws = await synced();
    const args = ['list', '--config', ws.config, '--as-of', '2026-03-01', '--format', 'markdown'];
    const a = await runCli(args);
    expect(a.code).toBe(0);
    expect(a.out).toContain('| **catboost\\_v9\\_33features\\_20260201\\_011018** | v9 | 2025-11-02..2026-01-08 | yes |');
    expect(a.out).toContain(
      [
        '```mermaid',
        'gantt',
        '  title catboost_v9 training windows and production (as of 2026-03-01)',
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        '  todayMarker off',
        '  section Training',
        `  › ${PROD} :active, t0, 2025-11-02, 2026-01-08`,
        '  › catboost_v9_2026_02 :t1, 2025-11-02, 2026-01-31',
        '  › catboost_v9_feb_02_retrain :done, t2, 2025-11-02, 2026-01-31',
        '  section Production',
        `  › ${PROD} :active, p0, 2026-02-08, 2026-03-01`,
        '```',
      ].join('\n'),
    );
    expect((await runCli(args)).out).toBe(a.out);
  });

  it("lists only the family's rows", async () => {
    const ws = await synced();
    await execSql(ws.registry, `UPDATE model_registry SET family = 'other' WHERE model_id = $id`, { id: 'catboost_v9_2026_02' });
    const r = JSON.parse((await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01', '--json'])).out);
    expect(r.listing.models.map((m: { model_id: string }) => m.model_id)).toEqual([PROD, 'catboost_v9_feb_02_retrain']);
  });

  it("without a registry lists the manifest's rows with a notice", async () => {
    const ws = workspace();
    const r = await runCli(['list', '--manifest', ws.manifest, '--as-of', '2026-03-01', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    // The examples' extra metrics (read by gates this command does not configure) are unknown-field notices.
    expect(report.findings.filter((f: { code: string }) => f.code !== 'manifest.unknown-field')).toEqual([
      expect.objectContaining({ code: 'list.no-registry', severity: 'notice' }),
    ]);
    expect(report.listing).toMatchObject({ source: 'manifest', name: ws.manifest });
    expect(report.listing.models).toHaveLength(3);
  });

  it('an empty registry lists nothing and says so', async () => {
    const ws = workspace();
    const r = await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No models of catboost_v9 in model_registry');
  });

  it('reports a stale production model as a warning (exit 0; --fail-on warning makes it 1)', async () => {
    const ws = await synced('stale-after-days: 14');
    const fresh = await runCli(['list', '--config', ws.config, '--as-of', '2026-01-22', '--json']);
    expect(JSON.parse(fresh.out).findings).toEqual([]);
    const stale = await runCli(['list', '--config', ws.config, '--as-of', '2026-01-23', '--json']);
    expect(stale.code).toBe(0);
    expect(JSON.parse(stale.out).findings).toEqual([
      {
        code: 'model.stale',
        severity: 'warning',
        message: `production model ${PROD} is stale: its training ended 2026-01-08, 15 days before 2026-01-23 (stale-after-days: 14)`,
        model_id: PROD,
        field: 'training_end_date',
        expected: '>= 2026-01-09',
        actual: '2026-01-08',
      },
    ]);
    expect((await runCli(['list', '--config', ws.config, '--as-of', '2026-01-23', '--fail-on', 'warning'])).code).toBe(1);
  });
});

describe('the as-of day without --as-of', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is today in UTC', async () => {
    const ws = await synced('stale-after-days: 14');
    // Only Date is faked: DuckDB and the file system keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-22T23:59:59Z'));
    const fresh = JSON.parse((await runCli(['list', '--config', ws.config, '--json'])).out);
    expect(fresh.listing.as_of).toBe('2026-01-22');
    expect(fresh.findings).toEqual([]);
    vi.setSystemTime(new Date('2026-01-23T00:00:00Z'));
    const stale = JSON.parse((await runCli(['list', '--config', ws.config, '--json'])).out);
    expect(stale.findings.map((f: { code: string }) => f.code)).toEqual(['model.stale']);
    const drift = JSON.parse((await runCli(['drift', '--config', ws.config, '--json'])).out);
    expect(drift.findings.map((f: { code: string }) => f.code)).toContain('model.stale');
  });
});

describe('drift and staleness', () => {
  it('warns when the manifest production model is stale, pointing at its training_end_date', async () => {
    const ws = await synced('stale-after-days: 14');
    await runCli(['claude-md', '--config', ws.config, '--write']);
    const r = await runCli(['drift', '--config', ws.config, '--as-of', '2026-02-10', '--json']);
    const stale = JSON.parse(r.out).findings.filter((f: { code: string }) => f.code === 'model.stale');
    expect(stale).toEqual([
      expect.objectContaining({
        severity: 'warning',
        model_id: PROD,
        message: `production model ${PROD} is stale: its training ended 2026-01-08, 33 days before 2026-02-10 (stale-after-days: 14)`,
        location: { file: ws.manifest, line: 12, column: 28 },
      }),
    ]);
    const fresh = await runCli(['drift', '--config', ws.config, '--as-of', '2026-01-20', '--json']);
    expect(JSON.parse(fresh.out).findings.map((f: { code: string }) => f.code)).not.toContain('model.stale');
  });

  it('without stale-after-days never reports staleness, whatever the day', async () => {
    const ws = await synced();
    for (const asOf of ['2026-01-20', '2099-12-31']) {
      const r = await runCli(['drift', '--config', ws.config, '--as-of', asOf, '--json']);
      expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).not.toContain('model.stale');
    }
  });

  it.each([
    ['list', '2026-02-30'],
    ['drift', '26-01-01'],
    ['list', 'yesterday'],
  ])('%s --as-of %s is bad input: exit 2, one line naming the flag', async (mode, asOf) => {
    const ws = workspace();
    const r = await runCli([mode, '--config', ws.config, '--as-of', asOf]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`model-governance: arguments: --as-of ${asOf} is not a real date YYYY-MM-DD\n`);
  });

  it('stale-after-days must be a whole number of days', async () => {
    const ws = workspace('stale-after-days: 1.5');
    const r = await runCli(['list', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/config\.yml:10:19: \$\.stale-after-days: Invalid input: expected int/);
    writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace('1.5', '-1'));
    expect((await runCli(['list', '--config', ws.config])).code).toBe(2);
  });
});
