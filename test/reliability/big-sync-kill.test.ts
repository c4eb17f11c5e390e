// Issue 10 §10, with a real kill: a sync big enough to be staged is SIGKILLed between its stages (rows half in the
// staging tables, its one transaction not sent). The registry and its history must be exactly as before, and the next
// run must bring both to the manifest as if nothing had happened. A process from the bundle; the staged path is
// forced with a small batch limit (MODEL_GOVERNANCE_BATCH_BYTES), so the stand-in holds it at a staging INSERT.
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../e2e/bundle.js';
import { workspace } from '../helpers/cli.js';
import { PREVIOUS, setNote } from '../helpers/history.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { tempDir } from './harness.js';
import { spawnNode } from './interleave.js';

const dir = tempDir('big-sync');
let cli: string;
let bq: BigQueryStandIn;

beforeAll(async () => {
  const [action, standin] = await Promise.all([bundle(), startBigQueryStandIn()]);
  cli = join(dirname(action), 'cli', 'index.js');
  bq = standin;
  bq.createDataset('test-project', 'kill');
}, 300_000);
afterAll(async () => {
  bq.assertNoViolations();
  await bq.close();
});

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`,
  GOOGLE_OAUTH_ACCESS_TOKEN: 'stand-in-token',
  GOOGLE_CLOUD_PROJECT: 'test-project',
  METADATA_SERVER_DETECTION: 'none',
  MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
  HOME: dir,
  ...extra,
});
const FULL = 'test-project.kill.registry';
const args = (manifest: string) => ['sync', '--manifest', manifest, '--registry', `bigquery:${FULL}`, '--create-table'];
const rows = () => bq.table('test-project', 'kill', 'registry', { orderBy: 'model_id' });
const history = () => bq.table('test-project', 'kill', 'registry_history', { orderBy: 'seq' });
const staging = () => [...bq.engine.tables.keys()].filter((k) => k.includes('_staging_'));

describe('a staged BigQuery sync killed between its stages', () => {
  it('leaves registry and history as they were; the next run is safe and never a mix', async () => {
    const ws = workspace();
    const seed = await spawnNode(cli, args(ws.manifest), env()).exit;
    expect(seed.code, seed.err).toBe(0);
    const [before, beforeHistory] = [await rows(), await history()];
    setNote(ws.manifest, PREVIOUS, 'after the kill');

    // Hold the second staging INSERT: one batch is staged, the rest and the transaction are not.
    let seen = 0;
    const hold = bq.hold((sql) => sql.startsWith('INSERT INTO') && sql.includes('_staging_') && ++seen === 2);
    const p = spawnNode(cli, args(ws.manifest), env({ MODEL_GOVERNANCE_BATCH_BYTES: '2000' }));
    const held = await Promise.race([hold.reached, p.exit.then((e) => Promise.reject(new Error(`exited first: ${e.err}`)))]);
    p.child.kill('SIGKILL');
    const e = await p.exit;
    expect(e.signal).toBe('SIGKILL');
    hold.release();
    await bq.job(held.jobId).done;

    expect(await rows()).toEqual(before);
    expect(await history()).toEqual(beforeHistory);
    // The transaction was never sent: no script reading staging tables reached the stand-in.
    expect(bq.queries.filter((q) => q.sql.startsWith('BEGIN TRANSACTION;') && q.sql.includes('_staging_'))).toEqual([]);
    const left = staging();
    expect(left).toHaveLength(2);

    // The next run (staged again) stages afresh and commits once.
    const again = await spawnNode(cli, args(ws.manifest), env({ MODEL_GOVERNANCE_BATCH_BYTES: '2000' })).exit;
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('0 inserted, 1 updated, 2 unchanged');
    expect((await rows()).find((r) => r.model_id === PREVIOUS)?.notes).toBe('after the kill');
    const h = await history();
    expect(h.slice(0, beforeHistory.length)).toEqual(beforeHistory);
    expect(h.slice(beforeHistory.length).map((r) => [r.model_id, r.change])).toEqual([[PREVIOUS, 'update']]);
    expect(staging()).toEqual(left);
  });
});
