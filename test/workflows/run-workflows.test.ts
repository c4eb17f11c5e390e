// Each reusable workflow run end to end on this machine, step by step as its YAML says (local-runner.ts): the
// action built from src/ against the fake GitHub and the Google stand-ins. A `with:` key the action does not
// declare, an undeclared input or output in an expression, or a step wired to the wrong id fails here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPull, withBadModels } from '../e2e/repo.js';
import { pullRequestEvent, scheduleEvent, writes } from '../e2e/runner.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { type CloudRunStandin, startCloudRun } from '../standins/cloud-run/index.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';
import { type FakeGitHub, startGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { type RunOptions, runWorkflow } from './local-runner.js';
import {
  actionDir,
  checkout,
  config,
  expectedRows,
  MANIFEST_URL,
  OWNER,
  PROJECT,
  payload,
  REPO,
  REPOSITORY,
  registryRows,
  repoFiles,
  retarget,
  SERVICE,
  seedCloudRun,
  seedGcs,
  seedRegistry,
  WIF,
  workflow,
} from './scenario.js';

const MARKER = '<!-- model-governance:comment -->';
const BRANCH = 'model-governance/claude-md';
let action: string;
let gh: FakeGitHub | undefined;
let bq: BigQueryStandIn | undefined;
let gcs: GcsStandin | undefined;
let cloudRun: CloudRunStandin | undefined;

beforeAll(async () => {
  action = await actionDir();
}, 300_000);

afterEach(async () => {
  bq?.assertNoViolations();
  await Promise.all([gh?.close(), bq?.close(), gcs?.close(), cloudRun?.close()]);
  gh = bq = gcs = cloudRun = undefined;
});

/** The fake repository holding the checkout's files on main. */
const repo = async (dir: string): Promise<FakeGitHub> => {
  gh = await startGitHub({ owner: OWNER, repo: REPO, files: repoFiles(dir) });
  return gh;
};

const options = (
  g: FakeGitHub,
  dir: string,
  name: string,
): Pick<RunOptions, 'workflow' | 'workspace' | 'action' | 'repository' | 'token' | 'apiUrl'> => ({
  workflow: workflow(name),
  workspace: dir,
  action,
  repository: REPOSITORY,
  token: WRITE_TOKEN,
  apiUrl: g.url,
});

const steps = (job: { steps: { name: string; conclusion: string }[] } | undefined) => job?.steps.map((s) => [s.name, s.conclusion]);
const CHECKOUT = 'Run actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1';

describe('reusable workflows, run locally', () => {
  it('pr-check: check runs and one sticky comment on the fake, and the job fails on the error the PR introduces', async () => {
    const dir = checkout(config());
    const g = await repo(dir);
    const baseSha = g.state.headSha();
    const manifest = withBadModels(readFileSync(join(dir, 'manifest.json'), 'utf8'), 1);
    writeFileSync(join(dir, 'manifest.json'), manifest);
    const pr = await openPull(g, { 'manifest.json': manifest });
    const event = retarget(pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }));

    const run = await runWorkflow({
      ...options(g, dir, 'pr-check'),
      event: { name: 'pull_request', payload: event },
      sha: 'f'.repeat(40), // the merge commit; check runs belong on the head
      ref: `refs/pull/${pr.number}/merge`,
    });

    const job = run.jobs.check;
    expect(steps(job)).toEqual([
      [CHECKOUT, 'success'],
      ['Fetch the model-governance action', 'success'],
      ['Check', 'failure'],
    ]);
    expect(run.result).toBe('failure');
    expect(job?.concurrency).toBe(`model-governance-pr-check-${pr.number}`);
    const check = job?.steps[2];
    expect(check?.stderr).toBe('');
    const runs = g.state.checkRuns;
    expect(runs.map((r) => [r.name, r.headSha]).sort()).toEqual(
      ['claude-md', 'drift', 'duplicate', 'gate', 'lint-filenames'].map((m) => [`model-governance / ${m}`, pr.head]),
    );
    // The PR leaves production_model alone: the gate check passes with nothing to gate.
    expect(runs.find((r) => r.name === 'model-governance / gate')?.conclusion).toBe('success');
    const lint = runs.find((r) => r.name === 'model-governance / lint-filenames');
    expect(lint?.conclusion).toBe('failure');
    expect(lint?.annotations.filter((a) => a.annotation_level === 'failure').map((a) => a.message)).toEqual([
      expect.stringMatching(/^bad_model_0\.cbm/),
    ]);
    const comments = g.state.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    // offline: true reached the action: the BigQuery registry is skipped with a notice instead of being read.
    const findings = JSON.parse(check?.outputs.findings ?? '[]') as { findings: { code: string; message: string }[] }[];
    expect(findings.flatMap((f) => f.findings).filter((f) => f.code === 'source.skipped')).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('bigquery:') }),
    );
    // fail-on: error (the default): bad_model_0.cbm is an error of lint-filenames and of drift; the rest is pre-existing.
    expect(check?.annotations).toContainEqual({ level: 'error', message: '2 reports have findings that fail the run (fail-on: error)' });
    expect(run.outputs).toEqual({ ok: 'false', 'error-count': '2' });
    g.assertNoViolations();
  }, 120_000);

  /** The drift workflow on a schedule against the seeded stand-ins; the deployment is live Cloud Run or the repo's YAML. */
  const driftRun = async (deployment: 'cloud-run' | 'yaml') => {
    [gcs, cloudRun, bq] = await Promise.all([startGcs(), startCloudRun(), startBigQueryStandIn({ projectId: PROJECT })]);
    seedGcs(gcs);
    seedCloudRun(cloudRun);
    await seedRegistry(bq);
    const dir = checkout(config({ manifest: MANIFEST_URL, ...(deployment === 'cloud-run' ? { deployment: `run:${SERVICE}` } : {}) }));
    const g = await repo(dir);
    const run = await runWorkflow({
      ...options(g, dir, 'drift-schedule'),
      event: { name: 'schedule', payload: scheduleEvent(payload('push').repository as Record<string, unknown>) },
      sha: g.state.headSha(),
      ref: 'refs/heads/main',
      inputs: WIF,
      env: { STORAGE_EMULATOR_HOST: gcs.url, BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`, CLOUD_RUN_EMULATOR_HOST: cloudRun.address },
    });
    const job = run.jobs.drift;
    expect(steps(job)).toEqual([
      [CHECKOUT, 'success'],
      ['Fetch the model-governance action', 'success'],
      ['Authenticate to Google Cloud', 'success'],
      ['Drift', 'failure'],
    ]);
    expect(run.result).toBe('failure');
    const drift = job?.steps[3];
    expect(drift?.stderr).toBe('');
    // Exit 1 for findings (fail-on: error), not 3 for a source that could not be read.
    expect(drift?.annotations.filter((a) => a.level === 'error').at(-1)?.message).toBe(
      '1 report has findings that fail the run (fail-on: error)',
    );
    expect(drift?.stdout).toContain(`read ${MANIFEST_URL} generation`);
    const report = JSON.parse(drift?.outputs.findings ?? '{}') as { summary: string; findings: Record<string, unknown>[] };
    // The seeds' wrong training_end_date, read from the BigQuery stand-in.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'registry.field', field: 'training_end_date', expected: '2026-01-08', actual: '2026-01-31' }),
    );
    // The service serves the production model, and every object claims the manifest's hash: no drift there.
    expect(report.findings.filter((f) => /^(deployment|artifact)\./.test(String(f.code)) && f.severity !== 'notice')).toEqual([]);
    expect(report.summary).toMatch(/checked .*prediction-worker.*Cloud Storage objects.*manifest generation \d+/);
    const [issue] = g.state.issues;
    expect(g.state.issues).toHaveLength(1);
    expect(issue).toMatchObject({ state: 'open', labels: ['model-drift'], title: 'Model drift: catboost_v9' });
    expect(issue?.body).toContain('training\\_end\\_date');
    expect(run.outputs).toEqual({ ok: 'false', 'issue-url': `https://github.com/${REPOSITORY}/issues/${issue?.number}` });
    g.assertNoViolations();
  };

  // Live Cloud Run through the bundle: google-gax reads __dirname at load, which the ESM bundle's entry provides.
  it('drift-schedule: live GCS, BigQuery and Cloud Run through the auth step; the job fails and opens the tracking issue', async () => {
    await driftRun('cloud-run');
    expect(cloudRun?.requests.map((r) => r.method)).toEqual(expect.arrayContaining(['GetService', 'GetRevision']));
  }, 120_000);

  it('drift-schedule with the deployment from the repo YAML: live GCS and BigQuery; the job fails and opens the tracking issue', async () => {
    await driftRun('yaml');
    expect(cloudRun?.requests).toEqual([]);
  }, 120_000);

  it('sync: a dry run plans into the summary and writes nothing; apply refuses another branch, then makes the table the manifest', async () => {
    bq = await startBigQueryStandIn({ projectId: PROJECT });
    await seedRegistry(bq);
    const dir = checkout(config());
    const g = await repo(dir);
    g.state.createBranch('feature');
    const dispatch = payload('workflow_dispatch');
    const sync = (ref: string, dryRun?: boolean) =>
      runWorkflow({
        ...options(g, dir, 'sync'),
        event: {
          name: 'workflow_dispatch',
          payload: { ...dispatch, ref, inputs: dryRun === undefined ? {} : { 'dry-run': String(dryRun) } },
        },
        sha: g.state.headSha(ref.replace('refs/heads/', '')),
        ref,
        inputs: { ...WIF, ...(dryRun === undefined ? {} : { 'dry-run': dryRun }) },
        env: { BIGQUERY_EMULATOR_HOST: `${bq?.url}/bigquery/v2` },
      });
    const seeded = await registryRows(bq);

    // dry-run defaults to true: the plan, and nothing else.
    const dry = await sync('refs/heads/main');
    expect(steps(dry.jobs.sync)).toEqual([
      [CHECKOUT, 'success'],
      ['Fetch the model-governance action', 'success'],
      ['Authenticate to Google Cloud', 'success'],
      ['Plan', 'success'],
      ['Apply only from the default branch', 'skipped'],
      ['Apply', 'skipped'],
    ]);
    expect(dry.result).toBe('success');
    expect(dry.jobs.sync?.summary).toContain('(dry run, nothing written): 0 to insert, 1 to update, 2 unchanged');
    expect(dry.jobs.sync?.summary).toContain('training\\_end\\_date: 2026-01-31 → 2026-01-08');
    // The workflow's `plan` output is the Plan step's, through the job's outputs.
    const plan = JSON.parse(dry.outputs.plan ?? '') as { update: { changes: unknown[] }[] };
    expect(plan.update.map((u) => u.changes)).toEqual([[{ field: 'training_end_date', old: '2026-01-31', new: '2026-01-08' }]]);
    expect(await registryRows(bq)).toEqual(seeded);

    // From another branch the guard fails the job before the apply step.
    const branch = await sync('refs/heads/feature', false);
    expect(steps(branch.jobs.sync)?.slice(3)).toEqual([
      ['Plan', 'success'],
      ['Apply only from the default branch', 'failure'],
      ['Apply', 'skipped'],
    ]);
    expect(branch.result).toBe('failure');
    expect(branch.jobs.sync?.steps[4]?.annotations).toEqual([
      { level: 'error', message: 'sync applies from main only (this run is on refs/heads/feature); run it there, or keep dry-run on' },
    ]);
    expect(await registryRows(bq)).toEqual(seeded);

    const apply = await sync('refs/heads/main', false);
    expect(steps(apply.jobs.sync)?.slice(3)).toEqual([
      ['Plan', 'success'],
      ['Apply only from the default branch', 'success'],
      ['Apply', 'success'],
    ]);
    expect(apply.result).toBe('success');
    expect(apply.jobs.sync?.summary).toContain('Synced 3 models to model\\_registry: 0 inserted, 1 updated, 2 unchanged');
    expect(await registryRows(bq)).toEqual(expectedRows(dir));
    expect(seeded).not.toEqual(expectedRows(dir));
    g.assertNoViolations();
  }, 120_000);

  it('claude-md-refresh: opens the PR on the fixed branch; a workflow_run re-run makes no commit; a failed sync skips the job', async () => {
    // No stand-in endpoints and no auth step: a Google read would hit the network guard.
    const dir = checkout(config());
    const g = await repo(dir);
    const refresh = (name: string, event: Record<string, unknown>) =>
      runWorkflow({
        ...options(g, dir, 'claude-md-refresh'),
        event: { name, payload: event },
        sha: g.state.headSha(),
        ref: 'refs/heads/main',
      });

    const first = await refresh('workflow_dispatch', payload('workflow_dispatch'));
    expect(steps(first.jobs.refresh)).toEqual([
      [CHECKOUT, 'success'],
      ['Fetch the model-governance action', 'success'],
      ['Refresh the MODEL block', 'success'],
    ]);
    expect(first.result).toBe('success');
    const head = g.state.headSha(BRANCH);
    expect(g.state.commits.get(head)?.parents).toEqual([g.state.headSha()]);
    // One commit built with the Git Database API, then the branch created on it in one ref write.
    expect(writes(g.requests).map((r) => r.operationId)).toEqual([
      'git/create-blob',
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
      'pulls/create',
    ]);
    const [pr] = g.state.pulls;
    expect(g.state.pulls).toHaveLength(1);
    expect(pr).toMatchObject({ state: 'open', pull: { head: BRANCH, base: 'main' } });
    expect(g.state.file('CLAUDE.md', BRANCH)).toContain('| Training | 2025-11-02 to 2026-01-08 |');
    expect(first.outputs).toEqual({ 'pull-request-url': `https://github.com/${REPOSITORY}/pull/${pr?.number}` });

    // After a successful sync on main (workflow_run): the branch already holds the block, so nothing is written.
    const afterSync = payload('workflow_run', 'completed');
    (afterSync.workflow_run as Record<string, unknown>).conclusion = 'success';
    const before = g.requests.length;
    const second = await refresh('workflow_run', afterSync);
    expect(second.result).toBe('success');
    expect(writes(g.requests.slice(before))).toEqual([]);
    expect(g.state.headSha(BRANCH)).toBe(head);
    expect(second.outputs).toEqual(first.outputs);

    // A sync that failed: the job-level if skips everything, so GitHub hears nothing.
    (afterSync.workflow_run as Record<string, unknown>).conclusion = 'failure';
    const seen = g.requests.length;
    const third = await refresh('workflow_run', afterSync);
    expect(third.result).toBe('skipped');
    expect(g.requests.length).toBe(seen);
    expect(third.jobs.refresh?.steps).toEqual([]);
    expect(third.outputs).toEqual({ 'pull-request-url': '' });
    g.assertNoViolations();
  }, 120_000);
});

describe('the local runner refuses what would break on GitHub', () => {
  const WITH_LINE = '          fail-on: $' + '{{ inputs.fail-on }}';
  it.each([
    [
      'a with: key the action does not declare',
      'pr-check',
      WITH_LINE,
      WITH_LINE.replace('fail-on:', 'fail-onn:'),
      /unexpected input\(s\) 'fail-onn'/,
    ],
    // The Apply step is skipped on a dry run, and still checked.
    [
      'a misspelled key in a step this run skips',
      'sync',
      "dry-run: 'false'",
      "dry_run: 'false'",
      /steps\[5\] "Apply" \(uses: .*unexpected input\(s\) 'dry_run'/,
    ],
    [
      'an input the workflow does not declare',
      'pr-check',
      WITH_LINE,
      WITH_LINE.replace('inputs.fail-on', 'inputs.fail_on'),
      /inputs\.fail_on is not defined/,
    ],
    [
      'an output the action does not declare',
      'pr-check',
      'steps.governance.outputs.error-count',
      'steps.governance.outputs.errors',
      /steps\.governance\.outputs\.errors is not an output of the action/,
    ],
    [
      'a step id that does not exist',
      'pr-check',
      'steps.governance.outputs.ok',
      'steps.governanc.outputs.ok',
      /steps\.governanc is not an earlier step/,
    ],
    ['an unsupported function', 'pr-check', 'inputs.mode }}', 'toJSON(inputs.mode) }}', /unsupported function toJSON\(\)/],
  ])('%s (%s)', async (_what, name, from, to, message) => {
    const text = readFileSync(workflow(name), 'utf8');
    expect(text).toContain(from);
    const file = join(mkdtempSync(join(tmpdir(), 'mg-wf-bad-')), `${name}.yml`);
    writeFileSync(file, text.replace(from, to));
    await expect(
      runWorkflow({
        workflow: file,
        workspace: checkout(config()),
        action,
        repository: REPOSITORY,
        token: WRITE_TOKEN,
        apiUrl: 'http://127.0.0.1:9',
        event: { name: 'workflow_dispatch', payload: payload('workflow_dispatch') },
        sha: 'f'.repeat(40),
        ref: 'refs/heads/main',
        inputs: name === 'sync' ? WIF : {},
      }),
    ).rejects.toThrow(message);
  });
});
