import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalFromStore, canonicalJson, extraMetrics } from '../../src/registry/metrics.js';

describe('the metrics column', () => {
  it('holds only the metrics beyond the three with their own columns, keys sorted', () => {
    expect(extraMetrics({ tier_bias_max: 2.1, mae: 4.82, vegas_bias: 0.4, hit_rate_edge_3plus: 71.2, graded_edge_3plus_n: 118 })).toBe(
      '{"tier_bias_max":2.1,"vegas_bias":0.4}',
    );
  });

  it('is NULL when there is nothing beyond them', () => {
    expect(extraMetrics({ mae: 1, hit_rate_edge_3plus: null, graded_edge_3plus_n: null })).toBeNull();
    expect(extraMetrics(null)).toBeNull();
    expect(extraMetrics(undefined)).toBeNull();
  });

  it('is the same bytes whatever order the manifest wrote, at every depth; a null metric is kept', () => {
    const a = extraMetrics({ z: { b: [1, { y: 1, x: 2 }], a: null }, k: 'v' });
    const b = extraMetrics({ k: 'v', z: { a: null, b: [1, { x: 2, y: 1 }] } });
    expect(a).toBe(b);
    expect(a).toBe('{"k":"v","z":{"a":null,"b":[1,{"x":2,"y":1}]}}');
  });

  it('treats __proto__ as data, and writes newlines, bidi overrides and separators as escapes (the same JSON value)', () => {
    const m = JSON.parse('{"__proto__": {"polluted": true}, "q": "a\\"b\\n\u202e\u2028\u0085", "\u2066k": 1}');
    const text = extraMetrics(m) as string;
    expect(JSON.parse(text)).toEqual(m);
    expect(text).toBe('{"__proto__":{"polluted":true},"q":"a\\"b\\n\\u202e\\u2028\\u0085","\\u2066k":1}');
    expect(text).not.toMatch(/[\n\u0085\u2028\u202e\u2066]/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads back any spelling of the same JSON as the canonical text; JSON null as no metrics', () => {
    expect(canonicalFromStore('{ "b": 1.0, "a" : [2] }')).toBe('{"a":[2],"b":1}');
    expect(canonicalFromStore({ b: 1, a: [2] })).toBe('{"a":[2],"b":1}');
    expect(canonicalFromStore('null')).toBeNull();
    expect(canonicalFromStore(null)).toBeNull();
    expect(canonicalFromStore('not json')).toBe('not json');
    expect(canonicalJson([1, 'x', true, null])).toBe('[1,"x",true,null]');
  });

  // V8's JSON.parse can read an escaped key as a key an earlier object of the same shape holds (nodejs/node#63785):
  // a stored text must read back with its own keys, or a changed metric could compare equal.
  it('reads a stored text back with the keys it writes, after texts that could mislead JSON.parse', () => {
    expect(canonicalFromStore(String.raw`{"p":{"a":0,"\\":1},"q":{"a":1,"\u0062":2}}`)).toBe(
      String.raw`{"p":{"\\":1,"a":0},"q":{"a":1,"b":2}}`,
    );
    expect(canonicalFromStore(String.raw`{"h":1,"\\":0}`)).toBe(String.raw`{"\\":0,"h":1}`);
    expect(canonicalFromStore(String.raw`{"h":1,"\"":2}`)).toBe(String.raw`{"\"":2,"h":1}`);
  });

  // A stored text nested deeper than the stack allows (only a hand-written registry holds one: a manifest's metrics nest
  // 64 levels at most) is kept as text, which then differs, as text that is not JSON does; it threw RangeError.
  it('keeps a stored text nested too deep to rebuild as it is', () => {
    for (const text of [`${'['.repeat(20_000)}${']'.repeat(20_000)}`, `{"\\n":${'['.repeat(20_000)}${']'.repeat(20_000)}}`])
      expect(canonicalFromStore(text)).toBe(text);
  });

  // extraMetrics writes the text out directly; it must be the canonical JSON of the object of the extra metrics.
  it('is the canonical JSON of the metrics beyond the three, for any keys and values', () => {
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('mae', 'hit_rate_edge_3plus', 'graded_edge_3plus_n', '__proto__', '1', '10', 'é'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))), { maxLength: 8 }), (pairs) => {
        const metrics: Record<string, unknown> = {};
        for (const [k, v] of pairs) Object.defineProperty(metrics, k, { value: v, enumerable: true, writable: true, configurable: true });
        const own = new Set(['mae', 'hit_rate_edge_3plus', 'graded_edge_3plus_n']);
        const extra = Object.keys(metrics).filter((k) => !own.has(k) && metrics[k] !== undefined);
        const entries = extra.map((k) => [k, metrics[k]] as const);
        const expected = extra.length === 0 ? null : canonicalJson(Object.fromEntries(entries));
        expect(extraMetrics(metrics)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  // canonicalFromStore returns a text already canonical as it is, checked natively; every text must still read as the
  // canonical JSON of its value, whether JSON.stringify wrote it (any key order), canonicalJson did, or a person did.
  it('reads any stored text as the canonical JSON of its value', () => {
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('__proto__', '1', '10', '2', 'a', 'b', '\u2028', '\u0085', 'é'),
    );
    const flat = fc.dictionary(
      key,
      fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.string({ unit: 'binary', maxLength: 4 })),
      {
        maxKeys: 6,
      },
    );
    const value = fc.oneof(flat, fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(value, fc.boolean(), (v, canonical) => {
        const text = canonical ? canonicalJson(v) : JSON.stringify(v);
        // The oracle is the value itself: JSON.parse can misread escaped keys (nodejs/node#63785).
        expect(canonicalFromStore(text)).toBe(text === 'null' ? null : canonicalJson(v));
      }),
      { numRuns: 3000 },
    );
    expect(canonicalFromStore('{"a":1,"b":"x"}')).toBe('{"a":1,"b":"x"}');
    expect(canonicalFromStore('{"b":1,"a":2}')).toBe('{"a":2,"b":1}');
    expect(canonicalFromStore('{"a":1,"a":2}')).toBe('{"a":2}');
    expect(canonicalFromStore('{"a":"\\u2028"}')).toBe('{"a":"\\u2028"}');
    expect(canonicalFromStore('{"a":"\u2028"}')).toBe('{"a":"\\u2028"}');
  });
});
