import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/manifest/schema.js';

// An independent oracle: the Gregorian rules written out, no Date involved.
const daysIn = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['0050-06-15', true],
    ['0099-12-31', true],
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['0000-01-01', false],
    ['9999-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['+02026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s → %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });

  it('agrees with the Gregorian rules for every year 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isCalendarDate(s)).toBe(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m));
      }),
      {
        numRuns: 2000,
        examples: [
          [1, 1, 1],
          [99, 2, 28],
          [96, 2, 29],
          [0, 1, 1],
        ],
      },
    );
  });
});
