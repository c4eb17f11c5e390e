// Deterministic bench inputs: large manifests, their registry rows, filenames on disk, a 250 KB CLAUDE.md (the limit is 256 KiB).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FAMILY = 'catboost_v9';
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const compact = (d) => d.replaceAll('-', '');

/** One valid manifest entry for model number i (dates, file name and hash all derived from i). */
const entry = (i, prod) => {
  const start = Date.UTC(2020, 0, 1) + (i % 2000) * DAY;
  const end = start + (30 + (i % 90)) * DAY;
  const created = new Date(end + 3 * DAY + (i % 86_400) * 1000).toISOString();
  const stamp = `${compact(created.slice(0, 10))}T${created.slice(11, 19).replaceAll(':', '')}`;
  const file = `${FAMILY}_33f_train${compact(iso(start))}-${compact(iso(end))}_${stamp}.cbm`;
  return {
    file,
    gcs_path: `gs://bench-models/catboost/v9/${file}`,
    model_version: 'v9',
    feature_count: 33,
    training_start_date: iso(start),
    training_end_date: iso(end),
    eval_start_date: iso(end + DAY),
    eval_end_date: iso(end + 15 * DAY),
    status: prod ? 'production' : i % 7 === 0 ? 'deprecated' : 'candidate',
    sha256: createHash('sha256').update(`model ${i}`).digest('hex'),
    // The three metrics with their own columns, and one more (the registry's metrics JSON column), as the seeds' have.
    metrics: {
      hit_rate_edge_3plus: 50 + (i % 30) + 0.5,
      mae: 4 + (i % 100) / 100,
      graded_edge_3plus_n: 100 + (i % 50),
      vegas_bias: ((i % 41) - 20) / 10,
    },
    created_at: created.replace('.000Z', 'Z'),
    ...(prod ? { promoted_at: iso(end + 20 * DAY) } : {}),
    notes: `Bench model ${i}.`,
  };
};

/**
 * A manifest of the models numbered [from, to); `changed(i)` marks entries whose notes and MAE differ,
 * so a registry seeded from one range and synced from another has inserts, updates, unchanged and extra rows.
 */
export const manifest = (from, to, prodIndex, changed = () => false) => {
  const models = {};
  for (let i = from; i < to; i++) {
    const e = entry(i, i === prodIndex);
    if (changed(i)) {
      e.notes = `Bench model ${i}, re-evaluated.`;
      e.metrics.mae += 0.25;
    }
    models[`${FAMILY}_m${String(i).padStart(6, '0')}`] = e;
  }
  return { schema_version: 1, family: FAMILY, production_model: `${FAMILY}_m${String(prodIndex).padStart(6, '0')}`, models };
};

/** The registry row the product maps an entry to (src/registry/row.ts toRow), for the raw DuckDB floor. */
export const rows = (m) =>
  Object.entries(m.models)
    .map(([id, e]) => ({
      model_id: id,
      family: m.family,
      model_version: e.model_version ?? null,
      file: e.file,
      gcs_path: e.gcs_path,
      feature_count: e.feature_count ?? null,
      training_start_date: e.training_start_date,
      training_end_date: e.training_end_date,
      eval_start_date: e.eval_start_date ?? null,
      eval_end_date: e.eval_end_date ?? null,
      status: e.status,
      is_production: id === m.production_model,
      sha256: e.sha256,
      hit_rate_edge_3plus: e.metrics?.hit_rate_edge_3plus ?? null,
      evaluation_mae: e.metrics?.mae ?? null,
      graded_edge_3plus_n: e.metrics?.graded_edge_3plus_n ?? null,
      created_at: new Date(e.created_at).toISOString(),
      promoted_at: e.promoted_at ?? null,
      notes: e.notes ?? null,
      // The metrics beyond the three columns, as canonical JSON (sorted keys, no whitespace): here only vegas_bias.
      metrics: e.metrics?.vegas_bias === undefined ? null : JSON.stringify({ vegas_bias: e.metrics.vegas_bias }),
    }))
    .sort((a, b) => (a.model_id < b.model_id ? -1 : a.model_id > b.model_id ? 1 : 0));

// Non-conforming names that fail the regex itself (not only a date check), without extra dots, so
// ls-lint (which splits the extension at the first dot) and the regex floor judge them the same way.
const BAD = [
  (n) => n.replace(FAMILY, 'CatBoost_V9'),
  (n) => n.replace(/_(\d+)f_/, '_$1_'),
  (n) => n.replace(/_train(\d{8})/, '_train$1x'),
  (n) => n.replace(/T(\d{6})\.cbm$/, 'T$1Z.cbm'),
  (n) => n.replace(FAMILY, 'catboost-v9'),
  (_n, i) => `${FAMILY}_33features_2026${String(i % 10_000).padStart(4, '0')}_011018.cbm`,
];

/** Write `count` empty model files; every 33rd breaks the convention. Returns the expected violation count. */
export const writeNames = (dir, count) => {
  mkdirSync(dir, { recursive: true });
  let bad = 0;
  for (let i = 0; i < count; i++) {
    let name = entry(i, false).file.replace('_33f_', `_${(i % 97) + 1}f_`);
    if (i % 33 === 0) {
      name = BAD[(i / 33) % BAD.length](name, i);
      bad++;
    }
    writeFileSync(join(dir, name), '');
  }
  // Names derive from i through several moduli; a collision would silently shrink the sample.
  if (readdirSync(dir).length !== count) throw new Error(`bench: expected ${count} distinct names in ${dir}`);
  return bad;
};

/** ~1 MiB of markdown with a stale MODEL block in the middle. */
export const bigClaudeMd = () => {
  const filler = (tag) =>
    Array.from(
      { length: 1200 },
      (_, i) => `- ${tag} note ${i}: keep \`runbook\` entries short; see **docs/ops.md** for the escalation path and owners.\n`,
    ).join('');
  const stale =
    '<!-- model-governance:begin -->\n## ML Model - old\n\n| Property | Value |\n|---|---|\n| Training | 2025-11-02 to 2026-01-31 |\n<!-- model-governance:end -->\n';
  return `# Project notes\n\n${filler('before')}\n${stale}\n${filler('after')}`;
};
