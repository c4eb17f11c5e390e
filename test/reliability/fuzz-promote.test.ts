// Fuzz the promotion edit: the example manifest in random layouts (whitespace, CRLF, tabs, BOM, key order, unknown
// keys), a random model and reason. The edit must succeed (it checks itself: the result is parsed again and must be
// the intended change and nothing else), and applying the same promotion again must change no byte.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { promoteBytes } from '../../src/manifest/promote-edit.js';
import { ensure, exampleManifest, fuzz } from './harness.js';

const FILE = 'fuzz/manifest.json';
const WS = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\n    ', '\r\n\t\t', ' \n ');

/** JSON text with the whitespace between tokens drawn from `ws` (one draw per gap). */
const layout = (v: unknown, ws: () => string): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const items = Array.isArray(v)
    ? v.map((x) => layout(x, ws))
    : Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${ws()}:${ws()}${layout(x, ws)}`);
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return items.length === 0 ? `${open}${ws()}${close}` : `${open}${ws()}${items.join(`${ws()},${ws()}`)}${ws()}${close}`;
};

const shuffle = <T>(xs: T[], order: number[]): T[] =>
  xs
    .map((x, i) => ({ x, k: order[i % Math.max(order.length, 1)] ?? i }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);

const cases = fc.record({
  gaps: fc.array(WS, { minLength: 1, maxLength: 40 }),
  order: fc.array(fc.nat(100), { maxLength: 12 }),
  bom: fc.boolean(),
  pick: fc.nat(),
  reason: fc.option(fc.stringMatching(/^[ -~]{1,60}$/), { nil: undefined }),
  extra: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
});

describe('fuzz: promoteBytes', () => {
  it('any layout: the edit succeeds, and a second identical promotion is a fixed point', async () => {
    await fuzz('promote edit: layouts', cases, ({ gaps, order, bom, pick, reason, extra, date }) => {
      const m = exampleManifest() as { models: Record<string, Record<string, unknown>> } & Record<string, unknown>;
      for (const [id, e] of Object.entries(m.models)) m.models[id] = Object.fromEntries(shuffle(Object.entries({ ...e, ...extra }), order));
      let i = 0;
      const text = layout(m, () => gaps[i++ % gaps.length] ?? '');
      const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`);
      const ids = Object.keys(m.models);
      const model = ids[pick % ids.length] as string;
      const change = {
        model,
        date: date.toISOString().slice(0, 10),
        ...(reason === undefined ? {} : { promotion: { reason, forced: false, failed_gates: [] } }),
      };
      const once = promoteBytes(FILE, bytes, change);
      const twice = promoteBytes(FILE, once, change);
      ensure(Buffer.from(twice).equals(Buffer.from(once)), 'a second identical promotion changed bytes');
      ensure(bom === (once[0] === 0xef), 'the BOM was not kept as it was');
      return reason === undefined ? 'no reason' : 'with reason';
    });
  });
});
