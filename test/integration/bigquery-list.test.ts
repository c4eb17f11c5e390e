// list through the real @google-cloud/bigquery client against the BigQuery stand-in: the rows it shows are the
// table's (typed as BigQuery returns them), hostile ids included, and a failing read is exit 3.
import { readFileSync, writeFileSync } from 'node:fs';
import { BigQuery } from '@google-cloud/bigquery';
import { describe, expect, it } from 'vitest';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, workspace } from '../helpers/cli.js';

const TABLE = 'test-project.governance.list_registry';
const PROD = 'catboost_v9_33features_20260201_011018';
const EVIL = 'evil\nsection Injected\nx :crit, t0, 2020-01-01, 2020-01-02 %% @octocat #1 ::error::x';
const standIn = useBigQueryStandIn('governance');

let n = 0;
const setup = async () => {
  const table = `${TABLE}_${++n}`;
  const ws = workspace('stale-after-days: 14');
  writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:${table}`));
  expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
  return { ws, table };
};

describe('list on BigQuery', () => {
  it("shows the table's rows, including a row only the registry has, and the production's staleness", async () => {
    const { ws, table } = await setup();
    // Another writer adds a row the manifest never had, with a hostile id, and a row of another family.
    await new BigQuery(standIn.bq.clientOptions()).query({
      query: `INSERT INTO \`${table}\` (model_id, family, model_version, file, gcs_path, feature_count, training_start_date,
        training_end_date, status, is_production, sha256, hit_rate_edge_3plus, evaluation_mae, created_at, promoted_at)
        VALUES (@id, @family, NULL, 'x.cbm', 'gs://b/x.cbm', 33, DATE '2025-12-01', DATE '2026-01-15', 'deprecated', FALSE,
        @sha, 64.5, 5.01, TIMESTAMP '2026-01-20T00:00:00Z', DATE '2026-01-20')`,
      params: { id: EVIL, family: 'catboost_v9', sha: 'a'.repeat(64) },
    });
    await new BigQuery(standIn.bq.clientOptions()).query({
      query: `UPDATE \`${table}\` SET family = 'other' WHERE model_id = @id`,
      params: { id: 'catboost_v9_2026_02' },
    });

    const json = await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report.listing.source).toBe('registry');
    expect(report.listing.models.map((m: { model_id: string }) => m.model_id)).toEqual([PROD, 'catboost_v9_feb_02_retrain', EVIL]);
    expect(report.listing.models[2]).toEqual({
      model_id: EVIL,
      model_version: null,
      training_start_date: '2025-12-01',
      training_end_date: '2026-01-15',
      is_production: false,
      status: 'deprecated',
      sha256_prefix: 'aaaaaaaaaaaa',
      hit_rate_edge_3plus: 64.5,
      evaluation_mae: 5.01,
      promoted_at: '2026-01-20',
    });
    // The hostile row was promoted before the production model: it held production until the day before.
    expect(report.listing.production_periods).toEqual([
      { model_id: EVIL, from: '2026-01-20', to: '2026-02-07', current: false },
      { model_id: PROD, from: '2026-02-08', to: '2026-03-01', current: true },
    ]);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['model.stale']);

    const md = (await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01', '--format', 'markdown'])).out;
    const chart = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    expect(chart.split('\n').filter((l) => /^\s*section /i.test(l))).toEqual(['  section Training', '  section Production']);
    expect(chart).toContain('  › evil section Injected x ?crit, t0, 2020-01-01, 2020-01-02 ?… :done, t2, 2025-12-01, 2026-01-15');
    expect(chart).toContain('  › evil section Injected x ?crit, t0, 2020-01-01, 2020-01-02 ?… :done, p0, 2026-01-20, 2026-02-07');

    const text = (await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01'])).out;
    expect(text).not.toMatch(/^\s*(::|section|x :crit)/m);
  });

  it('a read that keeps failing exits 3, naming BigQuery', async () => {
    const { ws } = await setup();
    standIn.bq.fault({ method: 'POST', path: /\/queries$/, status: 503, times: Number.POSITIVE_INFINITY });
    const r = await runCli(['list', '--config', ws.config, '--as-of', '2026-03-01']);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^model-governance: BigQuery /);
  });
});
