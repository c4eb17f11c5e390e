// Manifest bytes → validated manifest, or an InputError naming file, JSON path and line:column.
import type * as z from 'zod/mini';
import { InputError, type Problem } from '../errors.js';
import type { Finding } from '../report/types.js';
import { printable } from '../util/printable.js';
import { decodeUtf8, type JsonSource, jsonPath, type PathSegment, parseJsonSource } from './json-source.js';
import { passesSchema } from './quick-check.js';
import { checkRules } from './rules.js';
import { KNOWN_KEYS, type Manifest, ManifestSchema, type ModelEntry } from './schema.js';

export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

export interface ParsedManifest {
  /** Display name used in messages and annotations (path or gs:// URL). */
  file: string;
  manifest: Manifest;
  source: JsonSource;
  /** Unknown fields: kept in the data, reported as notices. */
  notices: Finding[];
  /** The Cloud Storage generation these bytes are, when the manifest came from gs://. */
  generation?: string;
}

export const checkManifestSize = (file: string, size: number): void => {
  if (size > MANIFEST_MAX_BYTES)
    throw InputError.at(file, `is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MANIFEST_MAX_BYTES / 1048576} MiB`);
};

/** `metrics`: extra metric names the config declares (its gates read them), so they are not unknown fields. */
export const parseManifest = (file: string, bytes: Uint8Array, declared: { metrics?: ReadonlySet<string> } = {}): ParsedManifest => {
  checkManifestSize(file, bytes.byteLength);
  const source = parseJsonSource(file, decodeUtf8(file, bytes));
  // The quick check says yes to a valid manifest at a fraction of zod's cost; anything else is zod's to judge and word.
  if (!passesSchema(source.value)) {
    const result = ManifestSchema.safeParse(knownOnly(source.value));
    if (!result.success) throw new InputError(result.error.issues.map((i) => toProblem(file, source, i)));
  }
  // The schema transforms nothing, so the checked document is the manifest, unknown fields and all.
  const manifest = source.value as Manifest;
  const problems = checkRules(manifest).map(({ path, message, key }) => ({ ...source.locate(path, key), path: jsonPath(path), message }));
  if (problems.length > 0) throw new InputError(problems);
  return { file, manifest, source, notices: unknownFields(manifest, source, declared.metrics) };
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const KNOWN = {
  manifest: new Set(KNOWN_KEYS.manifest),
  model: new Set(KNOWN_KEYS.model),
  metrics: new Set(KNOWN_KEYS.metrics),
};
const onlyKnown = (v: Record<string, unknown>, keys: ReadonlySet<string>): boolean => {
  for (const k in v) if (!keys.has(k)) return false;
  return true;
};
/** `v` itself when it holds only known keys (the common case: no copy); else a copy without the unknown ones. */
const pick = (v: unknown, keys: ReadonlySet<string>, each?: (k: string, x: unknown) => unknown): unknown => {
  if (!isObject(v)) return v;
  if (!each && onlyKnown(v, keys)) return v;
  return Object.fromEntries(Object.keys(v).flatMap((k) => (keys.has(k) ? [[k, each ? each(k, v[k]) : v[k]]] : [])));
};
const model = (e: unknown): unknown => {
  if (!isObject(e)) return e;
  const metrics = e.metrics;
  if (onlyKnown(e, KNOWN.model) && (!isObject(metrics) || onlyKnown(metrics, KNOWN.metrics))) return e;
  return pick(e, KNOWN.model, (f, x) => (f === 'metrics' ? pick(x, KNOWN.metrics) : x));
};

/** The document with only the fields the schema knows: unknown fields are kept as they are, never validated, and
 * a million of them would otherwise cost the validator seconds and hundreds of MB. Objects that hold only known
 * fields are passed as they are, so a clean manifest is not copied. */
const knownOnly = (doc: unknown): unknown => {
  if (!isObject(doc)) return doc;
  const models = doc.models;
  let same = onlyKnown(doc, KNOWN.manifest);
  let checked: unknown = models;
  if (isObject(models)) {
    let copy: Record<string, unknown> | undefined;
    for (const id in models) {
      const e = models[id];
      const k = model(e);
      if (k !== e && !copy) copy = { ...models };
      if (copy) copy[id] = k;
    }
    if (copy) {
      checked = copy;
      same = false;
    }
  }
  if (same) return doc;
  return pick(doc, KNOWN.manifest, (k, v) => (k === 'models' ? checked : v));
};

const describe = (value: unknown): string => {
  const s = JSON.stringify(value);
  return s === undefined ? 'nothing' : printable(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};

const toProblem = (file: string, source: JsonSource, issue: z.core.$ZodIssue): Problem => {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const value = valueAt(source.value, path);
  const missing = value === undefined && issue.code === 'invalid_type';
  // A bad record key: say what is wrong with the key itself, not with its value.
  const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
  const message = missing
    ? 'is required'
    : inner
      ? `model id ${inner.message}`
      : `${issue.message.replace(/^Invalid input: /, '')} (got ${describe(value)})`;
  return { ...source.locate(path, issue.code === 'invalid_key'), path: jsonPath(path), message, file };
};

const valueAt = (root: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PathSegment, unknown>)[k] : undefined), root);

/** Unknown fields are named one by one up to this many; the rest are counted in one notice (a 16 MiB manifest
 * can hold a million keys, and a finding per key would take more memory than the manifest). */
export const UNKNOWN_FIELD_NOTICES = 50;

const unknownFields = (m: Manifest, source: JsonSource, metrics: ReadonlySet<string> = new Set()): Finding[] => {
  const out: Finding[] = [];
  let more = 0;
  // `model_id` unset: the top level; `inMetrics`: the model's metrics, else the model itself.
  const report = (obj: object, known: ReadonlySet<string>, model_id?: string, inMetrics = false) => {
    // Clean objects (the common case) cost one pass over their keys and no path arrays; the path is built only for
    // a notice that is written (the first 50), not for each of 10,000 models whose metrics hold one more key.
    if (onlyKnown(obj as Record<string, unknown>, known)) return;
    const path = (): PathSegment[] => (model_id === undefined ? [] : inMetrics ? ['models', model_id, 'metrics'] : ['models', model_id]);
    for (const key in obj) {
      if (known.has(key)) continue;
      if (out.length >= UNKNOWN_FIELD_NOTICES) {
        more++;
        continue;
      }
      out.push({
        code: 'manifest.unknown-field',
        severity: 'notice',
        message: `${jsonPath([...path(), key])} is not part of schema v1; it is kept as is`,
        field: key,
        ...(model_id === undefined ? {} : { model_id }),
        location: source.locate([...path(), key], true),
      });
    }
  };
  const knownMetrics = new Set([...KNOWN_KEYS.metrics, ...metrics]);
  report(m, KNOWN.manifest);
  for (const id in m.models) {
    const model = m.models[id] as ModelEntry;
    report(model, KNOWN.model, id);
    if (model.metrics) report(model.metrics, knownMetrics, id, true);
  }
  if (more > 0)
    out.push({
      code: 'manifest.unknown-field',
      severity: 'notice',
      message: `${more} more fields are not part of schema v1; they are kept as is`,
    });
  return out;
};
