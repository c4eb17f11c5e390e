// Multi-statement scripts (GoogleSQL procedural language), the subset the product relies on:
//   BEGIN TRANSACTION; … ; COMMIT TRANSACTION;   (also BEGIN / COMMIT / ROLLBACK [TRANSACTION])
//   ASSERT expression [AS 'description'];         (fails the script, with the description in the message)
//   and between them any statement translate() supports.
// Statements outside a transaction commit one by one; inside one they commit together at COMMIT; a script that fails
// (or ends) inside a transaction rolls it back, as BigQuery does when there is no exception handler.
import { errors } from './errors.js';
import { at, type Tok, tokenize } from './sql-lexer.js';

export type ScriptStep =
  | { k: 'begin'; pos: number }
  | { k: 'commit'; pos: number }
  | { k: 'rollback'; pos: number }
  | { k: 'assert'; sql: string; description: string; where: string; pos: number }
  | { k: 'statement'; sql: string; pos: number };

/** Split at top-level semicolons; null when the text is one statement (with or without a trailing ';'). */
export const splitScript = (sql: string): ScriptStep[] | null => {
  const toks = tokenize(sql);
  const parts: Tok[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.k === 'op' && t.v === '(') depth++;
    if (t.k === 'op' && t.v === ')') depth--;
    if (t.k === 'op' && t.v === ';' && depth === 0) parts.push([]);
    else parts.at(-1)?.push(t);
  }
  const statements = parts.filter((p) => p.length > 0);
  if (statements.length <= 1) return null;
  let open = false;
  return statements.map((p): ScriptStep => {
    const first = p[0] as Tok;
    const last = p.at(-1) as Tok;
    const words = p.map((t) => (t.k === 'word' ? t.up : '\u0000')).join(' ');
    const control = /^(BEGIN|COMMIT|ROLLBACK)( TRANSACTION)?$/.exec(words);
    if (control) {
      const kind = control[1] === 'BEGIN' ? 'begin' : control[1] === 'COMMIT' ? 'commit' : 'rollback';
      if (kind === 'begin' && open) throw errors.invalidQuery(`Nested transactions are not supported ${at(sql, first.pos)}`);
      if (kind !== 'begin' && !open) throw errors.invalidQuery(`There is no active transaction to ${control[1]} ${at(sql, first.pos)}`);
      open = kind === 'begin';
      return { k: kind, pos: first.pos };
    }
    const stop = nextSemicolon(toks, last);
    if (first.k === 'word' && first.up === 'ASSERT') {
      // ASSERT expr [AS 'description']: run as SELECT (expr); a FALSE or NULL answer fails the script.
      const asAt = p.length - 2;
      const described = p.length > 3 && (p[asAt] as Tok).k === 'word' && (p[asAt] as { up: string }).up === 'AS' && last.k === 'string';
      const end = described ? (p[asAt] as Tok).pos : (stop ?? sql.length);
      const expr = sql.slice((p[1] as Tok).pos, end);
      return {
        k: 'assert',
        sql: `SELECT (${expr})`,
        description: described ? (last as { v: string }).v : `Assertion failed: ${expr.trim()}`,
        where: at(sql, first.pos),
        pos: first.pos,
      };
    }
    if (first.k === 'word' && ['BEGIN', 'DECLARE', 'SET', 'IF', 'LOOP', 'WHILE', 'CALL', 'EXECUTE', 'RAISE'].includes(first.up))
      throw errors.invalidQuery(`[stand-in] scripting statement ${first.up} is not supported ${at(sql, first.pos)}`);
    // Slice the statement's own text: from its first token to the next top-level ';' (or the end).
    return { k: 'statement', sql: sql.slice(first.pos, stop ?? sql.length), pos: first.pos };
  });
};

const nextSemicolon = (toks: Tok[], last: Tok): number | undefined => {
  const i = toks.indexOf(last);
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j] as Tok;
    if (t.k === 'op' && t.v === ';') return t.pos;
  }
  return undefined;
};
