// Fuzz the filename parser: any string → a parsed name with a real, ordered window, or a reason; never a throw.
// And every name formatName makes parses back to the parts it was made from.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { compilePattern, DEFAULT_PATTERN, formatName, parseName } from '../../src/filenames/grammar.js';
import { isCalendarDate } from '../../src/manifest/schema.js';
import { codeUnits } from './arbitraries.js';
import { ensure, fuzz } from './harness.js';

const pattern = compilePattern(DEFAULT_PATTERN);
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const instant = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true });
// Half real dates and times, half random digits (2026-02-30, hour 25): the parser must tell them apart.
const date8 = fc.oneof(
  instant.map((d) => d.toISOString().slice(0, 10).replaceAll('-', '')),
  digits(8),
);
const time6 = fc.oneof(
  instant.map((d) => d.toISOString().slice(11, 19).replaceAll(':', '')),
  digits(6),
);
const nearly = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}(_[a-z0-9]{1,4}){0,2}$/), digits(2), date8, date8, date8, fc.constantFrom('T', '_', 't'), time6)
  .map(([fam, f, s, e, c, sep, t]) => `${fam}_${f}f_train${s}-${e}_${c}${sep}${t}.cbm`);
const anyName = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), codeUnits(80), { weight: 6, arbitrary: nearly });

describe('fuzz: parseName', () => {
  it('never throws; accepted names hold real dates with start <= end', async () => {
    await fuzz('filenames: parseName', anyName, (name) => {
      const r = parseName(pattern, name);
      if (!r.ok) {
        ensure(typeof r.reason === 'string' && r.reason.trim() !== '', 'refusal without a reason');
        return 'refused';
      }
      const { start, end } = r.name;
      ensure(isCalendarDate(start) && isCalendarDate(end) && start <= end, `accepted a bad window ${start}..${end} in ${name}`);
      return 'parsed';
    });
  });

  it('formatName → parseName gives back the family, features and window', async () => {
    const day = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true });
    const parts = fc
      .record({
        family: fc.stringMatching(/^[a-z0-9]{1,10}(_[a-z0-9]{1,6}){0,3}$/),
        features: fc.integer({ min: 1, max: 100_000 }),
        a: day,
        b: day,
        createdAt: day,
      })
      .map(({ a, b, ...p }) => {
        const [s, e] = [a, b].map((d) => d.toISOString().slice(0, 10)).sort();
        return { ...p, start: s as string, end: e as string };
      });
    await fuzz('filenames: format/parse round trip', parts, (p) => {
      const name = formatName(p);
      const r = parseName(pattern, name);
      ensure(r.ok, `${name} does not parse: ${r.ok ? '' : r.reason}`);
      if (r.ok)
        ensure(
          r.name.family === p.family && r.name.features === p.features && r.name.start === p.start && r.name.end === p.end,
          `${name} parsed as ${JSON.stringify(r.name)}`,
        );
    });
  });
});
