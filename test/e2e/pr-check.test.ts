// The PR check end to end from the bundle: check runs with annotations in batches, one sticky comment edited in
// place, the baseline, and a re-run that writes nothing.
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, positionOf, repoFiles, withBadModels } from './repo.js';
import { example, pullRequestEvent, runAction, writes } from './runner.js';

const REPOSITORY = 'Codertocat/Hello-World';
const MARKER = '<!-- model-governance:comment -->';
const MODES = ['lint-filenames', 'duplicate', 'claude-md', 'drift'];
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const inputs = (config: string, token = WRITE_TOKEN) => ({
  mode: MODES.join(','),
  config,
  report: 'checks,comment,summary',
  'github-token': token,
});

describe('PR check', () => {
  it('reports check runs with annotations and one comment, edits it on a push, and writes nothing on a re-run', async () => {
    const ws = checkout();
    const base = repoFiles(ws);
    gh = await fakeRepo('Codertocat', 'Hello-World', base);
    const baseSha = gh.state.headSha();
    // The PR adds 60 models whose filenames break the convention.
    const manifest = withBadModels(base['manifest.json'] as string, 60);
    writeFileSync(ws.manifest, manifest);
    const pr = await openPull(gh, { 'manifest.json': manifest });
    const run = (headSha: string, action: 'opened' | 'synchronize') =>
      runAction(entry, {
        cwd: ws.dir,
        gh: gh as FakeGitHub,
        repository: REPOSITORY,
        eventName: 'pull_request',
        event: pullRequestEvent(action, { number: pr.number, baseSha, headSha }),
        sha: 'f'.repeat(40), // the merge commit; check runs must go on the head instead
        inputs: inputs(ws.config),
      });

    const first = await run(pr.head, 'opened');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const runs = gh.state.checkRuns;
    expect(runs.map((r) => r.name).sort()).toEqual(MODES.map((m) => `model-governance / ${m}`).sort());
    expect(runs.every((r) => r.headSha === pr.head && r.status === 'completed')).toBe(true);
    const lint = runs.find((r) => r.name === 'model-governance / lint-filenames');
    expect(lint?.conclusion).toBe('failure');
    // 60 new errors, plus the base's filename.window error and two legacy warnings, now notices.
    expect(lint?.annotations).toHaveLength(63);
    expect(lint?.annotations.filter((a) => a.annotation_level === 'failure')).toHaveLength(60);
    const at = positionOf(manifest, '"bad_model_7.cbm"');
    expect(lint?.annotations.find((a) => a.message.startsWith('bad_model_7.cbm'))).toMatchObject({
      path: 'manifest.json',
      start_line: at.line,
      end_line: at.line,
      start_column: at.column,
      title: 'filename.convention',
    });
    // 63 annotations: 50 with the create, 13 with one update.
    const lintId = lint?.id;
    expect(first.requests.filter((r) => r.operationId === 'checks/update' && r.path.endsWith(`/${lintId}`))).toHaveLength(1);
    // The stale CLAUDE.md block is already stale on the base branch: pre-existing, so it does not fail the PR.
    expect(runs.find((r) => r.name === 'model-governance / claude-md')?.conclusion).toBe('success');

    const comments = gh.state.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    const comment = comments[0];
    expect(comment?.body.startsWith(MARKER)).toBe(true);
    expect(comment?.body).toContain('pre-existing on the base branch');
    expect(comment?.body).toContain('<details><summary>60 errors');
    expect(comment?.body).toContain(`/runs/${lintId}`);
    expect(first.outputs.ok).toBe('false');
    expect(first.outputs['error-count']).toBe('120');
    expect(JSON.parse(first.outputs.findings ?? '')).toHaveLength(4);
    expect(first.summary).toContain('## model-governance');
    expect(first.summary).toContain('already present on the base branch');

    // A push fixes all but one name: the same comment is edited, new check runs go on the new head.
    const fixed = withBadModels(base['manifest.json'] as string, 1);
    writeFileSync(ws.manifest, fixed);
    const head2 = gh.state.commit('feature', { 'manifest.json': fixed }).sha;
    const second = await run(head2, 'synchronize');
    expect(second.code).toBe(1);
    expect(gh.state.commentsOn(pr.number).map((c) => c.id)).toEqual([comment?.id]);
    expect(gh.state.commentsOn(pr.number)[0]?.body).toContain(head2.slice(0, 7));
    expect(second.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(gh.state.checkRuns.filter((r) => r.headSha === head2)).toHaveLength(4);
    expect(second.outputs['error-count']).toBe('2');

    // Re-running the same commit changes nothing, so nothing is written.
    const third = await run(head2, 'synchronize');
    expect(third.code).toBe(1);
    expect(writes(third.requests)).toEqual([]);
    expect(gh.state.checkRuns.filter((r) => r.headSha === head2)).toHaveLength(4);
    console.log(`PR check runs: ${[first, second, third].map((r) => `${r.ms.toFixed(0)} ms`).join(', ')}`);
    gh.assertNoViolations();
  }, 180_000);

  it('passes at once with "nothing to check" when the PR touches no governed file, and posts no comment', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', { ...repoFiles(ws), 'README.md': '# repo\n' });
    const baseSha = gh.state.headSha();
    const pr = await openPull(gh, { 'README.md': '# repo, edited\n' });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: inputs(ws.config),
    });
    expect(r.code).toBe(0);
    expect(gh.state.checkRuns.map((c) => [c.name, c.conclusion, c.output.title])).toEqual(
      MODES.map((m) => [`model-governance / ${m}`, 'success', 'Nothing to check: this pull request changes no governed file']),
    );
    expect(gh.state.comments).toEqual([]);
    // Only the PR's file list was read: no base files, no baseline.
    expect(r.requests.filter((q) => q.operationId === 'repos/get-content')).toEqual([]);
    expect(r.outputs.ok).toBe('true');
    gh.assertNoViolations();
  }, 60_000);

  it('on a push, puts check runs on GITHUB_SHA and posts no comment', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', repoFiles(ws));
    const sha = gh.state.headSha();
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'push',
      event: example('push'),
      sha,
      inputs: { ...inputs(ws.config), mode: 'lint-filenames' },
    });
    // No PR, so no baseline: the examples' filename.window error counts.
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([
      ['model-governance / lint-filenames', sha, 'failure'],
    ]);
    expect(r.stdout).toContain('No PR comment: a push event has no pull request.');
    expect(gh.state.comments).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);

  it('rejects a bad input with exit 2 before touching GitHub, and still writes the summary', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', repoFiles(ws));
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'push',
      event: example('push'),
      sha: gh.state.headSha(),
      inputs: { ...inputs(ws.config), 'dry-run': 'ture' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error file=input dry-run::"ture" is not a boolean (true | false)');
    expect(r.summary).toContain('_No report: see the error above._');
    expect(r.requests).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);

  it('a summary-only step on a PR reports the files as they are, without calling GitHub (as ci.yml runs it)', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', repoFiles(ws));
    const baseSha = gh.state.headSha();
    const pr = await openPull(gh, { 'README.md': 'x\n' });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: {
        mode: 'lint-filenames',
        config: 'model-governance.yml',
        manifest: 'manifest.json',
        report: 'summary',
        'fail-on': 'never',
        'github-token': WRITE_TOKEN,
      },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.ok).toBe('false');
    expect(r.outputs['error-count']).toBe('1');
    expect(r.requests).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);

  it('baselines files found by globs: only those the base commit already has are pre-existing', async () => {
    const ws = checkout(['  globs: ["models/*.cbm", "*.cbm"]']);
    mkdirSync(join(ws.dir, 'models'));
    for (const f of ['models/old_bad.cbm', 'models/new_bad.cbm', 'root_bad.cbm']) writeFileSync(join(ws.dir, f), 'model bytes');
    gh = await fakeRepo('Codertocat', 'Hello-World', {
      ...repoFiles(ws),
      'models/old_bad.cbm': 'model bytes',
      'root_bad.cbm': 'model bytes',
    });
    const baseSha = gh.state.headSha();
    const pr = await openPull(gh, { 'models/new_bad.cbm': 'model bytes' });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: { ...inputs(ws.config), mode: 'lint-filenames', report: 'checks' },
    });
    expect(r.code).toBe(1);
    const levels = Object.fromEntries((gh.state.checkRuns[0]?.annotations ?? []).map((a) => [a.path, a.annotation_level]));
    expect(levels).toMatchObject({ 'models/new_bad.cbm': 'failure', 'models/old_bad.cbm': 'notice', 'root_bad.cbm': 'notice' });
    gh.assertNoViolations();
  }, 60_000);

  it('a PR that hand-edits an already stale block with false numbers fails: findings match on content, not code', async () => {
    const ws = checkout();
    const base = repoFiles(ws);
    gh = await fakeRepo('Codertocat', 'Hello-World', base);
    const baseSha = gh.state.headSha();
    // main's block is stale already (the window between a sync and the merge of the refresh PR).
    const edited = (base['CLAUDE.md'] as string)
      .replace('**71.2% hit rate**', '**99.9% hit rate**')
      .replace('| MAE | 4.82 |', '| MAE | 0.01 |');
    expect(edited).not.toBe(base['CLAUDE.md']);
    writeFileSync(ws.claudeMd, edited);
    const pr = await openPull(gh, { 'CLAUDE.md': edited });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: { ...inputs(ws.config), mode: 'claude-md,drift', report: 'checks' },
    });
    expect(r.code).toBe(1);
    for (const mode of ['claude-md', 'drift']) {
      const run = gh.state.checkRuns.find((c) => c.name === `model-governance / ${mode}`);
      expect(run?.conclusion, mode).toBe('failure');
      expect(run?.output.summary, mode).toContain('claude-md.stale');
    }
    // Annotated once per run, by the first mode that reports it.
    const annotated = gh.state.checkRuns.flatMap((c) =>
      c.annotations.filter((a) => a.title === 'claude-md.stale').map((a) => [c.name, a.annotation_level]),
    );
    expect(annotated).toEqual([['model-governance / claude-md', 'failure']]);
    gh.assertNoViolations();
  }, 60_000);

  it('checks a PR that changes only the target of a symlinked manifest (nothing to check is decided on resolved paths)', async () => {
    const ws = checkout();
    const files = repoFiles(ws);
    const manifest = files['manifest.json'] as string;
    // manifest.json -> models/current.json, in the checkout and (as git stores a link: its target as the blob) on GitHub.
    mkdirSync(join(ws.dir, 'models'));
    renameSync(ws.manifest, join(ws.dir, 'models', 'current.json'));
    symlinkSync('models/current.json', ws.manifest);
    gh = await fakeRepo('Codertocat', 'Hello-World', { ...files, 'manifest.json': 'models/current.json', 'models/current.json': manifest });
    const baseSha = gh.state.headSha();
    const bad = withBadModels(manifest, 1);
    writeFileSync(join(ws.dir, 'models', 'current.json'), bad);
    expect(readFileSync(ws.manifest, 'utf8')).toBe(bad);
    const pr = await openPull(gh, { 'models/current.json': bad });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: { ...inputs(ws.config), mode: 'lint-filenames', report: 'checks' },
    });
    const run = gh.state.checkRuns[0];
    expect(run?.output.title).not.toContain('Nothing to check');
    expect(run?.conclusion).toBe('failure');
    expect(run?.annotations.some((a) => a.message.startsWith('bad_model_0.cbm') && a.annotation_level === 'failure')).toBe(true);
    expect(r.code).toBe(1);
    gh.assertNoViolations();
  }, 60_000);
});
