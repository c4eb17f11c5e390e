import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, DEFAULT_PATTERN, formatName, parseName } from '../../src/filenames/grammar.js';

const pattern = compilePattern(DEFAULT_PATTERN);

describe('filename grammar', () => {
  it.each([
    ['catboost_v9_33f_train20251102-20260108_20260201T011018.cbm', '2025-11-02', '2026-01-08'],
    ['catboost_v9_33f_train20251102-20260108_20260208_144749.cbm', '2025-11-02', '2026-01-08'],
  ])('parses %s', (name, start, end) => {
    expect(parseName(pattern, name)).toMatchObject({ ok: true, name: { family: 'catboost_v9', features: 33, start, end } });
  });

  it.each([
    ['catboost_v9_33features_20260201_011018.cbm', /does not match/],
    ['catboost_v9_33f_train20251102-20260230_20260201T011018.cbm', /training end 2026-02-30 that is not a real date/],
    ['catboost_v9_33f_train20260108-20251102_20260201T011018.cbm', /ends \(2025-11-02\) before it starts/],
    ['catboost_v9_33f_train20251102-20260108_20260201T251018.cbm', /creation time/],
  ])('rejects %s', (name, reason) => {
    const r = parseName(pattern, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('requires the start and end groups in a custom pattern', () => {
    expect(() => compilePattern('^x(?<start>\\d{8})\\.cbm$')).toThrow(/\(\?<end>/);
  });

  it('round-trips name → parse for arbitrary valid dates (property)', () => {
    const day = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(
        day,
        day,
        day,
        fc.integer({ min: 1, max: 100000 }),
        fc.stringMatching(/^[a-z0-9]{1,8}(_[a-z0-9]{1,8}){0,3}$/),
        (a, b, created, features, family) => {
          const [start, end] = [a, b].map((d) => d.toISOString().slice(0, 10)).sort() as [string, string];
          const name = formatName({ family, features, start, end, createdAt: created });
          const r = parseName(pattern, name);
          expect(r).toEqual({ ok: true, name: { family, features, start, end, created: expect.any(String) } });
        },
      ),
      { numRuns: 5000, seed: 20261123 },
    );
  });
});
