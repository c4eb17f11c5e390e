// The CLAUDE.md refresh PR. The claude-md mode runs with CLAUDE.md read from the default branch through the API
// (DocOverlay: its writes stay in memory), so the engine's replaceBlock works on the exact bytes GitHub holds.
// Then the changed files are committed on the default head as one commit (Git Database API), one fixed branch is moved
// onto it in a single ref write, and one PR is opened or updated. A branch that already holds the desired bytes gets no
// commit; when the default branch is already current, an open PR from the branch is closed.
import type { FamilySettings, RunOptions } from '../config/settings.js';
import { runFamilies } from '../engine.js';
import { InputError } from '../errors.js';
import { quietMarkdown, quietRefs } from '../report/mentions.js';
import type { Report } from '../report/types.js';
import { readRepoFile, treeMode } from './contents.js';
import { DocOverlay, defaultHead, type Head } from './doc-overlay.js';
import { api, type Client, statusOf } from './octokit.js';
import { relativize } from './paths.js';

export const PR_BRANCH = 'model-governance/claude-md';
export const PR_MARKER = '<!-- model-governance:claude-md-pr -->';
const PR_TITLE = 'Refresh the MODEL block in CLAUDE.md';
const BODY_LIMIT = 65536;
const DIFF_LIMIT = 60_000;

/** A code fence longer than any backtick run inside, so the diff cannot close it. */
export const fenced = (lang: string, text: string): string => {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
};

export const renderPrBody = (diff: string, branch: string): string => {
  const cut = diff.length > DIFF_LIMIT ? `${diff.slice(0, diff.lastIndexOf('\n', DIFF_LIMIT) + 1)}… (diff truncated)\n` : diff;
  return quietMarkdown(
    [
      PR_MARKER,
      `The MODEL block in CLAUDE.md no longer matches the manifest. model-governance regenerated it; only the lines between the markers change.`,
      '',
      fenced('diff', cut),
      '',
      `This PR is kept up to date on the branch \`${PR_BRANCH}\` and closed by itself once \`${branch}\` is current. Edit the manifest, not the block.`,
    ].join('\n'),
  ).slice(0, BODY_LIMIT);
};

export interface PrOutcome {
  url?: string;
  number?: number;
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
  /** Whether this run committed to the branch. */
  committed: boolean;
}

export const publishPullRequest = async (c: Client, overlay: DocOverlay, diff: string): Promise<PrOutcome> => {
  const repo = { owner: c.owner, repo: c.repo };
  const { head } = overlay;
  const open = (
    await api('list pull requests', () =>
      c.octokit.rest.pulls.list({ ...repo, head: `${c.owner}:${PR_BRANCH}`, base: head.branch, state: 'open', per_page: 10 }),
    )
  ).data[0];
  const changes = overlay.changes();
  if (changes.length === 0) {
    if (!open) return { action: 'none', committed: false };
    const at = { ...repo, issue_number: open.number };
    await api('comment on the PR', () =>
      c.octokit.rest.issues.createComment({
        ...at,
        body: `The MODEL block on \`${head.branch}\` is current (${head.sha.slice(0, 7)}). Closing.`,
      }),
    );
    await api('close the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: open.number, state: 'closed' }));
    return { url: open.html_url, number: open.number, action: 'closed', committed: false };
  }

  let committed = await commitChanges(c, head, changes);
  const body = renderPrBody(diff, head.branch);
  if (open) {
    if (open.title === PR_TITLE && open.body === body) return { url: open.html_url, number: open.number, action: 'unchanged', committed };
    await api('update the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: open.number, title: PR_TITLE, body }));
    return { url: open.html_url, number: open.number, action: 'updated', committed };
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await c.octokit.rest.pulls.create({ ...repo, title: PR_TITLE, head: PR_BRANCH, base: head.branch, body });
      return { url: data.html_url, number: data.number, action: 'created', committed };
    } catch (e) {
      // A concurrent run, or a retried POST the server had already done, opened it: update that one.
      if (statusOf(e) !== 422) return api('open the PR', () => Promise.reject(e));
      const again = (
        await api('list pull requests', () => c.octokit.rest.pulls.list({ ...repo, head: `${c.owner}:${PR_BRANCH}`, state: 'open' }))
      ).data[0];
      if (again) {
        await api('update the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: again.number, title: PR_TITLE, body }));
        return { url: again.html_url, number: again.number, action: 'updated', committed };
      }
      // No PR, and GitHub saw no commits on the branch: something moved it back onto the default head after our
      // commit (this version never does, but an older one resets the branch before it commits). Commit again
      // (nothing, if the branch holds the bytes by now) and open the PR once more.
      if (attempt >= 3) return api('open the PR', () => Promise.reject(e));
      committed = (await commitChanges(c, head, changes)) || committed;
    }
  }
};

// Nothing is committed when the branch already holds the desired bytes. Otherwise one commit on the default head (the
// branch belongs to this tool) is built with the Git Database API: a blob per changed file (base64, so every byte is
// kept), a tree over the head's tree, and a commit whose only parent is the head. Only then does the branch move, in
// one forced ref write, so it never points at the default head itself (GitHub can close a PR whose head is
// force-pushed onto its base, and then not reopen it), and a run that stops half way leaves the branch as it was.
const commitChanges = async (c: Client, head: Head, changes: ReturnType<DocOverlay['changes']>): Promise<boolean> => {
  const repo = { owner: c.owner, repo: c.repo };
  const ref = `heads/${PR_BRANCH}`;
  const branchSha = await c.octokit.rest.git.getRef({ ...repo, ref }).then(
    (r) => r.data.object.sha,
    (e: unknown) => (statusOf(e) === 404 ? undefined : api(`read branch ${PR_BRANCH}`, () => Promise.reject(e))),
  );
  if (branchSha) {
    const onBranch = await Promise.all(changes.map((ch) => readRepoFile(c, ch.path, branchSha)));
    if (changes.every((ch, i) => onBranch[i]?.bytes.equals(ch.bytes))) return false;
  }

  const base = await api(`read commit ${head.sha.slice(0, 7)} of ${head.branch}`, () =>
    c.octokit.rest.git.getCommit({ ...repo, commit_sha: head.sha }),
  );
  // Each file keeps its mode from the head's tree (an executable CLAUDE.md stays 100755). A link (120000) is refused
  // before anything is written: GitHub's contents API reads through it, and committing those bytes at the link's
  // path would replace the link with a copy. The engine's write-through rule (util/contain) applies to checkouts.
  const modes: ('100644' | '100755')[] = [];
  for (const ch of changes) {
    const mode = await treeMode(c, base.data.tree.sha, ch.path);
    if (mode !== '100644' && mode !== '100755')
      throw InputError.at(
        ch.path,
        mode === '120000'
          ? `is a symbolic link on ${head.branch} (tree mode 120000); the CLAUDE.md PR never replaces a link with a file: set claude-md to the file it points to`
          : `is not a regular file on ${head.branch} (tree mode ${mode ?? 'none'}); the CLAUDE.md PR only changes regular files`,
      );
    modes.push(mode);
  }
  const tree: { path: string; mode: '100644' | '100755'; type: 'blob'; sha: string }[] = [];
  for (const [i, ch] of changes.entries()) {
    const blob = await api(`upload ${ch.path}`, () =>
      c.octokit.rest.git.createBlob({ ...repo, content: ch.bytes.toString('base64'), encoding: 'base64' }),
    );
    tree.push({ path: ch.path, mode: modes[i] as '100644' | '100755', type: 'blob', sha: blob.data.sha });
  }
  const newTree = await api(`write the tree for ${PR_BRANCH}`, () =>
    c.octokit.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree }),
  );
  const commit = await api(`commit to ${PR_BRANCH}`, () =>
    c.octokit.rest.git.createCommit({
      ...repo,
      message: quietRefs(`Refresh the MODEL block in ${changes.map((ch) => ch.path).join(', ')} from the manifest`),
      tree: newTree.data.sha,
      parents: [head.sha],
    }),
  );

  const move = () => api(`move ${PR_BRANCH}`, () => c.octokit.rest.git.updateRef({ ...repo, ref, sha: commit.data.sha, force: true }));
  if (branchSha) await move();
  else
    await c.octokit.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha: commit.data.sha }).catch((e: unknown) =>
      // 422: a concurrent run created it meanwhile; ours replaces its commit (the same change on the same head).
      statusOf(e) === 422 ? move() : api(`create ${PR_BRANCH}`, () => Promise.reject(e)),
    );
  return true;
};

/** claude-md with report pr: run the mode against the default branch's CLAUDE.md, then open or update the PR. */
export const refreshViaPullRequest = async (
  c: Client,
  families: FamilySettings[],
  options: RunOptions,
  log: (line: string) => void,
): Promise<{ reports: Report[]; outcome?: PrOutcome }> => {
  const overlay = new DocOverlay(c, await defaultHead(c));
  const reports = await runFamilies(families, { ...options, claudeMdAction: 'write' }, log, {
    adapt: (s) => (s.doc ? { ...s, doc: overlay.doc(s.doc.name) } : s),
  });
  // A dry run reports what would change and touches neither the branch nor the PR.
  if (options.dryRun) return { reports };
  const outcome = await publishPullRequest(c, overlay, reports.map((r) => relativize(r).detail ?? '').join(''));
  const pr = outcome.url ? `PR #${outcome.number} (${outcome.url})` : 'the PR';
  const verb = { created: 'opened', updated: 'updated', unchanged: 'already proposed in', closed: 'closed', none: '' }[outcome.action];
  const branch = overlay.head.branch;
  return {
    outcome,
    reports: reports.map((r) =>
      // The engine attaches the diff exactly when it rewrote the block.
      r.detail ? { ...r, summary: `The MODEL block on ${branch} differs from the manifest: ${verb} ${pr}` } : r,
    ),
  };
};
