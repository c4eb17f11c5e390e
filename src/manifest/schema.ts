// The manifest schema, v1. zod is the single source: types, validation and the published JSON Schema.
// zod/mini: the same validator and messages, but tree-shakable, so start-up parses a fraction of the code.
import * as z from 'zod/mini';
import './zod-locale.js';

export const STATUSES = ['production', 'candidate', 'untested', 'deprecated'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * True when `YYYY-MM-DD` names a day that exists (rejects 2026-02-30), in BigQuery's DATE range 0001-01-01 to
 * 9999-12-31. Not Date.UTC(y, …): it maps years 0–99 to 1900–1999, so 0050-01-01 came back as 1950.
 */
export const isCalendarDate = (s: string): boolean => {
  if (!CALENDAR_DATE.test(s)) return false;
  // Digits by char code: this runs four times per model, and a manifest may hold 10,000 (no Date, no match array).
  const n = (i: number) => s.charCodeAt(i) - 48;
  const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
  const mo = n(5) * 10 + n(6);
  const d = n(8) * 10 + n(9);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  // Proleptic Gregorian, as Date.setUTCFullYear counts.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[mo - 1] ?? 0));
};
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

// Control characters, bidi overrides and lone surrogates make text that renders differently from what it is.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\t]/;
/** No control or bidi-override character (and, unless multiline, no newline or tab). Shared with quick-check.ts. */
export const hasSafeChars = (s: string, multiline: boolean): boolean => !UNSAFE_TEXT.test(s) && (multiline || !LINE_BREAK.test(s));
const safeText = (max: number, multiline = false, min = 0) =>
  z.string().check(
    ...(min > 0 ? [z.minLength(min)] : []),
    z.maxLength(max, { message: `must be at most ${max} characters` }),
    z.refine((s: string) => s.isWellFormed(), { message: 'contains a lone surrogate (not valid Unicode)' }),
    z.refine((s: string) => hasSafeChars(s, multiline), {
      message: multiline ? 'contains a control or bidi-override character' : 'contains a control character, newline or bidi override',
    }),
  );

/**
 * The longest text each field may hold, in code points (zod's maxLength counts those). Shared with quick-check.ts,
 * which compares String length (UTF-16 units, never fewer): an astral text near a limit goes on to zod, which decides.
 */
export const TEXT_MAX = {
  family: 128,
  file: 255,
  gcs_path: 1024,
  model_version: 128,
  notes: 10_000,
  reason: 1000,
  failed_gate: 500,
  model_id: 1024,
} as const;
export const GCS_PATH = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]\/.+/;
export const SHA256_HEX = /^[0-9a-f]{64}$/;

const date = z.string().check(z.refine(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' }));
const opt = <T extends z.core.SomeType>(t: T) => z.nullish(t);

/** The reason a promotion carries (`promote --reason`): one line of safe text. */
export const PromotionReasonSchema = safeText(TEXT_MAX.reason, false, 1);

export const FAILED_GATE_MAX = TEXT_MAX.failed_gate;

/** Written by `promote` when a reason is given; the history reads `reason` into its audit trail. */
export const PromotionSchema = z.object({
  reason: PromotionReasonSchema,
  forced: opt(z.boolean()),
  failed_gates: opt(z.array(safeText(FAILED_GATE_MAX))),
});

export const MetricsSchema = z.catchall(
  z.object({
    hit_rate_edge_3plus: opt(z.number().check(z.gte(0), z.lte(100))),
    mae: opt(z.number().check(z.gte(0))),
    graded_edge_3plus_n: opt(z.int().check(z.gte(0))),
  }),
  z.unknown(),
);

/** zod's own ISO 8601 check; quick-check.ts tests its pattern. */
export const Timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone' });

export const ModelSchema = z.catchall(
  z.object({
    file: safeText(TEXT_MAX.file, false, 1),
    gcs_path: safeText(TEXT_MAX.gcs_path).check(z.regex(GCS_PATH, { message: 'must be gs://BUCKET/OBJECT' })),
    model_version: opt(safeText(TEXT_MAX.model_version)),
    feature_count: opt(z.int().check(z.gt(0))),
    training_start_date: date,
    training_end_date: date,
    eval_start_date: opt(date),
    eval_end_date: opt(date),
    status: z.enum(STATUSES),
    sha256: z.string().check(z.regex(SHA256_HEX, { message: 'must be 64 lowercase hex characters' })),
    metrics: opt(MetricsSchema),
    created_at: Timestamp,
    promoted_at: opt(date),
    promotion: opt(PromotionSchema),
    notes: opt(safeText(TEXT_MAX.notes, true)),
  }),
  z.unknown(),
);

export const MODEL_ID_MAX = TEXT_MAX.model_id;

/** U+XXXX for a code point, as Unicode writes it. */
export const codePointLabel = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
// Ids must read as what they are: two ids that differ only by a zero-width space, a soft hyphen, a direction mark
// (Default_Ignorable_Code_Point) or by normalization (é vs e + U+0301) print identically. Look-alike ids of
// different letters (Cyrillic а vs Latin a) are caught across ids by the confusable rule in rules.ts.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Holds a default-ignorable (invisible) code point. Shared with quick-check.ts. */
export const hasInvisible = (s: string): boolean => INVISIBLE.test(s);
const modelId = safeText(MODEL_ID_MAX, false, 1).check(
  z.refine((s: string) => !hasInvisible(s), {
    error: (issue) => {
      const c = String(issue.input).match(INVISIBLE)?.[0] ?? '';
      return `contains the invisible code point ${codePointLabel(c)} (default-ignorable); ids must not`;
    },
  }),
  z.refine((s: string) => s.normalize('NFC') === s, {
    message: 'is not in Unicode normalization form NFC; write it composed (NFC)',
  }),
);

export const ManifestSchema = z.catchall(
  z.object({
    schema_version: z.literal(1),
    family: safeText(TEXT_MAX.family, false, 1),
    production_model: z.nullable(z.string()),
    models: z.record(modelId, ModelSchema),
  }),
  z.unknown(),
);

export type Manifest = z.infer<typeof ManifestSchema>;
export type ModelEntry = z.infer<typeof ModelSchema>;

/** Keys the schema knows, so unknown ones can be reported (kept, never dropped). */
export const KNOWN_KEYS = {
  manifest: Object.keys(ManifestSchema.shape),
  model: Object.keys(ModelSchema.shape),
  metrics: Object.keys(MetricsSchema.shape),
};
