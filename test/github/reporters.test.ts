// The reporters against the fake GitHub, in process: idempotent writes, races, and own-comment identification.
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-runs.js';
import { PR_BRANCH, publishPullRequest } from '../../src/github/claude-md-pr.js';
import { COMMENT_MARKER, upsertComment } from '../../src/github/comment.js';
import { DocOverlay } from '../../src/github/doc-overlay.js';
import { ISSUE_MARKER, publishDriftIssue } from '../../src/github/drift-issue.js';
import { whoAmI } from '../../src/github/identity.js';
import type { Client } from '../../src/github/octokit.js';
import { type FakeGitHub, READ_TOKEN, startGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { finding, report } from './fixtures.js';

const PAT = 'ghp_patOfOctocat';
let gh: FakeGitHub;
let saved: string | undefined;

beforeEach(async () => {
  saved = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = process.cwd();
  gh = await startGitHub({
    files: { 'CLAUDE.md': '# Notes\n<!-- model-governance:begin -->\nold\n<!-- model-governance:end -->\n' },
    tokens: {
      [WRITE_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'write' },
      [READ_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'read' },
      'other-app': { login: 'other-app[bot]', type: 'Bot', permissions: 'write' },
      [PAT]: { login: 'octocat', type: 'User', permissions: 'write' },
      'human-token': { login: 'human', type: 'User', permissions: 'write' },
    },
  });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

const client = (token = WRITE_TOKEN): Client => ({ octokit: getOctokit(token, { baseUrl: gh.url }), owner: 'owner', repo: 'repo' });
const issue = async (): Promise<number> =>
  (await client().octokit.rest.issues.create({ owner: 'owner', repo: 'repo', title: 'PR' })).data.number;
const comment = (token: string, n: number, body: string) =>
  client(token).octokit.rest.issues.createComment({ owner: 'owner', repo: 'repo', issue_number: n, body });

describe('sticky comment', () => {
  it('finds ours beyond the first page, ignores a person quoting the marker, and edits in place', async () => {
    const n = await issue();
    for (let i = 0; i < 105; i++)
      gh.state.comments.push({
        id: 1000 + i,
        issueNumber: n,
        body: `noise ${i}`,
        user: gh.state.user('human', 'User'),
        createdAt: gh.state.now(),
        updatedAt: gh.state.now(),
      });
    await comment('human-token', n, `${COMMENT_MARKER}\nI pasted this`);
    const ours = (await comment(WRITE_TOKEN, n, `${COMMENT_MARKER}\nold`)).data.id;
    const o = await upsertComment(client(), n, `${COMMENT_MARKER}\nnew`, {});
    expect(o.action).toBe('updated');
    expect(gh.state.comments.filter((c) => c.body.startsWith(COMMENT_MARKER)).map((c) => [c.user.login, c.body])).toEqual([
      ['human', `${COMMENT_MARKER}\nI pasted this`],
      ['github-actions[bot]', `${COMMENT_MARKER}\nnew`],
    ]);
    expect(gh.state.comments.find((c) => c.id === ours)?.body).toBe(`${COMMENT_MARKER}\nnew`);
    const before = gh.requests.length;
    expect((await upsertComment(client(), n, `${COMMENT_MARKER}\nnew`, {})).action).toBe('unchanged');
    expect(gh.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
  });

  it('collapses two runs racing to create it into the oldest', async () => {
    const n = await issue();
    const [a, b] = await Promise.all([
      upsertComment(client(), n, `${COMMENT_MARKER}\nfrom run A`, {}),
      upsertComment(client(), n, `${COMMENT_MARKER}\nfrom run B`, {}),
    ]);
    expect([a.action, b.action]).toEqual(['created', 'created']);
    const left = gh.state.commentsOn(n);
    expect(left).toHaveLength(1);
    expect(a.url).toBe(b.url);
    // Both created one; the oldest (id 1) is the one left.
    expect(gh.count('issues/create-comment')).toBe(2);
    expect(left[0]?.id).toBe(1);
  });

  it('deletes duplicates an earlier race left, but never another app’s comment', async () => {
    const n = await issue();
    await comment(WRITE_TOKEN, n, `${COMMENT_MARKER}\nfirst`);
    await comment('other-app', n, `${COMMENT_MARKER}\nsomeone else`);
    await comment(WRITE_TOKEN, n, `${COMMENT_MARKER}\nduplicate`);
    await upsertComment(client(), n, `${COMMENT_MARKER}\ncurrent`, {});
    expect(gh.state.commentsOn(n).map((c) => [c.user.login, c.body.split('\n')[1]])).toEqual([
      ['github-actions[bot]', 'current'],
      ['other-app[bot]', 'someone else'],
    ]);
  });

  it('with a user token (PAT), owns only that login’s comments', async () => {
    expect(await whoAmI(client(WRITE_TOKEN).octokit, WRITE_TOKEN)).toEqual({});
    const me = await whoAmI(client(PAT).octokit, PAT);
    expect(me).toEqual({ login: 'octocat' });
    const n = await issue();
    await comment(WRITE_TOKEN, n, `${COMMENT_MARKER}\nthe bot's`);
    expect((await upsertComment(client(PAT), n, `${COMMENT_MARKER}\nmine`, me)).action).toBe('created');
    expect(gh.state.commentsOn(n).map((c) => c.user.login)).toEqual(['github-actions[bot]', 'octocat']);
  });
});

describe('check runs', () => {
  const o = { failOn: 'error' as const, runUrl: 'https://github.com/owner/repo/actions/runs/1' };
  const a = finding(1, { location: { file: 'manifest.json', line: 3, column: 5 } });
  const b = finding(2, { location: { file: 'manifest.json', line: 9, column: 5 } });

  it('updates the run in place, sends only missing annotations, and replaces a run holding a stale one', async () => {
    const sha = gh.state.headSha();
    expect((await publishCheckRun(client(), sha, 'drift', [report('drift', [a])], o)).action).toBe('created');
    expect((await publishCheckRun(client(), sha, 'drift', [report('drift', [a])], o)).action).toBe('unchanged');
    expect(gh.state.checkRuns).toHaveLength(1);

    const before = gh.requests.length;
    expect((await publishCheckRun(client(), sha, 'drift', [report('drift', [a, b])], o)).action).toBe('updated');
    const sent = gh.requests.slice(before).filter((r) => r.operationId === 'checks/update');
    expect(sent.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([1]);
    expect(gh.state.checkRuns[0]?.annotations.map((x) => x.start_line)).toEqual([3, 9]);

    // b is fixed: its annotation cannot be deleted, so a fresh run replaces the old one.
    expect((await publishCheckRun(client(), sha, 'drift', [report('drift', [a])], o)).action).toBe('replaced');
    expect(gh.state.checkRuns.map((r) => r.annotations.length)).toEqual([2, 1]);
    expect((await publishCheckRun(client(), sha, 'drift', [report('drift', [a])], o)).action).toBe('unchanged');
  });
});

describe('CLAUDE.md PR', () => {
  const BEGIN = '<!-- model-governance:begin -->';
  const END = '<!-- model-governance:end -->';
  /** CLAUDE.md with bytes that are not UTF-8 outside the block (a Latin-1 é, a lone continuation byte, a NUL). */
  const garbled = (inside: string) =>
    Buffer.concat([
      Buffer.from('# Caf'),
      Buffer.from([0xe9, 0x80, 0x00]),
      Buffer.from(`\r\n${BEGIN}\n${inside}\n${END}\n\xff tail`, 'latin1'),
    ]);
  /** The overlay of the default head with the block rewritten to `inside`, as the claude-md mode leaves it. */
  const overlayTo = async (inside: string): Promise<{ overlay: DocOverlay; want: Buffer }> => {
    const overlay = new DocOverlay(client(), { branch: 'main', sha: gh.state.headSha() });
    const doc = overlay.doc('CLAUDE.md');
    const bytes = Buffer.from((await doc.read()) as Uint8Array);
    const at = bytes.indexOf(BEGIN) + BEGIN.length + 1;
    const want = Buffer.concat([bytes.subarray(0, at), Buffer.from(`${inside}\n`), bytes.subarray(bytes.indexOf(END))]);
    await doc.write(want, bytes);
    return { overlay, want };
  };
  const writesSince = (n: number) =>
    gh.requests
      .slice(n)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.operationId} ${r.status}`);
  /** Every value the fake's ref of the branch takes (the in-memory model, not only what the client sent). */
  const branchValues = (): string[] => {
    const seen: string[] = [];
    const refs = gh.state.refs;
    const set = refs.set.bind(refs);
    refs.set = (k, v) => {
      if (k === `heads/${PR_BRANCH}`) seen.push(v);
      return set(k, v);
    };
    return seen;
  };

  it('opens the PR from one commit on the default head, built from a blob, a tree and a commit, and one ref write', async () => {
    gh.state.commit('main', { 'CLAUDE.md': garbled('old'), 'docs/other.md': 'kept\n' });
    const main = gh.state.headSha();
    const seen = branchValues();
    const { overlay, want } = await overlayTo('new');
    const before = gh.requests.length;
    expect(await publishPullRequest(client(), overlay, '-old\n+new\n')).toMatchObject({ action: 'created', committed: true });
    expect(writesSince(before)).toEqual([
      'git/create-blob 201',
      'git/create-tree 201',
      'git/create-commit 201',
      'git/create-ref 201',
      'pulls/create 201',
    ]);
    const head = gh.state.headSha(PR_BRANCH);
    expect(seen).toEqual([head]);
    expect(gh.state.commits.get(head)?.parents).toEqual([main]);
    expect(gh.state.fileBytes('CLAUDE.md', PR_BRANCH)?.equals(want)).toBe(true);
    expect(gh.state.fileBytes('CLAUDE.md', PR_BRANCH)?.subarray(0, 8)).toEqual(
      Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x80, 0x00]),
    );
    expect(gh.state.files(PR_BRANCH)['docs/other.md']).toBe('kept\n');
    expect(gh.state.commits.get(head)?.message).toBe('Refresh the MODEL block in CLAUDE.md from the manifest');

    // A rerun: the branch holds the bytes and the PR this body, so nothing is written.
    const again = gh.requests.length;
    const { overlay: same } = await overlayTo('new');
    expect(await publishPullRequest(client(), same, '-old\n+new\n')).toMatchObject({ action: 'unchanged', committed: false });
    expect(writesSince(again)).toEqual([]);
    expect(gh.state.headSha(PR_BRANCH)).toBe(head);
  });

  it('refreshes an open PR without the branch ever pointing at the base: one commit, one parent, exact bytes', async () => {
    gh.state.commit('main', { 'CLAUDE.md': garbled('old') });
    await publishPullRequest(client(), (await overlayTo('first')).overlay, '-old\n+first\n');
    const stale = gh.state.headSha(PR_BRANCH);
    // The default branch moves on (outside the block) and the manifest changes: the branch is rebuilt on the new head.
    gh.state.commit('main', { 'CLAUDE.md': Buffer.concat([garbled('old'), Buffer.from([0xfe, 0x0a])]) });
    const main = gh.state.headSha();
    const seen = branchValues();
    const commits = gh.state.commits.size;
    const { overlay, want } = await overlayTo('second');
    const before = gh.requests.length;
    expect(await publishPullRequest(client(), overlay, '-old\n+second\n')).toMatchObject({ action: 'updated', committed: true });
    expect(writesSince(before)).toEqual([
      'git/create-blob 201',
      'git/create-tree 201',
      'git/create-commit 201',
      'git/update-ref 200',
      'pulls/update 200',
    ]);
    const head = gh.state.headSha(PR_BRANCH);
    expect(seen).toEqual([head]);
    expect(seen).not.toContain(main);
    expect(head).not.toBe(stale);
    expect(gh.state.commits.size).toBe(commits + 1);
    expect(gh.state.commits.get(head)?.parents).toEqual([main]);
    expect(gh.state.fileBytes('CLAUDE.md', PR_BRANCH)?.equals(want)).toBe(true);
    expect(want.includes(Buffer.from([0xe9, 0x80, 0x00]))).toBe(true);
    expect(want.subarray(-2)).toEqual(Buffer.from([0xfe, 0x0a]));
    const update = gh.requests.find((r) => r.operationId === 'git/update-ref' && r.path.endsWith(PR_BRANCH));
    expect(update?.body).toEqual({ sha: head, force: true });
    expect(gh.state.pulls.map((p) => p.state)).toEqual(['open']);
  });

  it('moves the branch a concurrent run created meanwhile (createRef 422), and opens one PR', async () => {
    const { overlay, want } = await overlayTo('new');
    const hold = gh.hold({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs' });
    const done = publishPullRequest(client(), overlay, '-old\n+new\n');
    await hold.reached();
    gh.state.createBranch(PR_BRANCH);
    hold.release();
    expect(await done).toMatchObject({ action: 'created', committed: true });
    expect(
      gh.requests.filter((r) => r.operationId?.endsWith('-ref') && r.method !== 'GET').map((r) => `${r.operationId} ${r.status}`),
    ).toEqual(['git/create-ref 422', 'git/update-ref 200']);
    expect(gh.state.commits.get(gh.state.headSha(PR_BRANCH))?.parents).toEqual([gh.state.headSha()]);
    expect(gh.state.fileBytes('CLAUDE.md', PR_BRANCH)?.equals(want)).toBe(true);
  });

  it('leaves the branch as it was when building the commit fails, naming GitHub and the step', async () => {
    await publishPullRequest(client(), (await overlayTo('first')).overlay, '');
    const branch = gh.state.headSha(PR_BRANCH);
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/git/commits', status: 403 });
    await expect(publishPullRequest(client(), (await overlayTo('second')).overlay, '')).rejects.toMatchObject({
      name: 'ServiceError',
      service: 'GitHub',
      operation: `commit to ${PR_BRANCH}`,
    });
    expect(gh.state.headSha(PR_BRANCH)).toBe(branch);
    expect(gh.state.file('CLAUDE.md', PR_BRANCH)).toContain('\nfirst\n');
  });

  it('does nothing without changes and without an open PR', async () => {
    const overlay = new DocOverlay(client(), { branch: 'main', sha: gh.state.headSha() });
    await overlay.doc('CLAUDE.md').read();
    expect(await publishPullRequest(client(), overlay, '')).toEqual({ action: 'none', committed: false });
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('drift issue', () => {
  it('closes duplicates a race opened, keeping the oldest', async () => {
    const create = () =>
      client().octokit.rest.issues.create({
        owner: 'owner',
        repo: 'repo',
        title: 'Model drift',
        body: `${ISSUE_MARKER}\nold`,
        labels: ['model-drift'],
      });
    await create();
    await create();
    const o = await publishDriftIssue(client(), [report('drift', [finding(1)])], {
      me: {},
      sha: gh.state.headSha(),
      runUrl: 'https://x/runs/1',
    });
    expect(o.action).toBe('commented');
    expect(gh.state.issues.map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'not_planned'],
    ]);
    expect(gh.state.commentsOn(2).map((c) => c.body)).toEqual(['Duplicate of #1.']);
  });

  it('with a read-only token, fails with a 403 the session turns into a degraded note', async () => {
    await expect(
      publishDriftIssue(client(READ_TOKEN), [report('drift', [finding(1)])], {
        me: {},
        sha: gh.state.headSha(),
        runUrl: 'https://x/runs/1',
      }),
    ).rejects.toMatchObject({ name: 'ServiceError', cause: { status: 403 } });
  });
});

describe('contents', () => {
  it('lists a directory at a commit, and reads exact bytes', async () => {
    const { listRepoDir, readRepoFile } = await import('../../src/github/contents.js');
    const base = gh.state.headSha();
    gh.state.commit('main', { 'models/a.cbm': 'a', 'models/b.cbm': 'b' });
    await expect(listRepoDir(client(), '', base)).rejects.toThrow(/needs a directory/);
    expect([...(await listRepoDir(client(), 'models', gh.state.headSha()))].sort()).toEqual(['models/a.cbm', 'models/b.cbm']);
    expect([...(await listRepoDir(client(), 'models', base))]).toEqual([]);
    expect((await readRepoFile(client(), 'CLAUDE.md', base))?.bytes.toString()).toContain('<!-- model-governance:begin -->');
    expect(await readRepoFile(client(), 'models/a.cbm', base)).toBeNull();
  });

  it('reads a file over 1 MB (no content in the JSON form) byte for byte, bytes that are not UTF-8 included', async () => {
    const { readRepoFile } = await import('../../src/github/contents.js');
    const big = Buffer.concat([
      Buffer.from('# Notes \xe9\x80\x00\n', 'latin1'),
      Buffer.alloc(1.5 * 1024 * 1024, 'x'),
      Buffer.from([0xff, 0xfe]),
    ]);
    gh.state.commit('main', { 'CLAUDE.md': big });
    const read = await readRepoFile(client(), 'CLAUDE.md', gh.state.headSha());
    expect(read?.bytes.equals(big)).toBe(true);
    expect(gh.requests.some((r) => /\/git\/blobs\//.test(r.path))).toBe(true);
  });
});
