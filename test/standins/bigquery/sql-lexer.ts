// GoogleSQL tokenizer for the stand-in's translator. It decodes literals itself (GoogleSQL
// and DuckDB disagree on quotes and escapes) and refuses what the subset does not cover.
import { errors } from './errors.js';

export type Tok =
  | { k: 'word'; v: string; up: string; pos: number }
  | { k: 'quoted'; v: string; pos: number }
  | { k: 'string'; v: string; pos: number }
  | { k: 'number'; v: string; float: boolean; pos: number }
  | { k: 'param'; v: string; pos: number }
  | { k: 'op'; v: string; pos: number };

export const at = (sql: string, pos: number): string => {
  const before = sql.slice(0, pos).split('\n');
  return `at [${before.length}:${(before.at(-1)?.length ?? 0) + 1}]`;
};

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '`': '`', '?': '?' };
// `=>` only names a function argument (PARSE_JSON(x, wide_number_mode => 'round')).
const OPS = ['<=', '>=', '<>', '!=', '||', '=>', '=', '<', '>', '+', '-', '*', '/', '(', ')', ',', '.', ';'];

export function tokenize(sql: string): Tok[] {
  const toks: Tok[] = [];
  const fail = (what: string, pos: number) => errors.invalidQuery(`Syntax error: ${what} ${at(sql, pos)}`);
  let i = 0;
  while (i < sql.length) {
    const c = sql.charAt(i);
    const rest = sql.slice(i);
    if (/\s/.test(c)) {
      i++;
    } else if (rest.startsWith('--') || c === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (rest.startsWith('/*')) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw fail('Unclosed comment', i);
      i = end + 2;
    } else if (c === '`') {
      const end = sql.indexOf('`', i + 1);
      if (end < 0) throw fail('Unclosed identifier literal', i);
      toks.push({ k: 'quoted', v: sql.slice(i + 1, end), pos: i });
      i = end + 1;
    } else if (c === "'" || c === '"') {
      if (rest.startsWith(c.repeat(3))) throw fail('[stand-in] triple-quoted strings are not supported', i);
      let v = '';
      let j = i + 1;
      for (;;) {
        const ch = sql.charAt(j);
        if (j >= sql.length || ch === '\n') throw fail('Unclosed string literal', i);
        if (ch === c) break;
        if (ch === '\\') {
          const e = ESCAPES[sql.charAt(j + 1)];
          if (e === undefined) throw fail(`[stand-in] unsupported escape \\${sql.charAt(j + 1)}`, j);
          v += e;
          j += 2;
        } else {
          v += ch;
          j++;
        }
      }
      toks.push({ k: 'string', v, pos: i });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql.charAt(i + 1)))) {
      if (/^0x/i.test(rest)) throw fail('[stand-in] hex literals are not supported', i);
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest) as RegExpExecArray;
      toks.push({ k: 'number', v: m[0], float: /[.eE]/.test(m[0]), pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) as RegExpExecArray;
      if (/^(r|b|rb|br)$/i.test(m[0]) && /['"]/.test(sql.charAt(i + m[0].length))) {
        throw fail('[stand-in] raw and bytes literals are not supported', i);
      }
      toks.push({ k: 'word', v: m[0], up: m[0].toUpperCase(), pos: i });
      i += m[0].length;
    } else if (c === '@') {
      const m = /^@([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
      if (!m?.[1]) throw fail('[stand-in] only named parameters @name are supported (no @@system variables)', i);
      toks.push({ k: 'param', v: m[1].toLowerCase(), pos: i });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => rest.startsWith(o));
      if (!op) throw fail(`[stand-in] unsupported character ${JSON.stringify(c)}`, i);
      toks.push({ k: 'op', v: op, pos: i });
      i += op.length;
    }
  }
  return toks;
}
