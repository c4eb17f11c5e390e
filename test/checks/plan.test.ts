import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planCounts, planSync } from '../../src/checks/plan.js';
import { COLUMN_NAMES, type ManifestRow } from '../../src/registry/row.js';
import { withChanged } from '../helpers/columns.js';

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

describe('planSync', () => {
  it('sorts rows into insert, update (field old → new), unchanged and extra', () => {
    const plan = planSync(
      't',
      [row('a'), row('b', { training_end_date: '2026-01-08' }), row('c')],
      [row('b', { training_end_date: '2026-01-31' }), row('c'), row('z')],
      false,
    );
    expect(plan.insert.map((r) => r.model_id)).toEqual(['a']);
    expect(plan.update).toEqual([{ row: row('b'), changes: [{ field: 'training_end_date', old: '2026-01-31', new: '2026-01-08' }] }]);
    expect(plan.unchanged).toEqual(['c']);
    expect(plan.extra.map((r) => r.model_id)).toEqual(['z']);
    expect(plan.delete).toEqual([]);
    expect(planCounts(plan)).toBe('1 inserted, 1 updated, 1 unchanged');
  });

  it('deletes extras only with prune', () => {
    const plan = planSync('t', [row('a')], [row('a'), row('z')], true);
    expect(plan.delete).toEqual(['z']);
    expect(isEmptyPlan(plan)).toBe(false);
    expect(planCounts(plan)).toBe('0 inserted, 0 updated, 1 unchanged, 1 deleted');
  });

  it('treats NULL vs value and 0 vs -0 correctly', () => {
    expect(planSync('t', [row('a', { evaluation_mae: 0 })], [row('a', { evaluation_mae: -0 })], false).unchanged).toEqual(['a']);
    expect(planSync('t', [row('a', { evaluation_mae: 0 })], [row('a')], false).update[0]?.changes).toEqual([
      { field: 'evaluation_mae', old: null, new: 0 },
    ]);
  });

  it('treats NaN (as another writer may leave it) as equal to NaN, and unequal to a number', () => {
    expect(planSync('t', [row('a', { evaluation_mae: Number.NaN })], [row('a', { evaluation_mae: Number.NaN })], false).unchanged).toEqual([
      'a',
    ]);
    expect(planSync('t', [row('a', { evaluation_mae: 4 })], [row('a', { evaluation_mae: Number.NaN })], false).update[0]?.changes).toEqual([
      { field: 'evaluation_mae', old: Number.NaN, new: 4 },
    ]);
  });

  it('plans in model_id order whether or not the desired rows come sorted', () => {
    const ids = (p: ReturnType<typeof planSync>) => [...p.insert.map((r) => r.model_id), ...p.unchanged];
    const sorted = planSync('t', [row('a'), row('b'), row('c')], [row('b')], false);
    expect(ids(sorted)).toEqual(['a', 'c', 'b']);
    expect(planSync('t', [row('c'), row('a'), row('b')], [row('b')], false)).toEqual(sorted);
  });

  it('is empty when the registry already matches', () => {
    expect(isEmptyPlan(planSync('t', [row('a'), row('b')], [row('b'), row('a')], true))).toBe(true);
  });

  // Every column, not a sample: a column left out of the comparison is a field sync would never repair.
  it.each(COLUMN_NAMES.filter((c) => c !== 'model_id'))('plans an update when only %s differs', (column) => {
    const want = row('a', { evaluation_mae: 4.82, promoted_at: '2026-02-08', notes: 'n', feature_count: 33 });
    const have = withChanged(want, column);
    const plan = planSync('t', [want], [have], false);
    expect(plan.update).toEqual([{ row: want, changes: [{ field: column, old: have[column], new: want[column] }] }]);
    expect(plan.unchanged).toEqual([]);
    expect(isEmptyPlan(plan)).toBe(false);
  });

  it('treats a changed model_id as a new row and an extra one', () => {
    const plan = planSync('t', [row('a')], [withChanged(row('a'), 'model_id')], false);
    expect(plan.insert.map((r) => r.model_id)).toEqual(['a']);
    expect(plan.extra.map((r) => r.model_id)).toEqual(['a-changed']);
  });
});
