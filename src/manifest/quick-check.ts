// A quick yes for a valid manifest: the schema's rules (schema.ts) written as plain code, with no issue objects, no
// result copies and no pass over unknown fields. zod spent about 13 µs a model, and a copy of every entry whose
// metrics hold an extra key; this spends about 2. It only ever says "valid": a manifest it does not accept goes to
// the zod schema, which decides and words every error, so messages come from one place. It must never accept what
// the schema refuses: test/manifest/quick-check.test.ts holds the two equal on generated and hostile manifests.
import { GCS_PATH, hasInvisible, hasSafeChars, isCalendarDate, SHA256_HEX, STATUSES, TEXT_MAX, Timestamp } from './schema.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): v is null | undefined => v === undefined || v === null;

// Printable ASCII passes every character rule (no control, bidi, surrogate, invisible or non-NFC character), so the
// common string needs one test here instead of three or five.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Whether a string holds at most `max` code points, as zod counts a maxLength: a pair of surrogates is one. A string
 * within `max` UTF-16 units is within it (most are); only a longer one is counted.
 */
const fits = (s: string, max: number): boolean => {
  if (s.length <= max) return true;
  let n = s.length;
  for (let i = 0; i < s.length - 1 && n > max; i++)
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  return n <= max;
};
const text = (v: unknown, max: number, min = 0, multiline = false): boolean =>
  typeof v === 'string' && v.length >= min && fits(v, max) && (PRINTABLE_ASCII.test(v) || (v.isWellFormed() && hasSafeChars(v, multiline)));
const date = (v: unknown): boolean => typeof v === 'string' && isCalendarDate(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const STATUS: ReadonlySet<unknown> = new Set(STATUSES);
// zod's own pattern for the timestamp; if a zod release stops exposing it as a plain pattern, nothing passes here
// and zod decides alone.
const pattern = Timestamp._zod.def.pattern;
const TIMESTAMP = pattern && !pattern.global && !pattern.sticky ? pattern : undefined;

const metrics = (m: unknown): boolean =>
  isObject(m) &&
  (absent(m.hit_rate_edge_3plus) || (finite(m.hit_rate_edge_3plus) && m.hit_rate_edge_3plus >= 0 && m.hit_rate_edge_3plus <= 100)) &&
  (absent(m.mae) || (finite(m.mae) && m.mae >= 0)) &&
  (absent(m.graded_edge_3plus_n) || (Number.isSafeInteger(m.graded_edge_3plus_n) && (m.graded_edge_3plus_n as number) >= 0));

const promotion = (p: unknown): boolean =>
  isObject(p) &&
  text(p.reason, TEXT_MAX.reason, 1) &&
  (absent(p.forced) || typeof p.forced === 'boolean') &&
  (absent(p.failed_gates) || (Array.isArray(p.failed_gates) && p.failed_gates.every((g) => text(g, TEXT_MAX.failed_gate))));

const model = (e: unknown): boolean =>
  isObject(e) &&
  text(e.file, TEXT_MAX.file, 1) &&
  text(e.gcs_path, TEXT_MAX.gcs_path) &&
  GCS_PATH.test(e.gcs_path as string) &&
  (absent(e.model_version) || text(e.model_version, TEXT_MAX.model_version)) &&
  (absent(e.feature_count) || (Number.isSafeInteger(e.feature_count) && (e.feature_count as number) > 0)) &&
  date(e.training_start_date) &&
  date(e.training_end_date) &&
  (absent(e.eval_start_date) || date(e.eval_start_date)) &&
  (absent(e.eval_end_date) || date(e.eval_end_date)) &&
  STATUS.has(e.status) &&
  typeof e.sha256 === 'string' &&
  SHA256_HEX.test(e.sha256) &&
  (absent(e.metrics) || metrics(e.metrics)) &&
  typeof e.created_at === 'string' &&
  TIMESTAMP?.test(e.created_at) === true &&
  (absent(e.promoted_at) || date(e.promoted_at)) &&
  (absent(e.promotion) || promotion(e.promotion)) &&
  (absent(e.notes) || text(e.notes, TEXT_MAX.notes, 0, true));

const modelId = (id: string): boolean =>
  id.length >= 1 &&
  fits(id, TEXT_MAX.model_id) &&
  (PRINTABLE_ASCII.test(id) || (id.isWellFormed() && hasSafeChars(id, false) && !hasInvisible(id) && id.normalize('NFC') === id));

/** True only when the schema accepts `doc` (a JSON.parse value); false means "ask the schema". */
export const passesSchema = (doc: unknown): boolean => {
  if (!isObject(doc) || doc.schema_version !== 1 || !text(doc.family, TEXT_MAX.family, 1)) return false;
  if (doc.production_model !== null && typeof doc.production_model !== 'string') return false;
  const models = doc.models;
  if (!isObject(models)) return false;
  for (const id in models) if (id === '__proto__' || !modelId(id) || !model(models[id])) return false;
  return true;
};
