// Issue 10 §10: a sync too big for one request is still ONE atomic change. Its rows go to staging tables first
// (batch by batch), then one transaction MERGEs from them and appends the history. The batch limit is lowered here
// (the adapter's option), so three models take several batches; everything else is the product against the stand-in.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsFor } from '../../src/cli/program.js';
import { resolveSettings } from '../../src/config/load.js';
import { ServiceError } from '../../src/errors.js';
import { localManifest } from '../../src/manifest/local.js';
import { sync } from '../../src/modes/sync.js';
import { bigqueryRegistry } from '../../src/registry/bigquery.js';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, workspace } from '../helpers/cli.js';
import { PREVIOUS, setNote } from '../helpers/history.js';

const DATASET = 'big';
const SMALL = 2_000; // bytes per request: every row is a batch of its own
const standIn = useBigQueryStandIn(DATASET);

let n = 0;
const setup = () => {
  const id = `registry_big${++n}`;
  const ws = workspace();
  const address = `test-project.${DATASET}.${id}`;
  writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:${address}`));
  /** One sync through the sync mode, with the registry adapter's request limit lowered. */
  const run = async () => {
    const [settings] = await resolveSettings({ configPath: ws.config, overrides: {} });
    if (!settings) throw new Error('no settings');
    const registry = bigqueryRegistry(address, { location: undefined, createTable: true, batchBytes: SMALL });
    return sync({
      settings,
      options: optionsFor('sync', {}),
      sources: { family: 'catboost_v9', manifest: localManifest(ws.manifest), registry },
      log: () => undefined,
    });
  };
  return { ws, id, run };
};
const rows = (id: string) => standIn.bq.table('test-project', DATASET, id, { orderBy: 'model_id' });
const history = (id: string) => standIn.bq.table('test-project', DATASET, `${id}_history`, { orderBy: 'seq' });
const staging = () => [...standIn.bq.engine.tables.keys()].filter((k) => k.includes('_staging_'));
const scripts = (id: string) => standIn.bq.queries.filter((q) => q.sql.startsWith('BEGIN TRANSACTION;') && q.sql.includes(`.${id}\``));

describe('a BigQuery sync bigger than one request', () => {
  it('stages the rows in batches, then commits registry and history in one transaction, and cleans up', async () => {
    const { ws, id, run } = setup();
    const at = standIn.bq.queries.length;
    const report = await run();
    expect(report.summary).toContain('3 inserted');
    const mine = standIn.bq.queries.slice(at);
    expect(mine.filter((q) => q.sql.startsWith('INSERT INTO') && q.sql.includes('_staging_')).length).toBeGreaterThan(2);
    expect(scripts(id)).toHaveLength(1);
    expect(scripts(id)[0]?.sql).toMatch(
      /MERGE `[^`]+` AS t\nUSING \(SELECT DISTINCT \* FROM `[^`]+_staging_[0-9a-f]+`( WHERE NOT EXISTS \(SELECT 1 FROM `[^`]+_history` WHERE sync_id = @sync_id\))?\)/,
    );
    // No row value travels in the transaction's own request: the staging tables hold them.
    expect(JSON.stringify(scripts(id)[0]?.parameters)).not.toContain(PREVIOUS);
    expect((await rows(id)).map((r) => r.model_id)).toHaveLength(3);
    expect((await history(id)).map((r) => r.change)).toEqual(['insert', 'insert', 'insert']);
    expect(staging()).toEqual([]);
    // The same result as the one-request path, read by drift through the CLI.
    const drift = JSON.parse((await runCli(['drift', '--config', ws.config, '--json'])).out);
    expect(drift.findings.filter((f: { code: string }) => f.code.startsWith('registry.'))).toEqual([]);
  });

  it('a failure between the stages (staged, not committed) leaves registry and history as they were', async () => {
    const { ws, id, run } = setup();
    await run();
    const [before, beforeHistory] = [await rows(id), await history(id)];
    setNote(ws.manifest, PREVIOUS, 'staged only');
    standIn.bq.fault({ kind: 'accessDenied', query: /^BEGIN TRANSACTION;/, times: Infinity });
    await expect(run()).rejects.toBeInstanceOf(ServiceError);
    expect(await rows(id)).toEqual(before);
    expect(await history(id)).toEqual(beforeHistory);
    expect(staging()).toEqual([]);
  });

  it('a run killed between the stages leaves only staging tables; the next run is safe and never a mix', async () => {
    const { ws, id, run } = setup();
    await run();
    setNote(ws.manifest, PREVIOUS, 'after the kill');
    // What a kill after staging leaves: filled staging tables, no transaction, no clean-up.
    standIn.bq.fault({ kind: 'accessDenied', query: /^BEGIN TRANSACTION;/, times: Infinity });
    standIn.bq.fault({ method: 'DELETE', path: /_staging_/, status: 403, times: Infinity });
    await expect(run()).rejects.toBeInstanceOf(ServiceError);
    const left = staging();
    expect(left).toHaveLength(2);
    expect((await rows(id)).find((r) => r.model_id === PREVIOUS)?.notes).not.toBe('after the kill');
    standIn.bq.clearFaults();
    // The next run stages afresh (the leftovers are never read) and, with one staged batch answered twice, still
    // commits each row once.
    const twice = standIn.bq.fault({ sql: /^INSERT INTO `[^`]+_staging_/, truncate: true });
    await run();
    expect(twice.hits).toBe(1);
    expect((await rows(id)).find((r) => r.model_id === PREVIOUS)?.notes).toBe('after the kill');
    const h = await history(id);
    expect(h.filter((r) => r.change === 'update').map((r) => r.model_id)).toEqual([PREVIOUS]);
    expect(staging()).toEqual(left);
  });
});
