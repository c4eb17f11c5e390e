import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { COLUMN_NAMES, canonicalTimestamp, manifestRows } from '../../src/registry/row.js';
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

describe('canonicalTimestamp', () => {
  const viaDate = (s: string) => {
    try {
      return new Date(s).toISOString();
    } catch (e) {
      return (e as Error).name;
    }
  };
  const mine = (s: string) => {
    try {
      return canonicalTimestamp(s);
    } catch (e) {
      return (e as Error).name;
    }
  };
  // The UTC-to-the-second form skips Date; every field at and beyond its range, and every other form, must still
  // give what Date gives (or throw as it throws).
  it('is what Date makes of it, for fields in and out of range and other forms', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const stamp = fc
      .tuple(
        fc.constantFrom('0000', '0001', '0099', '1900', '1970', '2000', '2024', '2026', '9999'),
        two(13),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('Z', 'z', '+00:00', '+02:00', '.000Z', '.5Z', '', 'ZZ'),
        fc.constantFrom('T', 't', ' '),
      )
      .map(([y, mo, d, h, mi, se, zone, t]) => `${y}-${mo}-${d}${t}${h}:${mi}:${se}${zone}`);
    fc.assert(
      fc.property(stamp, (s) => {
        expect(mine(s)).toBe(viaDate(s));
      }),
      { numRuns: 5000, examples: [['2024-02-29T23:59:59Z'], ['2023-02-29T00:00:00Z'], ['2026-01-01T24:00:00Z'], ['2026-12-31T23:59:60Z']] },
    );
  });
});
