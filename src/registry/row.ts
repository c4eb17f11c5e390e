// The model_registry row: one pure mapping from a manifest entry, the same columns in every backend.
import { isCalendarDate, type Manifest, type ModelEntry } from '../manifest/schema.js';
import { extraMetrics } from './metrics.js';

export type ColumnType = 'STRING' | 'INT64' | 'FLOAT64' | 'BOOL' | 'DATE' | 'TIMESTAMP' | 'JSON';

export const COLUMNS = [
  ['model_id', 'STRING', true],
  ['family', 'STRING', true],
  ['model_version', 'STRING', false],
  ['file', 'STRING', true],
  ['gcs_path', 'STRING', true],
  ['feature_count', 'INT64', false],
  ['training_start_date', 'DATE', true],
  ['training_end_date', 'DATE', true],
  ['eval_start_date', 'DATE', false],
  ['eval_end_date', 'DATE', false],
  ['status', 'STRING', true],
  ['is_production', 'BOOL', true],
  ['sha256', 'STRING', true],
  ['hit_rate_edge_3plus', 'FLOAT64', false],
  ['evaluation_mae', 'FLOAT64', false],
  ['graded_edge_3plus_n', 'INT64', false],
  ['created_at', 'TIMESTAMP', true],
  ['promoted_at', 'DATE', false],
  ['notes', 'STRING', false],
  // The manifest's metrics beyond the three columns above, as canonical JSON text (see metrics.ts).
  ['metrics', 'JSON', false],
] as const satisfies readonly (readonly [string, ColumnType, boolean])[];

export type Column = (typeof COLUMNS)[number][0];
export const COLUMN_NAMES: readonly Column[] = COLUMNS.map(([name]) => name);

/**
 * A row as the manifest makes it (what sync writes): every value a string (dates as YYYY-MM-DD, timestamps as ISO
 * UTC), number, boolean or null, and every required column set.
 */
export interface ManifestRow {
  model_id: string;
  family: string;
  model_version: string | null;
  file: string;
  gcs_path: string;
  feature_count: number | null;
  training_start_date: string;
  training_end_date: string;
  eval_start_date: string | null;
  eval_end_date: string | null;
  status: string;
  is_production: boolean;
  sha256: string;
  hit_rate_edge_3plus: number | null;
  evaluation_mae: number | null;
  graded_edge_3plus_n: number | null;
  created_at: string;
  promoted_at: string | null;
  notes: string | null;
  /** Canonical JSON text (keys sorted), or null when the entry has no metric beyond the three columns. */
  metrics: string | null;
}

/**
 * A row as a registry returns it. A row this tool did not write (a legacy row of a table adopted by sync --migrate,
 * or one a person inserted) may hold NULL in every column but the key, so every reader must say what it shows then.
 */
export type RegistryRow = { [K in keyof ManifestRow]: K extends 'model_id' ? string : ManifestRow[K] | null };

/** Timestamps compare as instants: one canonical form whatever zone the manifest wrote. */
export const canonicalTimestamp = (s: string): string => {
  // The usual form, UTC to the second (YYYY-MM-DDTHH:MM:SSZ) with every field in range, is its own instant: only the
  // milliseconds are added, without a Date (one per model). Anything else goes through Date, as it always did.
  if (s.length === 20 && UTC_SECONDS.test(s) && isCalendarDate(s.slice(0, 10))) {
    const h = Number(s.slice(11, 13));
    if (h < 24 && Number(s.slice(14, 16)) < 60 && Number(s.slice(17, 19)) < 60) return `${s.slice(0, 19)}.000Z`;
  }
  return new Date(s).toISOString();
};
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export const toRow = (family: string, productionModel: string | null, id: string, e: ModelEntry): ManifestRow => ({
  model_id: id,
  family,
  model_version: e.model_version ?? null,
  file: e.file,
  gcs_path: e.gcs_path,
  feature_count: e.feature_count ?? null,
  training_start_date: e.training_start_date,
  training_end_date: e.training_end_date,
  eval_start_date: e.eval_start_date ?? null,
  eval_end_date: e.eval_end_date ?? null,
  status: e.status,
  is_production: id === productionModel,
  sha256: e.sha256,
  hit_rate_edge_3plus: e.metrics?.hit_rate_edge_3plus ?? null,
  evaluation_mae: e.metrics?.mae ?? null,
  graded_edge_3plus_n: e.metrics?.graded_edge_3plus_n ?? null,
  created_at: canonicalTimestamp(e.created_at),
  promoted_at: e.promoted_at ?? null,
  notes: e.notes ?? null,
  metrics: extraMetrics(e.metrics),
});

export const manifestRows = (m: Manifest): ManifestRow[] => {
  // A loop over the ids, not Object.entries: a manifest may hold 10,000 models, and each pair was an array.
  const rows: ManifestRow[] = [];
  for (const id of Object.keys(m.models)) rows.push(toRow(m.family, m.production_model, id, m.models[id] as ModelEntry));
  return rows.sort((a, b) => byId(a.model_id, b.model_id));
};

/** Code-point order, the same on every machine and locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The manifest field a registry column comes from, for pointing findings at the manifest source. */
export const manifestPath = (column: Column): string[] => {
  switch (column) {
    case 'hit_rate_edge_3plus':
      return ['metrics', 'hit_rate_edge_3plus'];
    case 'evaluation_mae':
      return ['metrics', 'mae'];
    case 'graded_edge_3plus_n':
      return ['metrics', 'graded_edge_3plus_n'];
    case 'is_production':
      return ['status'];
    default:
      return [column];
  }
};
