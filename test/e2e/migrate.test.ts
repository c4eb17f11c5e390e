// `mode: sync` with `migrate: true` from the bundled action: the seeds' BigQuery table (no family, file, gcs_path or
// metrics column; the wrong training_end_date) is refused without it, shown first in the summary's plan on a dry
// run, adopted with it, and the next drift run is clean; all through the real client in the bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, workspace } from '../helpers/cli.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { bundle } from './bundle.js';
import { runAction } from './runner.js';

const NEW = ['family', 'file', 'gcs_path', 'metrics'];
const DATES = ['training_start_date', 'training_end_date', 'eval_start_date', 'eval_end_date', 'promoted_at'];
const TYPES: Record<string, string> = {
  feature_count: 'INT64',
  graded_edge_3plus_n: 'INT64',
  hit_rate_edge_3plus: 'FLOAT64',
  evaluation_mae: 'FLOAT64',
  is_production: 'BOOL',
  created_at: 'TIMESTAMP',
  ...Object.fromEntries(DATES.map((d) => [d, 'DATE'])),
};

let entry: string;
let bq: BigQueryStandIn;
beforeAll(async () => {
  [entry, bq] = await Promise.all([bundle(), startBigQueryStandIn()]);
  bq.createDataset('test-project', 'governance');
}, 300_000);
afterAll(async () => {
  bq?.assertNoViolations();
  await bq?.close();
});

describe('sync with migrate from the action', () => {
  it('refuses the seeds’ table without migrate, plans the columns first, adopts it, and drift is then clean', async () => {
    const rows: Record<string, unknown>[] = JSON.parse(readFileSync(join(EXAMPLES, 'registry-rows.json'), 'utf8')).map(
      (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !NEW.includes(k))),
    );
    const columns = Object.keys(rows[0] as object);
    await bq.createTable(
      'test-project',
      'governance',
      'seeds',
      columns.map((name) => ({ name, type: TYPES[name] ?? 'STRING' })),
    );
    await bq.insertRows('test-project', 'governance', 'seeds', rows);
    const ws = workspace();
    writeFileSync(
      ws.config,
      readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, 'registry: bigquery:test-project.governance.seeds'),
    );
    const run = (inputs: Record<string, string>) =>
      runAction(entry, {
        cwd: ws.dir,
        repository: 'acme/models',
        eventName: 'workflow_dispatch',
        event: {},
        sha: 'a'.repeat(40),
        inputs: { config: ws.config, report: 'summary', ...inputs },
        env: {
          BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`,
          GOOGLE_OAUTH_ACCESS_TOKEN: 'stand-in-token',
          GOOGLE_CLOUD_PROJECT: 'test-project',
          METADATA_SERVER_DETECTION: 'none',
          MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
        },
      });

    const refused = await run({ mode: 'sync' });
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toMatch(/has no column family, file, gcs_path, metrics; sync --migrate adds them/);

    const dry = await run({ mode: 'sync', migrate: 'true', 'dry-run': 'true' });
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.summary).toMatch(/\|---\|---\|---\|\n\| add column \| \| family STRING \|\n\| add column \| \| file STRING \|/);
    expect((await bq.table('test-project', 'governance', 'seeds')).every((r) => !('family' in r))).toBe(true);

    const applied = await run({ mode: 'sync', migrate: 'true' });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const stored = await bq.table('test-project', 'governance', 'seeds', { orderBy: 'model_id' });
    expect(stored.map((r) => [r.family, r.training_end_date])).toEqual([
      ['catboost_v9', '2026-01-31'],
      ['catboost_v9', '2026-01-08'],
      ['catboost_v9', '2026-01-31'],
    ]);

    const drift = await run({ mode: 'drift' });
    const report = JSON.parse(drift.outputs.findings ?? '{}');
    const findings = (Array.isArray(report) ? report[0] : report).findings as { code: string }[];
    expect(findings.filter((f) => f.code.startsWith('registry.'))).toEqual([]);
  });
});
