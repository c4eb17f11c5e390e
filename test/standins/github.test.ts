// Self-test of the fake GitHub: the real Octokit (from @actions/github, with the retry and throttling
// plugins) against the server over HTTP.
import { createHash } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, openapiStats, READ_TOKEN, startGitHub, WRITE_TOKEN } from './github/index.js';
import { matchOperation, validateResponse } from './github/openapi.js';

const repo = { owner: 'owner', repo: 'repo' };
const MARKER = '<!-- model-governance:report -->';
let gh: FakeGitHub;

const client = (token = WRITE_TOKEN) => getOctokit(token, { baseUrl: gh.url });
const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status?: number }) => e.status,
  );
const gitBlobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

beforeEach(async () => {
  gh = await startGitHub({
    files: { 'models.yaml': 'models:\n  a: 1\n', 'docs/CLAUDE.md': '# Models\n' },
    tokens: {
      [WRITE_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'write' },
      [READ_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'read' },
      'pat-user': { login: 'octocat', type: 'User', permissions: 'write' },
    },
  });
});

afterEach(async () => {
  await gh.close();
});

afterAll(() => {
  const { loadMs, compiled, compileMs } = openapiStats;
  console.log(`openapi: spec load ${loadMs.toFixed(0)} ms; ${compiled} validators compiled in ${compileMs.toFixed(0)} ms`);
});

describe('fake GitHub', () => {
  it('serves repository metadata and file contents with git blob shas', async () => {
    const octokit = client();
    const { data: meta } = await octokit.rest.repos.get(repo);
    expect(meta.default_branch).toBe('main');
    expect(meta.permissions?.push).toBe(true);

    const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'models.yaml', ref: 'main' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('models:\n  a: 1\n');
    expect(data.sha).toBe(gitBlobSha('models:\n  a: 1\n'));

    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'docs' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => e.path)).toEqual(['docs/CLAUDE.md']);
    expect(await status(octokit.rest.repos.getContent({ ...repo, path: 'missing.txt' }))).toBe(404);
    expect(await status(octokit.rest.repos.getContent({ ...repo, path: 'models.yaml', ref: 'nope' }))).toBe(404);
    const raw = await octokit.rest.repos.getContent({ ...repo, path: 'models.yaml', mediaType: { format: 'raw' } });
    expect(raw.data).toBe('models:\n  a: 1\n');
    gh.assertNoViolations();
  });

  it('PUT contents is compare-and-swap on the blob sha', async () => {
    const octokit = client();
    const put = (content: string, sha?: string, branch?: string) =>
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'models.yaml',
        message: 'update models',
        content: Buffer.from(content).toString('base64'),
        ...(sha ? { sha } : {}),
        ...(branch ? { branch } : {}),
      });
    const before = gh.state.headSha();
    const first = await put('v2\n', gitBlobSha('models:\n  a: 1\n'));
    expect(first.status).toBe(200);
    expect(first.data.content?.sha).toBe(gitBlobSha('v2\n'));
    expect(first.data.commit.parents?.[0]?.sha).toBe(before);
    expect(gh.state.file('models.yaml')).toBe('v2\n');
    expect(gh.state.headSha()).toBe(first.data.commit.sha);

    await expect(put('v3\n', gitBlobSha('models:\n  a: 1\n'))).rejects.toMatchObject({ status: 409 });
    await expect(put('v3\n')).rejects.toMatchObject({ status: 422 });
    expect(gh.state.file('models.yaml')).toBe('v2\n');

    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'new/file.txt',
      message: 'add',
      content: Buffer.from('hi').toString('base64'),
    });
    expect(created.status).toBe(201);
    expect(await status(put('x', undefined, 'no-such-branch'))).toBe(404);
    gh.assertNoViolations();
  });

  it('creates, moves and deletes git refs', async () => {
    const octokit = client();
    const main = gh.state.headSha();
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: main });
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: 'heads/feature/x' });
    expect(ref.object.sha).toBe(main);
    expect(await status(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: main }))).toBe(422);

    const next = gh.state.commit('main', { 'a.txt': 'a' }).sha;
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/x', sha: next });
    expect(await status(octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/x', sha: main }))).toBe(422);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/x', sha: main, force: true });
    expect(gh.state.refs.get('heads/feature/x')).toBe(main);

    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature/x' });
    expect(await status(octokit.rest.git.getRef({ ...repo, ref: 'heads/feature/x' }))).toBe(404);
    gh.assertNoViolations();
  });

  it('builds a commit from blobs, a tree over base_tree and a commit, with git blob shas', async () => {
    const octokit = client();
    const main = gh.state.headSha();
    const bytes = Buffer.from([0x23, 0xe9, 0x80, 0x00, 0xff, 0x0a]);
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: bytes.toString('base64'), encoding: 'base64' });
    expect(blob.sha).toBe(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'));
    const { data: text } = await octokit.rest.git.createBlob({ ...repo, content: 'é\n' });
    expect(text.sha).toBe(gitBlobSha('é\n'));

    const { data: head } = await octokit.rest.git.getCommit({ ...repo, commit_sha: main });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: head.tree.sha,
      tree: [
        { path: 'docs/CLAUDE.md', mode: '100644', type: 'blob', sha: blob.sha },
        { path: 'new/deep/file.txt', mode: '100644', type: 'blob', content: 'inline\n' },
        { path: 'models.yaml', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.tree.map((e) => [e.path, e.type])).toEqual([
      ['docs', 'tree'],
      ['new', 'tree'],
    ]);
    const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message: 'm', tree: tree.sha, parents: [main] });
    expect(commit.parents.map((p) => p.sha)).toEqual([main]);
    expect(commit.author.name).toBe('github-actions[bot]');
    expect(gh.state.refs.get('heads/main')).toBe(main);
    expect(gh.state.fileBytes('docs/CLAUDE.md', commit.sha)).toEqual(bytes);
    expect(gh.state.files(commit.sha)).toMatchObject({ 'new/deep/file.txt': 'inline\n' });
    expect(gh.state.file('models.yaml', commit.sha)).toBeUndefined();
    expect((await octokit.rest.git.getCommit({ ...repo, commit_sha: commit.sha })).data.tree.sha).toBe(tree.sha);

    // A tree entry grafts a stored tree; unknown shas are refused.
    const docs = tree.tree.find((e) => e.path === 'docs')?.sha as string;
    const { data: graft } = await octokit.rest.git.createTree({
      ...repo,
      tree: [{ path: 'copy', mode: '040000', type: 'tree', sha: docs }],
    });
    expect([...(gh.state.trees.get(graft.sha)?.keys() ?? [])]).toEqual(['copy/CLAUDE.md']);
    const nothing = '0'.repeat(40);
    expect(await status(octokit.rest.git.createTree({ ...repo, base_tree: nothing, tree: [] }))).toBe(422);
    expect(await status(octokit.rest.git.createTree({ ...repo, tree: [{ path: 'a', mode: '100644', type: 'blob', sha: nothing }] }))).toBe(
      422,
    );
    expect(await status(octokit.rest.git.createCommit({ ...repo, message: 'm', tree: nothing, parents: [main] }))).toBe(422);
    expect(await status(octokit.rest.git.createCommit({ ...repo, message: 'm', tree: tree.sha, parents: [nothing] }))).toBe(422);
    expect(await status(octokit.rest.git.getCommit({ ...repo, commit_sha: nothing }))).toBe(404);
    gh.assertNoViolations();
  });

  it('refuses a second open pull request for the same head', async () => {
    const octokit = client();
    gh.state.createBranch('sync');
    gh.state.commit('sync', { 'models.yaml': 'changed\n' });
    const pr = { ...repo, title: 'Sync', head: 'sync', base: 'main', body: 'body' };
    const { data: created } = await octokit.rest.pulls.create(pr);
    expect(created.number).toBe(1);
    await expect(octokit.rest.pulls.create(pr)).rejects.toThrow(/A pull request already exists/);

    const found = await octokit.rest.pulls.list({ ...repo, head: 'owner:sync', state: 'open' });
    expect(found.data.map((p) => p.number)).toEqual([1]);
    const files = await octokit.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(files.data.map((f) => [f.filename, f.status])).toEqual([['models.yaml', 'modified']]);

    await octokit.rest.pulls.update({ ...repo, pull_number: 1, state: 'closed', title: 'Sync (old)' });
    expect(gh.state.pulls[0]?.state).toBe('closed');
    expect((await octokit.rest.pulls.list({ ...repo, head: 'owner:sync' })).data).toEqual([]);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data.title).toBe('Sync (old)');
    gh.assertNoViolations();
  });

  it('rejects 60 annotations in one request and accepts them in batches of 50', async () => {
    const octokit = client();
    const annotations = Array.from({ length: 60 }, (_, i) => ({
      path: 'models.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `problem ${i}`,
    }));
    const head_sha = gh.state.headSha();
    const output = (batch: typeof annotations) => ({ title: 'Model governance', summary: 'drift', annotations: batch });

    const tooMany = octokit.rest.checks.create({ ...repo, name: 'governance', head_sha, output: output(annotations) });
    await expect(tooMany).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations().join('\n')).toMatch(/annotations must NOT have more than 50 items/);
    expect(gh.state.checkRuns).toHaveLength(0);

    const { data: run } = await octokit.rest.checks.create({
      ...repo,
      name: 'governance',
      head_sha,
      status: 'in_progress',
      output: output(annotations.slice(0, 50)),
    });
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: 'failure',
      output: output(annotations.slice(50)),
    });
    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, { ...repo, check_run_id: run.id, per_page: 50 });
    expect(listed.map((a) => a.message)).toEqual(annotations.map((a) => a.message));
    expect(gh.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });

    const runs = await octokit.rest.checks.listForRef({ ...repo, ref: 'main', check_name: 'governance' });
    expect(runs.data.total_count).toBe(1);
    expect(runs.data.check_runs[0]?.output.annotations_count).toBe(60);

    const longSummary = octokit.rest.checks.update({ ...repo, check_run_id: run.id, output: { title: 't', summary: 'x'.repeat(65536) } });
    await expect(longSummary).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations().join('\n')).toMatch(/summary must NOT have more than 65535 characters/);
    gh.assertNoViolations();
  });

  it('keeps one sticky comment among more than 100, found by paginating', async () => {
    const octokit = client();
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'Drift', labels: ['model-governance'] });
    for (let i = 0; i < 120; i++) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: i === 110 ? `${MARKER}\nold` : `noise ${i}` });
    }
    const before = gh.requests.length;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue.number, per_page: 100 });
    expect(gh.requests.length - before).toBe(2);
    expect(comments).toHaveLength(120);
    const sticky = comments.find((c) => c.body?.startsWith(MARKER));
    if (!sticky) throw new Error('sticky comment not found');
    expect(sticky.user?.login).toBe('github-actions[bot]');
    expect(sticky.user?.type).toBe('Bot');
    await octokit.rest.issues.updateComment({ ...repo, comment_id: sticky.id, body: `${MARKER}\nnew` });

    const withMarker = gh.state.comments.filter((c) => c.body.includes(MARKER));
    expect(withMarker.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
    const tooLong = octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'x'.repeat(65537) });
    await expect(tooLong).rejects.toMatchObject({ status: 422 });

    const open = await octokit.rest.issues.listForRepo({
      ...repo,
      labels: 'model-governance',
      state: 'open',
      creator: 'github-actions[bot]',
    });
    expect(open.data.map((i) => i.number)).toEqual([issue.number]);
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: sticky.id });
    expect(gh.state.commentsOn(issue.number)).toHaveLength(119);
    gh.assertNoViolations();
  });

  it('octokit.paginate walks every page through the Link header', async () => {
    const octokit = client();
    for (let i = 0; i < 65; i++) gh.state.ensureLabel(`label-${i}`);
    const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, repo);
    expect(labels).toHaveLength(65);
    expect(gh.count('issues/list-labels-for-repo')).toBe(3);
    await octokit.rest.issues.createLabel({ ...repo, name: 'extra', color: 'ff0000' });
    expect(await status(octokit.rest.issues.createLabel({ ...repo, name: 'extra' }))).toBe(422);
    gh.assertNoViolations();
  });

  it('enforces tokens: read-only gets 403 on writes, unknown gets 401, installation tokens cannot read /user', async () => {
    const readOnly = client(READ_TOKEN);
    await readOnly.rest.repos.get(repo);
    await expect(readOnly.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(gh.state.issues).toHaveLength(0);
    expect(await status(client('ghp_unknown').rest.repos.get(repo))).toBe(401);
    expect(await status(client().rest.users.getAuthenticated())).toBe(403);
    expect((await client('pat-user').rest.users.getAuthenticated()).data.login).toBe('octocat');
    expect(await status(client('pat-user').rest.checks.create({ ...repo, name: 'n', head_sha: gh.state.headSha() }))).toBe(403);
    gh.assertNoViolations();
  });

  it('lets the retry plugin recover from a 500 and a reset connection', async () => {
    const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url, retry: { retryAfterBaseValue: 1 } } as never, retry);
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 500 });
    const { data } = await octokit.rest.issues.create({ ...repo, title: 'after a 500' });
    expect(data.number).toBe(1);
    expect(gh.requests.map((r) => r.status)).toEqual([500, 201]);

    gh.fault({ path: /\/issues\/1$/, reset: true });
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.title).toBe('after a 500');
    expect(gh.count('issues/get')).toBe(2);
    gh.assertNoViolations();
  });

  it('secondary rate limits reach the throttling plugin, which retries after retry-after', async () => {
    const waits: number[] = [];
    const octokit = getOctokit(
      WRITE_TOKEN,
      {
        baseUrl: gh.url,
        throttle: {
          onRateLimit: () => false,
          onSecondaryRateLimit: (after: number) => {
            waits.push(after);
            return true;
          },
        },
      } as never,
      throttling,
    );
    gh.fault({ kind: 'secondary-rate-limit', path: '/repos/owner/repo' });
    expect((await octokit.rest.repos.get(repo)).data.name).toBe('repo');
    expect(waits).toEqual([1]);

    gh.fault({ status: 429, times: Number.POSITIVE_INFINITY });
    expect(await status(client().rest.repos.get(repo))).toBe(429);
    expect(await status(client().rest.repos.get(repo))).toBe(429);
    gh.clearFaults();
    expect(await status(client().rest.repos.get(repo))).toBe(200);
  });

  it('can send a truncated JSON body, which Octokit hands back as a string', async () => {
    gh.fault({ malformed: true });
    const { data } = await client().rest.repos.get(repo);
    expect(typeof data).toBe('string');
  });

  it('applies fixed latency', async () => {
    gh.setLatency(50);
    const t = performance.now();
    await client().rest.repos.get(repo);
    expect(performance.now() - t).toBeGreaterThanOrEqual(45);
  });

  it('records requests and responses that do not match the OpenAPI description', async () => {
    const octokit = client();
    // Wrong type in the body: GitHub answers 422 and the violation is recorded.
    const bad = octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'x',
      labels: 'not-an-array' as unknown as string[],
    });
    await expect(bad).rejects.toMatchObject({ status: 422 });
    // A misspelt parameter GitHub would silently ignore.
    await octokit
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, body: 'x', bdy: 'y' })
      .catch(() => {});
    // A route GitHub does not have.
    expect(await status(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', repo))).toBe(404);
    const seen = gh.takeViolations().join('\n');
    expect(seen).toMatch(/POST \/repos\/owner\/repo\/issues: body\/labels must be array/);
    expect(seen).toMatch(/body property "bdy" is not in the spec/);
    expect(seen).toMatch(/no operation in GitHub's OpenAPI description matches GET/);
    expect(() => gh.assertNoViolations()).not.toThrow();
    gh.violations.push('synthetic');
    expect(() => gh.assertNoViolations()).toThrow(/synthetic/);
  });

  it('serves the remaining endpoints in documented shapes', async () => {
    const octokit = client();
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'Drift', body: 'b' });
    await octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['drift'] });
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' });
    const got = await octokit.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(got.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', labels: [{ name: 'drift' }] });
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'drift' })).data.color).toBe('ededed');
    expect((await octokit.rest.issues.listForRepo({ ...repo, state: 'open' })).data).toEqual([]);

    const sha = gitBlobSha('# Models\n');
    await octokit.rest.repos.deleteFile({ ...repo, path: 'docs/CLAUDE.md', message: 'rm', sha });
    expect(gh.state.file('docs/CLAUDE.md')).toBeUndefined();

    const { data: run } = await octokit.rest.checks.create({ ...repo, name: 'a', head_sha: gh.state.headSha(), conclusion: 'success' });
    await octokit.rest.checks.create({ ...repo, name: 'a', head_sha: gh.state.headSha(), conclusion: 'failure' });
    expect((await octokit.rest.checks.get({ ...repo, check_run_id: run.id })).data.conclusion).toBe('success');
    const latest = await octokit.paginate(octokit.rest.checks.listForRef, { ...repo, ref: gh.state.headSha() });
    expect(latest.map((r) => r.conclusion)).toEqual(['failure']);
    const all = await octokit.rest.checks.listForRef({ ...repo, ref: 'main', filter: 'all' });
    expect(all.data.total_count).toBe(2);
    gh.assertNoViolations();
  });

  it('checks response bodies against the documented schema for the status', () => {
    const match = matchOperation('GET', '/repos/o/r/issues/comments/7');
    expect(match?.op.id).toBe('issues/get-comment');
    expect(match?.params).toEqual({ owner: 'o', repo: 'r', comment_id: '7' });
    if (!match) return;
    const problems = validateResponse(match.op, 200, { id: 'seven', body: 'x' }, 'application/json');
    expect(problems.join('\n')).toMatch(/response 200\/id must be integer/);
    expect(problems.join('\n')).toMatch(/must have required property 'node_id'/);
    expect(validateResponse(match.op, 201, {}, 'application/json')).toEqual([expect.stringMatching(/status 201 is not documented/)]);
    expect(matchOperation('GET', '/repos/o/r/contents/models/a%2Fb.json')?.params.path).toBe('models/a/b.json');
    expect(matchOperation('GET', '/repos/o/r/contents/models/a.json')?.params.path).toBe('models/a.json');
    expect(matchOperation('GET', '/repos/o/r/issues/comments')?.op.id).toBe('issues/list-comments-for-repo');
  });
});
