// The JSON reader without a syntax tree, checked against two oracles: JSON.parse decides what is JSON, and
// momoa (the tree parser it replaced) decides where every key and value starts.
import { type AnyNode, parse as momoa } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeUtf8, jsonPath, type PathSegment, parseJsonSource } from '../../src/manifest/json-source.js';

const problem = (text: string) => {
  try {
    parseJsonSource('m.json', text);
  } catch (e) {
    if (e instanceof InputError) return e.problems[0];
    throw e;
  }
  return undefined;
};

/** Every path in a momoa tree with the key's and the value's line:column. */
const positions = (node: AnyNode, path: PathSegment[] = [], out: [PathSegment[], string, string][] = []) => {
  const at = (n: AnyNode) => `${n.loc.start.line}:${n.loc.start.column}`;
  if (node.type === 'Object')
    for (const m of node.members) {
      const p = [...path, m.name.type === 'String' ? m.name.value : m.name.name];
      out.push([p, at(m.name), at(m.value)]);
      positions(m.value, p, out);
    }
  else if (node.type === 'Array')
    node.elements.forEach((e, i) => {
      out.push([[...path, i], at(e.value), at(e.value)]);
      positions(e.value, [...path, i], out);
    });
  return out;
};

// Random whitespace between tokens, so positions move across lines and columns. A "__proto__" key is JSON that the
// reader refuses on purpose (tested below), so the generated values never hold one.
const spaced = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }).filter((v) => !JSON.stringify(v).includes('"__proto__":')),
    fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\n  '), { minLength: 1 }),
  )
  .map(([v, ws]) => {
    let k = 0;
    const pad = () => ws[k++ % ws.length] as string;
    const out = (x: unknown): string =>
      Array.isArray(x)
        ? `[${pad()}${x.map((e) => `${out(e)}${pad()}`).join(`,${pad()}`)}]`
        : x !== null && typeof x === 'object'
          ? `{${pad()}${Object.entries(x)
              .map(([key, e]) => `${JSON.stringify(key)}${pad()}:${pad()}${out(e)}`)
              .join(`,${pad()}`)}${pad()}}`
          : JSON.stringify(x);
    return `${pad()}${out(v)}${pad()}`;
  });

describe('parseJsonSource', () => {
  it('reads what JSON.parse reads and locates every key and value where the tree parser did', () => {
    fc.assert(
      fc.property(spaced, (text) => {
        const src = parseJsonSource('m.json', text);
        expect(src.value).toEqual(JSON.parse(text));
        for (const [path, key, value] of positions(momoa(text, { mode: 'json' }).body)) {
          const pos = (k: boolean) => {
            const p = src.locate(path, k);
            return `${p.line}:${p.column}`;
          };
          expect(pos(true)).toBe(key);
          expect(pos(false)).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Members and lines are indexed lazily, as far as asked: the answers must not depend on the order of the asks.
  it('locates the same in any order of asking (reversed, shuffled)', () => {
    fc.assert(
      fc.property(spaced, fc.integer(), (text, seed) => {
        const all = positions(momoa(text, { mode: 'json' }).body);
        const order = all.map((p, k) => [p, (k * 2654435761 + seed) % 1009] as const).sort((a, b) => a[1] - b[1]);
        for (const asks of [[...all].reverse(), order.map(([p]) => p)]) {
          const src = parseJsonSource('m.json', text);
          for (const [path, key, value] of asks) {
            expect(`${src.locate(path, true).line}:${src.locate(path, true).column}`).toBe(key);
            expect(`${src.locate(path).line}:${src.locate(path).column}`).toBe(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  // Duplicates are found by counting (members in the text against keys in the value), then placed by a second,
  // full pass: one repeated key anywhere must be reported where it is, naming the first.
  it('finds a key repeated in any object at any depth, with both positions', () => {
    const objects = (node: AnyNode, path: PathSegment[] = [], out: [PathSegment[], AnyNode][] = []) => {
      if (node.type === 'Object') {
        if (node.members.length > 0) out.push([path, node]);
        for (const m of node.members) objects(m.value, [...path, m.name.type === 'String' ? m.name.value : m.name.name], out);
      } else if (node.type === 'Array')
        node.elements.forEach((e, i) => {
          objects(e.value, [...path, i], out);
        });
      return out;
    };
    fc.assert(
      fc.property(spaced, fc.nat(), fc.nat(), fc.constantFrom('0', '{"x": [1]}', '"\\u0061"', 'null'), (text, pick, member, value) => {
        const found = objects(momoa(text, { mode: 'json' }).body);
        fc.pre(found.length > 0);
        const [path, node] = found[pick % found.length] as [PathSegment[], AnyNode & { type: 'Object' }];
        const m = node.members[member % node.members.length] as (typeof node.members)[number];
        const last = node.members[node.members.length - 1] as (typeof node.members)[number];
        const keyText = text.slice(m.name.loc.start.offset, m.name.loc.end.offset);
        const at = last.value.loc.end.offset;
        const edited = `${text.slice(0, at)},\n  ${keyText}: ${value}${text.slice(at)}`;
        const p = problem(edited);
        const line = text.slice(0, at).split('\n').length + 1;
        expect(p?.message).toBe(`duplicate key (first at ${m.name.loc.start.line}:${m.name.loc.start.column})`);
        expect(`${p?.line}:${p?.column}`).toBe(`${line}:3`);
        expect(p?.path).toBe(jsonPath([...path, m.name.type === 'String' ? m.name.value : m.name.name]));
      }),
      { numRuns: 300 },
    );
  });

  // The quick path counts members by colons outside strings: keys and strings full of colons, written plainly or as
  // \u003a escapes, must not hide a duplicate or invent one.
  it('finds repeated keys among keys and strings full of colons and escaped colons', () => {
    const piece = fc.constantFrom('a', ':', '\\u003a', '\\u003A', '\\u0061', '\\"', '\\\\', ' ', '::');
    const key = fc.array(piece, { maxLength: 3 }).map((p) => `"${p.join('')}"`);
    const value = fc.constantFrom('1', '":"', '"a:b"', '{"x:": 1}', '["::", {":": ":"}]', '"\\u003a"', 'null');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.constantFrom('', '"\\u003a:": ":", '), (members, before) => {
        const text = `{${before}"in": {${members.map(([k, v]) => `${k}: ${v}`).join(', ')}}}`;
        const decoded = members.map(([k]) => JSON.parse(k) as string);
        const dup = decoded.findIndex((k, i) => decoded.indexOf(k) < i);
        const p = problem(text);
        if (dup < 0) expect(p).toBeUndefined();
        else {
          expect(p?.message).toMatch(/^duplicate key/);
          expect(p?.path).toBe(jsonPath(['in', decoded[dup] as string]));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('allows nesting to 64 levels and refuses 65, wherever the containers are', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a:":', '}'],
    ]) {
      expect(problem(`${(open as string).repeat(64)}1${(close as string).repeat(64)}`)).toBeUndefined();
      expect(problem(`${(open as string).repeat(65)}1${(close as string).repeat(65)}`)?.message).toBe('nesting deeper than 64 levels');
    }
  });

  it('rejects exactly what JSON.parse rejects (random edits of valid JSON)', () => {
    const edited = fc
      .tuple(spaced, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', '01', '-', '.5', 'tru', '\u0001', ':', '1e', 'x'))
      .map(([t, at, ins]) => t.slice(0, at % (t.length + 1)) + ins + t.slice(at % (t.length + 1)));
    fc.assert(
      fc.property(edited, (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        if (text.trim() === '') return;
        const p = problem(text);
        // The reader refuses more (duplicate keys, out-of-range numbers), never less; it names the first problem.
        if (!native) expect(p?.message).toMatch(/^invalid JSON: |duplicate key|__proto__|out of range|nesting/);
        else if (p) expect(p.message).toMatch(/duplicate key|__proto__|out of range/);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['{"a": 1, "b": 2, "a": 3}', '1:18', '$.a', 'duplicate key (first at 1:2)'],
    ['{"a": 1,\n "\\u0061": 2}', '2:2', '$.a', 'duplicate key (first at 1:2)'],
    ['{"m": {"__proto__": {}}}', '1:8', '$.m.__proto__', 'reserved key "__proto__"'],
    ['{"m": {"x": [1, 1e400]}}', '1:17', '$.m.x[1]', 'number out of range (beyond ±1.8e308)'],
    ['{"m": -1e999}', '1:7', '$.m', 'number out of range (beyond ±1.8e308)'],
    ['{"a": 1,}', '1:9', undefined, 'invalid JSON: Unexpected token RBrace'],
    ['{"a": 1\n  "b": 2}', '2:3', undefined, 'invalid JSON: Unexpected character "\\""'],
    ['{"a": "x', '1:9', undefined, 'invalid JSON: Unterminated string'],
    ['{"a": 01}', '1:8', undefined, 'invalid JSON: Unexpected character "1"'],
    ['[1] [2]', '1:5', undefined, 'invalid JSON: Unexpected token LBracket'],
    ['{"a": "\\x"}', '1:8', undefined, 'invalid JSON: Invalid escape in string'],
    // The first problem in the text wins, whichever pass finds it.
    ['{"a": 1e400, "a": 1}', '1:7', '$.a', 'number out of range (beyond ±1.8e308)'],
    ['{"a": 1, "a": 1e400}', '1:10', '$.a', 'duplicate key (first at 1:2)'],
    ['{"a": 1, "a": 2, "b": }', '1:10', '$.a', 'duplicate key (first at 1:2)'],
    ['{"a": {"b": 1, "b": 2}, "c": {"__proto__": 1}}', '1:16', '$.a.b', 'duplicate key (first at 1:8)'],
    ['[{"a": 1}, {"a": 1, "a": 1}]', '1:21', '$[1].a', 'duplicate key (first at 1:13)'],
    ['{"\\u005f_proto__": 1}', '1:2', '$.__proto__', 'reserved key "__proto__"'],
  ])('%j → %s %s: %s', (text, where, path, message) => {
    const p = problem(text);
    expect(`${p?.line}:${p?.column}`).toBe(where);
    expect(p?.path).toBe(path);
    expect(p?.message).toBe(message);
  });

  // Escaped keys, keys that differ by a character, and text that only looks like members inside a string: the quick
  // pass and the full scan give the same answers.
  it.each([
    ['{"a\\u0062": 1, "ab": 2}', '1:16', '$.ab', 'duplicate key (first at 1:2)'],
    ['{"ab": 1, "a\\u0062": 2}', '1:11', '$.ab', 'duplicate key (first at 1:2)'],
    ['{"a\\\\": 1, "a\\\\": 2}', '1:12', '$["a\\\\"]', 'duplicate key (first at 1:2)'],
    ['{"x": "\\"a\\": 1, \\"a\\": 2", "a": 1}', undefined, undefined, undefined],
    ['{"x": ["a", "a"], "a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}]}', undefined, undefined, undefined],
    ['{"ab": 1, "ba": 2, "abc": 3}', undefined, undefined, undefined],
    ['{"a": {"b": 1}, "b": {"a": 1, "b": 2, "a": 3}}', '1:39', '$.b.a', 'duplicate key (first at 1:23)'],
  ])('%j → %s %s: %s (quick pass)', (text, where, path, message) => {
    const p = problem(text);
    if (where === undefined) expect(p).toBeUndefined();
    else {
      expect(`${p?.line}:${p?.column}`).toBe(where);
      expect(p?.path).toBe(path);
      expect(p?.message).toBe(message);
    }
  });

  it('finds a repeated key in an object of any size, before and after it has 16 keys', () => {
    for (const size of [2, 15, 16, 17, 40])
      for (let first = 0; first < size; first += 7)
        for (const at of [first + 1, size]) {
          const keys = Array.from({ length: size }, (_, k) => `"k${k}": ${k}`);
          keys.splice(at, 0, `"k${first}": 0`);
          const p = problem(`{"m": {${keys.join(', ')}}, "k${first}": 1}`);
          expect(p?.message).toMatch(/^duplicate key/);
          expect(p?.path).toBe(`$.m.k${first}`);
        }
    expect(problem(`{${Array.from({ length: 40 }, (_, k) => `"k${k}": {"k${k}": ${k}}`).join(', ')}}`)).toBeUndefined();
  });

  // V8's JSON.parse can read an escaped key as an earlier sibling's key of the same shape (nodejs/node#63785): here
  // "\u0062" as "\\". The reader's value holds the keys the text writes, and a repeated key still shows.
  it('reads escaped keys as written, where JSON.parse would misread them', () => {
    expect(parseJsonSource('m.json', String.raw`{"p":{"a":0,"\\":1},"q":{"a":1,"\u0062":2}}`).value).toStrictEqual({
      p: { a: 0, '\\': 1 },
      q: { a: 1, b: 2 },
    });
    const p = problem(String.raw`{"p":{"a":0,"\\":1},"q":{"a":1,"\u0061":2}}`);
    expect([p?.message, p?.path, `${p?.line}:${p?.column}`]).toStrictEqual(['duplicate key (first at 1:26)', '$.q.a', '1:32']);
  });

  // Whatever the bytes (ASCII, UTF-8 with or without a BOM, or not UTF-8), what a strict decoder gives, or bad input.
  it('decodes bytes as a strict UTF-8 decoder does, ASCII or not, dropping a BOM', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const bytes = fc.oneof(
      fc.uint8Array({ max: 0x7f, maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new TextEncoder().encode(`\ufeff${s}`)),
      fc.uint8Array({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        let want: string | undefined;
        try {
          want = strict.decode(b);
        } catch {
          want = undefined;
        }
        if (want === undefined) expect(() => decodeUtf8('m.json', b)).toThrow(InputError);
        else expect(decodeUtf8('m.json', b)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps 1e308 and the largest doubles', () => {
    expect(parseJsonSource('m.json', '[1e308, -1.7976931348623157e308, 5e-324, 1e-400]').value).toEqual([
      1e308, -1.7976931348623157e308, 5e-324, 0,
    ]);
  });
});
