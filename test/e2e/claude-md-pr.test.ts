// The CLAUDE.md refresh PR end to end from the bundle: opened on the fixed branch with only the block changed (the
// file's CRLF line endings kept), untouched on a re-run, rebuilt when the default branch moves (one commit built with
// the Git Database API, then one ref write, so the branch never points at the default head), closed once the default
// branch is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refreshed } from '../helpers/claude-md.js';
import { workspace } from '../helpers/cli.js';
import { type FakeGitHub, READ_TOKEN, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { fakeRepo } from './repo.js';
import { example, runAction, scheduleEvent, writes } from './runner.js';

const BRANCH = 'model-governance/claude-md';
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('CLAUDE.md refresh PR', () => {
  it('opens the PR, makes no second commit, follows the default branch, and closes it once current', async () => {
    // The checkout of the default branch, with the examples' relative config, as the refresh workflow runs it.
    const ws = workspace();
    const crlf = readFileSync(ws.claudeMd, 'utf8').replaceAll('\n', '\r\n');
    writeFileSync(ws.claudeMd, crlf);
    const manifest = readFileSync(ws.manifest, 'utf8');
    gh = await fakeRepo('octo-org', 'octo-repo', {
      'manifest.json': manifest,
      'model-governance.yml': readFileSync(`${ws.dir}/model-governance.yml`, 'utf8'),
      'CLAUDE.md': crlf,
    });
    const dispatch = example('workflow_dispatch');
    const run = (event: 'workflow_dispatch' | 'schedule') =>
      runAction(entry, {
        cwd: ws.dir,
        gh: gh as FakeGitHub,
        repository: 'octo-org/octo-repo',
        eventName: event,
        event: event === 'schedule' ? scheduleEvent(dispatch.repository as Record<string, unknown>) : dispatch,
        sha: (gh as FakeGitHub).state.headSha(),
        inputs: { mode: 'claude-md', config: 'model-governance.yml', report: 'pr,summary', 'github-token': WRITE_TOKEN },
      });

    // Every value the branch takes, as the fake's model of the repository sees it.
    const branchValues: string[] = [];
    const refs = gh.state.refs;
    const set = refs.set.bind(refs);
    refs.set = (k, v) => {
      if (k === `heads/${BRANCH}`) branchValues.push(v);
      return set(k, v);
    };
    const writeOps = (r: { requests: Parameters<typeof writes>[0] }) => writes(r.requests).map((q) => q.operationId);

    const first = await run('workflow_dispatch');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const main1 = gh.state.headSha();
    const head1 = gh.state.headSha(BRANCH);
    expect(gh.state.commits.get(head1)?.parents).toEqual([main1]);
    expect(writeOps(first)).toEqual(['git/create-blob', 'git/create-tree', 'git/create-commit', 'git/create-ref', 'pulls/create']);
    expect(branchValues).toEqual([head1]);
    const expected = refreshed(Buffer.from(crlf), manifest);
    expect(gh.state.fileBytes('CLAUDE.md', BRANCH)?.equals(expected)).toBe(true);
    expect(expected.toString().replaceAll('\r\n', '')).not.toContain('\n');
    const [pr] = gh.state.pulls;
    expect(pr).toMatchObject({ state: 'open', pull: { head: BRANCH, base: 'main' } });
    expect(pr?.body).toContain('```diff');
    expect(pr?.body).toContain('+| Model File | `catboost_v9_33features_20260201_011018.cbm` |');
    expect(first.outputs['pull-request-url']).toBe(`https://github.com/octo-org/octo-repo/pull/${pr?.number}`);
    // The summary line is text from a report: its reference is neutralised (a joiner after the #), its URL kept.
    expect(first.summary).toContain(`opened PR #\u200d${pr?.number} (${first.outputs['pull-request-url']})`);
    // The workspace is never rewritten.
    expect(readFileSync(ws.claudeMd, 'utf8')).toBe(crlf);

    // Running again: the branch already holds these bytes and the PR this body, so nothing is written.
    const second = await run('schedule');
    expect(second.code).toBe(0);
    expect(writes(second.requests)).toEqual([]);
    expect(gh.state.headSha(BRANCH)).toBe(head1);

    // The default branch edits CLAUDE.md outside the block: the branch is rebuilt on it with one new commit.
    const edited = `${crlf}\r\n3. Keep this line.\r\n`;
    const main2 = gh.state.commit('main', { 'CLAUDE.md': edited }).sha;
    const commits = gh.state.commits.size;
    const third = await run('schedule');
    expect(third.code).toBe(0);
    const head3 = gh.state.headSha(BRANCH);
    expect(gh.state.commits.get(head3)?.parents).toEqual([main2]);
    expect(gh.state.commits.size).toBe(commits + 1);
    // The block's diff, hence the PR body, is the same: only the branch moves.
    expect(writeOps(third)).toEqual(['git/create-blob', 'git/create-tree', 'git/create-commit', 'git/update-ref']);
    // The open PR's head moved straight from the old commit to the new one, never onto main.
    expect(branchValues).toEqual([head1, head3]);
    expect(gh.state.fileBytes('CLAUDE.md', BRANCH)?.equals(refreshed(Buffer.from(edited), manifest))).toBe(true);
    expect(gh.state.pulls).toHaveLength(1);

    // Merged: the default branch is current, so the PR is closed with a comment.
    gh.state.commit('main', { 'CLAUDE.md': gh.state.fileBytes('CLAUDE.md', BRANCH) as Buffer });
    const fourth = await run('workflow_dispatch');
    expect(fourth.code).toBe(0);
    expect(gh.state.pulls[0]?.state).toBe('closed');
    expect(gh.state.commentsOn(pr?.number ?? 0).map((c) => c.body)).toEqual([
      expect.stringMatching(/^The MODEL block on `main` is current/),
    ]);
    console.log(`claude-md PR runs: ${[first, second, third, fourth].map((r) => `${r.ms.toFixed(0)} ms`).join(', ')}`);
    gh.assertNoViolations();
  }, 120_000);

  it('with a token that may not write, checks the block instead of failing on the 403', async () => {
    const ws = workspace();
    gh = await fakeRepo('octo-org', 'octo-repo', {
      'CLAUDE.md': readFileSync(ws.claudeMd, 'utf8'),
      'manifest.json': readFileSync(ws.manifest, 'utf8'),
    });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: 'octo-org/octo-repo',
      eventName: 'workflow_dispatch',
      event: example('workflow_dispatch'),
      sha: gh.state.headSha(),
      inputs: { mode: 'claude-md', config: 'model-governance.yml', report: 'pr,summary', 'github-token': READ_TOKEN },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::warning::CLAUDE.md PR: the token may not write here (403); checking the block instead.');
    expect(r.stdout).toMatch(/^::error title=claude-md%3A claude-md.stale,file=CLAUDE.md,line=5,col=1::/m);
    expect(r.summary).toContain('CLAUDE.md PR: not opened');
    expect(gh.state.pulls).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);
});
