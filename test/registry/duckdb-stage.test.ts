// The DuckDB sync stages its rows through the appender in batches (duckdb-stage.ts). At and around a batch boundary
// the result must be the same as one batch; a failure in a later batch must leave the registry and its history as
// they were. Real DuckDB files, no fakes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { auditFor } from '../../src/checks/history.js';
import { planSync } from '../../src/checks/plan.js';
import { ServiceError } from '../../src/errors.js';
import type { Manifest, ModelEntry } from '../../src/manifest/schema.js';
import { duckdbRegistry } from '../../src/registry/duckdb.js';
import { STAGE_BATCH_ROWS, stageRows } from '../../src/registry/duckdb-stage.js';
import { manifestRows, type RegistryRow } from '../../src/registry/row.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-stage-'));
let dbs = 0;
const freshDb = () => join(dir, `r${dbs++}.duckdb`);

const entry = (i: number, note?: string): ModelEntry => ({
  file: `m${i}.cbm`,
  gcs_path: `gs://bucket/models/m${i}.cbm`,
  model_version: i % 3 === 0 ? null : `v${i % 7}`,
  feature_count: 33 + (i % 5),
  training_start_date: '2025-01-01',
  training_end_date: '2025-02-01',
  eval_start_date: i % 2 ? '2025-02-02' : null,
  eval_end_date: i % 2 ? '2025-02-20' : null,
  status: i === 0 ? 'production' : 'candidate',
  sha256: i.toString(16).padStart(64, '0'),
  metrics: { hit_rate_edge_3plus: 50 + (i % 30) / 3, mae: i % 4 ? 4 + i / 1000 : null, graded_edge_3plus_n: i % 200 },
  created_at: '2025-02-03T04:05:06.789Z',
  notes: note !== undefined || i % 5 ? `${note ?? `model ${i}`} — “quoted”, ünïcode 😀` : null,
});
const manifestOf = (n: number, note?: string): Manifest => ({
  schema_version: 1,
  family: 'fam',
  production_model: 'm000000',
  models: Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${String(i).padStart(6, '0')}`, entry(i, note)])),
});
const identity = { syncId: 's1', manifest: 'm.json', generation: null, sha256: 'a'.repeat(64), actor: 'test', reason: null };

/** One sync through the registry port, as the sync mode drives it (history included). */
const sync = async (path: string, m: Manifest) => {
  const reg = duckdbRegistry(path);
  const before = await reg.read();
  const seen = await reg.historyVersion();
  const plan = planSync(reg.name, manifestRows(m), before, false);
  await reg.apply(plan, m.family, { ...auditFor(plan, before, m, { ...identity, syncId: `s${seen}` }), seen });
  return reg;
};

describe('staging rows in batches', () => {
  it.each([STAGE_BATCH_ROWS - 1, STAGE_BATCH_ROWS, STAGE_BATCH_ROWS + 1])(
    `a sync of %i rows (a batch is ${STAGE_BATCH_ROWS}) writes exactly the manifest rows and one history row each`,
    async (n) => {
      const path = freshDb();
      const m = manifestOf(n);
      const reg = await sync(path, m);
      expect(await reg.read()).toEqual(manifestRows(m));
      expect(await reg.historyVersion()).toBe(n);
      const h = await reg.readHistory();
      expect(h.map((r) => r.seq)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(new Set(h.map((r) => r.change))).toEqual(new Set(['insert']));
    },
  );

  it('stages the same table whatever the batch size (batch − 1, batch, batch + 1 rows)', async () => {
    const columns = [
      ['s', 'VARCHAR'],
      ['i', 'BIGINT'],
      ['d', 'DOUBLE'],
      ['b', 'BOOLEAN'],
    ] as const;
    const rows = (n: number) => Array.from({ length: n }, (_, k) => ({ s: k % 3 ? `r${k}` : null, i: k * 7, d: k / 3, b: k % 2 === 0 }));
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      for (const n of [3, 4, 5]) {
        const read = async (batch: number) => {
          expect(await stageRows(c, 't', columns, rows(n), batch)).toBe(n);
          return (await c.runAndReadAll('SELECT * FROM t')).getRowObjectsJS();
        };
        const one = await read(1000);
        expect(one).toHaveLength(n);
        expect(await read(4)).toEqual(one);
        expect(one.map((r) => [r.s, Number(r.i), r.d, r.b])).toEqual(rows(n).map((r) => [r.s, r.i, r.d, r.b]));
      }
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });

  const seeded = async () => {
    const path = freshDb();
    const reg = await sync(path, manifestOf(STAGE_BATCH_ROWS + 10));
    return { path, reg, rows: await reg.read(), history: await reg.readHistory() };
  };
  const applyChanged = async (path: string, spoil: (rows: RegistryRow[]) => void) => {
    const reg = duckdbRegistry(path);
    const before = await reg.read();
    const m = manifestOf(STAGE_BATCH_ROWS + 10, 'changed');
    const plan = planSync(reg.name, manifestRows(m), before, false);
    expect(plan.update.length).toBeGreaterThan(STAGE_BATCH_ROWS);
    spoil(plan.update.map((u) => u.row));
    const seen = await reg.historyVersion();
    return reg.apply(plan, m.family, { ...auditFor(plan, before, m, { ...identity, syncId: 's-bad' }), seen });
  };

  it('a row that fails in a later batch (while staging) leaves the registry and history as they were', async () => {
    const { path, reg, rows, history } = await seeded();
    const err = await applyChanged(path, (updates) => {
      // Not an integer: the appender refuses it, after the first batch was staged.
      (updates[STAGE_BATCH_ROWS + 3] as unknown as { feature_count: number }).feature_count = 1.5;
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(await reg.read()).toEqual(rows);
    expect(await reg.readHistory()).toEqual(history);
  });

  it('a row the MERGE refuses (in the last batch) rolls back every earlier batch', async () => {
    const { path, reg, rows, history } = await seeded();
    const err = await applyChanged(path, (updates) => {
      (updates.at(-1) as unknown as { file: null }).file = null; // NOT NULL column
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(String(err.message)).toMatch(/NOT NULL/i);
    expect(await reg.read()).toEqual(rows);
    expect(await reg.readHistory()).toEqual(history);
  });
});
