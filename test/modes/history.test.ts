// The audit trail on the DuckDB registry, through the CLI: sync appends history in the same transaction as the MERGE,
// history reads it back, --at answers which model was production.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFor } from '../../src/checks/history.js';
import { planSync } from '../../src/checks/plan.js';
import { duckdbRegistry } from '../../src/registry/duckdb.js';
import { RegistryMovedError } from '../../src/registry/history-row.js';
import type { ManifestRow } from '../../src/registry/row.js';
import { runCli, workspace } from '../helpers/cli.js';
import { execSql, selectRows } from '../helpers/duckdb.js';
import { CANDIDATE, type Entry, PREVIOUS, promote, setNote } from '../helpers/history.js';

const historyOf = async (config: string, ...args: string[]) => {
  const r = await runCli(['history', '--config', config, '--json', ...args]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as {
    summary: string;
    history: { entries: Entry[]; production: { model_id: string | null; since: string | null } | null };
  };
};
const stored = (db: string) => selectRows(db, 'SELECT * FROM model_registry_history ORDER BY changed_at, seq');
const registry = (db: string) => selectRows(db, 'SELECT * FROM model_registry ORDER BY model_id');

describe('history on DuckDB', () => {
  it('sync twice writes the history once; an update records old and new of the changed field; nothing rewrites a row', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const first = await stored(ws.registry);
    expect(first.map((r) => [r.model_id, r.change])).toEqual([
      ['catboost_v9_2026_02', 'insert'],
      [PREVIOUS, 'insert'],
      ['catboost_v9_feb_02_retrain', 'insert'],
    ]);
    expect((await runCli(['sync', '--config', ws.config])).out).toContain('0 inserted, 0 updated, 3 unchanged');
    expect(await stored(ws.registry)).toEqual(first);

    setNote(ws.manifest, PREVIOUS, 'regraded');
    expect((await runCli(['sync', '--config', ws.config, '--reason', 'regrade notes'])).code).toBe(0);
    const second = await stored(ws.registry);
    expect(second.slice(0, 3)).toEqual(first);
    expect(second).toHaveLength(4);
    const h = await historyOf(ws.config);
    const [update] = h.history.entries;
    expect(update).toMatchObject({ model_id: PREVIOUS, change: 'update', reason: 'regrade notes', manifest_generation: null });
    expect(update?.fields).toEqual([
      { field: 'notes', old: 'Evaluated on Jan 9-31 holdout. Backfill grading shows 71.2% on Jan 12 week.', new: 'regraded' },
    ]);
    // The hash of the manifest's bytes as that sync read them.
    expect(update?.manifest_sha256).toBe(createHash('sha256').update(readFileSync(ws.manifest)).digest('hex'));
    expect(update?.actor).not.toBe('');
    // --prune deletes a row: one delete row, and still every earlier row as it was.
    await execSql(
      ws.registry,
      `INSERT INTO model_registry SELECT * REPLACE ('stray' AS model_id) FROM model_registry WHERE model_id = $id`,
      {
        id: CANDIDATE,
      },
    );
    expect((await runCli(['sync', '--config', ws.config, '--prune'])).code).toBe(0);
    const third = await stored(ws.registry);
    expect(third.slice(0, 4)).toEqual(second);
    expect(third.slice(4).map((r) => [r.model_id, r.change, r.is_production])).toEqual([['stray', 'delete', false]]);
    expect((await historyOf(ws.config, '--model', 'stray')).history.entries.map((e) => e.change)).toEqual(['delete']);
  });

  it('a registry without a history table starts it with one baseline row per model, at its first change', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    await execSql(ws.registry, 'DROP TABLE model_registry_history');
    // An empty plan writes nothing, not even the baseline.
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    expect(
      (await selectRows(ws.registry, `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'model_registry_history'`))[0]
        ?.n,
    ).toBe(0n);
    setNote(ws.manifest, CANDIDATE, 'first note');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const rows = await stored(ws.registry);
    expect(rows.map((r) => [Number(r.seq), r.model_id, r.change])).toEqual([
      [0, 'catboost_v9_2026_02', 'baseline'],
      [1, PREVIOUS, 'baseline'],
      [2, 'catboost_v9_feb_02_retrain', 'baseline'],
      [3, 'catboost_v9_2026_02', 'update'],
    ]);
    expect(new Set(rows.map((r) => String(r.changed_at))).size).toBe(1);
    const at = (await historyOf(ws.config, '--at', '2100-01-01')).history.production;
    expect(at).toMatchObject({ model_id: PREVIOUS, since_baseline: true });
  });

  it('a failure inside the transaction (the history insert) leaves neither table changed, and exits 3', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const [before, beforeHistory] = [await registry(ws.registry), await stored(ws.registry)];
    // The same columns, and one constraint more: the INSERT fails after the MERGE ran.
    await execSql(ws.registry, `ALTER TABLE model_registry_history RENAME TO h_old`);
    await execSql(ws.registry, `CREATE TABLE model_registry_history AS SELECT * FROM h_old WITH NO DATA`);
    await execSql(ws.registry, `INSERT INTO model_registry_history SELECT * FROM h_old`);
    await execSql(ws.registry, `DROP TABLE h_old`);
    await execSql(ws.registry, `CREATE UNIQUE INDEX no_second ON model_registry_history (model_id)`);
    setNote(ws.manifest, PREVIOUS, 'never stored');
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/DuckDB MERGE into .*model_registry/);
    expect(await registry(ws.registry)).toEqual(before);
    expect(await stored(ws.registry)).toEqual(beforeHistory);
  });

  it('Session 163: after a promotion, sync writes registry and history; --at before it names the previous model', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const [before] = (await historyOf(ws.config)).history.entries;
    promote(ws.manifest, CANDIDATE, { reason: 'beats v9 on the Feb holdout', forced: true, failed_gates: ['graded_edge_3plus_n >= 50'] });
    const sync = await runCli(['sync', '--config', ws.config]);
    expect(sync.code, sync.err).toBe(0);
    expect(await registry(ws.registry)).toContainEqual(
      expect.objectContaining({ model_id: CANDIDATE, is_production: true, status: 'production' }),
    );
    const h = await historyOf(ws.config);
    const promotion = h.history.entries.filter((e) => e.sync_id !== before?.sync_id);
    expect(promotion.map((e) => [e.model_id, e.change, e.is_production, e.reason])).toEqual([
      [PREVIOUS, 'update', false, 'beats v9 on the Feb holdout'],
      [CANDIDATE, 'update', true, 'beats v9 on the Feb holdout'],
    ]);
    expect(promotion[1]).toMatchObject({ forced: true, failed_gates: ['graded_edge_3plus_n >= 50'] });
    expect(promotion[1]?.fields).toContainEqual({ field: 'is_production', old: false, new: true });
    // Times from the rows themselves: the first sync's time is before the promotion's.
    const early = await historyOf(ws.config, '--at', before?.changed_at as string);
    expect(early.history.production).toMatchObject({ model_id: PREVIOUS });
    expect(early.summary).toContain(`the production model was ${PREVIOUS}`);
    const late = await historyOf(ws.config, '--at', promotion[0]?.changed_at as string);
    expect(late.history.production).toMatchObject({ model_id: CANDIDATE, since: promotion[0]?.changed_at });
    const text = await runCli(['history', '--config', ws.config, '--model', CANDIDATE]);
    expect(text.out).toContain('reason: "beats v9 on the Feb holdout"; forced past failed gates: graded_edge_3plus_n >= 50');
    expect(text.out).toContain('is_production: false → true');
  });

  it('bad input exits 2 naming the flag, and writes nothing', async () => {
    const ws = workspace();
    for (const [args, flag] of [
      [['history', '--at', 'last tuesday'], '--at last tuesday is not a timestamp'],
      [['history', '--at', '2026-02-30'], '--at 2026-02-30 is not a timestamp'],
      [['sync', '--reason', ''], '--reason is empty'],
      [['sync', '--reason', 'two\nlines'], '--reason contains a control character'],
    ] as const) {
      const r = await runCli([...args, '--config', ws.config]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(flag);
      expect(existsSync(join(ws.dir, 'registry.duckdb'))).toBe(false);
    }
  });

  it('a stale plan (another sync committed since the read) writes nothing: RegistryMovedError', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const registryPort = duckdbRegistry(ws.registry);
    const seen = await registryPort.historyVersion();
    const all = await registryPort.read();
    setNote(ws.manifest, PREVIOUS, 'from the other sync');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const [before, beforeHistory] = [await registry(ws.registry), await stored(ws.registry)];
    const mine = planSync(
      'model_registry',
      // Rows sync wrote: every column set.
      all.map((r) => (r.model_id === CANDIDATE ? { ...r, notes: 'mine' } : r)) as ManifestRow[],
      all,
      false,
    );
    const audit = auditFor(mine, all, { models: {} } as never, {
      syncId: 'x',
      manifest: 'm',
      generation: null,
      sha256: 'f'.repeat(64),
      actor: 'a',
      reason: null,
    });
    await expect(registryPort.apply(mine, 'catboost_v9', { ...audit, seen })).rejects.toBeInstanceOf(RegistryMovedError);
    expect(await registry(ws.registry)).toEqual(before);
    expect(await stored(ws.registry)).toEqual(beforeHistory);
  });

  it('a hostile promotion reason is stored verbatim, and no history line it reaches can start a workflow command', async () => {
    const ws = workspace();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    // The manifest schema refuses line breaks and bidi overrides in a reason (one line, safe text): what is left of
    // an attack is a value that starts with a workflow command, markup, a mention and SQL.
    const evil = "::stop-commands::tok ::error::pwned | <b>@team</b> `rm -rf` '; DROP TABLE t; --";
    const before = ws.bytes('manifest.json');
    promote(ws.manifest, CANDIDATE, { reason: 'x\n::stop-commands::tok', forced: true, failed_gates: [] });
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(2);
    writeFileSync(ws.manifest, before);
    promote(ws.manifest, CANDIDATE, { reason: evil, forced: true, failed_gates: ['::warning::b'] });
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const json = await historyOf(ws.config, '--model', CANDIDATE);
    expect(json.history.entries[0]).toMatchObject({ reason: evil, failed_gates: ['::warning::b'] });
    for (const format of ['text', 'markdown']) {
      const r = await runCli(['history', '--config', ws.config, '--format', format]);
      expect(r.code).toBe(0);
      for (const line of r.out.split(/\r?\n/)) expect(line.startsWith('::'), `${format}: ${line}`).toBe(false);
    }
  });
});
