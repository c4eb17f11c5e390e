// The promotion edit over many formattings: exactly the promotion fields change, every other byte stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { type PromoteChange, promoteBytes } from '../../src/manifest/promote-edit.js';
import { EXAMPLES } from '../helpers/cli.js';

const entry = (status: string, extra: Record<string, unknown> = {}) => ({
  file: `m.cbm`,
  gcs_path: 'gs://bucket-a/m.cbm',
  training_start_date: '2025-11-02',
  training_end_date: '2026-01-08',
  status,
  sha256: 'a'.repeat(64),
  metrics: { hit_rate_edge_3plus: 71.2, mae: 4.8 },
  created_at: '2026-02-04T00:10:15Z',
  ...extra,
});

const manifest = (over: { prod?: string | null; a?: Record<string, unknown>; b?: Record<string, unknown> } = {}) => ({
  schema_version: 1,
  family: 'fam',
  owner: 'ml-team', // unknown key, kept
  production_model: over.prod === undefined ? 'a' : over.prod,
  models: {
    a: entry(over.prod === null ? 'candidate' : 'production', { promoted_at: '2026-02-08', ...over.a }),
    b: entry('candidate', { notes: 'ünïcödé ✓ 🚀', ...over.b }),
  },
});

type Layout = { name: string; indent: string | number; eol: string; bom: boolean };
const LAYOUTS: Layout[] = [
  { name: '2 spaces, LF', indent: 2, eol: '\n', bom: false },
  { name: '4 spaces, CRLF', indent: 4, eol: '\r\n', bom: false },
  { name: 'tabs, LF, BOM', indent: '\t', eol: '\n', bom: true },
  { name: 'tabs, CRLF', indent: '\t', eol: '\r\n', bom: false },
  { name: 'minified', indent: 0, eol: '\n', bom: false },
  { name: 'minified, BOM', indent: 0, eol: '\n', bom: true },
];

const format = (value: unknown, l: Layout): Buffer =>
  Buffer.from(`${l.bom ? '\uFEFF' : ''}${JSON.stringify(value, null, l.indent).replace(/\n/g, l.eol)}${l.eol}`);

const promote = (bytes: Uint8Array | string, change: Partial<PromoteChange> = {}) =>
  Buffer.from(
    promoteBytes('manifest.json', typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { model: 'b', date: '2026-03-01', ...change }),
  );

const REASON = { reason: 'hit rate sample is small; approved by @lead', forced: true, failed_gates: ['graded_edge_3plus_n >= 50'] };

describe('promoteBytes, for files JSON.stringify could have written', () => {
  // The expected bytes are the intended value laid out the same way: new keys at the end of their object.
  const cases: Array<[string, Parameters<typeof manifest>[0], Partial<PromoteChange>, (m: ReturnType<typeof manifest>) => void]> = [
    [
      'promoted_at absent, inserted',
      {},
      {},
      (m) => {
        m.production_model = 'b';
        m.models.a.status = 'deprecated';
        Object.assign(m.models.b, { status: 'production', promoted_at: '2026-03-01' });
      },
    ],
    [
      'promoted_at null, replaced in place',
      { b: { promoted_at: null } },
      {},
      (m) => {
        m.production_model = 'b';
        m.models.a.status = 'deprecated';
        Object.assign(m.models.b, { status: 'production', promoted_at: '2026-03-01' });
      },
    ],
    [
      'no production model before',
      { prod: null },
      {},
      (m) => {
        m.production_model = 'b';
        Object.assign(m.models.b, { status: 'production', promoted_at: '2026-03-01' });
      },
    ],
    [
      'a reason: the promotion record',
      {},
      { promotion: REASON },
      (m) => {
        m.production_model = 'b';
        m.models.a.status = 'deprecated';
        Object.assign(m.models.b, { status: 'production', promoted_at: '2026-03-01', promotion: REASON });
      },
    ],
    [
      'a reason with no failed gates',
      {},
      { promotion: { reason: 'plain', forced: false, failed_gates: [] } },
      (m) => {
        m.production_model = 'b';
        m.models.a.status = 'deprecated';
        Object.assign(m.models.b, {
          status: 'production',
          promoted_at: '2026-03-01',
          promotion: { reason: 'plain', forced: false, failed_gates: [] },
        });
      },
    ],
    [
      'an old record is replaced in place',
      { b: { promotion: { reason: 'old', forced: false, failed_gates: [] }, zzz: 1 } },
      { promotion: REASON },
      (m) => {
        m.production_model = 'b';
        m.models.a.status = 'deprecated';
        Object.assign(m.models.b, { status: 'production', promotion: REASON, promoted_at: '2026-03-01' });
      },
    ],
  ];

  for (const l of LAYOUTS)
    it.each(cases)(`${l.name}: %s`, (_name, over, change, edit) => {
      const before = manifest(over);
      const want = structuredClone(before);
      edit(want);
      expect(promote(format(before, l), change).toString('latin1')).toBe(format(want, l).toString('latin1'));
    });

  it('an old record is removed when no reason is given, with its comma, in every layout', () => {
    for (const l of LAYOUTS) {
      for (const at of ['first', 'middle', 'last'] as const) {
        const rec = { reason: 'old', forced: false, failed_gates: [] };
        const b = entry('candidate');
        const entries = Object.entries(b);
        const placed =
          at === 'first'
            ? [['promotion', rec], ...entries]
            : at === 'last'
              ? [...entries, ['promotion', rec]]
              : [...entries.slice(0, 3), ['promotion', rec], ...entries.slice(3)];
        const before = { ...manifest(), models: { a: manifest().models.a, b: Object.fromEntries(placed) } };
        const want = structuredClone(before) as typeof before & { models: { b: Record<string, unknown> } };
        want.production_model = 'b';
        want.models.a.status = 'deprecated';
        delete want.models.b.promotion;
        Object.assign(want.models.b, { status: 'production', promoted_at: '2026-03-01' });
        expect(promote(format(before, l)).toString('latin1'), `${l.name}, ${at}`).toBe(format(want, l).toString('latin1'));
      }
    }
  });
});

describe('promoteBytes, for hand-written files', () => {
  it('the shipped example: the diff is exactly the promotion fields', () => {
    const bytes = readFileSync(join(EXAMPLES, 'manifest.json'));
    const out = promote(bytes, { model: 'catboost_v9_2026_02' });
    const changed = createPatch('m', bytes.toString(), out.toString(), '', '', { context: 0 })
      .split('\n')
      .filter((l) => /^[-+] /.test(l) || /^[-+]\s/.test(l));
    expect(changed).toEqual([
      '-  "production_model": "catboost_v9_33features_20260201_011018",',
      '+  "production_model": "catboost_v9_2026_02",',
      '-      "status": "production",',
      '+      "status": "deprecated",',
      '-      "status": "untested",',
      '+      "status": "production",',
      '-      "created_at": "2026-02-08T14:47:49Z"',
      '+      "created_at": "2026-02-08T14:47:49Z",',
      '+      "promoted_at": "2026-03-01"',
    ]);
  });

  it('keeps odd spacing, a one-line entry and unknown keys as they are', () => {
    const e = (status: string, extra = '') =>
      `{ "file" : "m.cbm" , "gcs_path" : "gs://bucket-a/m.cbm", "training_start_date":"2025-11-02", "training_end_date": "2026-01-08", "status" : "${status}", "sha256": "${'a'.repeat(64)}", "created_at": "2026-02-04T00:10:15Z"${extra} }`;
    const text = `{\n  "schema_version" : 1,\n  "family" : "fam", "x-custom":{"k":[1,2,{"n":null}]},\n  "production_model" :   "a",\n  "models" : {\n    "a" : ${e('production')},\n    "b" : ${e('candidate', ', "extra" : true')}\n  }\n}`;
    const out = promote(text, { promotion: { reason: 'r', forced: false, failed_gates: ['g1', 'g2'] } }).toString();
    expect(out).toBe(
      text
        .replace('"production_model" :   "a"', '"production_model" :   "b"')
        .replace('"status" : "production"', '"status" : "deprecated"')
        .replace('"status" : "candidate"', '"status" : "production"')
        .replace(
          '"extra" : true }',
          '"extra" : true, "promoted_at" : "2026-03-01", "promotion" : {"reason" : "r", "forced" : false, "failed_gates" : ["g1", "g2"]} }',
        ),
    );
  });

  it('text needing escapes is written as JSON escapes, and survives the round trip', () => {
    const reason = 'quote " backslash \\ backtick ` $(rm -rf /) 🚀 ü';
    const out = promote(format(manifest(), LAYOUTS[0] as Layout), { promotion: { reason, forced: true, failed_gates: [] } });
    expect(JSON.parse(out.toString()).models.b.promotion.reason).toBe(reason);
  });

  it('promoting the model that is already production only sets its date', () => {
    const before = format(manifest(), LAYOUTS[0] as Layout);
    const out = promote(before, { model: 'a' });
    expect(out.toString()).toBe(before.toString().replace('"promoted_at": "2026-02-08"', '"promoted_at": "2026-03-01"'));
  });

  it('refuses an unknown model and an edit whose result would not be a valid manifest', () => {
    const before = format(manifest(), LAYOUTS[0] as Layout);
    expect(() => promote(before, { model: 'nope' })).toThrow(/has no model "nope"/);
    expect(() => promote(before, { promotion: { reason: 'two\nlines', forced: false, failed_gates: [] } })).toThrow(/reason/);
    expect(() => promote(before, { date: '2026-02-30' })).toThrow(/promoted_at/);
  });
});
