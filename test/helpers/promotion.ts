// The Session 163 story's models and the seeds' six gates, shared by the CLI, e2e and workflow tests of promote.
import { createHash } from 'node:crypto';
import { EXAMPLE_GATES } from './cli.js';

/** The six gates of seed 001, as examples/model-governance.yml writes them. */
export const SIX_GATES = `gates:\n${EXAMPLE_GATES.trimEnd()}`;

export const PROD = 'catboost_v9_33features_20260201_011018';
/** The retrain that fell to 51.2%, on the same window as the live untested catboost_v9_2026_02. */
export const BAD = 'catboost_v9_33f_train20251102-20260131_20260210T090000';
/** A retrain meeting all six gates. */
export const GOOD = 'catboost_v9_33f_train20251102-20260215_20260220T120000';

const model = (id: string, start: string, end: string, metrics: Record<string, number>) => ({
  file: `${id}.cbm`,
  gcs_path: `gs://nba-props-platform-models/catboost/v9/${id}.cbm`,
  model_version: 'v9',
  feature_count: 33,
  training_start_date: start,
  training_end_date: end,
  status: 'candidate',
  sha256: createHash('sha256').update(id).digest('hex'),
  metrics,
  created_at: `${end}T12:00:00Z`,
});

/** examples/manifest.json plus the two candidates, laid out as JSON.stringify does (2 spaces). */
export const session163 = (exampleText: string): string => {
  const m = JSON.parse(exampleText);
  m.models[BAD] = model(BAD, '2025-11-02', '2026-01-31', {
    hit_rate_edge_3plus: 51.2,
    mae: 4.75,
    graded_edge_3plus_n: 64,
    vegas_bias: 0.9,
    tier_bias_max: 2.5,
  });
  m.models[GOOD] = model(GOOD, '2025-11-02', '2026-02-15', {
    hit_rate_edge_3plus: 72.5,
    mae: 4.61,
    graded_edge_3plus_n: 131,
    vegas_bias: -0.7,
    tier_bias_max: 3.1,
  });
  return `${JSON.stringify(m, null, 2)}\n`;
};
