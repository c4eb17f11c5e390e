// `mode: list` from the bundled action: the registry (the BigQuery stand-in, through the real client in the bundle)
// listed in the job summary with the gantt chart, which Mermaid's own parser reads back; staleness as an annotation.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { closeMermaid, mermaidBlock, parseGantt } from '../helpers/mermaid.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { bundle } from './bundle.js';
import { checkout } from './repo.js';
import { runAction } from './runner.js';

const PROD = 'catboost_v9_33features_20260201_011018';
let entry: string;
let bq: BigQueryStandIn;
let env: Record<string, string>;

beforeAll(async () => {
  [entry, bq] = await Promise.all([bundle(), startBigQueryStandIn()]);
  bq.createDataset('test-project', 'governance');
  env = {
    BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`,
    GOOGLE_OAUTH_ACCESS_TOKEN: 'stand-in-token',
    GOOGLE_CLOUD_PROJECT: 'test-project',
    METADATA_SERVER_DETECTION: 'none',
    MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
  };
}, 300_000);
afterAll(async () => {
  await bq?.close();
  await closeMermaid();
});

let n = 0;
/** A checkout whose registry is a fresh BigQuery table, synced from the manifest. */
const synced = async (): Promise<Workspace> => {
  const ws = workspace('stale-after-days: 14');
  writeFileSync(
    ws.config,
    readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:test-project.governance.e2e_list_${++n}`),
  );
  Object.assign(process.env, env);
  expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
  return ws;
};

const run = (ws: Workspace, inputs: Record<string, string>) =>
  runAction(entry, {
    cwd: ws.dir,
    repository: 'Codertocat/Hello-World',
    eventName: 'workflow_dispatch',
    event: {},
    sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    inputs: { mode: 'list', config: ws.config, report: 'summary', ...inputs },
    env,
  });

describe('mode: list from the bundled action', () => {
  it('writes the rows and the gantt chart to the job summary; a stale production model is a warning', async () => {
    const ws = await synced();
    const r = await run(ws, { 'as-of': '2026-03-01' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.summary).toContain('### ✅ list · catboost\\_v9');
    expect(r.summary).toContain(
      `| **${PROD.replaceAll('_', '\\_')}** | v9 | 2025-11-02..2026-01-08 | yes | production | 5b3a187b1b6d | 71.2% | 4.82 | 2026-02-08 |`,
    );
    const chart = await parseGantt(mermaidBlock(r.summary));
    expect(chart.sections).toEqual(['Training', 'Production']);
    expect(chart.tasks.map((t) => [t.section, t.task, t.start, t.end])).toEqual([
      ['Training', `› ${PROD}`, '2025-11-02', '2026-01-09'],
      ['Training', '› catboost_v9_2026_02', '2025-11-02', '2026-02-01'],
      ['Training', '› catboost_v9_feb_02_retrain', '2025-11-02', '2026-02-01'],
      ['Production', `› ${PROD}`, '2026-02-08', '2026-03-02'],
    ]);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::warning title=list%3A model.stale::production model ${PROD} is stale: its training ended 2026-01-08, 52 days before 2026-03-01`,
        'm',
      ),
    );
    expect(r.outputs.ok).toBe('true');
    expect(JSON.parse(r.outputs.findings ?? '').listing.production_periods).toEqual([
      { model_id: PROD, from: '2026-02-08', to: '2026-03-01', current: true },
    ]);
    // Same inputs, same summary: the as-of day fixes everything the clock would otherwise decide.
    expect((await run(ws, { 'as-of': '2026-03-01' })).summary).toBe(r.summary);
  }, 60_000);

  it("without a registry lists the manifest's rows, named by their repository path", async () => {
    const ws = checkout();
    const r = await run(ws, { 'as-of': '2026-03-01' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('Rows of manifest.json (the manifest: no registry read), as of 2026-03-01:');
    expect(r.summary).not.toContain(ws.dir);
    expect(r.stdout).toMatch(/^::notice title=list%3A list.no-registry::no registry read/m);
    expect((await parseGantt(mermaidBlock(r.summary))).tasks).toHaveLength(4);
  }, 60_000);

  it("carries neither Mermaid nor the test's DOM: the chart is text, its parser is a test dependency only", () => {
    const dir = dirname(entry);
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    for (const f of js) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/mermaidAPI|DOMPurify|happy-dom/);
  });

  it('an as-of that is not a date fails the step naming the input: exit 2, no report', async () => {
    const ws = workspace();
    const r = await run(ws, { 'as-of': '2026-13-01' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error file=input as-of::"2026-13-01" is not a real date YYYY-MM-DD');
    expect(r.summary).toContain('_No report: see the error above._');
  }, 60_000);
});
