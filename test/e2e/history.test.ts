// The audit trail through the bundled action against the BigQuery stand-in: `mode: sync` with `reason` records who
// and why, `mode: history` with `at` answers which model was production then, in the outputs and the job summary.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../helpers/cli.js';
import { CANDIDATE, PREVIOUS, promote } from '../helpers/history.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { bundle } from './bundle.js';
import { runAction } from './runner.js';

let entry: string;
let bq: BigQueryStandIn;

beforeAll(async () => {
  [entry, bq] = await Promise.all([bundle(), startBigQueryStandIn()]);
  bq.createDataset('test-project', 'audit');
}, 300_000);
afterAll(async () => {
  bq.assertNoViolations();
  await bq.close();
});

describe('history from the action', () => {
  it('sync records actor and reason; history --at before the promotion names the previous model', async () => {
    const ws = workspace('create-table: true');
    writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, 'registry: bigquery:test-project.audit.registry'));
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
          GITHUB_ACTOR: 'octo-reviewer',
        },
      });
    const first = await run({ mode: 'sync', reason: 'first registry load' });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    promote(ws.manifest, CANDIDATE, { reason: 'meets all six gates', forced: false, failed_gates: [] });
    const second = await run({ mode: 'sync' });
    expect(second.code, second.stdout + second.stderr).toBe(0);

    const stored = await bq.table('test-project', 'audit', 'registry_history', { orderBy: 'seq' });
    expect(new Set(stored.map((r) => r.actor))).toEqual(new Set(['octo-reviewer']));
    const before = stored.find((r) => r.reason === 'first registry load')?.changed_at as string;
    expect(before).toBeDefined();

    const h = await run({ mode: 'history', at: before });
    expect(h.code, h.stdout + h.stderr).toBe(0);
    const report = JSON.parse(h.outputs.findings ?? '{}');
    expect(report.history.production).toMatchObject({ model_id: PREVIOUS });
    expect(h.summary).toContain(`the production model was ${PREVIOUS.replaceAll('_', '\\_')}`);
    expect(h.summary).toContain('| Time (UTC) | Change | Model |');

    const all = await run({ mode: 'history', model: CANDIDATE });
    expect(JSON.parse(all.outputs.findings ?? '{}').history.entries[0]).toMatchObject({
      model_id: CANDIDATE,
      change: 'update',
      is_production: true,
      reason: 'meets all six gates',
      actor: 'octo-reviewer',
    });

    const bad = await run({ mode: 'history', at: 'before lunch' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('--at before lunch is not a timestamp');
  });
});
