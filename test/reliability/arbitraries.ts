// Generators for the fuzz targets. Structure-aware ones reach the deep checks; raw ones hit the parsers' edges.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { EXAMPLE_MANIFEST } from './harness.js';

/** Any UTF-16 code unit, lone surrogates included (fc's 'binary' unit only makes well-formed text). */
export const codeUnits = (maxLength = 40) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Strings the reliability checklist names: quotes, `$(…)`, NUL, bidi overrides, emoji, markers, huge. */
export const TRICKY = [
  '',
  ' ',
  '\uFEFF',
  "'; DROP TABLE model_registry; --",
  '$(touch /tmp/mg-pwned)',
  '`id`',
  '\\',
  '"',
  '\u0000',
  '\u202E',
  '\uD800',
  '😀',
  '<!-- model-governance:end -->',
  '<!--',
  '@octocat',
  '__proto__',
  'constructor',
  'x'.repeat(70_000),
];

export const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), codeUnits(30), fc.constantFrom(...TRICKY));
/** The same without the 70,000-character string, for targets where size is not the point. */
export const shortText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), codeUnits(30), fc.constantFrom(...TRICKY.slice(0, -1)));

// JSON texts that are edge cases on their own: numbers beyond doubles, -0, 2^53+1, prototype keys, BOMs.
const TRICKY_JSON = [
  '1e309',
  '-0',
  '9007199254740993',
  'null',
  '[]',
  '"manifest"',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":2}',
  '{"schema_version":1,"family":"f","production_model":null,"models":{"toString":{},"hasOwnProperty":{}}}',
  '\uFEFF\uFEFF{}',
  '{"schema_version":1e309}',
  '{"schema_version":1.0000000000000002}',
  `{"models":${'['.repeat(70)}${']'.repeat(70)}}`,
];
export const trickyJson = fc.constantFrom(...TRICKY_JSON);

// Mostly a good value; sometimes another JSON type, odd text, or missing (JSON.stringify drops undefined).
const maybe = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 12, arbitrary: good },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateish = fc.oneof({ weight: 5, arbitrary: day }, fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
const modelId = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_]{1,30}$/) }, text);
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

const entry = fc
  .record({
    name: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_]{1,20}\.cbm$/) }, text),
    model_version: maybe(fc.constantFrom('v9', null)),
    feature_count: maybe(fc.integer({ min: -2, max: 200 })),
    training_start_date: maybe(dateish),
    training_end_date: maybe(dateish),
    eval_start_date: maybe(fc.oneof(dateish, fc.constant(null))),
    eval_end_date: maybe(fc.oneof(dateish, fc.constant(null))),
    status: maybe(fc.constantFrom('production', 'candidate', 'untested', 'deprecated', 'PRODUCTION')),
    sha256: maybe(hex64),
    metrics: maybe(
      fc.record(
        {
          hit_rate_edge_3plus: fc.oneof(fc.double(), fc.constant(null)),
          mae: fc.oneof(fc.double(), fc.constant(null)),
          graded_edge_3plus_n: fc.oneof(fc.integer(), fc.constant(null)),
        },
        { requiredKeys: [] },
      ),
    ),
    created_at: maybe(fc.constantFrom('2026-02-04T00:10:15Z', '2026-02-04T00:10:15+05:30', '2026-02-04T00:10:15', '2026-13-01T00:00:00Z')),
    promoted_at: maybe(fc.oneof(dateish, fc.constant(null))),
    notes: maybe(fc.oneof(text, fc.constant(null))),
    extra: fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  })
  .map(({ name, extra, ...rest }) => ({ ...extra, ...rest, file: name, gcs_path: `gs://models-bucket/v9/${String(name)}` }));

/** Manifests built from the schema's own fields, most values valid, some not: reaches the rules and the zod paths. */
export const manifestShaped = fc
  .record({
    schema_version: maybe(fc.constant(1)),
    family: maybe(fc.constantFrom('catboost_v9', 'xgb')),
    models: fc.dictionary(modelId, entry, { maxKeys: 4 }),
    pick: fc.nat(),
    extra: fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  })
  .map(({ models, pick, extra, ...rest }) => {
    const ids = Object.keys(models);
    return { ...extra, ...rest, production_model: ids.length ? ids[pick % ids.length] : null, models };
  });

const EXAMPLE_BYTES = readFileSync(EXAMPLE_MANIFEST);

/** The valid example manifest with a few bytes set, inserted or deleted: malformed in realistic places. */
export const mutatedExample = fc
  .array(fc.tuple(fc.constantFrom('set', 'ins', 'del'), fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 })
  .map((ops) => {
    const b = [...EXAMPLE_BYTES];
    for (const [op, at, byte] of ops) {
      const i = at % (b.length + 1);
      if (op === 'set' && i < b.length) b[i] = byte;
      else if (op === 'ins') b.splice(i, 0, byte);
      else b.splice(i, 1);
    }
    return Uint8Array.from(b);
  });

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
export const manifestBytes = {
  jsonValues: fc.jsonValue({ maxDepth: 6 }).map((v) => utf8(JSON.stringify(v) ?? 'null')),
  manifestShaped: manifestShaped.map((v) => utf8(JSON.stringify(v))),
  strings: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), codeUnits(200), trickyJson).map(utf8),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 400 }), mutatedExample),
};
