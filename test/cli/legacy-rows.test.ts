// Rows this tool did not write, in a table adopted by sync --migrate: a legacy row no manifest lists (no family, NULL
// in every column the seeds left empty) and one a person inserted into the family with NULLs. Every mode reads them
// without crashing and never prints "null" for a missing value.
import { describe, expect, it } from 'vitest';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { execSql, selectRows } from '../helpers/duckdb.js';
import { PROD } from '../helpers/promotion.js';
import { seedDuckRegistry } from '../helpers/seeds.js';

/** The seeds' table with two legacy rows (one with a training window, one with nothing but its id), adopted. */
const adopted = async (): Promise<Workspace> => {
  const ws = workspace();
  await seedDuckRegistry(ws.registry);
  await execSql(
    ws.registry,
    `INSERT INTO model_registry (model_id, training_start_date, training_end_date) VALUES ('legacy_v1', '2024-01-01', '2024-03-01')`,
  );
  await execSql(ws.registry, `INSERT INTO model_registry (model_id) VALUES ('legacy_v0'), ('legacy_v00')`);
  const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
  expect(sync.code, sync.err).toBe(0);
  // After adoption, a row inserted by hand into the family: on the production model's window, nothing else set.
  await execSql(
    ws.registry,
    `INSERT INTO model_registry (model_id, family, training_start_date, training_end_date) VALUES ('catboost_v9_by_hand', 'catboost_v9', '2025-11-02', '2026-01-08')`,
  );
  return ws;
};

const run = async (ws: Workspace, ...args: string[]) => {
  const r = await runCli([args[0] as string, '--config', ws.config, ...args.slice(1)]);
  expect(r.code, `${args.join(' ')}: ${r.err}`).toBeLessThan(2);
  if (!args.includes('--json')) expect(r.out).not.toMatch(/\bnull\b|undefined|NaN/);
  return r;
};

describe('rows sync --migrate does not own, holding NULLs', () => {
  it('duplicate --scope all names a legacy row on the window as having no family, with no sha256', async () => {
    const ws = await adopted();
    const r = await run(ws, 'duplicate', '--scope', 'all', '--train-start', '2024-01-01', '--train-end', '2024-03-01');
    expect(r.code).toBe(1);
    expect(r.out).toContain('already trained: legacy_v1 (no family, no status, no sha256, from registry)');
    // Inside the family the legacy row is not a duplicate.
    expect((await run(ws, 'duplicate', '--train-start', '2024-01-01', '--train-end', '2024-03-01')).code).toBe(0);
  });

  it('duplicate without dates: rows with no training window share no window', async () => {
    const ws = await adopted();
    const r = await run(ws, 'duplicate', '--scope', 'all', '--json');
    const [report] = JSON.parse(r.out) as { findings: { actual?: string }[] }[];
    const windows = report?.findings.map((f) => f.actual);
    expect(windows).not.toContain('null..null');
    expect(r.out).not.toContain('legacy_v0');
  });

  it('drift, list, gate, promote, sync and history read them', async () => {
    const ws = await adopted();
    const drift = await run(ws, 'drift');
    expect(drift.out).toContain('catboost_v9_by_hand is in model_registry but not in the manifest');
    const list = await run(ws, 'list', '--as-of', '2026-03-01');
    expect(list.out).toMatch(/- catboost_v9_by_hand +n\/a +2025-11-02\.\.2026-01-08 +no +n\/a +n\/a /);
    const listJson = JSON.parse((await run(ws, 'list', '--as-of', '2026-03-01', '--json')).out);
    expect(listJson.listing.models.find((m: { model_id: string }) => m.model_id === 'catboost_v9_by_hand')).toMatchObject({
      status: null,
      sha256_prefix: null,
      is_production: false,
    });
    const gate = await run(ws, 'gate', '--model', PROD);
    expect(gate.out).toContain('catboost_v9_by_hand (no status, no sha256, from registry)');
    await run(ws, 'promote', '--model', PROD, '--dry-run');
    await run(ws, 'sync', '--dry-run');
    expect((await run(ws, 'sync', '--prune')).out).toContain('1 deleted');
    const history = await run(ws, 'history');
    expect(history.out).toMatch(/delete +catboost_v9_by_hand/);
    // The legacy rows are nobody's: kept as they are.
    const left = await selectRows(ws.registry, `SELECT model_id FROM model_registry WHERE family IS NULL ORDER BY model_id`);
    expect(left.map((x) => x.model_id)).toEqual(['legacy_v0', 'legacy_v00', 'legacy_v1']);
  });
});
