// The CLAUDE.md refresh PR keeps git's file mode from the default branch's tree (an executable CLAUDE.md stays
// 100755), and refuses a CLAUDE.md that is a link (120000) rather than committing a file in its place: GitHub's
// contents API reads through the link, so a naive commit would turn `CLAUDE.md -> AGENTS.md` into a stale copy.
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refreshed } from '../helpers/claude-md.js';
import { type Workspace, workspace } from '../helpers/cli.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { fakeRepo } from './repo.js';
import { example, runAction, writes } from './runner.js';

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

const refresh = (ws: Workspace, fake: FakeGitHub) =>
  runAction(entry, {
    cwd: ws.dir,
    gh: fake,
    repository: 'octo-org/octo-repo',
    eventName: 'workflow_dispatch',
    event: example('workflow_dispatch'),
    sha: fake.state.headSha(),
    inputs: { mode: 'claude-md', config: 'model-governance.yml', report: 'pr,summary', 'github-token': WRITE_TOKEN },
  });

/** Mode of `path` at the tip of `branch`, as the fake's tree holds it. */
const modeAt = (fake: FakeGitHub, path: string, branch: string): string => {
  const commit = fake.state.commits.get(fake.state.headSha(branch));
  return fake.state.modeOf(commit?.treeSha ?? '', path);
};

describe('CLAUDE.md PR and git file modes', () => {
  it('an executable CLAUDE.md (100755) stays executable on the PR branch', async () => {
    const ws = workspace();
    const doc = readFileSync(ws.claudeMd, 'utf8');
    const manifest = readFileSync(ws.manifest, 'utf8');
    gh = await fakeRepo('octo-org', 'octo-repo', { 'manifest.json': manifest });
    gh.state.commit('main', { 'CLAUDE.md': doc }, 'Add CLAUDE.md', { 'CLAUDE.md': '100755' });
    const r = await refresh(ws, gh);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(gh.state.fileBytes('CLAUDE.md', BRANCH)?.equals(refreshed(Buffer.from(doc), manifest))).toBe(true);
    expect(modeAt(gh, 'CLAUDE.md', BRANCH)).toBe('100755');
    expect(modeAt(gh, 'manifest.json', BRANCH)).toBe('100644');
    gh.assertNoViolations();
  }, 60_000);

  it('a plain CLAUDE.md (100644) stays 100644', async () => {
    const ws = workspace();
    const manifest = readFileSync(ws.manifest, 'utf8');
    gh = await fakeRepo('octo-org', 'octo-repo', { 'manifest.json': manifest, 'CLAUDE.md': readFileSync(ws.claudeMd, 'utf8') });
    expect((await refresh(ws, gh)).code).toBe(0);
    expect(modeAt(gh, 'CLAUDE.md', BRANCH)).toBe('100644');
    gh.assertNoViolations();
  }, 60_000);

  it('CLAUDE.md -> AGENTS.md (120000) is refused with exit 2 naming it; nothing is written', async () => {
    const ws = workspace();
    const doc = readFileSync(ws.claudeMd, 'utf8');
    // The checkout has the same layout as the default branch.
    rmSync(ws.claudeMd);
    symlinkSync('AGENTS.md', ws.claudeMd);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(ws.dir, 'AGENTS.md'), doc);
    gh = await fakeRepo('octo-org', 'octo-repo', { 'manifest.json': readFileSync(ws.manifest, 'utf8'), 'AGENTS.md': doc });
    gh.state.commit('main', { 'CLAUDE.md': 'AGENTS.md' }, 'Link CLAUDE.md', { 'CLAUDE.md': '120000' });
    const main = gh.state.headSha();
    const r = await refresh(ws, gh);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error::CLAUDE.md: is a symbolic link on main (tree mode 120000); the CLAUDE.md PR never replaces a link with a file: set claude-md to the file it points to',
    );
    expect(writes(r.requests)).toEqual([]);
    expect(gh.state.headSha()).toBe(main);
    expect(gh.state.refs.has(`heads/${BRANCH}`)).toBe(false);
    expect(modeAt(gh, 'CLAUDE.md', 'main')).toBe('120000');
    gh.assertNoViolations();
  }, 60_000);
});
