// Strict JSON with source positions: every key keeps its line:column, duplicate keys are errors.
//
// Memory rule: a manifest may be 16 MiB, and it must parse under a 512 MiB heap. So no syntax tree: the native
// JSON.parse checks the grammar and builds the value, one walk over the value checks what JSON.parse lets through
// (repeated keys, nesting, numbers out of range), a full scan (validate) names the first problem when either finds
// one, and positions are found only when a message asks for one (each container on the asked path is indexed once,
// lazily). A tree of a 16 MiB document took over 2 GB.
import { isUtf8 } from 'node:buffer';
import { InputError, type SourcePosition } from '../errors.js';
import { hasEscapedKey, rebuildJson, stringEnd, WS } from '../util/json-parse.js';
import { printable } from '../util/printable.js';

export type PathSegment = string | number;
export const MAX_DEPTH = 64;

export interface JsonSource {
  value: unknown;
  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  locate(path: readonly PathSegment[], key?: boolean): SourcePosition;
}

// Invisible code points are shown escaped, so a path names the key that is there, not the one it looks like.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const quoteKey = (s: string): string => printable(JSON.stringify(s)).replace(INVISIBLE, escapeCodePoint);

/** `\uXXXX`, or `\u{XXXXX}` beyond the BMP. */
export const escapeCodePoint = (c: string): string => {
  const n = c.codePointAt(0) ?? 0;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

export const jsonPath = (path: readonly PathSegment[]): string =>
  `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${quoteKey(s)}]`)).join('')}`;

/** Decode bytes as UTF-8 (BOM dropped), or fail naming the first bad byte's line:column. */
export const decodeUtf8 = (file: string, bytes: Uint8Array): string => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!isUtf8(bytes)) {
    const bad = text.indexOf('\uFFFD');
    throw new InputError([{ file, ...lineColumn(text, Math.max(bad, 0)), message: 'is not valid UTF-8' }]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

export const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
};

/**
 * Line starts, found as far as asked: line:column of any offset by binary search. Positions are asked for near the
 * top of a document (the first unknown fields, the first problem), so a 16 MiB manifest is not scanned to its end.
 */
const lineIndex = (text: string) => {
  const starts = [0];
  // Every line start at or before this offset is in `starts`.
  let scanned = 0;
  return (offset: number): { line: number; column: number } => {
    while (scanned <= offset) {
      const nl = text.indexOf('\n', scanned);
      if (nl === -1) scanned = Number.POSITIVE_INFINITY;
      else {
        starts.push(nl + 1);
        scanned = nl + 1;
      }
    }
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
};

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const EXPONENT = /[eE]/;

const describeAt = (text: string, i: number): string => {
  if (i >= text.length) return 'Unexpected end of input';
  const cp = text.codePointAt(i) ?? 0;
  const names: Record<string, string> = { ',': 'Comma', ':': 'Colon', '}': 'RBrace', ']': 'RBracket', '{': 'LBrace', '[': 'LBracket' };
  const ch = String.fromCodePoint(cp);
  return names[ch] ? `Unexpected token ${names[ch]}` : `Unexpected character ${printable(JSON.stringify(ch))}`;
};

class Fail {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly path: PathSegment[] | undefined,
  ) {}
}

/**
 * One pass over the text: grammar, nesting depth, duplicate and reserved keys, numbers that overflow to
 * Infinity. Keeps only the open containers' key sets; throws a Fail at the first problem.
 */
const validate = (text: string, at: (offset: number) => { line: number; column: number }): void => {
  const path: PathSegment[] = [];
  let i = 0;
  const skipWs = () => {
    while (i < text.length && WS(text.charCodeAt(i))) i++;
  };
  const fail = (message = describeAt(text, i), at = i, where: PathSegment[] | undefined = undefined): never => {
    throw new Fail(at, message, where);
  };
  // Moves past the string; true when it has escapes (a key must then be decoded to compare). Runs of plain
  // characters are skipped by one sticky regex, not a character at a time: most of a manifest is inside strings.
  const string = (): boolean => {
    i++;
    let escaped = false;
    for (;;) {
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      if (i >= text.length) fail('Unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return escaped;
      }
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('Invalid escape in string');
        i = ESCAPE.lastIndex;
        escaped = true;
      } else fail('Unescaped control character in string');
    }
  };
  const value = (depth: number): void => {
    skipWs();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
      const object = c === 0x7b;
      const close = object ? 0x7d : 0x5d;
      // Only the open objects' keys are held, and dropped when the object closes.
      const seen = new Map<string, number>();
      i++;
      skipWs();
      if (text.charCodeAt(i) === close) {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        if (object) {
          skipWs();
          if (text.charCodeAt(i) !== 0x22) fail();
          const start = i;
          const key = string() ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
          const first = seen.get(key);
          if (first !== undefined) {
            const p = at(first);
            fail(`duplicate key (first at ${p.line}:${p.column})`, start, [...path, key]);
          }
          if (key === '__proto__') fail('reserved key "__proto__"', start, [...path, key]);
          seen.set(key, start);
          skipWs();
          if (text.charCodeAt(i) !== 0x3a) fail();
          i++;
          path.push(key);
        } else path.push(n);
        value(depth + 1);
        path.pop();
        skipWs();
        const d = text.charCodeAt(i);
        if (d === close) {
          i++;
          return;
        }
        if (d !== 0x2c) fail();
        i++;
      }
    }
    if (c === 0x22) {
      string();
      return;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail();
      const end = NUMBER.lastIndex;
      // Only an exponent or over 300 digits can overflow a double: the common number needs no conversion here.
      if ((end - i > 300 || EXPONENT.test(text.slice(i, end))) && !Number.isFinite(Number(text.slice(i, end))))
        fail('number out of range (beyond ±1.8e308)', i, [...path]);
      i = end;
      return;
    }
    const lit = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
    if (lit !== undefined && text.startsWith(lit, i)) {
      i += lit.length;
      return;
    }
    fail();
  };
  value(0);
  skipWs();
  if (i < text.length) fail();
};

/**
 * Whether the value JSON.parse made of a text shows none of the problems validate finds (false: validate then names
 * the first). One walk over the value checks nesting, reserved keys and numbers. A repeated key leaves no trace in the
 * value, so the text's members are counted: each is one colon outside a string, and the colons inside strings are the
 * ones the value's keys and strings hold, unless the text writes a colon as an escape (\u003a: then this declines).
 * No object repeats a key exactly when the value has as many keys as the text has members. No per-key string or set
 * is built: a character scan that compared keys cost a 10,000-model plan about twice this walk.
 */
const quickCheck = (text: string, value: unknown): boolean => {
  if (text.includes('\\u003')) return false;
  let keys = 0;
  let inner = 0;
  // False at a container deeper than validate allows, a "__proto__" key or a number beyond the double range. The
  // colon counts are written out in place and keys are listed with Object.keys: a helper call per string and for-in
  // cost a 10,000-model manifest about a third more.
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') {
      for (let j = v.indexOf(':'); j !== -1; j = v.indexOf(':', j + 1)) inner++;
      return true;
    }
    if (typeof v === 'number') return Number.isFinite(v);
    if (v === null || typeof v !== 'object') return true;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) if (!walk(v[k], depth + 1)) return false;
      return true;
    }
    const own = Object.keys(v);
    keys += own.length;
    for (let i = 0; i < own.length; i++) {
      const k = own[i] as string;
      if (k === '__proto__') return false;
      for (let j = k.indexOf(':'); j !== -1; j = k.indexOf(':', j + 1)) inner++;
      if (!walk((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return true;
  };
  if (!walk(value, 0)) return false;
  let colons = 0;
  for (let j = text.indexOf(':'); j !== -1; j = text.indexOf(':', j + 1)) colons++;
  return keys === colons - inner;
};

/**
 * The value of a text validate accepts. validate runs, and names the first problem, when JSON.parse refuses the text,
 * when the quick check declines, or when a key holds an escape: V8's JSON.parse can read such a key as another one
 * (util/json-parse.ts), which could also hide a repeated key from the count, so that value is rebuilt key by key.
 */
const checkedParse = (text: string, at: (offset: number) => { line: number; column: number }): unknown => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    validate(text, at);
    throw e;
  }
  if (hasEscapedKey(text)) {
    value = undefined; // a 16 MiB manifest's value is not held twice
    validate(text, at);
    return rebuildJson(text);
  }
  if (!quickCheck(text, value)) validate(text, at);
  return value;
};

/** Offset just past the JSON value starting at `i` (the text is already valid). */
const skipValue = (text: string, i: number): number => {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(text, i) - 1; // at the closing quote
      if (depth === 0) return i + 1;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && !WS(c)) {
      let j = i;
      while (j < text.length && !/[\s,\]}]/.test(text[j] as string)) j++;
      return j;
    }
  }
  return i;
};
const skipWsFrom = (text: string, i: number): number => {
  while (i < text.length && WS(text.charCodeAt(i))) i++;
  return i;
};

interface Member {
  key: number;
  value: number;
}

/**
 * Members of the container at `start` (offset of `{` or `[`), scanned only as far as the asked member: the
 * notices ask for the first unknown keys of an object that may hold a million. A member's value is skipped only
 * when a later member is asked for: the last member of the root may be the whole document.
 */
const containerIndex = (text: string, start: number) => {
  const seen = new Map<PathSegment, Member>();
  const object = text.charCodeAt(start) === 0x7b;
  let i = skipWsFrom(text, start + 1);
  // The value of the last member read, not yet skipped.
  let unskipped: number | undefined;
  let n = 0;
  return (seg: PathSegment): Member | undefined => {
    for (let m = seen.get(seg); m === undefined; m = seen.get(seg)) {
      if (unskipped !== undefined) {
        i = skipWsFrom(text, skipValue(text, unskipped));
        if (text.charCodeAt(i) === 0x2c) i = skipWsFrom(text, i + 1);
        unskipped = undefined;
      }
      if (text.charCodeAt(i) === (object ? 0x7d : 0x5d)) return undefined;
      if (object) {
        const keyStart = i;
        i = skipValue(text, i);
        const raw = text.slice(keyStart, i);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        i = skipWsFrom(text, skipWsFrom(text, i) + 1);
        seen.set(key, { key: keyStart, value: i });
      } else seen.set(n, { key: i, value: i });
      n++;
      unskipped = i;
    }
    return seen.get(seg);
  };
};

export const parseJsonSource = (file: string, text: string): JsonSource => {
  if (text.trim() === '') throw InputError.at(file, 'is empty; expected a JSON object', { line: 1, column: 1 });
  const at = lineIndex(text);
  let value: unknown;
  try {
    value = checkedParse(text, at);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const where = at(e.offset);
    if (e.path) throw new InputError([{ file, ...where, path: jsonPath(e.path), message: e.message }]);
    const message = e.message.startsWith('nesting') ? e.message : `invalid JSON: ${e.message}`;
    throw InputError.at(file, message, where);
  }
  const root = skipWsFrom(text, 0);
  const indexes = new Map<number, ReturnType<typeof containerIndex>>();
  const locate = (path: readonly PathSegment[], key = false): SourcePosition => {
    let node = root;
    let keyAt: number | undefined;
    for (const seg of path) {
      const c = text.charCodeAt(node);
      if (c !== 0x7b && c !== 0x5b) {
        keyAt = undefined;
        break;
      }
      let index = indexes.get(node);
      if (!index) {
        index = containerIndex(text, node);
        indexes.set(node, index);
      }
      const m = (c === 0x7b) === (typeof seg === 'string') ? index(seg) : undefined;
      if (!m) {
        keyAt = undefined;
        break;
      }
      keyAt = c === 0x7b ? m.key : undefined;
      node = m.value;
    }
    return { file, ...at(key && keyAt !== undefined ? keyAt : node) };
  };
  return { value, locate };
};
