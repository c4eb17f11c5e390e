// parseJson against V8's JSON.parse bug (nodejs/node#63785): after an object with a key such as "\\" (one backslash),
// a later object of the same shape can read an escaped key ("\u0061", "\n", "\"") as that key. The oracle is the
// value the text was written from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasEscapedKey, parseJson } from '../../src/util/json-parse.js';

// JSON text of `v` with every key escaped the long way (\uXXXX for each code unit), or as JSON.stringify writes it.
const keyText = (k: string, long: boolean) =>
  long
    ? `"${Array.from({ length: k.length }, (_, i) => `\\u${k.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')}"`
    : JSON.stringify(k);
const write = (v: unknown, long: (k: string) => boolean): string => {
  if (Array.isArray(v)) return `[${v.map((x) => write(x, long)).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${keyText(k, long(k))}:${write(x, long)}`)
      .join(',')}}`;
  return JSON.stringify(v);
};

// The value as JSON holds it: plain objects ("__proto__" an own key), -0 written as 0.
const normal = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(normal);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(o, k, { value: normal(x), writable: true, enumerable: true, configurable: true });
    return o;
  }
  return typeof v === 'number' && Object.is(v, -0) ? 0 : v;
};

describe('parseJson', () => {
  it.each([
    [String.raw`{"p":{"a":0,"\\":1},"q":{"a":1,"\u0061":2}}`, { p: { a: 0, '\\': 1 }, q: { a: 2 } }],
    [String.raw`{"p":{"a":0,"\\u0":1},"q":{"a":1,"\u0061bc":2}}`, { p: { a: 0, '\\u0': 1 }, q: { a: 1, abc: 2 } }],
    [String.raw`{"p":{"status":0,"\\":1},"q":{"status":1,"\u0073":2}}`, { p: { status: 0, '\\': 1 }, q: { status: 1, s: 2 } }],
    [String.raw`{"p":{"\\":1},"q":{"\u0061":2,"a":3}}`, { p: { '\\': 1 }, q: { a: 3 } }],
    [
      String.raw`[{"h":1,"\\":0},{"h":1,"\"":2},{"h":1,"\n":3}]`,
      [
        { h: 1, '\\': 0 },
        { h: 1, '"': 2 },
        { h: 1, '\n': 3 },
      ],
    ],
  ])('reads the keys that %s holds', (text, value) => {
    expect(parseJson(text)).toStrictEqual(value);
    // Again, with V8's key cache now holding this text's keys.
    expect(parseJson(text)).toStrictEqual(value);
  });

  it('reads every key as written, after texts that could mislead it (property)', () => {
    const key = fc.oneof(fc.constantFrom('a', 'ab', '\\', '\\u0', '"', '\n', '__proto__', '0', '1', ''), fc.string({ maxLength: 3 }));
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.string({ maxLength: 4 }),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(key, tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), fc.func(fc.boolean()), (docs, long) => {
        for (const doc of docs) {
          const text = write(doc, long);
          expect(parseJson(text)).toStrictEqual(normal(doc));
          // The keys written with a backslash, found from the value, against the scan of the text.
          const escaped = (v: unknown): boolean =>
            v !== null &&
            typeof v === 'object' &&
            Object.entries(v).some(([k, x]) => (!Array.isArray(v) && keyText(k, long(k)).includes('\\')) || escaped(x));
          expect(hasEscapedKey(text)).toBe(escaped(doc));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges a repeated key as JSON.parse does: the last value, at the first one’s place', () => {
    expect(Object.entries(parseJson(String.raw`{"a":1,"b":2,"\u0061":3}`) as object)).toStrictEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(Object.keys(parseJson(String.raw`{"b":1,"\u0031":2,"a":3,"1":4}`) as object)).toStrictEqual(['1', 'b', 'a']);
  });

  it('keeps "__proto__" an own key, never the prototype', () => {
    const v = parseJson(String.raw`{"\u005f_proto__":{"x":1},"y":"\\"}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(v)).toStrictEqual(['__proto__', 'y']);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toStrictEqual({ x: 1 });
  });

  it('refuses what JSON.parse refuses, with its error', () => {
    for (const text of ['{"a\\": 1', '{"\\u00": 1}', '{"\\q": 1}', '[1,]', '']) expect(() => parseJson(text)).toThrow(SyntaxError);
  });
});
