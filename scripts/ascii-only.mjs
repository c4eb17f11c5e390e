// The bundle's JavaScript in ASCII: every other character written as the escape that means the same character, so
// node reads each file as a one-byte string. A file holding a single non-ASCII character (a comment's dash, a
// library's '…', a data table) is otherwise decoded from UTF-8 into a two-byte string, twice the memory to fill and
// about twice the time to read: ~1 ms of the 650 KiB chunk every CLI command opens (yaml and zod), more over all the
// chunks a command opens.
//
// Where: inside a string, a regular expression, an untagged template or a name, a character becomes its \u escape
// (a regular expression's astral character its surrogate pair, which a /u expression reads as one code point, and
// any other as the same two units); inside a comment, the same text, which nothing reads. A file where that is not
// certain (a tagged template, whose raw text its tag can read; a space or line break beyond ASCII outside a string)
// is left as it was. Each rewritten file is parsed again (oxc's parser, from rolldown) and must have the same syntax
// tree, with the same value for every string, template and name.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseSync } from 'rolldown/experimental';

const NON_ASCII = /[^\x00-\x7f]/;
// JavaScript's spaces and line breaks beyond ASCII: outside a string they are syntax, which an escape would change
// (a line break in a block comment counts for automatic semicolons).
const JS_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

const hex4 = (n) => `\\u${n.toString(16).padStart(4, '0')}`;
/** A code point as \u escapes: one for the BMP, above it a surrogate pair (in a name, \u{…}). */
const escapeOf = (cp, name) => {
  if (cp < 0x10000) return hex4(cp);
  if (name) return `\\u{${cp.toString(16)}}`;
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
};

const parse = (file, text) => {
  const r = parseSync(file, text, { sourceType: 'module', lang: 'js' });
  return r.errors.length ? undefined : r;
};

/** Every node of an ESTree, in order, with its parent. */
function* nodes(node, parent = null) {
  if (Array.isArray(node)) {
    for (const n of node) yield* nodes(n, parent);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  yield [node, parent];
  for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') yield* nodes(v, node);
}

const NAMES = new Set(['Identifier', 'PrivateIdentifier']);

/** The ranges non-ASCII text may be escaped in, as [start, end, kind], sorted: 'string', 'name', 'tagged' or 'comment'. */
const rangesOf = (r) => {
  const out = [];
  for (const [n, parent] of nodes(r.program)) {
    if (n.type === 'Literal' && (typeof n.value === 'string' || n.regex)) out.push([n.start, n.end, 'string']);
    else if (n.type === 'TemplateElement') out.push([n.start, n.end, parent?.tagged ? 'tagged' : 'string']);
    else if (NAMES.has(n.type)) out.push([n.start, n.end, 'name']);
    else if (n.type === 'TaggedTemplateExpression') n.quasi.tagged = true;
  }
  for (const c of r.comments) out.push([c.start, c.end, 'comment']);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

/** The file's text in ASCII, or undefined when it cannot be rewritten with certainty. */
export const asciiText = (file, text) => {
  if (!NON_ASCII.test(text)) return text;
  const before = parse(file, text);
  if (!before) return undefined;
  const ranges = rangesOf(before);
  let out = '';
  let at = 0;
  let ri = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      i += width;
      continue;
    }
    while (ri < ranges.length && ranges[ri][1] <= i) ri++;
    // The innermost range holding i (a name inside a template's expression sits after the template element).
    let kind;
    for (let j = ri; j < ranges.length && ranges[j][0] <= i; j++) if (ranges[j][1] > i) kind = ranges[j][2];
    if (kind === undefined || kind === 'tagged') return undefined;
    if (kind === 'comment') {
      if (JS_SPACE.test(String.fromCodePoint(cp))) return undefined;
      out += text.slice(at, i) + escapeOf(cp, false);
    } else {
      // A backslash before the character (an odd run of them) escapes it as itself: the \u escape replaces both.
      let slashes = 0;
      while (text[i - 1 - slashes] === '\\') slashes++;
      out += text.slice(at, slashes % 2 === 1 ? i - 1 : i) + escapeOf(cp, kind === 'name');
    }
    i += width;
    at = i;
  }
  out += text.slice(at);
  const after = parse(file, out);
  return after && NON_ASCII.test(out) === false && same(before.program, after.program) ? out : undefined;
};

/** Whether two parses have the same tree: the same kinds in the same order, and the same values and names. */
const same = (a, b) => {
  const [x, y] = [[...nodes(a)], [...nodes(b)]];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const [[m], [n]] = [x[i], y[i]];
    if (m.type !== n.type) return false;
    if (NAMES.has(m.type) && m.name !== n.name) return false;
    if (m.type === 'TemplateElement' && m.value.cooked !== n.value.cooked) return false;
    if (m.type === 'Literal' && (m.regex ? !sameRegExp(m.regex, n.regex) : m.value !== n.value)) return false;
  }
  return true;
};

/**
 * Two regular expressions that differ only in how characters are written: the same flags, both compile, and each
 * non-ASCII character of the first matches in the second as it does in the first.
 */
const sameRegExp = (p, q) => {
  if (!q || p.flags !== q.flags) return false;
  try {
    const flags = p.flags.replace(/[gy]/g, '');
    const [r, s] = [new RegExp(p.pattern, flags), new RegExp(q.pattern, flags)];
    return [...new Set([...p.pattern].filter((c) => NON_ASCII.test(c)))].every((c) => r.test(c) === s.test(c));
  } catch {
    return false;
  }
};

/** Rewrites `file` in ASCII where that is certain; returns whether the file is ASCII now. */
export const asciiOnly = (file) => {
  const text = readFileSync(file, 'utf8');
  if (!NON_ASCII.test(text)) return true;
  const out = asciiText(file, text);
  if (out === undefined) return false;
  writeFileSync(file, out);
  return true;
};
