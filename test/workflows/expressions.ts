// GitHub Actions expressions, for the local workflow runner: the subset our reusable workflows use, with GitHub's
// semantics (loose equality, case-insensitive strings and property names, `||` and `&&` returning an operand,
// a missing property of an object is null). Anything outside the subset throws, so an unsupported construct fails
// the test instead of quietly becoming ''.

export class ExpressionError extends Error {}

/** An object whose keys must all exist: an undeclared input, step or output is an error, not null. */
export class Scope {
  constructor(
    readonly what: string,
    readonly entries: Record<string, unknown>,
  ) {}
  get(key: string): unknown {
    const k = Object.keys(this.entries).find((e) => e.toLowerCase() === key.toLowerCase());
    if (k === undefined) throw new ExpressionError(`${this.what}.${key} is not defined`);
    return this.entries[k];
  }
}

export type Node =
  | { k: 'lit'; v: unknown }
  | { k: 'ctx'; name: string }
  | { k: 'prop'; of: Node; key: Node }
  | { k: 'not'; e: Node }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'call'; fn: string; args: Node[] };

type Tok = { t: 'num' | 'str' | 'id' | 'op'; v: string };

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ','];
export const STATUS = ['always', 'success', 'failure', 'cancelled'];
const FUNCTIONS = [...STATUS, 'contains', 'startsWith', 'endsWith', 'format'];

const tokens = (src: string): Tok[] => {
  const out: Tok[] = [];
  for (let i = 0; i < src.length; ) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    const num = /^\d+(\.\d+)?/.exec(rest);
    const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    const op = OPS.find((o) => rest.startsWith(o));
    if (space) i += space[0].length;
    else if (rest.startsWith("'")) {
      const m = /^'((?:[^']|'')*)'/.exec(rest);
      if (!m) throw new ExpressionError(`unterminated string in "${src}"`);
      out.push({ t: 'str', v: (m[1] as string).replaceAll("''", "'") });
      i += m[0].length;
    } else if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
    } else if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
    } else if (op) {
      out.push({ t: 'op', v: op });
      i += op.length;
    } else throw new ExpressionError(`unsupported character "${rest[0]}" in "${src}"`);
  }
  return out;
};

/** Parses one expression (the text between the braces). */
export const parse = (src: string): Node => {
  const toks = tokens(src);
  let i = 0;
  const peek = (v: string) => toks[i]?.t === 'op' && toks[i]?.v === v;
  const expect = (v: string) => {
    if (!peek(v)) throw new ExpressionError(`expected "${v}" in "${src}"`);
    i++;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let l = next();
    while (ops.some(peek)) {
      const op = (toks[i++] as Tok).v;
      l = { k: 'bin', op, l, r: next() };
    }
    return l;
  };
  const primary = (): Node => {
    const t = toks[i++];
    if (!t) throw new ExpressionError(`unexpected end of "${src}"`);
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'num') return { k: 'lit', v: Number(t.v) };
    if (t.t === 'op' && t.v === '(') {
      const e = or();
      expect(')');
      return e;
    }
    if (t.t !== 'id') throw new ExpressionError(`unexpected "${t.v}" in "${src}"`);
    const literal: Record<string, unknown> = { true: true, false: false, null: null };
    if (t.v in literal) return { k: 'lit', v: literal[t.v] };
    if (!peek('(')) return { k: 'ctx', name: t.v };
    const fn = FUNCTIONS.find((f) => f.toLowerCase() === t.v.toLowerCase());
    if (!fn) throw new ExpressionError(`unsupported function ${t.v}() in "${src}"`);
    i++;
    const args: Node[] = [];
    while (!peek(')')) {
      if (args.length) expect(',');
      args.push(or());
    }
    i++;
    return { k: 'call', fn, args };
  };
  const postfix = (): Node => {
    let e = primary();
    for (;;) {
      if (peek('.')) {
        i++;
        const t = toks[i++];
        if (t?.t !== 'id') throw new ExpressionError(`unsupported property access in "${src}"`);
        e = { k: 'prop', of: e, key: { k: 'lit', v: t.v } };
      } else if (peek('[')) {
        i++;
        e = { k: 'prop', of: e, key: or() };
        expect(']');
      } else return e;
    }
  };
  const unary = (): Node => {
    if (!peek('!')) return postfix();
    i++;
    return { k: 'not', e: unary() };
  };
  const rel = binary(['<=', '>=', '<', '>'], unary);
  const eq = binary(['==', '!='], rel);
  const and = binary(['&&'], eq);
  const or = binary(['||'], and);
  const node = or();
  if (i < toks.length) throw new ExpressionError(`unexpected "${toks[i]?.v}" in "${src}"`);
  return node;
};

/** Context paths an expression reads with constant keys, e.g. ['inputs', 'fail-on'], for static checks. */
export const references = (n: Node): string[][] => {
  const chain = (x: Node): string[] | undefined => {
    if (x.k === 'ctx') return [x.name];
    if (x.k === 'prop' && x.key.k === 'lit') {
      const base = chain(x.of);
      return base && [...base, String(x.key.v)];
    }
    return undefined;
  };
  const found = chain(n);
  if (found) return [found];
  if (n.k === 'prop') return [...references(n.of), ...references(n.key)];
  if (n.k === 'not') return references(n.e);
  if (n.k === 'bin') return [...references(n.l), ...references(n.r)];
  if (n.k === 'call') return n.args.flatMap(references);
  return [];
};

export const usesStatus = (n: Node): boolean =>
  n.k === 'call'
    ? STATUS.includes(n.fn) || n.args.some(usesStatus)
    : n.k === 'not'
      ? usesStatus(n.e)
      : n.k === 'bin'
        ? usesStatus(n.l) || usesStatus(n.r)
        : n.k === 'prop' && (usesStatus(n.of) || usesStatus(n.key));

export const truthy = (v: unknown): boolean => !(v === null || v === undefined || v === false || v === 0 || v === '' || Number.isNaN(v));

/** How the runner writes a value into a string: null is empty, objects are JSON. */
export const str = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v instanceof Scope ? v.entries : v, null, 2);

const num = (v: unknown): number =>
  v === null || v === undefined
    ? 0
    : typeof v === 'boolean'
      ? Number(v)
      : typeof v === 'number'
        ? v
        : typeof v === 'string'
          ? v.trim() === ''
            ? 0
            : Number(v)
          : Number.NaN;

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

/** Loose equality: same types compare directly (strings ignoring case), different types as numbers. */
export const equal = (a: unknown, b: unknown): boolean => {
  const na = a ?? null;
  const nb = b ?? null;
  if (na === null && nb === null) return true;
  if (typeof na === 'string' && typeof nb === 'string') return na.toLowerCase() === nb.toLowerCase();
  if (isObject(na) || isObject(nb)) return na === nb;
  if (typeof na === typeof nb) return na === nb;
  return num(na) === num(nb);
};

const property = (of: unknown, key: unknown): unknown => {
  if (of instanceof Scope) return of.get(str(key));
  if (Array.isArray(of)) return typeof key === 'number' ? (of[key] ?? null) : null;
  if (!isObject(of)) return null;
  const o = of as Record<string, unknown>;
  const k = Object.keys(o).find((e) => e.toLowerCase() === str(key).toLowerCase());
  return k === undefined ? null : o[k];
};

export interface Status {
  failed: boolean;
}

/** Evaluates a parsed expression; `status` is given only where status functions are allowed (`if:`). */
export const evaluate = (n: Node, contexts: Scope, status?: Status): unknown => {
  const ev = (x: Node) => evaluate(x, contexts, status);
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'ctx':
      return contexts.get(n.name);
    case 'prop':
      return property(ev(n.of), ev(n.key));
    case 'not':
      return !truthy(ev(n.e));
    case 'bin': {
      const l = ev(n.l);
      if (n.op === '&&') return truthy(l) ? ev(n.r) : l;
      if (n.op === '||') return truthy(l) ? l : ev(n.r);
      const r = ev(n.r);
      if (n.op === '==') return equal(l, r);
      if (n.op === '!=') return !equal(l, r);
      const [a, b] = typeof l === 'string' && typeof r === 'string' ? [l.toLowerCase(), r.toLowerCase()] : [num(l), num(r)];
      return n.op === '<' ? a < b : n.op === '<=' ? a <= b : n.op === '>' ? a > b : a >= b;
    }
    case 'call':
      return call(n.fn, n.args.map(ev), status);
  }
};

const call = (fn: string, args: unknown[], status?: Status): unknown => {
  if (STATUS.includes(fn)) {
    if (!status) throw new ExpressionError(`${fn}() is only allowed in if:`);
    return fn === 'always' ? true : fn === 'success' ? !status.failed : fn === 'failure' ? status.failed : false;
  }
  const [a, b] = args;
  if (fn === 'contains') return Array.isArray(a) ? a.some((x) => equal(x, b)) : str(a).toLowerCase().includes(str(b).toLowerCase());
  if (fn === 'startsWith') return str(a).toLowerCase().startsWith(str(b).toLowerCase());
  if (fn === 'endsWith') return str(a).toLowerCase().endsWith(str(b).toLowerCase());
  // format: {N} is argument N, {{ and }} are literal braces.
  return str(a).replace(/\{\{|\}\}|\{(\d+)\}/g, (m, d: string | undefined) => {
    if (d === undefined) return m[0] as string;
    if (Number(d) + 1 >= args.length) throw new ExpressionError(`format(): no argument {${d}}`);
    return str(args[Number(d) + 1]);
  });
};

const OPEN = '$' + '{{';

/** The `${{ … }}` pieces of a string: literal text and expression sources, in order. */
export const pieces = (text: string): Array<{ text: string } | { expr: string }> => {
  const out: Array<{ text: string } | { expr: string }> = [];
  let at = 0;
  for (let start = text.indexOf(OPEN); start >= 0; start = text.indexOf(OPEN, at)) {
    if (start > at) out.push({ text: text.slice(at, start) });
    // The closing braces are the first ones outside a quoted string.
    let i = start + OPEN.length;
    for (let quoted = false; i < text.length && (quoted || !text.startsWith('}}', i)); i++) if (text[i] === "'") quoted = !quoted;
    if (i >= text.length) throw new ExpressionError(`unclosed expression in "${text}"`);
    out.push({ expr: text.slice(start + OPEN.length, i) });
    at = i + 2;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
};

/** A value with expressions: one whole expression keeps its type, anything else becomes a string. */
export const interpolate = (value: unknown, contexts: Scope): unknown => {
  if (typeof value !== 'string') return value;
  const parts = pieces(value);
  const only = parts[0];
  if (parts.length === 1 && only && 'expr' in only) return evaluate(parse(only.expr), contexts);
  return parts.map((p) => ('expr' in p ? str(evaluate(parse(p.expr), contexts)) : p.text)).join('');
};

/**
 * The expression of an `if:`. The braces are optional there; text around them would make a non-empty string,
 * always true (a classic mistake), so that form is refused. Without a status function, success() && … is implied.
 */
export const condition = (value: unknown): Node => {
  if (typeof value === 'boolean') return { k: 'lit', v: value };
  const text = str(value).trim();
  const parts = pieces(text);
  const only = parts[0];
  const src = parts.length === 1 && only && 'expr' in only ? only.expr : text;
  if (parts.length > 1) throw new ExpressionError(`if: "${text}" mixes text and expressions; it would always be true`);
  const n = parse(src);
  return usesStatus(n) ? n : { k: 'bin', op: '&&', l: { k: 'call', fn: 'success', args: [] }, r: n };
};
