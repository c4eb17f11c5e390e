// The gate mode's PR-check path with hand-built ports (ports, not client libraries): the head manifest and the base
// branch's copy as bytes, as the GitHub adapter hands them over.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config/load.js';
import { familySettings, type RunOptions } from '../../src/config/settings.js';
import { gate } from '../../src/modes/gate.js';
import type { Sources } from '../../src/ports.js';
import { EXAMPLES } from '../helpers/cli.js';

const PROD = 'catboost_v9_33features_20260201_011018';
const examples = readFileSync(`${EXAMPLES}/manifest.json`, 'utf8');
const options: RunOptions = {
  mode: 'gate',
  dryRun: false,
  prune: false,
  force: false,
  trainStart: undefined,
  trainEnd: undefined,
  claudeMdAction: 'print',
  failOn: 'error',
  offline: false,
};

/** The examples' manifest with a candidate promoted: production_model, its status and the old one's. */
const promoted = (hit: number): string => {
  const m = JSON.parse(examples);
  m.models.cand = {
    ...m.models.catboost_v9_2026_02,
    training_end_date: '2026-02-05',
    status: 'production',
    metrics: { hit_rate_edge_3plus: hit, mae: 4.9, graded_edge_3plus_n: 92, vegas_bias: 0.6, tier_bias_max: 3.2 },
  };
  m.models[PROD].status = 'deprecated';
  m.production_model = 'cand';
  return JSON.stringify(m, null, 2);
};

const run = async (head: string, base: string | null, model?: string) => {
  const { families, where } = await readConfigFile(`${EXAMPLES}/model-governance.yml`);
  const settings = familySettings(families[0] as never, 'model-governance.yml', where[0]);
  const sources: Sources = {
    family: 'catboost_v9',
    manifest: { name: 'manifest.json', load: async () => ({ bytes: Buffer.from(head) }) },
    baseManifest: { name: 'manifest.json@base', load: async () => (base === null ? null : Buffer.from(base)) },
  };
  return gate({ settings, options: { ...options, ...(model ? { model } : {}) }, sources, log: () => {} });
};

describe('gate in a PR check (no --model)', () => {
  it('gates the new production model against the base one, every finding on the production_model line', async () => {
    const r = await run(promoted(51.2), examples);
    expect(r.summary).toBe('cand fails 2 of 6 gates');
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.field)).toEqual(['metrics.hit_rate_edge_3plus', 'metrics.mae']);
    expect(errors.find((f) => f.field === 'metrics.mae')?.message).toContain(`not lower than 4.82 of the production model ${PROD}`);
    for (const f of errors) expect(f.location).toEqual({ file: 'manifest.json', line: 4, column: 3 });
  });

  it('has nothing to gate when production_model is unchanged', async () => {
    const r = await run(examples, examples);
    expect(r).toMatchObject({ ok: true, findings: [], summary: `production_model is unchanged (${PROD}): no model to gate` });
  });

  it('a manifest new in this PR: its production model has nothing to improve on', async () => {
    const r = await run(promoted(70), null);
    expect(r.checklist?.find((c) => c.label.startsWith('mae'))).toEqual({
      gate: '$.gates[5]',
      label: 'mae lower than production: no production model to compare with',
      passed: true,
    });
  });

  it('a broken base: gates the PR production model with a warning saying nothing was compared', async () => {
    const r = await run(promoted(70), '{ "schema_version": 1,');
    expect(r.ok).toBe(true);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'gate.no-base', severity: 'warning', message: expect.stringContaining('manifest.json@base') }),
    );
    expect(r.summary).toBe('cand passes all 6 gates');
  });

  it('a named model is gated against the manifest own production model, base or not', async () => {
    const r = await run(promoted(70), examples, 'catboost_v9_feb_02_retrain');
    expect(r.summary).toBe('catboost_v9_feb_02_retrain fails 5 of 6 gates');
    expect(r.findings.find((f) => f.field === 'metrics.mae')?.message).toContain('not lower than 4.9 of the production model cand');
  });
});
