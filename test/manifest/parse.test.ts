import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { METRICS_MAX_BYTES } from '../../src/registry/metrics.js';
import { EXAMPLES } from '../helpers/cli.js';

const good = readFileSync(`${EXAMPLES}/manifest.json`, 'utf8');
// The examples' extra metrics are declared by the examples' gates (model-governance.yml).
const GATED = new Set(['vegas_bias', 'tier_bias_max']);
const parse = (text: string) => parseManifest('m.json', Buffer.from(text), { metrics: GATED });
const problemsOf = (text: string) => {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('parseManifest', () => {
  it('accepts the seeds scenario and keeps positions', () => {
    const p = parse(good);
    expect(p.manifest.production_model).toBe('catboost_v9_33features_20260201_011018');
    expect(p.source.locate(['models', 'catboost_v9_33features_20260201_011018', 'training_end_date'])).toEqual({
      file: 'm.json',
      line: 12,
      column: 28,
    });
    expect(p.notices).toEqual([]);
  });

  it('reports an extra metric no gate declares as a notice', () => {
    const p = parseManifest('m.json', Buffer.from(good), { metrics: new Set(['vegas_bias']) });
    expect(p.notices.map((n) => [n.code, n.model_id, n.field])).toEqual([
      ['manifest.unknown-field', 'catboost_v9_33features_20260201_011018', 'tier_bias_max'],
      ['manifest.unknown-field', 'catboost_v9_feb_02_retrain', 'tier_bias_max'],
    ]);
  });

  it('reports duplicate keys at the second occurrence, naming the first', () => {
    const [p] = problemsOf(good.replace('"feature_count": 33,', '"feature_count": 33,\n      "feature_count": 34,'));
    expect(p).toMatchObject({ path: '$.models.catboost_v9_33features_20260201_011018.feature_count', line: 11, column: 7 });
    expect(p?.message).toBe('duplicate key (first at 10:7)');
  });

  it.each([
    ['training_end_date', '"2026-02-30"', /real calendar date/],
    ['sha256', '"ABC"', /64 lowercase hex/],
    ['status', '"live"', /production/],
    ['created_at', '"2026-02-04 00:10"', /time zone/],
  ])('names path and line:column for a bad %s', (field, value, message) => {
    const text = good.replace(new RegExp(`"${field}": [^,\\n]+`), `"${field}": ${value}`);
    const [p] = problemsOf(text);
    expect(p?.path).toBe(`$.models.catboost_v9_33features_20260201_011018.${field}`);
    expect(p?.message).toMatch(message);
    const lines = text.split('\n');
    expect(lines[(p?.line ?? 0) - 1]?.slice((p?.column ?? 0) - 1)).toMatch(new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  // The line of the production model's notes in the examples manifest.
  const NOTES_LINE = good.split('\n').findIndex((l) => l.includes('"Evaluated on')) + 1;

  // RFC 8259: control characters inside a string must be escaped; JSON.parse refuses them raw. Found by the fuzz oracle
  // that accepted manifests parse the same with JSON.parse.
  it.each([
    ['a NUL in a key', good.replace('"model_version"', '"\u0000odel_version"'), 9, 8],
    ['a tab in a value', good.replace('"Evaluated on', '"Evaluated\ton'), NOTES_LINE, 26],
    ['a newline in a value', good.replace('"Evaluated on', '"Evaluated\non'), NOTES_LINE, 26],
  ])('refuses %s written raw, naming the line and column of the character', (_, text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        file: 'm.json',
        line,
        column,
        message: expect.stringMatching(/unescaped control character in string/i),
      }),
    ]);
  });

  it('accepts escaped control characters', () => {
    expect(parse(good.replace('"Evaluated on', '"Evaluated\\ton')).manifest.models.catboost_v9_33features_20260201_011018?.notes).toMatch(
      /^Evaluated\ton/,
    );
  });

  it('applies the cross-field rules with the JSON path of the offending field', () => {
    const leak = problemsOf(good.replace('"eval_start_date": "2026-01-09"', '"eval_start_date": "2026-01-08"'));
    expect(leak[0]).toMatchObject({ path: '$.models.catboost_v9_33features_20260201_011018.eval_start_date' });
    expect(leak[0]?.message).toMatch(/leakage/);
    const notBase = problemsOf(good.replace('"file": "catboost_v9_feb_02_retrain.cbm"', '"file": "x.cbm"'));
    expect(notBase[0]?.message).toMatch(/not the basename of gcs_path/);
    const prod = problemsOf(good.replace('"production_model": "catboost_v9_33features_20260201_011018"', '"production_model": "nope"'));
    expect(prod[0]).toMatchObject({ path: '$.production_model', line: 4 });
  });

  it('keeps unknown fields and reports them as notices', () => {
    const p = parse(good.replace('"model_version": "v9",', '"model_version": "v9",\n      "owner": "ml-team",'));
    expect((p.manifest.models.catboost_v9_33features_20260201_011018 as Record<string, unknown>).owner).toBe('ml-team');
    expect(p.notices).toMatchObject([{ code: 'manifest.unknown-field', severity: 'notice', field: 'owner', location: { line: 10 } }]);
  });

  it('names each unknown field by its path and position, at the top, in a model and in its metrics', () => {
    const text = good
      .replace('"schema_version": 1,', '"schema_version": 1,\n  "team": "ml",')
      .replace('"model_version": "v9",', '"model_version": "v9",\n      "owner": "ml-team",')
      .replace('"vegas_bias": 0.4,', '"vegas_bias": 0.4,\n        "brier": 0.2,');
    const notices = parse(text).notices.map((n) => [n.message, n.location?.line, n.location?.column]);
    const lineOf = (s: string) => text.slice(0, text.indexOf(s)).split('\n').length;
    expect(notices).toEqual([
      ['$.team is not part of schema v1; it is kept as is', lineOf('"team"'), 3],
      ['$.models.catboost_v9_33features_20260201_011018.owner is not part of schema v1; it is kept as is', lineOf('"owner"'), 7],
      ['$.models.catboost_v9_33features_20260201_011018.metrics.brier is not part of schema v1; it is kept as is', lineOf('"brier"'), 9],
    ]);
  });

  it('accepts a UTF-8 BOM and null for optional fields', () => {
    const p = parse(
      `\uFEFF${good.replace('"notes": "Evaluated', '"promoted_at": null, "notes": "Evaluated')}`.replace(
        '"promoted_at": "2026-02-08",',
        '',
      ),
    );
    expect(p.manifest.models.catboost_v9_33features_20260201_011018?.promoted_at).toBeNull();
  });

  it('refuses a nesting bomb before parsing', () => {
    const [p] = problemsOf(`{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(p?.message).toMatch(/nesting deeper than 64/);
  });

  // DuckDB's and BigQuery's JSON parsers refuse a lone surrogate: the manifest must, before any sync writes.
  it.each([
    ['a string value', '"vegas_bias": "\\ud800x"', '$.models.catboost_v9_33features_20260201_011018.metrics.vegas_bias', 21, 23],
    ['a key', '"\\udc00bias": 0.4', '$.models.catboost_v9_33features_20260201_011018.metrics["\\udc00bias"]', 21, 9],
    [
      'a nested value',
      '"vegas_bias": {"by_tier": ["ok", "\\ud83d"]}',
      '$.models.catboost_v9_33features_20260201_011018.metrics.vegas_bias.by_tier[1]',
      21,
      42,
    ],
  ])('refuses a lone surrogate in %s of a metric, naming its path and line:column', (_, metric, path, line, column) => {
    const problems = problemsOf(good.replace('"vegas_bias": 0.4', metric));
    expect(problems).toEqual([{ file: 'm.json', path, line, column, message: 'contains a lone surrogate (not valid Unicode)' }]);
  });

  it('accepts a metric with a surrogate pair (an emoji), and metrics of canonical text up to 64 KiB', () => {
    expect(() => parse(good.replace('"vegas_bias": 0.4', '"vegas_bias": "\\ud83d\\ude00"'))).not.toThrow();
    // {"tier_bias_max":2.1,"vegas_bias":"xxx…"}: 36 bytes around the string.
    const fits = 'x'.repeat(METRICS_MAX_BYTES - '{"tier_bias_max":2.1,"vegas_bias":""}'.length);
    expect(() => parse(good.replace('"vegas_bias": 0.4', `"vegas_bias": "${fits}"`))).not.toThrow();
  });

  it('refuses a model whose extra metrics are over 64 KiB as canonical JSON, naming the model and the size', () => {
    const big = 'é'.repeat(1024 * 1024); // 2 MiB in UTF-8
    const problems = problemsOf(good.replace('"vegas_bias": 0.4', `"vegas_bias": "${big}"`));
    expect(problems).toEqual([
      {
        file: 'm.json',
        path: '$.models.catboost_v9_33features_20260201_011018.metrics',
        line: 17,
        column: 18,
        message: 'its metrics beyond hit_rate_edge_3plus, mae and graded_edge_3plus_n are 2.0 MiB as canonical JSON; the limit is 64 KiB',
      },
    ]);
    const over = 'x'.repeat(METRICS_MAX_BYTES - '{"tier_bias_max":2.1,"vegas_bias":""}'.length + 1);
    expect(problemsOf(good.replace('"vegas_bias": 0.4', `"vegas_bias": "${over}"`))[0]?.message).toMatch(/are 64\.0 KiB .*limit is 64 KiB/);
  });
});
