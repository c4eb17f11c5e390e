// The quick check against its oracle, the zod schema: on generated manifests (valid ones, and valid ones with one to
// three fields made hostile, missing or of the wrong type) both must give the same answer. The quick check may only
// say "valid" where zod does, and it should say so for every valid manifest, or the fast path is never taken.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesSchema } from '../../src/manifest/quick-check.js';
import { ManifestSchema, TEXT_MAX } from '../../src/manifest/schema.js';

const agree = (doc: unknown): void => {
  expect(passesSchema(doc)).toBe(ManifestSchema.safeParse(doc).success);
};

// Lengths at every limit and one either side, in ASCII, with a non-ASCII letter (which takes the slow path), and in
// astral characters: zod counts code points, so those fit up to twice the limit in UTF-16 units.
const lengths = [...new Set(Object.values(TEXT_MAX).flatMap((n) => [n - 1, n, n + 1]))];
const atLimits = fc.oneof(
  fc.constantFrom(...lengths).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...lengths).map((n) => `é${'x'.repeat(Math.max(0, n - 1))}`),
  fc.constantFrom(...lengths).map((n) => `a${'😀'.repeat(Math.max(0, n - 1))}`),
  fc.constantFrom(...lengths).map((n) => `\ud800${'😀'.repeat(Math.max(0, n - 1))}`),
);
const hostileText = fc.constantFrom(
  '',
  'a\tb',
  'a\nb',
  'a\rb',
  'a\u0000b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\ud800',
  'x\udc00',
  '😀',
  'e\u0301',
  'é',
  'а',
  '`$(x)`"\\',
  ' leading',
  '__proto__',
  'constructor',
);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), hostileText, atLimits);
const hostileValue = fc.oneof(
  anyText,
  fc.constantFrom<unknown>(null, true, false, 0, -0, 1, -1, 0.5, 33.5, 100, 100.25, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e308, 5e-324),
  fc.constantFrom<unknown>([], {}, ['x'], { reason: 'x' }, [1, 2]),
);
const dates = fc.constantFrom(
  '2026-01-31',
  '2024-02-29',
  '2026-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2026-1-01',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01',
);
const timestamps = fc.constantFrom(
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00+02:00',
  '2026-01-01T00:00:00.123456789Z',
  '2026-01-01T00:00:00',
  '2026-01-01 00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-01-01T00:00Z',
  '2026-01-01T00:00:00+0200',
  '2026-01-01t00:00:00z',
  '2026-01-01T00:00:60Z',
  '2026-01-01',
);
const gcsPaths = fc.constantFrom(
  'gs://bucket/o',
  'gs://b/o',
  'gs://Bucket/o',
  'gs://bucket/',
  'gs://bucket-/o',
  'gs://bu.ck_et/o/é',
  'gs://ab/o\n',
  's3://bucket/o',
);
const shas = fc.constantFrom('a'.repeat(64), 'A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), `${'0'.repeat(63)}g`);
const statuses = fc.constantFrom('production', 'candidate', 'untested', 'deprecated', 'Production', 'retired', '');
const numbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0, 100, 100.0000001, -1e-300, 2 ** 53, 2 ** 53 - 1, 1.5));

const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  file: anyText,
  gcs_path: gcsPaths,
  model_version: anyText,
  feature_count: numbers,
  training_start_date: dates,
  training_end_date: dates,
  eval_start_date: dates,
  eval_end_date: dates,
  status: statuses,
  sha256: shas,
  created_at: timestamps,
  promoted_at: dates,
  notes: anyText,
};
const METRICS: Record<string, fc.Arbitrary<unknown>> = {
  hit_rate_edge_3plus: numbers,
  mae: numbers,
  graded_edge_3plus_n: numbers,
  vegas_bias: hostileValue,
};

const validModel = (i: number) => ({
  file: `m${i}.cbm`,
  gcs_path: `gs://bucket/m${i}.cbm`,
  model_version: 'v9',
  feature_count: 33,
  training_start_date: '2025-11-02',
  training_end_date: '2026-01-08',
  eval_start_date: '2026-01-09',
  eval_end_date: '2026-01-31',
  status: 'candidate',
  sha256: 'ab'.repeat(32),
  metrics: { hit_rate_edge_3plus: 71.2, mae: 4.82, graded_edge_3plus_n: 118, vegas_bias: 0.4 },
  created_at: '2026-02-04T00:10:15Z',
  promoted_at: '2026-02-08',
  notes: 'Evaluated on a holdout.\nTwo lines.',
});

/** One change to a valid model: a field set to a generated value, deleted, or (metrics, promotion) changed inside. */
const mutation = fc.oneof(
  fc
    .constantFrom(...Object.keys(FIELDS))
    .chain((f) => fc.tuple(fc.constant(f), fc.oneof(FIELDS[f] as fc.Arbitrary<unknown>, hostileValue))),
  fc.tuple(fc.constantFrom(...Object.keys(FIELDS), 'metrics', 'promotion'), fc.constant(undefined)),
  fc.tuple(fc.constantFrom('metrics', 'promotion', 'extra_field'), hostileValue),
  fc
    .constantFrom(...Object.keys(METRICS))
    .chain((m) => fc.tuple(fc.constant(`metrics.${m}`), fc.oneof(METRICS[m] as fc.Arbitrary<unknown>, hostileValue))),
  fc.tuple(
    fc.constant('promotion'),
    fc.record(
      {
        reason: fc.oneof(anyText, hostileValue),
        forced: hostileValue,
        failed_gates: fc.oneof(fc.array(anyText, { maxLength: 3 }), hostileValue),
      },
      { requiredKeys: [] },
    ),
  ),
);
const apply = (model: Record<string, unknown>, [path, value]: [string, unknown]) => {
  const [head, sub] = path.split('.') as [string, string | undefined];
  const target = sub === undefined ? model : model[head];
  // A metric changed after metrics itself was replaced by a non-object: nothing to change.
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return;
  const key = sub ?? head;
  // A copy: generated constants ({}, ['x']) are shared between runs and must not be changed through the model.
  if (value === undefined) delete (target as Record<string, unknown>)[key];
  else (target as Record<string, unknown>)[key] = structuredClone(value);
};

const ids = fc.oneof(
  fc.constantFrom(
    'catboost_v9_a',
    'catboost_v9_b',
    'é',
    'e\u0301',
    'a\u200bb',
    '',
    'a b',
    'a\nb',
    '\ud800',
    'x'.repeat(1024),
    'x'.repeat(1025),
    'constructor',
    '1',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const manifests = fc
  .tuple(
    fc.array(fc.tuple(ids, fc.array(mutation, { maxLength: 3 })), { maxLength: 4 }),
    fc.array(fc.tuple(fc.constantFrom('schema_version', 'family', 'production_model', 'models', 'extra'), fc.option(hostileValue)), {
      maxLength: 1,
    }),
  )
  .map(([entries, top]) => {
    const models: Record<string, unknown> = {};
    entries.forEach(([id, changes], i) => {
      const m = validModel(i) as Record<string, unknown>;
      for (const c of changes) apply(m, c as [string, unknown]);
      models[id] = m;
    });
    const doc: Record<string, unknown> = { schema_version: 1, family: 'catboost_v9', production_model: null, models };
    for (const [k, v] of top) apply(doc, [k, v === null ? undefined : v]);
    return doc;
  });

describe('passesSchema', () => {
  it('agrees with the zod schema on generated manifests, valid and hostile', () => {
    fc.assert(fc.property(manifests, agree), { numRuns: 3000 });
  });

  it('counts lengths in code points, as zod does: astral text at every limit, as a model field, the family and an id', () => {
    for (const [field, max] of Object.entries(TEXT_MAX))
      for (const n of [max - 1, max, max + 1])
        for (const v of [`a${'😀'.repeat(n - 1)}`, `\ud800${'😀'.repeat(n - 1)}`]) {
          const m = validModel(0) as Record<string, unknown>;
          m[field] = v;
          agree({ schema_version: 1, family: 'f', production_model: null, models: { a: m } });
          agree({ schema_version: 1, family: v, production_model: null, models: { a: validModel(0) } });
          agree({ schema_version: 1, family: 'f', production_model: null, models: { [v]: validModel(0) } });
        }
    // The fast path is taken: text of the most code points a field allows, twice as many units, passes.
    expect(passesSchema({ schema_version: 1, family: `a${'😀'.repeat(TEXT_MAX.family - 1)}`, production_model: null, models: {} })).toBe(
      true,
    );
  });

  it('agrees on each hostile value in each field of one model', () => {
    const values = fc.sample(fc.oneof(anyText, hostileValue, numbers, dates, timestamps, gcsPaths, shas, statuses), 400);
    for (const field of [...Object.keys(FIELDS), 'metrics', 'promotion']) {
      for (const v of values) {
        const m = validModel(0) as Record<string, unknown>;
        m[field] = v;
        agree({ schema_version: 1, family: 'f', production_model: 'x', models: { a: m } });
      }
    }
  });

  it('agrees on the top level: wrong types, -0, missing keys', () => {
    for (const doc of [null, [], 'x', 1, {}, { schema_version: -0, family: 'f', production_model: null, models: {} }]) agree(doc);
    for (const key of ['schema_version', 'family', 'production_model', 'models']) {
      const doc: Record<string, unknown> = { schema_version: 1, family: 'f', production_model: null, models: {} };
      delete doc[key];
      agree(doc);
      for (const v of fc.sample(hostileValue, 50)) agree({ ...doc, [key]: v });
    }
  });

  it('says yes to valid manifests (else every parse would take the slow path)', () => {
    const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/manifest.json'), 'utf8'));
    expect(passesSchema(example)).toBe(true);
    const models = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`m${i}`, validModel(i)]));
    expect(passesSchema({ schema_version: 1, family: 'f', production_model: 'm1', models, extra: { x: 1 } })).toBe(true);
  });

  it('leaves a "__proto__" model id to the schema (the JSON reader refuses it before)', () => {
    const doc = JSON.parse('{"schema_version": 1, "family": "f", "production_model": null, "models": {"__proto__": {}}}');
    expect(passesSchema(doc)).toBe(false);
  });
});
