// Strict JSON with source positions: every key keeps its line:column, duplicate keys are errors.

import { isUtf8 } from 'node:buffer';
import { type AnyNode, type ObjectNode, parse as parseJson } from '@humanwhocodes/momoa';
import { InputError, type Problem, type SourcePosition } from '../errors.js';
import { printable } from '../util/printable.js';

export type PathSegment = string | number;
export const MAX_DEPTH = 64;

export interface JsonSource {
  value: unknown;
  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  locate(path: readonly PathSegment[], key?: boolean): SourcePosition;
}

export const jsonPath = (path: readonly PathSegment[]): string =>
  `$${path
    .map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${printable(JSON.stringify(s))}]`))
    .join('')}`;

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

// The parser recurses; refuse a nesting bomb before it can exhaust the stack.
const checkDepth = (file: string, text: string): void => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) throw new InputError([{ file, ...lineColumn(text, i), message: `nesting deeper than ${MAX_DEPTH} levels` }]);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
};

export const parseJsonSource = (file: string, text: string): JsonSource => {
  if (text.trim() === '') throw InputError.at(file, 'is empty; expected a JSON object', { line: 1, column: 1 });
  checkDepth(file, text);
  let root: AnyNode;
  try {
    root = parseJson(text, { mode: 'json' }).body;
  } catch (e) {
    const err = e as { message: string; line?: number; column?: number };
    const message = err.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw InputError.at(file, `invalid JSON: ${message}`, { line: err.line ?? 1, column: err.column ?? 1 });
  }
  const problems: Problem[] = [];
  const value = toValue(file, text, root, [], problems);
  if (problems.length > 0) throw new InputError(problems);
  return { value, locate: (path, key = false) => locate(file, root, path, key) };
};

// The parser takes control characters written raw inside a string; RFC 8259 (and JSON.parse) refuse them: they must
// be escaped. Checked on the token's source text, so an escaped "\u0000" stays allowed.
const rawControl = (text: string, loc: { start: { offset: number }; end: { offset: number } }): string | undefined => {
  const c = /[\u0000-\u001f]/.exec(text.slice(loc.start.offset, loc.end.offset))?.[0];
  return c === undefined ? undefined : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
};

const toValue = (file: string, text: string, node: AnyNode, path: PathSegment[], problems: Problem[]): unknown => {
  switch (node.type) {
    case 'Object': {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, SourcePosition>();
      for (const m of node.members) {
        const key = m.name.type === 'String' ? m.name.value : m.name.name;
        const at: SourcePosition = { file, line: m.name.loc.start.line, column: m.name.loc.start.column };
        const here = jsonPath([...path, key]);
        const first = seen.get(key);
        const control = rawControl(text, m.name.loc);
        if (control) problems.push({ ...at, path: here, message: `control character ${control} inside a string; escape it` });
        else if (first) problems.push({ ...at, path: here, message: `duplicate key (first at ${first.line}:${first.column})` });
        else if (key === '__proto__') problems.push({ ...at, path: here, message: 'reserved key "__proto__"' });
        else {
          seen.set(key, at);
          out[key] = toValue(file, text, m.value, [...path, key], problems);
        }
      }
      return out;
    }
    case 'Array':
      return node.elements.map((e, i) => toValue(file, text, e.value, [...path, i], problems));
    case 'String': {
      const control = rawControl(text, node.loc);
      if (control)
        problems.push({
          file,
          line: node.loc.start.line,
          column: node.loc.start.column,
          path: jsonPath(path),
          message: `control character ${control} inside a string; escape it`,
        });
      return node.value;
    }
    case 'Number':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      problems.push({
        file,
        line: node.loc.start.line,
        column: node.loc.start.column,
        path: jsonPath(path),
        message: `unexpected ${node.type}`,
      });
      return null;
  }
};

const memberIndex = new WeakMap<ObjectNode, Map<string, ObjectNode['members'][number]>>();
const membersOf = (node: ObjectNode) => {
  let index = memberIndex.get(node);
  if (!index) {
    index = new Map();
    for (const m of node.members) {
      const k = m.name.type === 'String' ? m.name.value : m.name.name;
      if (!index.has(k)) index.set(k, m);
    }
    memberIndex.set(node, index);
  }
  return index;
};

const locate = (file: string, root: AnyNode, path: readonly PathSegment[], key: boolean): SourcePosition => {
  let node: AnyNode = root;
  let keyNode: AnyNode | undefined;
  for (const seg of path) {
    let next: AnyNode | undefined;
    if (node.type === 'Object' && typeof seg === 'string') {
      const m = membersOf(node).get(seg);
      keyNode = m?.name;
      next = m?.value;
    } else if (node.type === 'Array' && typeof seg === 'number') {
      keyNode = undefined;
      next = node.elements[seg]?.value;
    }
    if (!next) {
      keyNode = undefined;
      break;
    }
    node = next;
  }
  const at = key && keyNode ? keyNode : node;
  return { file, line: at.loc.start.line, column: at.loc.start.column };
};
