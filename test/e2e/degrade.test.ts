// When GitHub refuses or fails: a fork's read-only token, a 403 on a same-repo PR, a 5xx and a secondary rate
// limit that the retry and throttling plugins absorb, and a failure that stays (exit 3, summary still written).
import { writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../helpers/cli.js';
import { type FakeGitHub, READ_TOKEN, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, positionOf, repoFiles, withBadModels } from './repo.js';
import { pullRequestEvent, runAction, writes } from './runner.js';

const REPOSITORY = 'Codertocat/Hello-World';
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A PR adding three badly named models; the check runs with `token`. */
const setup = async (): Promise<{
  ws: Workspace;
  gh: FakeGitHub;
  manifest: string;
  run: (token: string, fork?: boolean) => ReturnType<typeof runAction>;
}> => {
  const ws = checkout();
  const base = repoFiles(ws);
  const fake = await fakeRepo('Codertocat', 'Hello-World', base);
  gh = fake;
  const baseSha = fake.state.headSha();
  const manifest = withBadModels(base['manifest.json'] as string, 3);
  writeFileSync(ws.manifest, manifest);
  const pr = await openPull(fake, { 'manifest.json': manifest });
  const run = (token: string, fork = false) =>
    runAction(entry, {
      cwd: ws.dir,
      gh: fake,
      repository: REPOSITORY,
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head, fork }),
      sha: pr.head,
      inputs: { mode: 'lint-filenames', config: ws.config, report: 'checks,comment,summary', 'github-token': token },
    });
  return { ws, gh: fake, manifest, run };
};

const commandFor = (stdout: string, file: string, line: number, column: number): string | undefined =>
  stdout
    .split('\n')
    .find((l) => l.startsWith('::error ') && l.includes(`file=${file}`) && l.includes(`line=${line},`) && l.includes(`col=${column}`));

describe('degraded reporting', () => {
  it('fork PR with a read-only token: workflow-command annotations and the summary, no writes, exit by findings', async () => {
    const s = await setup();
    const r = await s.run(READ_TOKEN, true);
    expect(r.code).toBe(1);
    expect(writes(r.requests)).toEqual([]);
    const at = positionOf(s.manifest, '"bad_model_1.cbm"');
    expect(commandFor(r.stdout, 'manifest.json', at.line, at.column)).toContain('bad_model_1.cbm does not match the naming convention');
    // Pre-existing findings come through as notices.
    expect(r.stdout).toMatch(/^::notice .*pre-existing on the base branch: catboost_v9_33f_train20251102/m);
    expect(r.summary).toContain('Pull request from a fork');
    expect(r.summary).toContain('bad\\_model\\_1.cbm');
    expect(r.outputs['error-count']).toBe('3');
    expect(s.gh.state.checkRuns).toEqual([]);
    expect(s.gh.state.comments).toEqual([]);
    s.gh.assertNoViolations();
  }, 60_000);

  it('a 403 on a same-repo PR (a token without write permission) degrades instead of crashing', async () => {
    const s = await setup();
    const r = await s.run(READ_TOKEN);
    expect(r.code).toBe(1);
    expect(r.requests.filter((q) => q.status === 403).map((q) => q.operationId)).toEqual(['checks/create', 'issues/create-comment']);
    expect(r.stdout).toContain('::warning::Check runs: the token may not write here (403)');
    const at = positionOf(s.manifest, '"bad_model_2.cbm"');
    expect(commandFor(r.stdout, 'manifest.json', at.line, at.column)).toBeDefined();
    expect(r.summary).toContain('PR comment: not written, the token may not write here (403)');
    s.gh.assertNoViolations();
  }, 60_000);

  it('a 500 and a secondary rate limit are retried: one check run, one comment', async () => {
    const s = await setup();
    s.gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', status: 500 });
    s.gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502 });
    s.gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', kind: 'secondary-rate-limit' });
    const r = await s.run(WRITE_TOKEN);
    expect(r.code).toBe(1);
    const statuses = (op: string) => r.requests.filter((q) => q.operationId === op).map((q) => q.status);
    expect(statuses('checks/create')).toEqual([500, 201]);
    expect(statuses('issues/create-comment')).toEqual([502, 201]);
    expect(statuses('pulls/list-files')).toEqual([403, 200]);
    expect(r.stdout).toContain('secondary rate limit');
    expect(s.gh.state.checkRuns).toHaveLength(1);
    expect(s.gh.state.comments).toHaveLength(1);
    s.gh.assertNoViolations();
  }, 60_000);

  it('a failure left after the retries exits 3, and the check run and the summary are still written', async () => {
    const s = await setup();
    s.gh.fault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 404,
      times: Number.POSITIVE_INFINITY,
    });
    const r = await s.run(WRITE_TOKEN);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/::error::reporting to GitHub failed: GitHub create the PR comment failed: 404/);
    expect(s.gh.state.checkRuns).toHaveLength(1);
    expect(r.summary).toContain('PR comment: failed');
    expect(r.summary).toContain('bad\\_model\\_0.cbm');
    s.gh.assertNoViolations();
  }, 60_000);
});
