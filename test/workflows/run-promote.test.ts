// The reusable promote workflow run locally, step by step (local-runner.ts): the action built from src/ against the
// Cloud Storage and BigQuery stand-ins and the fake GitHub. plan → (required reviewers) → promote + sync → refresh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { promoteBytes } from '../../src/manifest/promote-edit.js';
import { manifestRows } from '../../src/registry/row.js';
import { EXAMPLES } from '../helpers/cli.js';
import { BAD, GOOD, session163 } from '../helpers/promotion.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';
import { type FakeGitHub, startGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { runWorkflow } from './local-runner.js';
import {
  actionDir,
  BUCKET,
  checkout,
  config,
  MANIFEST_URL,
  OWNER,
  PROJECT,
  payload,
  REPO,
  REPOSITORY,
  registryRows,
  repoFiles,
  seedRegistry,
  WIF,
  workflow,
} from './scenario.js';

const OBJECT = MANIFEST_URL.replace(`gs://${BUCKET}/`, '');
const BRANCH = 'model-governance/claude-md';
let action: string;
let gh: FakeGitHub | undefined;
let bq: BigQueryStandIn | undefined;
let gcs: GcsStandin | undefined;

beforeAll(async () => {
  action = await actionDir();
}, 300_000);

afterEach(async () => {
  bq?.assertNoViolations();
  await Promise.all([gh?.close(), bq?.close(), gcs?.close()]);
  gh = bq = gcs = undefined;
});

const steps = (job: { steps: { name: string; conclusion: string }[] } | undefined) => job?.steps.map((s) => [s.name, s.conclusion]);

/** The Session 163 manifest on gs://, the seeds' registry in BigQuery, and the repository with the six gates. */
const setup = async () => {
  [gcs, bq] = await Promise.all([startGcs(), startBigQueryStandIn({ projectId: PROJECT })]);
  await seedRegistry(bq);
  const bytes = Buffer.from(session163(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8')));
  const generation = gcs.put(BUCKET, OBJECT, bytes, { contentType: 'application/json' });
  const dir = checkout(config({ manifest: MANIFEST_URL })); // with the examples' gates: the seeds' six
  gh = await startGitHub({ owner: OWNER, repo: REPO, files: repoFiles(dir) });
  const g = gh;
  const s = { gcs, bq, g };
  const run = (inputs: Record<string, string | boolean>, approvals: Record<string, boolean> = {}) =>
    runWorkflow({
      workflow: workflow('promote'),
      workspace: dir,
      action,
      repository: REPOSITORY,
      token: WRITE_TOKEN,
      apiUrl: g.url,
      event: { name: 'workflow_dispatch', payload: payload('workflow_dispatch') },
      sha: g.state.headSha(),
      ref: 'refs/heads/main',
      inputs: { ...WIF, ...inputs },
      approvals,
      env: { STORAGE_EMULATOR_HOST: s.gcs.url, BIGQUERY_EMULATOR_HOST: `${s.bq.url}/bigquery/v2` },
    });
  return { ...s, bytes, generation, run };
};

const CHECKOUTS = [
  ['Check out the repository', 'success'],
  ['Fetch the model-governance action', 'success'],
];

describe('promote.yml, run locally', () => {
  it('plan shows the diff, the reviewers approve, promote writes gs:// and syncs, refresh opens the CLAUDE.md PR', async () => {
    const s = await setup();
    const seeded = await registryRows(s.bq);
    const run = await s.run({ model: GOOD, reason: 'all six gates pass' });

    expect(steps(run.jobs.plan)).toEqual([
      ...CHECKOUTS,
      ['Authenticate to Google Cloud', 'success'],
      ['Gates and the manifest diff', 'success'],
    ]);
    expect(run.jobs.plan?.summary).toContain(`+  "production_model": "${GOOD}",`);
    expect(run.jobs.promote?.environment).toBe('model-promotion');
    expect(run.jobs.promote?.concurrency).toBe('model-governance-sync');
    expect(steps(run.jobs.promote)).toEqual([
      ...CHECKOUTS,
      ['Promote only from the default branch', 'success'],
      ['Authenticate to Google Cloud', 'success'],
      ['Promote', 'success'],
      ['Sync the registry', 'success'],
    ]);
    expect(steps(run.jobs.refresh)).toEqual([
      ...CHECKOUTS,
      ['Authenticate to Google Cloud', 'success'],
      ['Refresh the MODEL block', 'success'],
    ]);
    expect(run.result).toBe('success');
    expect(run.jobs.promote?.steps.map((x) => x.stderr).join('')).toBe('');

    // The manifest: one new generation holding exactly the promotion edit (the date is the run's day, UTC).
    const live = s.gcs.get(BUCKET, OBJECT);
    expect(live?.generation).toBe(String(Number(s.generation) + 1));
    const written = live?.body as Buffer;
    const date = JSON.parse(written.toString()).models[GOOD].promoted_at as string;
    const record = { reason: 'all six gates pass', forced: false, failed_gates: [] };
    expect(written).toEqual(Buffer.from(promoteBytes(MANIFEST_URL, s.bytes, { model: GOOD, date, promotion: record })));

    // The registry is the new manifest, and the PR's CLAUDE.md names the promoted model.
    const want = manifestRows(parseManifest(MANIFEST_URL, written).manifest);
    expect(await registryRows(s.bq)).toEqual(want);
    expect(seeded).not.toEqual(want);
    const [pr] = s.g.state.pulls;
    expect(s.g.state.pulls).toHaveLength(1);
    expect(s.g.state.file('CLAUDE.md', BRANCH)).toContain(`| Production Model | \`${GOOD}\` |`);
    expect(run.outputs).toEqual({ 'pull-request-url': `https://github.com/${REPOSITORY}/pull/${pr?.number}` });
    s.g.assertNoViolations();
  }, 240_000);

  it('a candidate failing the gates stops at the plan: no approval asked, nothing written', async () => {
    const s = await setup();
    const seeded = await registryRows(s.bq);
    const run = await s.run({ model: BAD });
    expect(steps(run.jobs.plan)?.at(-1)).toEqual(['Gates and the manifest diff', 'failure']);
    expect(run.jobs.plan?.summary).toContain('2 of 6 gate(s) failed');
    expect(run.jobs.promote?.result).toBe('skipped');
    expect(run.jobs.refresh?.result).toBe('skipped');
    expect(run.result).toBe('failure');
    expect(s.gcs.get(BUCKET, OBJECT)?.generation).toBe(s.generation);
    expect(await registryRows(s.bq)).toEqual(seeded);
    expect(s.g.state.pulls).toEqual([]);
  }, 240_000);

  it('the reviewers reject: the promote job fails before any step, nothing written', async () => {
    const s = await setup();
    const run = await s.run({ model: GOOD, environment: 'prod-models' }, { 'prod-models': false });
    expect(run.jobs.plan?.result).toBe('success');
    expect(run.jobs.promote).toMatchObject({ result: 'failure', steps: [], environment: 'prod-models' });
    expect(run.jobs.refresh?.result).toBe('skipped');
    expect(s.gcs.get(BUCKET, OBJECT)?.generation).toBe(s.generation);
    expect(s.g.state.pulls).toEqual([]);
  }, 240_000);
});
