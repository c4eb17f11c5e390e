import { describe, expect, it } from 'vitest';
import { auditFor, historyOf, parseInstant, productionAt, promotionOf, type SyncIdentity } from '../../src/checks/history.js';
import { planSync } from '../../src/checks/plan.js';
import type { Manifest } from '../../src/manifest/schema.js';
import type { HistoryEntry, HistoryRow } from '../../src/registry/history-row.js';
import type { ManifestRow, RegistryRow } from '../../src/registry/row.js';

const row = (id: string, over: Partial<ManifestRow> = {}): ManifestRow => ({
  model_id: id,
  family: 'f',
  model_version: null,
  file: `${id}.cbm`,
  gcs_path: `gs://b/${id}.cbm`,
  feature_count: null,
  training_start_date: '2025-11-02',
  training_end_date: '2026-01-08',
  eval_start_date: null,
  eval_end_date: null,
  status: 'candidate',
  is_production: false,
  sha256: 'a'.repeat(64),
  hit_rate_edge_3plus: null,
  evaluation_mae: null,
  graded_edge_3plus_n: null,
  created_at: '2026-02-04T00:10:15.000Z',
  promoted_at: null,
  notes: null,
  metrics: null,
  ...over,
});

const id = (over: Partial<SyncIdentity> = {}): SyncIdentity => ({
  syncId: 's1',
  manifest: 'gs://b/manifest.json',
  generation: '42',
  sha256: 'f'.repeat(64),
  actor: 'alice',
  reason: null,
  ...over,
});

/** A manifest holding only what auditFor reads: the entries' promotion blocks. */
const manifestWith = (models: Record<string, unknown>): Manifest =>
  ({ schema_version: 1, family: 'f', production_model: null, models }) as unknown as Manifest;

const prod = { status: 'production', is_production: true } as const;

describe('auditFor: the history rows of one sync', () => {
  it('one row per insert, update and delete, in model order after the baseline, with old and new of the changed fields', () => {
    const before = [row('b', { notes: 'old' }), row('z'), row('y', { family: 'other' })];
    const plan = planSync('t', [row('a'), row('b', { notes: 'new' })], before.slice(0, 2), true);
    const audit = auditFor(plan, before, manifestWith({}), id());
    expect(audit.baseline.map((e) => [e.seq, e.family, e.model_id, e.change])).toEqual([
      [0, 'f', 'b', 'baseline'],
      [1, 'f', 'z', 'baseline'],
      [2, 'other', 'y', 'baseline'],
    ]);
    expect(audit.changes.map((e) => [e.seq, e.model_id, e.change, e.is_production, e.status])).toEqual([
      [3, 'a', 'insert', false, 'candidate'],
      [4, 'b', 'update', false, 'candidate'],
      [5, 'z', 'delete', false, null],
    ]);
    const [ins, upd, del] = audit.changes as [HistoryEntry, HistoryEntry, HistoryEntry];
    expect(JSON.parse(upd.fields)).toEqual([{ field: 'notes', old: 'old', new: 'new' }]);
    // Inserts and deletes carry every non-null column, so the history alone can rebuild the row.
    expect(JSON.parse(ins.fields)).toContainEqual({ field: 'gcs_path', old: null, new: 'gs://b/a.cbm' });
    expect(JSON.parse(ins.fields).some((f: { field: string }) => f.field === 'notes')).toBe(false);
    expect(JSON.parse(del.fields)).toContainEqual({ field: 'model_id', old: 'z', new: null });
    expect(JSON.parse(audit.baseline[0]?.fields ?? '')).toContainEqual({ field: 'notes', old: null, new: 'old' });
    for (const e of [...audit.baseline, ...audit.changes])
      expect(e).toMatchObject({ sync_id: 's1', manifest_generation: '42', manifest_sha256: 'f'.repeat(64), actor: 'alice' });
  });

  it('a row of an adopted table (sync --migrate) with no family and a NULL production flag still makes a valid baseline row', () => {
    const seeds: RegistryRow = { ...row('s'), family: null, is_production: null, file: null, gcs_path: null };
    const [b] = auditFor(planSync('t', [row('a')], [], false), [seeds, row('a')], manifestWith({}), id()).baseline;
    expect(b).toMatchObject({ model_id: 's', family: '', is_production: false, change: 'baseline' });
    expect(JSON.parse(b?.fields ?? '').map((f: { field: string }) => f.field)).not.toContain('family');
  });

  it('a kept extra row (no --prune) and an unchanged row write nothing; an empty plan writes no change row', () => {
    const plan = planSync('t', [row('a')], [row('a'), row('z')], false);
    expect(auditFor(plan, [row('a'), row('z')], manifestWith({}), id()).changes).toEqual([]);
  });

  it('--reason goes on every row; without it, the promotion reason goes on the rows whose production flag or status changes', () => {
    const before = [row('old', prod), row('new'), row('other', { notes: 'x' })];
    const desired = [
      row('old', { status: 'deprecated' }),
      row('new', { ...prod, promoted_at: '2026-03-01' }),
      row('other', { notes: 'y' }),
    ];
    const plan = planSync('t', desired, before, false);
    const manifest = manifestWith({
      new: { promotion: { reason: 'beats old on MAE', forced: true, failed_gates: ['hit_rate_edge_3plus >= 60', 7] } },
      // A promotion block left over from an earlier promotion is not this change's reason.
      other: { promotion: { reason: 'stale', forced: false, failed_gates: [] } },
    });
    const byModel = (a: ReturnType<typeof auditFor>) => Object.fromEntries(a.changes.map((e) => [e.model_id, e]));
    const promoted = byModel(auditFor(plan, before, manifest, id()));
    expect(promoted.new).toMatchObject({ reason: 'beats old on MAE', forced: true, failed_gates: '["hit_rate_edge_3plus >= 60"]' });
    expect(promoted.old).toMatchObject({ reason: 'beats old on MAE', forced: null, failed_gates: null });
    expect(promoted.other).toMatchObject({ reason: null, forced: null, failed_gates: null });
    const given = byModel(auditFor(plan, before, manifest, id({ reason: 'quarterly refresh' })));
    expect(Object.values(given).map((e) => e.reason)).toEqual(['quarterly refresh', 'quarterly refresh', 'quarterly refresh']);
    expect(given.new).toMatchObject({ forced: true });
  });

  it('reads the promotion block defensively: a wrong shape is no promotion, wrong-typed members are absent', () => {
    expect(promotionOf(manifestWith({ m: { promotion: 'yes' } }), 'm')).toBeNull();
    expect(promotionOf(manifestWith({ m: { promotion: [1] } }), 'm')).toBeNull();
    expect(promotionOf(manifestWith({ m: {} }), 'm')).toBeNull();
    expect(promotionOf(manifestWith({ m: { promotion: { reason: 3, forced: 'true', failed_gates: 'x' } } }), 'm')).toEqual({
      reason: null,
      forced: null,
      failedGates: null,
    });
  });
});

describe('parseInstant (--at)', () => {
  it.each([
    ['2026-02-05', '2026-02-05T00:00:00.000000Z'],
    ['2026-02-05T10:11:12Z', '2026-02-05T10:11:12.000000Z'],
    ['2026-02-05T10:11:12.1234567Z', '2026-02-05T10:11:12.123456Z'],
    ['2026-02-05T10:11', '2026-02-05T10:11:00.000000Z'],
    ['2026-02-05 10:11:12', '2026-02-05T10:11:12.000000Z'],
    ['2026-02-05T01:00:00+02:00', '2026-02-04T23:00:00.000000Z'],
    ['2026-02-05T01:00:00-0130', '2026-02-05T02:30:00.000000Z'],
  ])('%s → %s', (given, want) => expect(parseInstant(given)).toBe(want));

  it.each(['yesterday', '', '2026-02-30', '2026-13-01', '2026-02-05T25:00:00Z', '2026-02-05T10:61Z', '1700000000', '2026-2-5'])(
    'refuses %j',
    (given) => expect(parseInstant(given)).toBeNull(),
  );
});

const h = (
  changed_at: string,
  seq: number,
  model_id: string,
  change: HistoryRow['change'],
  is_production: boolean,
  family = 'f',
): HistoryRow => ({
  changed_at,
  sync_id: changed_at,
  seq,
  model_id,
  family,
  change,
  fields: '[]',
  is_production,
  status: is_production ? 'production' : 'candidate',
  manifest: 'm',
  manifest_generation: null,
  manifest_sha256: 'f'.repeat(64),
  actor: 'a',
  reason: null,
  forced: null,
  failed_gates: null,
});

const T0 = '2026-01-01T00:00:00.000000Z';
const T1 = '2026-02-01T00:00:00.000000Z';
const T2 = '2026-03-01T00:00:00.000000Z';
// Stored out of order on purpose: the answer must not depend on the read order.
const trail = [
  h(T1, 3, 'new', 'update', true),
  h(T0, 0, 'old', 'baseline', true),
  h(T0, 1, 'cand', 'baseline', false),
  h(T1, 2, 'old', 'update', false),
  h(T2, 4, 'new', 'delete', false),
  h(T0, 0, 'x', 'baseline', true, 'other'),
];

describe('productionAt and historyOf', () => {
  it('replays the family up to the instant (inclusive): before the history nothing, then the baseline, then the promotion', () => {
    expect(productionAt(trail, 'f', '2025-12-31T00:00:00.000000Z')).toEqual({
      at: '2025-12-31T00:00:00.000000Z',
      model_id: null,
      since: null,
      since_baseline: false,
      history_starts: T0,
    });
    expect(productionAt(trail, 'f', '2026-01-15T00:00:00.000000Z')).toMatchObject({ model_id: 'old', since: T0, since_baseline: true });
    expect(productionAt(trail, 'f', T1)).toMatchObject({ model_id: 'new', since: T1, since_baseline: false });
    expect(productionAt(trail, 'f', T2)).toMatchObject({ model_id: null });
    expect(productionAt([], 'f', T2)).toMatchObject({ model_id: null, history_starts: null });
  });

  it('lists the family newest first, filtered by model and instant, with the JSON columns parsed', () => {
    expect(historyOf(trail, 'f').map((e) => `${e.seq}:${e.model_id}`)).toEqual(['4:new', '3:new', '2:old', '1:cand', '0:old']);
    expect(historyOf(trail, 'f', { model: 'old' }).map((e) => e.seq)).toEqual([2, 0]);
    expect(historyOf(trail, 'f', { at: T0 }).map((e) => e.seq)).toEqual([1, 0]);
    expect(historyOf(trail, 'f')[0]?.fields).toEqual([]);
  });

  // The JSON columns come from the registry: a hand-written row's keys are read as written, where V8's JSON.parse
  // reads "\u0062" as the "\\" an earlier object of the same shape holds (nodejs/node#63785).
  it('reads the JSON columns with their keys as written', () => {
    const fields = String.raw`[{"field":"a","old":{"k":0,"\\":1},"new":1},{"field":"b","old":{"k":1,"\u0062":2},"new":2}]`;
    const [entry] = historyOf([{ ...(trail[0] as HistoryRow), fields }], 'f');
    expect(entry?.fields).toStrictEqual([
      { field: 'a', old: { k: 0, '\\': 1 }, new: 1 },
      { field: 'b', old: { k: 1, b: 2 }, new: 2 },
    ]);
  });
});
