import { describe, expect, it } from 'vitest';
import { staleModels } from '../../src/checks/staleness.js';
import { addDays, daysBetween } from '../../src/util/calendar.js';

const model = { model_id: 'catboost_v9_33features_20260201_011018', training_end_date: '2026-01-08' };

describe('staleness', () => {
  it.each([
    // limit, as-of, stale?  (seed 004: stale when days since training > 14)
    [14, '2026-01-22', false], // exactly 14 days: not yet
    [14, '2026-01-23', true], // 15 days
    [14, '2026-01-08', false], // trained today
    [14, '2025-12-31', false], // --as-of before training ended
    [0, '2026-01-08', false],
    [0, '2026-01-09', true],
    [30, '2026-03-01', true], // across a month end: 52 days
    [undefined, '2030-01-01', false], // key unset: never stale
  ] as const)('stale-after-days %s, as of %s → stale %s', (limit, asOf, stale) => {
    const findings = staleModels([model], limit, asOf);
    expect(findings.length).toBe(stale ? 1 : 0);
    if (stale)
      expect(findings[0]).toMatchObject({
        code: 'model.stale',
        severity: 'warning',
        model_id: model.model_id,
        field: 'training_end_date',
        actual: '2026-01-08',
        expected: `>= ${addDays(asOf, -(limit ?? 0))}`,
      });
  });

  it('names the days, the as-of day and the limit', () => {
    expect(staleModels([model], 14, '2026-03-01')[0]?.message).toBe(
      'production model catboost_v9_33features_20260201_011018 is stale: its training ended 2026-01-08, 52 days before 2026-03-01 (stale-after-days: 14)',
    );
  });

  it('checks every model it is given, and none when given none', () => {
    const other = { model_id: 'b', training_end_date: '2026-02-20' };
    expect(staleModels([model, other], 14, '2026-03-01').map((f) => f.model_id)).toEqual([model.model_id]);
    expect(staleModels([], 14, '2026-03-01')).toEqual([]);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-01-08', '2026-01-23', 15],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-01', '2026-02-27', -2],
    ['2025-12-31', '2026-01-01', 1],
  ] as const)('%s → %s is %i days, and back', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
});
