// The audit trail, pure: the history rows a sync appends (from its plan), and what the history says
// (the changes newest first; which model was production at an instant, and since when).
import type { Manifest } from '../manifest/schema.js';
import type { Audit, HistoryEntry, HistoryRow } from '../registry/history-row.js';
import { byId, COLUMN_NAMES, type RegistryRow } from '../registry/row.js';
import type { Scalar } from '../report/types.js';
import { parseJson as parseJsonText } from '../util/json-parse.js';
import type { FieldChange, Plan } from './plan.js';

/** Who and what a sync records on each of its rows. */
export interface SyncIdentity {
  syncId: string;
  /** The manifest's address (path or gs:// URL). */
  manifest: string;
  generation: string | null;
  sha256: string;
  actor: string;
  /** `sync --reason`: applies to every row of the sync. */
  reason: string | null;
}

/** `promotion` of a manifest entry, as `promote --force --reason` writes it; read defensively (any shape may be there). */
export interface Promotion {
  reason: string | null;
  forced: boolean | null;
  failedGates: string[] | null;
}

export const promotionOf = (manifest: Manifest, id: string): Promotion | null => {
  const p = (manifest.models[id] as Record<string, unknown> | undefined)?.promotion;
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return null;
  const o = p as Record<string, unknown>;
  const gates = Array.isArray(o.failed_gates) ? o.failed_gates.filter((g): g is string => typeof g === 'string') : null;
  return {
    reason: typeof o.reason === 'string' && o.reason !== '' ? o.reason : null,
    forced: typeof o.forced === 'boolean' ? o.forced : null,
    failedGates: gates,
  };
};

/** Every non-null column of a row, as a change from (or to) nothing. */
const wholeRow = (r: RegistryRow, direction: 'in' | 'out'): FieldChange[] =>
  COLUMN_NAMES.filter((c) => r[c] !== null).map((c) =>
    direction === 'in' ? { field: c, old: null, new: r[c] } : { field: c, old: r[c], new: null },
  );

const touchesStatus = (changes: FieldChange[]): boolean => changes.some((c) => c.field === 'is_production' || c.field === 'status');
const json = (changes: FieldChange[]): string => JSON.stringify(changes.map((c) => ({ field: c.field, old: c.old, new: c.new })));

/**
 * The rows one sync appends. `before` is every registry row as read (all families): it becomes the baseline when the
 * history is still empty. Reason: `--reason` on every row; else, on the rows whose production flag or status changes,
 * the promoted model's `promotion.reason` (the model becoming production in this plan), whose row also records
 * whether the promotion was forced and which gates it failed.
 */
export const auditFor = (plan: Plan, before: RegistryRow[], manifest: Manifest, id: SyncIdentity): Audit => {
  const common = {
    sync_id: id.syncId,
    manifest: id.manifest,
    manifest_generation: id.generation,
    manifest_sha256: id.sha256,
    actor: id.actor,
  };
  const baseline = [...before]
    .sort((a, b) => byId(a.family ?? '', b.family ?? '') || byId(a.model_id, b.model_id))
    .map(
      (r, seq): HistoryEntry => ({
        ...common,
        seq,
        model_id: r.model_id,
        // A row of a table adopted by sync --migrate may have no family yet: '' (the history's family is required).
        family: r.family ?? '',
        change: 'baseline',
        fields: json(wholeRow(r, 'in')),
        // An adopted table's row may hold NULL here; it was not the production model.
        is_production: r.is_production === true,
        status: r.status,
        reason: null,
        forced: null,
        failed_gates: null,
      }),
    );

  const promoted =
    plan.insert.find((r) => r.is_production)?.model_id ??
    plan.update.find((u) => u.row.is_production && u.changes.some((c) => c.field === 'is_production'))?.row.model_id;
  const promotion = promoted === undefined ? null : promotionOf(manifest, promoted);
  const reasonFor = (changes: FieldChange[]): string | null => id.reason ?? (touchesStatus(changes) ? (promotion?.reason ?? null) : null);
  const forcedFor = (modelId: string) =>
    modelId === promoted && promotion
      ? {
          forced: promotion.forced,
          failed_gates: promotion.failedGates && promotion.failedGates.length > 0 ? JSON.stringify(promotion.failedGates) : null,
        }
      : { forced: null, failed_gates: null };

  type Change = { row: RegistryRow; kind: 'insert' | 'update' | 'delete'; changes: FieldChange[] };
  const deleted = new Set(plan.delete);
  const all: Change[] = [
    ...plan.insert.map((row): Change => ({ row, kind: 'insert', changes: wholeRow(row, 'in') })),
    ...plan.update.filter((u) => u.changes.length > 0).map((u): Change => ({ row: u.row, kind: 'update', changes: u.changes })),
    ...plan.extra.filter((r) => deleted.has(r.model_id)).map((row): Change => ({ row, kind: 'delete', changes: wholeRow(row, 'out') })),
  ].sort((a, b) => byId(a.row.model_id, b.row.model_id));
  const changes = all.map(
    (c, i): HistoryEntry => ({
      ...common,
      seq: baseline.length + i,
      model_id: c.row.model_id,
      // Every row a plan changes is of this manifest's family (a deleted row is one read back: typed nullable).
      family: c.row.family ?? manifest.family,
      change: c.kind,
      fields: json(c.changes),
      is_production: c.kind === 'delete' ? false : c.row.is_production === true,
      status: c.kind === 'delete' ? null : c.row.status,
      reason: reasonFor(c.changes),
      ...forcedFor(c.row.model_id),
    }),
  );
  return { baseline, changes };
};

// ---- reading the history ---------------------------------------------------------------------------------------

/** A history row for reports: the JSON columns parsed back. */
export interface HistoryView extends Omit<HistoryRow, 'fields' | 'failed_gates'> {
  fields: { field: string; old: Scalar; new: Scalar }[];
  failed_gates: string[] | null;
}

/** Which model was production at an instant, and since when. */
export interface ProductionAt {
  at: string;
  model_id: string | null;
  /** When it became production; when that row is the baseline, it was production at least since then. */
  since: string | null;
  since_baseline: boolean;
  /** The first history row's time: before it, the history knows nothing. */
  history_starts: string | null;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `--at`: an ISO 8601 date (midnight UTC) or date-time (UTC unless it names a zone). Returns the canonical form with
 * microseconds, or null when it is not a real timestamp.
 */
export const parseInstant = (s: string): string | null => {
  const m = TIMESTAMP.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone = 'Z'] = m;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  if (Number.isNaN(ms) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return null;
  // Date.parse rolls 2026-02-30 over to March; a real day must round-trip.
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  const micros = `${frac.slice(1)}000000`.slice(0, 6);
  return `${new Date(ms).toISOString().slice(0, 19)}.${micros}Z`;
};

/** Chronological order: time, then the order inside one sync. */
const chronological = (a: HistoryRow, b: HistoryRow): number =>
  byId(a.changed_at, b.changed_at) || byId(a.sync_id, b.sync_id) || a.seq - b.seq;

export const viewOf = (r: HistoryRow): HistoryView => ({
  ...r,
  fields: parseJson(r.fields, []),
  failed_gates: r.failed_gates === null ? null : parseJson(r.failed_gates, []),
});

// The registry's text, so its keys are read as written (util/json-parse.ts).
const parseJson = <T>(s: string, fallback: T): T => {
  try {
    return parseJsonText(s) as T;
  } catch {
    return fallback;
  }
};

/** The family's changes, newest first; only one model's with `model`, only up to `at` (canonical) with `at`. */
export const historyOf = (rows: HistoryRow[], family: string, o: { model?: string; at?: string } = {}): HistoryView[] =>
  rows
    .filter((r) => r.family === family && (o.model === undefined || r.model_id === o.model) && (o.at === undefined || r.changed_at <= o.at))
    .sort((a, b) => chronological(b, a))
    .map(viewOf);

/** Replay the family's history up to `at` (canonical, inclusive): the production model then, and since when. */
export const productionAt = (rows: HistoryRow[], family: string, at: string): ProductionAt => {
  const mine = rows.filter((r) => r.family === family).sort(chronological);
  const state = new Map<string, { since: string; baseline: boolean }>();
  for (const r of mine) {
    if (r.changed_at > at) break;
    if (!r.is_production) state.delete(r.model_id);
    else if (!state.has(r.model_id)) state.set(r.model_id, { since: r.changed_at, baseline: r.change === 'baseline' });
  }
  // One production model per family is the manifest's rule; should the history hold two, the latest promotion wins.
  const [current] = [...state.entries()].sort(([a, x], [b, y]) => byId(y.since, x.since) || byId(a, b));
  return {
    at,
    model_id: current?.[0] ?? null,
    since: current?.[1].since ?? null,
    since_baseline: current?.[1].baseline ?? false,
    history_starts: mine[0]?.changed_at ?? null,
  };
};

/** What `history` reports: the changes (newest first) and, with `--at`, the production model at that instant. */
export interface HistoryReport {
  at: string | null;
  production: ProductionAt | null;
  entries: HistoryView[];
}
