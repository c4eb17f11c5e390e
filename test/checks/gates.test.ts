// The gate evaluator, by example tables: each gate kind passing and failing, the missing metric, the improvement
// gate's edge cases, the duplicate-window gate's error/warning split, and bad input.
import { describe, expect, it } from 'vitest';
import { fromManifest, fromRegistry, mergeKnown } from '../../src/checks/duplicate.js';
import { evaluateGates, type GateInput, type GateSite, gateMetrics } from '../../src/checks/gates.js';
import type { GateConfig } from '../../src/config/schema.js';
import { InputError } from '../../src/errors.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { manifestRows } from '../../src/registry/row.js';

const SHA = (c: string) => c.repeat(64);
const model = (o: Record<string, unknown>) => ({
  file: `${o.id}.cbm`,
  gcs_path: `gs://bucket/m/${o.id}.cbm`,
  training_start_date: '2025-11-02',
  training_end_date: '2026-01-08',
  status: 'candidate',
  sha256: SHA('a'),
  created_at: '2026-02-01T00:00:00Z',
  ...o,
});

/** A manifest with a production model `prod` and a candidate `cand`, with the metrics given. */
const parsed = (cand: Record<string, unknown>, prod: Record<string, unknown> | null = { mae: 4.82, hit_rate_edge_3plus: 71.2 }) => {
  const models: Record<string, unknown> = {
    cand: model({ id: 'cand', training_end_date: '2026-01-31', metrics: cand }),
  };
  if (prod) models.prod = model({ id: 'prod', status: 'production', metrics: prod });
  const text = JSON.stringify({ schema_version: 1, family: 'fam', production_model: prod ? 'prod' : null, models }, null, 2);
  return parseManifest('m.json', new TextEncoder().encode(text));
};

const sites = (...gates: GateConfig[]): GateSite[] =>
  gates.map((gate, i) => ({ gate, key: `$.gates[${i}]`, at: { file: 'cfg.yml', line: 3 + i, column: 5 } }));

const run = (gate: GateConfig, cand: Record<string, unknown>, extra: Partial<GateInput> = {}) => {
  const p = parsed(cand);
  const [r] = evaluateGates({ sites: sites(gate), modelId: 'cand', manifest: p.manifest, file: p.file, locate: p.source.locate, ...extra });
  if (!r) throw new Error('no result');
  return r;
};

describe('metric gates', () => {
  it.each([
    [{ metric: 'hit_rate_edge_3plus', min: 60 }, 60, true, 'hit_rate_edge_3plus >= 60: 60'],
    [{ metric: 'hit_rate_edge_3plus', min: 60 }, 51.2, false, 'hit_rate_edge_3plus is 51.2, below the minimum 60'],
    [{ metric: 'graded_edge_3plus_n', min: 50 }, 49, false, 'graded_edge_3plus_n is 49, below the minimum 50'],
    [{ metric: 'mae', max: 5 }, 5, true, 'mae <= 5: 5'],
    [{ metric: 'mae', max: 5 }, 5.01, false, 'mae is 5.01, above the maximum 5'],
    [{ metric: 'vegas_bias', 'abs-max': 1.5 }, -1.5, true, 'abs(vegas_bias) <= 1.5: -1.5'],
    [{ metric: 'vegas_bias', 'abs-max': 1.5 }, -1.6, false, 'vegas_bias is -1.6, outside ±1.5'],
    [{ metric: 'tier_bias_max', 'abs-max': 5 }, 5.5, false, 'tier_bias_max is 5.5, outside ±5'],
  ] as [GateConfig, number, boolean, string][])('%j with %d: passed=%s', (gate, value, passed, text) => {
    const metric = (gate as { metric: string }).metric;
    const r = run(gate, { [metric]: value });
    expect(r.passed).toBe(passed);
    if (passed) {
      expect(r.label).toBe(text);
      expect(r.findings).toEqual([]);
    } else {
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({
        code: 'gate.failed',
        severity: 'error',
        model_id: 'cand',
        field: `metrics.${metric}`,
        actual: value,
      });
      expect(r.findings[0]?.message).toContain(text);
      // The finding points at the value in the manifest.
      expect(r.findings[0]?.location).toMatchObject({ file: 'm.json', line: expect.any(Number) });
    }
  });

  it.each([
    ['absent', {}, 'absent in metrics'],
    ['null', { hit_rate_edge_3plus: null }, 'null in metrics'],
  ])('a metric the model lacks (%s) is gate.missing', (_, metrics, says) => {
    const r = run({ metric: 'hit_rate_edge_3plus', min: 60 }, metrics);
    expect(r.passed).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'gate.missing', severity: 'error', actual: null })]);
    expect(r.findings[0]?.message).toContain(says);
  });
});

describe('improves-on production', () => {
  const lower: GateConfig = { metric: 'mae', 'improves-on': 'production', direction: 'lower' };
  const higher: GateConfig = { metric: 'hit_rate_edge_3plus', 'improves-on': 'production', direction: 'higher' };

  it.each([
    [lower, { mae: 4.6 }, true],
    [lower, { mae: 4.82 }, false], // equal is not an improvement
    [lower, { mae: 5.31 }, false],
    [higher, { hit_rate_edge_3plus: 72 }, true],
    [higher, { hit_rate_edge_3plus: 51.2 }, false],
  ] as [GateConfig, Record<string, number>, boolean][])('%j with %j: passed=%s', (gate, metrics, passed) => {
    const r = run(gate, metrics);
    expect(r.passed).toBe(passed);
    if (!passed) {
      const f = r.findings[0];
      expect(f?.code).toBe('gate.failed');
      // Names the value, the bound and the production model's value.
      expect(f?.message).toMatch(/is [\d.]+, not (lower|higher) than [\d.]+ of the production model prod/);
      expect(f?.expected).toMatch(/^[<>] [\d.]+$/);
    }
  });

  it('passes with no production model, saying so', () => {
    const p = parsed({ mae: 9 }, null);
    const [r] = evaluateGates({ sites: sites(lower), modelId: 'cand', manifest: p.manifest, file: p.file, locate: p.source.locate });
    expect(r).toMatchObject({ passed: true, label: 'mae lower than production: no production model to compare with' });
  });

  it('passes for the production model itself', () => {
    const p = parsed({ mae: 9 });
    const [r] = evaluateGates({ sites: sites(lower), modelId: 'prod', manifest: p.manifest, file: p.file, locate: p.source.locate });
    expect(r).toMatchObject({ passed: true, label: 'mae lower than production: prod is the production model' });
  });

  it('is gate.missing when the production model lacks the metric', () => {
    const p = parsed({ mae: 4 }, { hit_rate_edge_3plus: 70, mae: null });
    const [r] = evaluateGates({ sites: sites(lower), modelId: 'cand', manifest: p.manifest, file: p.file, locate: p.source.locate });
    expect(r?.passed).toBe(false);
    expect(r?.findings[0]).toMatchObject({
      code: 'gate.missing',
      message: expect.stringContaining('the production model prod has no mae'),
    });
  });

  it('compares with the production model it is given (a PR check: the base branch), not the manifest one', () => {
    const p = parsed({ mae: 4.6 });
    const old = parsed({}, { mae: 4.5 });
    const production = { id: 'prod', entry: old.manifest.models.prod as never, file: 'base/m.json', locate: old.source.locate };
    const anchor = { file: 'm.json', line: 4, column: 3 };
    const [r] = evaluateGates({
      sites: sites(lower),
      modelId: 'cand',
      manifest: p.manifest,
      file: p.file,
      locate: p.source.locate,
      production,
      anchor,
    });
    expect(r?.findings[0]).toMatchObject({
      message: expect.stringContaining('not lower than 4.5 of the production model prod'),
      location: anchor,
    });
  });
});

describe('duplicate-window', () => {
  const gate: GateConfig = { 'duplicate-window': true };
  const withOthers = (others: Record<string, Record<string, unknown>>) => {
    const models: Record<string, unknown> = { cand: model({ id: 'cand', training_end_date: '2026-01-31' }) };
    for (const [id, o] of Object.entries(others)) models[id] = model({ id, ...o });
    const text = JSON.stringify({ schema_version: 1, family: 'fam', production_model: null, models });
    return parseManifest('m.json', new TextEncoder().encode(text));
  };
  const evaluate = (p: ReturnType<typeof withOthers>, known?: GateInput['known']) =>
    evaluateGates({ sites: sites(gate), modelId: 'cand', manifest: p.manifest, file: p.file, locate: p.source.locate, known })[0];

  it('fails on a live model with the same window, naming it', () => {
    const r = evaluate(withOthers({ twin: { training_end_date: '2026-01-31', status: 'untested' } }));
    expect(r?.passed).toBe(false);
    expect(r?.findings).toEqual([
      expect.objectContaining({ code: 'gate.failed', field: 'training window', actual: '2025-11-02..2026-01-31' }),
    ]);
    expect(r?.findings[0]?.message).toContain('already trained: twin (untested');
  });

  it.each([
    ['an overlapping window', { training_end_date: '2026-01-08', status: 'candidate' }, 'duplicate.overlap'],
    ['the same window as a deprecated model', { training_end_date: '2026-01-31', status: 'deprecated' }, 'duplicate.shared-window'],
  ])('passes with a warning on %s', (_, other, code) => {
    const r = evaluate(withOthers({ other }));
    expect(r?.passed).toBe(true);
    expect(r?.findings).toEqual([expect.objectContaining({ code, severity: 'warning' })]);
  });

  it('passes cleanly on a window nobody else has', () => {
    const r = evaluate(withOthers({ other: { training_start_date: '2024-01-01', training_end_date: '2024-06-01' } }));
    expect(r).toMatchObject({ passed: true, findings: [], label: 'duplicate-window: no other live model has 2025-11-02..2026-01-31' });
  });

  it('also compares with registry rows the manifest no longer lists', () => {
    const p = withOthers({});
    const twin = withOthers({ gone: { training_end_date: '2026-01-31', status: 'candidate' } }).manifest;
    const rows = manifestRows(twin).filter((r) => r.model_id === 'gone');
    const r = evaluate(p, mergeKnown(fromManifest(p.manifest), fromRegistry(rows)));
    expect(r?.passed).toBe(false);
    expect(r?.findings[0]?.message).toContain('from registry');
  });
});

describe('bad input', () => {
  it('names the config key and line of an unknown metric', () => {
    const p = parsed({ mae: 4 });
    const input = { sites: sites({ 'duplicate-window': true }, { metric: 'hit_rate_edge3plus', min: 60 }), modelId: 'cand' };
    const e = (() => {
      try {
        evaluateGates({ ...input, manifest: p.manifest, file: p.file, locate: p.source.locate });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems).toEqual([
      {
        file: 'cfg.yml',
        line: 4,
        column: 5,
        path: '$.gates[1].metric',
        message: 'unknown metric "hit_rate_edge3plus": not a schema metric, and no model of fam in m.json has it',
      },
    ]);
  });

  it('accepts a metric only another model carries (then this one lacks it: gate.missing)', () => {
    const p = parsed({}, { mae: 4, vegas_bias: 0.2 });
    const [r] = evaluateGates({
      sites: sites({ metric: 'vegas_bias', 'abs-max': 1.5 }),
      modelId: 'cand',
      manifest: p.manifest,
      file: p.file,
      locate: p.source.locate,
    });
    expect(r?.findings[0]?.code).toBe('gate.missing');
  });

  it.each([['"1.2"'], ['true'], ['{"v":1}']])('refuses a gated value %s that is not a number, at its line', (raw) => {
    const p = parsed({ vegas_bias: JSON.parse(raw) });
    expect(() =>
      evaluateGates({
        sites: sites({ metric: 'vegas_bias', 'abs-max': 1.5 }),
        modelId: 'cand',
        manifest: p.manifest,
        file: p.file,
        locate: p.source.locate,
      }),
    ).toThrow(
      /^m\.json:\d+:\d+: \$\.models\.cand\.metrics\.vegas_bias: is .+, not a number; the gate \$\.gates\[0\] \(abs\(vegas_bias\) <= 1\.5\) in cfg\.yml needs a number$/,
    );
  });

  it('shows a long value that is not a number by its head and length', () => {
    const p = parsed({ vegas_bias: 'x'.repeat(60_000) });
    const gate = () =>
      evaluateGates({
        sites: sites({ metric: 'vegas_bias', 'abs-max': 1.5 }),
        modelId: 'cand',
        manifest: p.manifest,
        file: p.file,
        locate: p.source.locate,
      });
    let message = '';
    try {
      gate();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/: is "x{199}… \(60,002 characters\), not a number; the gate /);
    expect(message.length).toBeLessThan(600);
  });

  it("refuses the production model's value that is not a number for an improvement gate", () => {
    const p = parsed({ vegas_bias: 1 }, { vegas_bias: 'low' });
    expect(() =>
      evaluateGates({
        sites: sites({ metric: 'vegas_bias', 'improves-on': 'production', direction: 'lower' }),
        modelId: 'cand',
        manifest: p.manifest,
        file: p.file,
        locate: p.source.locate,
      }),
    ).toThrow(/\$\.models\.prod\.metrics\.vegas_bias: is "low", not a number/);
  });
});

it('gateMetrics names the metrics the gates read', () => {
  expect([...gateMetrics(sites({ 'duplicate-window': true }, { metric: 'a', min: 1 }, { metric: 'b', max: 2 }))]).toEqual(['a', 'b']);
});
