// gate end to end from the bundle: `mode: gate` with `model`, and the PR check that gates the model a pull request
// makes production, annotated on the production_model line (real pull_request payloads from @octokit/webhooks-examples).
import { writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../helpers/cli.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, positionOf, repoFiles } from './repo.js';
import { example, pullRequestEvent, runAction } from './runner.js';

const REPOSITORY = 'Codertocat/Hello-World';
const PROD = 'catboost_v9_33features_20260201_011018';
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

type Manifest = { production_model: string | null; models: Record<string, Record<string, unknown>> };

/** The manifest text with a candidate added (Session 163's by default: 51.2% on an already-trained window). */
const withCandidate = (text: string, id: string, o: { end?: string; hit?: number; promote?: boolean } = {}): string => {
  const m = JSON.parse(text) as Manifest;
  m.models[id] = {
    ...m.models.catboost_v9_2026_02,
    file: `${id}.cbm`,
    gcs_path: `gs://nba-props-platform-models/catboost/v9/${id}.cbm`,
    training_end_date: o.end ?? '2026-01-31',
    status: o.promote ? 'production' : 'candidate',
    metrics: { hit_rate_edge_3plus: o.hit ?? 51.2, mae: 4.71, graded_edge_3plus_n: 92, vegas_bias: 0.6, tier_bias_max: 3.2 },
  };
  if (o.promote) {
    (m.models[PROD] as Record<string, unknown>).status = 'deprecated';
    m.production_model = id;
  }
  return `${JSON.stringify(m, null, 2)}\n`;
};

describe('gate from the action', () => {
  it('mode: gate with model fails the Session 163 candidate naming both failures, with the checklist in the summary', async () => {
    const ws = checkout();
    writeFileSync(ws.manifest, withCandidate(ws.bytes('manifest.json').toString(), 'catboost_v9_session163'));
    const r = await runAction(entry, {
      cwd: ws.dir,
      repository: REPOSITORY,
      eventName: 'push',
      event: example('push'),
      sha: 'a'.repeat(40),
      inputs: { mode: 'gate', config: ws.config, model: 'catboost_v9_session163' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.outputs.findings ?? '');
    expect(report.mode).toBe('gate');
    expect(report.findings.filter((f: { code: string }) => f.code === 'gate.failed').map((f: { field: string }) => f.field)).toEqual([
      'training window',
      'metrics.hit_rate_edge_3plus',
    ]);
    expect(report.checklist).toHaveLength(6);
    expect(r.outputs['error-count']).toBe('2');
    expect(r.summary).toContain('- ❌ failed: hit\\_rate\\_edge\\_3plus &gt;= 60: 51.2');
    expect(r.summary).toContain('- ✅ passed: abs(vegas\\_bias) &lt;= 1.5: 0.6');
    // Annotations of the job (no GitHub reporter): one per failed gate, at the manifest values.
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error title=gate%3A gate.failed,file=manifest.json,line='));
    expect(errors).toHaveLength(2);
  }, 60_000);

  it('mode: gate with an unknown model exits 2 with one error naming the input', async () => {
    const ws = checkout();
    const r = await runAction(entry, {
      cwd: ws.dir,
      repository: REPOSITORY,
      eventName: 'push',
      event: example('push'),
      sha: 'a'.repeat(40),
      inputs: { mode: 'gate', config: ws.config, model: 'nope' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=arguments::--model "nope" is not a model of .*manifest\.json$/m);
    expect(r.summary).toContain('_No report: see the error above._');
  }, 60_000);
});

describe('gate in the PR check', () => {
  const prCheck = async (ws: Workspace, headManifest: string) => {
    const base = repoFiles(ws);
    gh = await fakeRepo('Codertocat', 'Hello-World', base);
    const baseSha = gh.state.headSha();
    writeFileSync(ws.manifest, headManifest);
    const pr = await openPull(gh, { 'manifest.json': headManifest });
    return runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: { mode: 'gate', config: ws.config, report: 'checks,summary', 'github-token': WRITE_TOKEN },
    });
  };

  it('a PR making a failing model production: the gate check run fails, annotated on the production_model line', async () => {
    const ws = checkout();
    const head = withCandidate(ws.bytes('manifest.json').toString(), 'catboost_v9_session163', { promote: true });
    const r = await prCheck(ws, head);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const run = gh?.state.checkRuns.find((c) => c.name === 'model-governance / gate');
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.title).toBe('catboost_v9_session163 fails 2 of 6 gates');
    const at = positionOf(head, '"production_model"');
    const failures = run?.annotations.filter((a) => a.annotation_level === 'failure') ?? [];
    expect(failures).toHaveLength(2);
    for (const a of failures) expect(a).toMatchObject({ path: 'manifest.json', start_line: at.line, end_line: at.line });
    expect(failures.map((a) => a.title).sort()).toEqual(['gate.failed', 'gate.failed']);
    // The improvement gate compared with the base branch's production model, not the PR's.
    expect(run?.output.summary).toContain(`mae lower than production: 4.71 vs 4.82 of ${PROD.replaceAll('_', '\\_')}`);
    gh?.assertNoViolations();
  }, 60_000);

  it('a PR making a model that meets every gate production passes; one that leaves production alone has nothing to gate', async () => {
    const ws = checkout();
    const good = withCandidate(ws.bytes('manifest.json').toString(), 'catboost_v9_good', { end: '2026-02-05', hit: 66.4, promote: true });
    const passed = await prCheck(ws, good);
    expect(passed.code).toBe(0);
    expect(gh?.state.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['model-governance / gate', 'neutral']]);
    await gh?.close();

    const ws2 = checkout();
    const unchanged = withCandidate(ws2.bytes('manifest.json').toString(), 'catboost_v9_session163');
    const r = await prCheck(ws2, unchanged);
    expect(r.code).toBe(0);
    expect(gh?.state.checkRuns.map((c) => [c.conclusion, c.output.title])).toEqual([
      ['success', `production_model is unchanged (${PROD}): no model to gate`],
    ]);
  }, 90_000);
});
