import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { COLUMN_NAMES, manifestRows } from '../../src/registry/row.js';
import { EXAMPLES } from '../helpers/cli.js';

const m = parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest;

describe('manifestRows', () => {
  it('maps each entry to exactly the registry columns, with explicit nulls', () => {
    const rows = manifestRows(m);
    expect(rows.map((r) => r.model_id)).toEqual([
      'catboost_v9_2026_02',
      'catboost_v9_33features_20260201_011018',
      'catboost_v9_feb_02_retrain',
    ]);
    for (const r of rows) expect(Object.keys(r)).toEqual([...COLUMN_NAMES]);
    const untested = rows[0];
    expect(untested).toMatchObject({
      hit_rate_edge_3plus: null,
      evaluation_mae: null,
      eval_start_date: null,
      promoted_at: null,
      is_production: false,
    });
    expect(rows[1]).toMatchObject({
      is_production: true,
      training_end_date: '2026-01-08',
      hit_rate_edge_3plus: 71.2,
      evaluation_mae: 4.82,
      graded_edge_3plus_n: 118,
      created_at: '2026-02-04T00:10:15.000Z',
    });
  });

  it('canonicalises timestamps written in other zones to the same instant', () => {
    const e = m.models.catboost_v9_33features_20260201_011018;
    if (!e) throw new Error('fixture');
    const shifted = { ...m, models: { x: { ...e, created_at: '2026-02-04T01:10:15+01:00' } }, production_model: 'x' };
    expect(manifestRows(shifted)[0]?.created_at).toBe('2026-02-04T00:10:15.000Z');
  });
});
