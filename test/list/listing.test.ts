import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildListing, type ListedModel, productionPeriods } from '../../src/list/listing.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { manifestRows } from '../../src/registry/row.js';
import { EXAMPLES } from '../helpers/cli.js';

const rows = manifestRows(parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest);

const m = (model_id: string, promoted_at: string | null, is_production = false): ListedModel => ({
  model_id,
  model_version: null,
  training_start_date: '2025-01-01',
  training_end_date: '2025-01-31',
  is_production,
  status: is_production ? 'production' : 'deprecated',
  sha256_prefix: '0123456789ab',
  hit_rate_edge_3plus: null,
  evaluation_mae: null,
  promoted_at,
});

describe('listing', () => {
  it('lists the seeds rows chronologically by window, then id, with the SHA-256 prefix', () => {
    const l = buildListing([...rows].reverse(), 'registry', 'model_registry', '2026-03-01');
    expect(l.models.map((r) => [r.model_id, r.training_end_date, r.is_production, r.sha256_prefix])).toEqual([
      ['catboost_v9_33features_20260201_011018', '2026-01-08', true, '5b3a187b1b6d'],
      ['catboost_v9_2026_02', '2026-01-31', false, 'f761b55259f0'],
      ['catboost_v9_feb_02_retrain', '2026-01-31', false, 'f7182f139c20'],
    ]);
    expect(l.production_periods).toEqual([
      { model_id: 'catboost_v9_33features_20260201_011018', from: '2026-02-08', to: '2026-03-01', current: true },
    ]);
    // Same rows in any order → the same listing.
    expect(buildListing(rows, 'registry', 'model_registry', '2026-03-01')).toEqual(l);
  });
});

describe('production periods', () => {
  it.each([
    ['one current model runs to the as-of day', [m('a', '2026-01-10', true)], '2026-02-01', [['a', '2026-01-10', '2026-02-01', true]]],
    [
      'a promotion ends the previous period the day before',
      [m('a', '2026-01-10'), m('b', '2026-01-20', true)],
      '2026-02-01',
      [
        ['a', '2026-01-10', '2026-01-19', false],
        ['b', '2026-01-20', '2026-02-01', true],
      ],
    ],
    [
      'a rollback: the latest promotion is production, earlier ones are closed in order',
      [m('a', '2026-01-10'), m('b', '2026-01-20'), m('c', '2026-01-25', true)],
      '2026-01-31',
      [
        ['a', '2026-01-10', '2026-01-19', false],
        ['b', '2026-01-20', '2026-01-24', false],
        ['c', '2026-01-25', '2026-01-31', true],
      ],
    ],
    ['a production model without promoted_at has no period (its start is unknown)', [m('a', null, true)], '2026-02-01', []],
    ['the last promotion, no longer production, has no known end', [m('a', '2026-01-10')], '2026-02-01', []],
    [
      'an earlier --as-of shows the past: the model production that day is current, later promotions are not drawn',
      [m('a', '2026-01-10'), m('b', '2026-01-20', true)],
      '2026-01-15',
      [['a', '2026-01-10', '2026-01-15', true]],
    ],
    [
      'two promotions on one day: the first gets no zero-length period',
      [m('a', '2026-01-10'), m('b', '2026-01-10', true)],
      '2026-01-12',
      [['b', '2026-01-10', '2026-01-12', true]],
    ],
    ['promoted on the as-of day', [m('a', '2026-01-10', true)], '2026-01-10', [['a', '2026-01-10', '2026-01-10', true]]],
  ] as const)('%s', (_, models, asOf, want) => {
    expect(productionPeriods([...models], asOf).map((p) => [p.model_id, p.from, p.to, p.current])).toEqual(want);
  });
});
