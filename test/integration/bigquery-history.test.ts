// The audit trail on BigQuery through the real client against the stand-in: the MERGE and the history INSERTs are one
// multi-statement transaction (one query job), so the registry and its history change together or not at all.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFor } from '../../src/checks/history.js';
import { planSync } from '../../src/checks/plan.js';
import { bigqueryRegistry } from '../../src/registry/bigquery.js';
import type { ManifestRow } from '../../src/registry/row.js';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, workspace } from '../helpers/cli.js';
import { CANDIDATE, type Entry, PREVIOUS, promote, setNote } from '../helpers/history.js';

const DATASET = 'governance';
const standIn = useBigQueryStandIn(DATASET);

let n = 0;
const setup = () => {
  const id = `registry_h${++n}`;
  const ws = workspace();
  writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: bigquery:test-project.${DATASET}.${id}`));
  return { ws, id, history: `${id}_history` };
};
const rows = (id: string) => standIn.bq.table('test-project', DATASET, id, { orderBy: 'model_id' });
const historyRows = async (table: string) =>
  (await standIn.bq.table('test-project', DATASET, table)).sort(
    (a, b) => String(a.changed_at).localeCompare(String(b.changed_at)) || Number(a.seq) - Number(b.seq),
  );
const historyOf = async (config: string, ...args: string[]) => {
  const r = await runCli(['history', '--config', config, '--json', ...args]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as { summary: string; history: { entries: Entry[]; production: { model_id: string | null } | null } };
};

describe('history on BigQuery', () => {
  it('sync twice: one transaction script, history rows once; an update records old and new; history is only ever appended', async () => {
    const { ws, id, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const first = await historyRows(history);
    expect(first.map((r) => [r.model_id, r.change])).toEqual([
      [CANDIDATE, 'insert'],
      [PREVIOUS, 'insert'],
      ['catboost_v9_feb_02_retrain', 'insert'],
    ]);
    expect((await runCli(['sync', '--config', ws.config])).out).toContain('0 inserted, 0 updated, 3 unchanged');
    expect(await historyRows(history)).toEqual(first);

    setNote(ws.manifest, CANDIDATE, 'graded');
    expect((await runCli(['sync', '--config', ws.config, '--reason', 'grading done'])).code).toBe(0);
    const after = await historyRows(history);
    expect(after.slice(0, 3)).toEqual(first);
    expect(after.slice(3)).toEqual([
      expect.objectContaining({ model_id: CANDIDATE, change: 'update', reason: 'grading done', is_production: false }),
    ]);
    const [update] = (await historyOf(ws.config)).history.entries;
    expect(update?.fields).toEqual([{ field: 'notes', old: null, new: 'graded' }]);
    expect(update?.changed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);

    const mine = standIn.bq.queries.filter((q) => q.sql.includes(`.${history}\``));
    // Every write is one job: BEGIN TRANSACTION; MERGE; INSERT history (baseline, changes); COMMIT TRANSACTION.
    const writes = mine.filter((q) => /^BEGIN TRANSACTION;/.test(q.sql));
    expect(writes).toHaveLength(2);
    for (const q of writes)
      expect(q.sql).toMatch(/^BEGIN TRANSACTION;\s*MERGE `[^`]+`[\s\S]*INSERT INTO `[^`]+_history`[\s\S]*COMMIT TRANSACTION;$/);
    // Nothing ever updates or deletes a history row: the history table is only INSERTed into and SELECTed from.
    for (const q of mine)
      expect(q.sql).not.toMatch(new RegExp(`(UPDATE|DELETE FROM|DELETE|MERGE|TRUNCATE TABLE)\\s+\`[^\`]*\\.${history}\``));
    expect(await rows(id)).toHaveLength(3);
  });

  it('a registry without a history table: the history table is created and starts with a baseline row per model', async () => {
    const { ws, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    await standIn.bq.engine.deleteTable('test-project', DATASET, history);
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    await expect(standIn.bq.table('test-project', DATASET, history)).rejects.toThrow(/Not found/);
    setNote(ws.manifest, PREVIOUS, 'rechecked');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const h = await historyRows(history);
    expect(h.map((r) => [r.seq, r.model_id, r.change])).toEqual([
      [0, CANDIDATE, 'baseline'],
      [1, PREVIOUS, 'baseline'],
      [2, 'catboost_v9_feb_02_retrain', 'baseline'],
      [3, PREVIOUS, 'update'],
    ]);
    expect(h.find((r) => r.change === 'baseline' && r.model_id === PREVIOUS)).toMatchObject({ is_production: true });
  });

  it('a failure in the middle of the transaction (after the MERGE ran) leaves neither table changed; exit 3', async () => {
    const { ws, id, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const [before, beforeHistory] = [await rows(id), await historyRows(history)];
    setNote(ws.manifest, PREVIOUS, 'never stored');
    const f = standIn.bq.fault({
      statement: new RegExp(`INSERT INTO "test-project\\.${DATASET}\\.${history}"`),
      kind: 'accessDenied',
      times: Infinity,
    });
    const r = await runCli(['sync', '--config', ws.config]);
    expect(f.hits).toBeGreaterThan(0);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/BigQuery MERGE into .*Access Denied/);
    expect(await rows(id)).toEqual(before);
    expect(await historyRows(history)).toEqual(beforeHistory);
  });

  it('a transient failure mid-transaction or a transaction conflict is retried as a whole: registry and history once', async () => {
    const { ws, id, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    setNote(ws.manifest, PREVIOUS, 'retried');
    const mid = standIn.bq.fault({ statement: new RegExp(`INSERT INTO "test-project\\.${DATASET}\\.${history}"`), kind: 'backendError' });
    const conflict = standIn.bq.fault({ kind: 'concurrentUpdate', query: /^BEGIN TRANSACTION;/ });
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code, r.err).toBe(0);
    expect([mid.hits, conflict.hits]).toEqual([1, 1]);
    expect((await rows(id)).find((x) => x.model_id === PREVIOUS)?.notes).toBe('retried');
    expect((await historyRows(history)).filter((x) => x.change === 'update')).toHaveLength(1);
  });

  it('Session 163: after a promotion, sync writes registry and history; history --at before it names the previous model', async () => {
    const { ws, id } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const [first] = (await historyOf(ws.config)).history.entries;
    promote(ws.manifest, CANDIDATE, { reason: 'passes all six gates', forced: false, failed_gates: [] });
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    expect((await rows(id)).filter((r) => r.is_production).map((r) => r.model_id)).toEqual([CANDIDATE]);
    const entries = (await historyOf(ws.config)).history.entries.filter((e) => e.sync_id !== first?.sync_id);
    expect(entries.map((e) => [e.model_id, e.is_production, e.reason, e.forced])).toEqual([
      [PREVIOUS, false, 'passes all six gates', null],
      [CANDIDATE, true, 'passes all six gates', false],
    ]);
    const before = await historyOf(ws.config, '--at', first?.changed_at as string);
    expect(before.history.production).toMatchObject({ model_id: PREVIOUS });
    const after = await historyOf(ws.config, '--at', entries[0]?.changed_at as string);
    expect(after.history.production).toMatchObject({ model_id: CANDIDATE });
  });

  it('another sync committing between this sync read and its transaction: nothing stale is written, it re-plans', async () => {
    const { ws, id, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    setNote(ws.manifest, PREVIOUS, 'both want this');
    // A reads and plans, then its transaction is held; B (the same manifest) syncs meanwhile and commits.
    const hold = standIn.bq.hold((sql) => sql.startsWith('BEGIN TRANSACTION;') && sql.includes(`.${id}\``));
    const a = runCli(['sync', '--config', ws.config, '--reason', 'run A']);
    await hold.reached;
    const b = await runCli(['sync', '--config', ws.config, '--reason', 'run B']);
    expect(b.code, b.err).toBe(0);
    hold.release();
    const ra = await a;
    expect(ra.code, ra.err).toBe(0);
    // A found the history grown, rolled back, read again: B had done its work, so A's plan is empty.
    expect(ra.err).toMatch(/changed since it was read .*: reading it again/);
    expect(ra.out).toContain('0 inserted, 0 updated, 3 unchanged');
    const updates = (await historyRows(history)).filter((r) => r.change === 'update');
    expect(updates.map((r) => [r.model_id, r.reason])).toEqual([[PREVIOUS, 'run B']]);
    expect((await rows(id)).find((r) => r.model_id === PREVIOUS)?.notes).toBe('both want this');
  });

  it('a committed script run again after another sync (a retry whose first answer was lost) changes nothing', async () => {
    const { ws, id, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    const port = bigqueryRegistry(`test-project.${DATASET}.${id}`, { location: undefined, createTable: false });
    const seen = await port.historyVersion();
    const all = await port.read();
    // Sync A: its own note on CANDIDATE, committed.
    const mine = planSync(
      id,
      // Rows sync wrote: every column set.
      all.map((r) => (r.model_id === CANDIDATE ? { ...r, notes: 'from A' } : r)) as ManifestRow[],
      all,
      false,
    );
    const identity = { syncId: 'sync-a', manifest: 'm', generation: null, sha256: 'a'.repeat(64), actor: 'a', reason: null };
    const audit = { ...auditFor(mine, all, { models: {} } as never, identity), seen };
    await port.apply(mine, 'catboost_v9', audit);
    // Sync B commits after A, from the manifest (which never had A's note).
    setNote(ws.manifest, PREVIOUS, 'from B');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const [registryAfterB, historyAfterB] = [await rows(id), await historyRows(history)];
    // A's retry: the same script, the same sync id. It must not put A's stale rows back over B's.
    await port.apply(mine, 'catboost_v9', audit);
    expect(await rows(id)).toEqual(registryAfterB);
    expect(await historyRows(history)).toEqual(historyAfterB);
  });

  it('a transaction that committed but whose answer was lost is retried as a no-op: history rows once, same report', async () => {
    const { ws, history } = setup();
    expect((await runCli(['sync', '--config', ws.config, '--create-table'])).code).toBe(0);
    setNote(ws.manifest, PREVIOUS, 'answer lost');
    const lost = standIn.bq.fault({ method: 'POST', path: /\/queries$/, sql: /^BEGIN TRANSACTION;/, truncate: true });
    const r = await runCli(['sync', '--config', ws.config]);
    expect(lost.hits).toBe(1);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('0 inserted, 1 updated, 2 unchanged');
    expect((await historyRows(history)).filter((x) => x.change === 'update')).toHaveLength(1);
  });
});
