// The manifest edits the history tests make: a promotion the way `promote` writes it, and a changed note.
import { readFileSync, writeFileSync } from 'node:fs';

export const PREVIOUS = 'catboost_v9_33features_20260201_011018';
export const CANDIDATE = 'catboost_v9_2026_02';

// biome-ignore lint/suspicious/noExplicitAny: test-side edits of a JSON document
type Json = Record<string, any>;
const edit = (path: string, fn: (m: Json) => void): void => {
  const m = JSON.parse(readFileSync(path, 'utf8')) as Json;
  fn(m);
  writeFileSync(path, `${JSON.stringify(m, null, 2)}\n`);
};

/** What `promote --model ID` changes: production_model, the model's status and promoted_at, the previous one deprecated. */
export const promote = (path: string, id: string, promotion?: Json): void =>
  edit(path, (m) => {
    const previous = m.production_model as string | null;
    if (previous) m.models[previous].status = 'deprecated';
    m.production_model = id;
    m.models[id].status = 'production';
    m.models[id].promoted_at = '2026-02-10';
    if (promotion) m.models[id].promotion = promotion;
  });

export const setNote = (path: string, id: string, notes: string): void =>
  edit(path, (m) => {
    m.models[id].notes = notes;
  });

/** A history row as the JSON contract shows it (the fields the tests look at). */
export interface Entry {
  changed_at: string;
  sync_id: string;
  seq: number;
  model_id: string;
  change: string;
  fields: { field: string; old: unknown; new: unknown }[];
  is_production: boolean;
  reason: string | null;
  forced: boolean | null;
  failed_gates: string[] | null;
  actor: string;
  manifest_sha256: string;
  manifest_generation: string | null;
}
