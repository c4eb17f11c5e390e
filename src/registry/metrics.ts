// The registry's `metrics` JSON column: every metric of a manifest entry beyond the three that have their own columns.
// Held as canonical JSON text (object keys in code-point order at every depth, no whitespace), so the same metrics
// always make the same bytes: a second sync compares equal and writes nothing, and drift compares text.
import { KNOWN_KEYS } from '../manifest/schema.js';
import { parseJson } from '../util/json-parse.js';
import { hasUnprintable, printable } from '../util/printable.js';

/**
 * The most a model's `metrics` column may hold, in UTF-8 bytes of its canonical text: the value is printed whole in
 * drift findings, plans and the history, so a manifest over it is bad input (checked when the manifest is parsed).
 */
export const METRICS_MAX_BYTES = 64 * 1024;

/** The metrics with their own registry columns (hit_rate_edge_3plus, mae, graded_edge_3plus_n): never repeated in `metrics`. */
const OWN_COLUMNS: ReadonlySet<string> = new Set(KNOWN_KEYS.metrics);

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Metric values are not checked like the manifest's other strings (any JSON may be there), and this text reaches
// findings, logs and markdown: characters that render other than they are (C1 controls, line and paragraph
// separators, bidi overrides) are written as \u escapes by printable, which is the same JSON value inside a string.
const str = (s: string): string => printable(JSON.stringify(s));

/** JSON text with sorted keys; built by hand so a `__proto__` key is data, never a prototype. */
export const canonicalJson = (v: unknown): string => {
  if (typeof v === 'string') return str(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(v).sort(byCodePoint);
  return `{${keys.map((k) => `${str(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
};

/** The `metrics` column of an entry: its extra metrics as canonical JSON, or null when it has none. */
export const extraMetrics = (metrics: Record<string, unknown> | null | undefined): string | null => {
  if (!metrics) return null;
  // canonicalJson of the object of these keys, written out without building that object (it runs once per model).
  const extra = Object.keys(metrics).filter((k) => !OWN_COLUMNS.has(k) && metrics[k] !== undefined);
  if (extra.length === 0) return null;
  extra.sort(byCodePoint);
  let out = '{';
  for (let i = 0; i < extra.length; i++) {
    const k = extra[i] as string;
    out += `${i === 0 ? '' : ','}${str(k)}:${canonicalJson(metrics[k])}`;
  }
  return `${out}}`;
};

/**
 * A `metrics` value as a backend returns it (text in any key order and spacing, or an already parsed value), in the
 * canonical form, so what was written reads back equal. JSON `null` is no metrics (BigQuery's TO_JSON_STRING spells
 * a NULL so). Text that is not JSON is returned as it is (it then differs, and sync rewrites it). Read with parseJson: a
 * stored key with an escape must not read back as another key.
 */
export const canonicalFromStore = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') return canonicalJson(v);
  let parsed: unknown;
  try {
    parsed = parseJson(v);
  } catch {
    return v;
  }
  if (parsed === null) return null;
  try {
    return isCanonicalFlat(v, parsed) ? v : canonicalJson(parsed);
  } catch (e) {
    // Nested deeper than the stack allows: only a hand-written registry holds that (a manifest's metrics nest 64 levels
    // at most). Kept as text, as text that is not JSON is.
    if (e instanceof RangeError) return v;
    throw e;
  }
};

/**
 * Whether `text` is already the canonical text of `parsed` (its JSON.parse), checked natively for the usual case, the
 * text this tool wrote: an object of keys in code-point order with values that are not objects or arrays, nothing
 * printable would escape, and JSON.stringify writing it back unchanged. canonicalJson writes such an object exactly
 * as JSON.stringify does; rebuilding it key by key cost a 10,000-row read about 10 ms. Anything else says false.
 */
const isCanonicalFlat = (text: string, parsed: unknown): boolean => {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || hasUnprintable(text)) return false;
  let last: string | undefined;
  for (const k in parsed) {
    const x = (parsed as Record<string, unknown>)[k];
    if ((typeof x === 'object' && x !== null) || (last !== undefined && byCodePoint(last, k) >= 0)) return false;
    last = k;
  }
  return JSON.stringify(parsed) === text;
};
