// The sync plan: what a MERGE must do to make the registry equal the manifest. Pure.
import { byId, COLUMN_NAMES, type Column, type ManifestRow, type RegistryRow } from '../registry/row.js';
import type { Scalar } from '../report/types.js';
import type { ColumnAdd } from './migration.js';

export interface FieldChange {
  field: Column;
  old: Scalar;
  new: Scalar;
}

export interface Plan {
  table: string;
  /** sync --migrate only: the columns added (ALTER TABLE ADD COLUMN) before the MERGE; first in every rendering. */
  migrate?: ColumnAdd[];
  insert: ManifestRow[];
  update: { row: ManifestRow; changes: FieldChange[] }[];
  unchanged: string[];
  /** Registry rows of this family that the manifest lacks (as read: any column but the key may be NULL). */
  extra: RegistryRow[];
  /** The subset of `extra` that will be deleted (only with prune). */
  delete: string[];
}

// Equal as Object.is says, except that 0 and -0 are the same value in every backend.
const same = (w: unknown, h: unknown): boolean => w === h || (Number.isNaN(w) && Number.isNaN(h));

// One loop, and no allocation for a row that is the same (most rows of a big manifest).
export const diffRow = (want: ManifestRow, have: RegistryRow): FieldChange[] => {
  const out: FieldChange[] = [];
  for (const c of COLUMN_NAMES) {
    const w = want[c];
    const h = have[c];
    if (!same(w, h)) out.push({ field: c, old: h, new: w });
  }
  return out;
};

/**
 * diffRow(want, have) is empty, column by column written out: the loop's keyed reads (want[c] for 20 names) cost a
 * 10,000-row plan more than the rest of it, and nearly every row of a big manifest is the same (so `===` first, inline;
 * `same` only for a pair that differs). Every column of COLUMNS must be here (test/checks/plan.test.ts changes each
 * one alone).
 */
export const sameRow = (w: ManifestRow, h: RegistryRow): boolean =>
  (w.model_id === h.model_id || same(w.model_id, h.model_id)) &&
  (w.family === h.family || same(w.family, h.family)) &&
  (w.model_version === h.model_version || same(w.model_version, h.model_version)) &&
  (w.file === h.file || same(w.file, h.file)) &&
  (w.gcs_path === h.gcs_path || same(w.gcs_path, h.gcs_path)) &&
  (w.feature_count === h.feature_count || same(w.feature_count, h.feature_count)) &&
  (w.training_start_date === h.training_start_date || same(w.training_start_date, h.training_start_date)) &&
  (w.training_end_date === h.training_end_date || same(w.training_end_date, h.training_end_date)) &&
  (w.eval_start_date === h.eval_start_date || same(w.eval_start_date, h.eval_start_date)) &&
  (w.eval_end_date === h.eval_end_date || same(w.eval_end_date, h.eval_end_date)) &&
  (w.status === h.status || same(w.status, h.status)) &&
  (w.is_production === h.is_production || same(w.is_production, h.is_production)) &&
  (w.sha256 === h.sha256 || same(w.sha256, h.sha256)) &&
  (w.hit_rate_edge_3plus === h.hit_rate_edge_3plus || same(w.hit_rate_edge_3plus, h.hit_rate_edge_3plus)) &&
  (w.evaluation_mae === h.evaluation_mae || same(w.evaluation_mae, h.evaluation_mae)) &&
  (w.graded_edge_3plus_n === h.graded_edge_3plus_n || same(w.graded_edge_3plus_n, h.graded_edge_3plus_n)) &&
  (w.created_at === h.created_at || same(w.created_at, h.created_at)) &&
  (w.promoted_at === h.promoted_at || same(w.promoted_at, h.promoted_at)) &&
  (w.notes === h.notes || same(w.notes, h.notes)) &&
  (w.metrics === h.metrics || same(w.metrics, h.metrics));

/** The rows in model_id order: as given when they already are (manifestRows sorts), else a sorted copy. */
const inIdOrder = (rows: ManifestRow[]): ManifestRow[] => {
  for (let i = 1; i < rows.length; i++)
    if (byId((rows[i - 1] as ManifestRow).model_id, (rows[i] as ManifestRow).model_id) > 0)
      return [...rows].sort((a, b) => byId(a.model_id, b.model_id));
  return rows;
};

export const planSync = (table: string, desired: ManifestRow[], current: RegistryRow[], prune: boolean): Plan => {
  // Filled by loops, not from mapped arrays of pairs: 10,000 rows a side.
  const have = new Map<string, RegistryRow>();
  for (const r of current) have.set(r.model_id, r);
  const want = new Set<string>();
  for (const r of desired) want.add(r.model_id);
  const plan: Plan = { table, insert: [], update: [], unchanged: [], extra: [], delete: [] };
  for (const row of inIdOrder(desired)) {
    const old = have.get(row.model_id);
    if (!old) plan.insert.push(row);
    else if (sameRow(row, old)) plan.unchanged.push(row.model_id);
    else plan.update.push({ row, changes: diffRow(row, old) });
  }
  plan.extra = current.filter((r) => !want.has(r.model_id)).sort((a, b) => byId(a.model_id, b.model_id));
  if (prune) plan.delete = plan.extra.map((r) => r.model_id);
  return plan;
};

/** The rows a sync writes, inserts then updates in plan order, without copying them into one more array. */
export function* planRows(plan: Plan): Generator<Plan['insert'][number]> {
  yield* plan.insert;
  for (const u of plan.update) yield u.row;
}

export const isEmptyPlan = (p: Plan): boolean =>
  (p.migrate?.length ?? 0) === 0 && p.insert.length === 0 && p.update.length === 0 && p.delete.length === 0;

/** "1 column added, 0 inserted, …" for an applied plan; "1 column to add, 0 to insert, …" for a dry run's. */
export const planCounts = (p: Plan, tense: 'applied' | 'planned' = 'applied'): string => {
  const verb = (done: string, todo: string) => (tense === 'applied' ? done : todo);
  return [
    ...(p.migrate?.length ? [`${p.migrate.length} column${p.migrate.length === 1 ? '' : 's'} ${verb('added', 'to add')}`] : []),
    `${p.insert.length} ${verb('inserted', 'to insert')}`,
    `${p.update.length} ${verb('updated', 'to update')}`,
    `${p.unchanged.length} unchanged`,
    ...(p.delete.length > 0 ? [`${p.delete.length} ${verb('deleted', 'to delete')}`] : []),
  ].join(', ');
};
