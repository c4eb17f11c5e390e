// gate through the CLI on a copy of examples/ with the examples' six gates and the real DuckDB registry: the
// Session 163 story, the checklist in every format, and bad input (exit 2, one line, nothing written).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_GATES, runCli, type Workspace, workspace } from '../helpers/cli.js';

const PROD = 'catboost_v9_33features_20260201_011018';
/** The examples' six gates (as shipped in examples/model-governance.yml), or others. */
const withGates = (gates = EXAMPLE_GATES) => workspace('', { gates });

const edit = (ws: Workspace, fn: (m: { production_model: string | null; models: Record<string, Record<string, unknown>> }) => void) => {
  const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
  fn(m);
  writeFileSync(ws.manifest, `${JSON.stringify(m, null, 2)}\n`);
};

/** A fresh candidate on `end`'s window; by default it meets every gate. */
const candidate = (ws: Workspace, id: string, o: { end?: string; metrics?: Record<string, unknown> } = {}) =>
  edit(ws, (m) => {
    m.models[id] = {
      ...m.models.catboost_v9_2026_02,
      file: `${id}.cbm`,
      gcs_path: `gs://nba-props-platform-models/catboost/v9/${id}.cbm`,
      training_end_date: o.end ?? '2026-02-05',
      eval_start_date: null,
      status: 'candidate',
      metrics: { hit_rate_edge_3plus: 66.4, mae: 4.71, graded_edge_3plus_n: 92, vegas_bias: 0.6, tier_bias_max: 3.2, ...o.metrics },
    };
  });

describe('gate', () => {
  it('passes the examples production model with all six gates listed as passed lines (overlaps stay warnings)', async () => {
    const ws = withGates();
    expect(EXAMPLE_GATES).toContain('improves-on: production');
    const r = await runCli(['gate', '--config', ws.config, '--model', PROD]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const passed = r.out.split('\n').filter((l) => l.startsWith('  passed '));
    expect(passed).toEqual([
      '  passed  duplicate-window: no other live model has 2025-11-02..2026-01-08 (2 overlapping)',
      '  passed  abs(vegas_bias) <= 1.5: 0.4',
      '  passed  hit_rate_edge_3plus >= 60: 71.2',
      '  passed  graded_edge_3plus_n >= 50: 118',
      '  passed  abs(tier_bias_max) <= 5: 2.1',
      `  passed  mae lower than production: ${PROD} is the production model`,
    ]);
    expect(r.out).toMatch(/warning .*overlaps .*\[duplicate\.overlap\]/);
    // The metrics the gates read are declared by the config: no unknown-field notice for them.
    expect(r.out).not.toContain('manifest.unknown-field');
    expect(r.out).toContain(`${PROD} passes all 6 gates`);
  });

  it('Session 163: a 51.2% candidate on an already-trained window fails, naming both failures', async () => {
    const ws = withGates();
    // The window of catboost_v9_2026_02 (untested, so live), and the retrain's hit rate.
    candidate(ws, 'catboost_v9_session163', { end: '2026-01-31', metrics: { hit_rate_edge_3plus: 51.2 } });
    const r = await runCli(['gate', '--config', ws.config, '--model', 'catboost_v9_session163', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(2);
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'gate.failed',
        model_id: 'catboost_v9_session163',
        field: 'training window',
        actual: '2025-11-02..2026-01-31',
        message: expect.stringContaining('already trained: catboost_v9_2026_02 (untested'),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'gate.failed',
        field: 'metrics.hit_rate_edge_3plus',
        expected: '>= 60',
        actual: 51.2,
        message: 'gate hit_rate_edge_3plus >= 60 failed: hit_rate_edge_3plus is 51.2, below the minimum 60',
        location: expect.objectContaining({ file: ws.manifest, line: expect.any(Number) }),
      }),
    );
    expect(report.checklist.map((c: { passed: boolean }) => c.passed)).toEqual([false, true, false, true, true, true]);
    expect(report.checklist[0].gate).toBe('$.gates[0]');
    expect(report.summary).toBe('catboost_v9_session163 fails 2 of 6 gates');

    const text = await runCli(['gate', '--config', ws.config, '--model', 'catboost_v9_session163']);
    expect(text.out).toContain('  FAILED  duplicate-window: 2025-11-02..2026-01-31 is already trained by catboost_v9_2026_02');
    expect(text.out).toContain('  FAILED  hit_rate_edge_3plus >= 60: 51.2');
    expect(text.out).toContain('  passed  mae lower than production: 4.71 vs 4.82 of catboost_v9_33features_20260201_011018');
  });

  it('an overlapping window stays a warning: only the hit rate fails', async () => {
    const ws = withGates();
    candidate(ws, 'catboost_v9_overlap', { end: '2026-01-30', metrics: { hit_rate_edge_3plus: 51.2 } });
    const r = await runCli(['gate', '--config', ws.config, '--model', 'catboost_v9_overlap', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { field: string }) => f.field)).toEqual([
      'metrics.hit_rate_edge_3plus',
    ]);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'duplicate.overlap', severity: 'warning' }));
  });

  it('a candidate meeting all six gates passes; markdown lists the checklist', async () => {
    const ws = withGates();
    candidate(ws, 'catboost_v9_good');
    const r = await runCli(['gate', '--config', ws.config, '--model', 'catboost_v9_good', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('### ✅ gate · catboost\\_v9');
    expect(r.out.match(/^- ✅ passed: /gm)).toHaveLength(6);
    expect(r.out).toContain('- ✅ passed: mae lower than production: 4.71 vs 4.82 of catboost\\_v9\\_33features\\_20260201\\_011018');
  });

  it('a metric the model lacks is gate.missing (error)', async () => {
    const ws = withGates();
    const r = await runCli(['gate', '--config', ws.config, '--model', 'catboost_v9_2026_02', '--json']);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.out).findings.map((f: { code: string; field?: string }) => `${f.code} ${f.field}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'gate.missing metrics.hit_rate_edge_3plus',
        'gate.missing metrics.vegas_bias',
        'gate.missing metrics.mae',
        // Its window is that of the deprecated retrain only: a warning, as in the duplicate mode.
        'duplicate.shared-window training window',
      ]),
    );
  });

  it('with no gates configured, passes with a notice', async () => {
    const ws = workspace('', { gates: '' });
    const r = await runCli(['gate', '--config', ws.config, '--model', PROD]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[gate.none]');
    // Undeclared, the examples' extra metrics are unknown fields again.
    expect(r.out).toContain('metrics.vegas_bias is not part of schema v1');
  });
});

describe('gate: bad input (exit 2, one line, nothing written)', () => {
  const bad = async (ws: Workspace, args: string[], message: RegExp) => {
    const before = ws.bytes('manifest.json');
    const r = await runCli(['gate', '--config', ws.config, ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);
    expect(() => ws.bytes('registry.duckdb')).toThrow();
  };

  it('an unknown model id names --model', () =>
    bad(
      withGates(),
      ['--model', 'catboost_v9_nope'],
      /^model-governance: arguments: --model "catboost_v9_nope" is not a model of .*manifest\.json$/m,
    ));

  it('no --model names the flag', () => bad(withGates(), [], /--model \(input model\) is required/));

  it('an unknown metric names the config key and line:column', () =>
    bad(
      withGates('  - { metric: hit_rate_edge3plus, min: 60 }\n'),
      ['--model', PROD],
      /config\.yml:12:5: \$\.gates\[0\]\.metric: unknown metric "hit_rate_edge3plus": not a schema metric, and no model of catboost_v9/,
    ));

  it('a gated value that is not a number names the manifest value and the config key', () => {
    const ws = withGates();
    edit(ws, (m) => {
      (m.models[PROD]?.metrics as Record<string, unknown>).vegas_bias = '0.4';
    });
    return bad(
      ws,
      ['--model', PROD],
      /manifest\.json:\d+:\d+: \$\.models\.catboost_v9_33features_20260201_011018\.metrics\.vegas_bias: is "0\.4", not a number; the gate \$\.gates\[1\]/,
    );
  });

  it.each([
    ['a gate with two kinds', '{ metric: mae, min: 1, max: 2 }'],
    ['a gate with no bound', '{ metric: mae }'],
    ['an unknown direction', '{ metric: mae, improves-on: production, direction: sideways }'],
    ['duplicate-window false', '{ duplicate-window: false }'],
    ['a bound that is a string', '{ metric: mae, max: "5" }'],
  ])('a malformed gate (%s) names its config key', (_, gate) =>
    bad(withGates(`  - duplicate-window: true\n  - ${gate}\n`), ['--model', PROD], /config\.yml:13:5: \$\.gates\[1\]: must be one gate: /),
  );
});
