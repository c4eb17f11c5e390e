// The promotion as a byte-preserving edit of the manifest: only production_model, the promoted model's status,
// promoted_at (and promotion record), and the previous production model's status change. Every other byte stays
// (key order, formatting, unknown keys, BOM, CRLF), so the diff a reviewer sees is only those fields. Pure.
import { type AnyNode, type MemberNode, type ObjectNode, parse as parseJson } from '@humanwhocodes/momoa';
import { InputError } from '../errors.js';
import { decodeUtf8 } from './json-source.js';
import { parseManifest } from './parse.js';

/** What `promotion` in a model entry records: the contract the history reads `reason` from. */
export interface PromotionRecord {
  reason: string;
  /** True when --force overrode something: failed gates or a deprecated model. */
  forced: boolean;
  /** Labels of the gates that failed (empty when all passed). */
  failed_gates: string[];
}

export interface PromoteChange {
  model: string;
  /** YYYY-MM-DD, written to promoted_at. */
  date: string;
  /** Recorded in the entry when given; an old record is removed when not, so it never describes this promotion. */
  promotion?: PromotionRecord;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const keyOf = (m: MemberNode): string => (m.name.type === 'String' ? m.name.value : m.name.name);
const member = (o: ObjectNode, key: string): MemberNode | undefined => o.members.find((m) => keyOf(m) === key);
const offsets = (n: AnyNode | MemberNode) => ({ start: n.loc.start.offset, end: n.loc.end.offset });

/** The whitespace that puts a member on its line, read from the object itself (so CRLF, tabs and one-line forms follow). */
const memberSeparator = (text: string, o: ObjectNode): string => {
  const last = o.members.at(-1) as MemberNode;
  const prev = o.members.at(-2);
  const between = prev
    ? text.slice(prev.value.loc.end.offset, last.name.loc.start.offset)
    : text.slice(o.loc.start.offset + 1, last.name.loc.start.offset);
  return between.replace(',', '');
};

/** `": "` or `":"` or `" : "`, as the object writes it. */
const colonOf = (text: string, m: MemberNode): string => text.slice(m.name.loc.end.offset, m.value.loc.start.offset);

/** The indentation of the line a node starts on. */
const indentAt = (text: string, offset: number): string => {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
};

const newlineOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

/**
 * A new value laid out the way JSON.stringify would with this file's indentation step, newline and colon; on one
 * line (members joined by the file's own separator) when its host object is on one line.
 */
const renderValue = (v: unknown, colon: string, layout: { newline: string; indent: string; unit: string } | { sep: string }): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const items = Array.isArray(v)
    ? v.map((x) => ({ key: '', x }))
    : Object.entries(v as Record<string, unknown>).map(([k, x]) => ({ key: `${JSON.stringify(k)}${colon}`, x }));
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return `${open}${close}`;
  if ('sep' in layout) return `${open}${items.map((i) => i.key + renderValue(i.x, colon, layout)).join(`,${layout.sep}`)}${close}`;
  const { newline, indent, unit } = layout;
  const deeper = { newline, indent: indent + unit, unit };
  return `${open}${items.map((i) => `${newline}${deeper.indent}${i.key}${renderValue(i.x, colon, deeper)}`).join(',')}${newline}${indent}${close}`;
};

/** Set `key` in `o` to `value`: replace the value in place, or append a member in the object's own style. */
const setMember = (text: string, o: ObjectNode, key: string, value: (indent: string) => string): Splice => {
  const m = member(o, key);
  if (m) return { ...offsets(m.value), text: value(indentAt(text, m.name.loc.start.offset)) };
  const last = o.members.at(-1) as MemberNode;
  const sep = memberSeparator(text, o);
  const indent = sep.includes('\n') ? (sep.slice(sep.lastIndexOf('\n') + 1).match(/^[ \t]*/)?.[0] ?? '') : '';
  const at = last.value.loc.end.offset;
  return { start: at, end: at, text: `,${sep}${JSON.stringify(key)}${colonOf(text, last)}${value(indent)}` };
};

/** Remove `key` from `o` with its comma, leaving the neighbours' formatting as it was. */
const removeMember = (o: ObjectNode, key: string): Splice | undefined => {
  const i = o.members.findIndex((m) => keyOf(m) === key);
  if (i === -1) return undefined;
  const m = o.members[i] as MemberNode;
  const prev = o.members[i - 1];
  const next = o.members[i + 1];
  if (prev) return { start: prev.value.loc.end.offset, end: m.value.loc.end.offset, text: '' };
  if (next) return { start: m.name.loc.start.offset, end: next.name.loc.start.offset, text: '' };
  return { start: m.name.loc.start.offset, end: m.value.loc.end.offset, text: '' };
};

// From the end backwards, so earlier offsets stay valid; two inserts at one offset keep their listed order.
const apply = (text: string, splices: Splice[]): string =>
  splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i)
    .reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), text);

/** What the manifest's JSON value must be after the promotion: the check that the edit changed exactly these fields. */
const expectedValue = (before: Record<string, unknown>, prev: string | null, c: PromoteChange): unknown => {
  const out = structuredClone(before) as { production_model: unknown; models: Record<string, Record<string, unknown>> };
  out.production_model = c.model;
  if (prev !== null && prev !== c.model && out.models[prev]) (out.models[prev] as Record<string, unknown>).status = 'deprecated';
  const entry = out.models[c.model] as Record<string, unknown>;
  entry.status = 'production';
  entry.promoted_at = c.date;
  if (c.promotion) entry.promotion = { ...c.promotion };
  else delete entry.promotion;
  return out;
};

const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson((a as never)[k], (b as never)[k]));
};

/**
 * The manifest bytes with the promotion applied. `bytes` must already parse as a valid manifest naming `model`.
 * The result is parsed again with the normal parser and compared with the intended change, so a wrong edit
 * fails here instead of reaching the source of truth.
 */
export const promoteBytes = (file: string, bytes: Uint8Array, change: PromoteChange): Uint8Array => {
  const before = parseManifest(file, bytes);
  const prev = before.manifest.production_model;
  const text = decodeUtf8(file, bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const root = parseJson(text, { mode: 'json' }).body as ObjectNode;
  const models = member(root, 'models')?.value as ObjectNode;
  const entryOf = (id: string) => member(models, id)?.value as ObjectNode | undefined;
  const entry = entryOf(change.model);
  if (!entry) throw InputError.at(file, `has no model "${change.model}"`, { path: '$.models' });

  const prodMember = member(root, 'production_model') as MemberNode;
  const splices: Splice[] = [{ ...offsets(prodMember.value), text: JSON.stringify(change.model) }];
  splices.push(setMember(text, entry, 'status', () => '"production"'));
  splices.push(setMember(text, entry, 'promoted_at', () => JSON.stringify(change.date)));
  if (change.promotion) {
    const record = change.promotion;
    const sep = memberSeparator(text, entry);
    const multiline = sep.includes('\n');
    const colon = colonOf(text, entry.members[0] as MemberNode);
    // One indentation step: this entry's member indent beyond the models object's member indent.
    const inner = indentAt(text, (entry.members[0] as MemberNode).name.loc.start.offset);
    const outer = indentAt(text, (models.members[0] as MemberNode).name.loc.start.offset);
    const unit = inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : '';
    const value = { reason: record.reason, forced: record.forced, failed_gates: record.failed_gates };
    splices.push(
      setMember(text, entry, 'promotion', (indent) =>
        renderValue(value, colon, multiline && unit ? { newline: newlineOf(sep), indent, unit } : { sep: multiline ? ' ' : sep }),
      ),
    );
  } else {
    const removal = removeMember(entry, 'promotion');
    if (removal) splices.push(removal);
  }
  if (prev !== null && prev !== change.model) {
    const old = entryOf(prev);
    if (old) splices.push(setMember(text, old, 'status', () => '"deprecated"'));
  }

  const edited = apply(text, splices);
  const out = Buffer.from(bom ? `\uFEFF${edited}` : edited, 'utf8');
  const after = parseManifest(file, out);
  if (!sameJson(after.source.value, expectedValue(before.source.value as Record<string, unknown>, prev, change)))
    throw new Error(`promotion edit of ${file} changed more than the promotion fields; nothing written`);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
