// JSON bodies in GitHub's shapes. Every field the OpenAPI schema requires is present with a plausible
// value; API urls point at the fake server so clients that follow them stay on loopback.
import type { Annotation, CheckRun, Comment, Commit, Issue, Label, RepoState, User } from './state.js';

const HTML = 'https://github.com';
const enc = encodeURIComponent;

/** Node ids are opaque to clients; a prefix plus the numeric id keeps them unique and stable. */
const nodeId = (prefix: string, id: number | string): string => `${prefix}_kgDO${Buffer.from(String(id)).toString('base64url')}`;

export function user(api: string, u: User): Record<string, unknown> {
  const url = `${api}/users/${enc(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: u.type === 'Bot' ? `${HTML}/apps/${enc(u.login.replace(/\[bot\]$/, ''))}` : `${HTML}/${enc(u.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `repository` (as nested in pulls); `full` adds what GET /repos/{owner}/{repo} returns. */
export function repository(api: string, s: RepoState, permissions?: 'write' | 'read', full = false): Record<string, unknown> {
  const url = `${api}/repos/${s.fullName}`;
  const owner = s.users.get(s.owner) as User;
  const created = '2023-01-01T00:00:00Z';
  const repo: Record<string, unknown> = {
    id: 1,
    node_id: nodeId('R', 1),
    name: s.name,
    full_name: s.fullName,
    owner: user(api, owner),
    private: true,
    html_url: `${HTML}/${s.fullName}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${s.fullName}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${s.fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${HTML}/${s.fullName}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${HTML}/${s.fullName}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: s.defaultBranch,
    open_issues_count: s.issues.filter((i) => i.state === 'open').length,
    open_issues: s.issues.filter((i) => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: s.now(),
    created_at: created,
    updated_at: s.now(),
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
  if (permissions) {
    const write = permissions === 'write';
    repo.permissions = { admin: false, maintain: false, push: write, triage: write, pull: true };
  }
  if (full) Object.assign(repo, { network_count: 0, subscribers_count: 0 });
  return repo;
}

export function gitRef(api: string, s: RepoState, name: string, sha: string): Record<string, unknown> {
  return {
    ref: `refs/${name}`,
    node_id: nodeId('REF', name),
    url: `${api}/repos/${s.fullName}/git/refs/${name}`,
    object: { type: 'commit', sha, url: `${api}/repos/${s.fullName}/git/commits/${sha}` },
  };
}

/** `git-tree` (POST git/trees, GET git/trees/{sha}): the top level of the tree, never truncated in this small fake. */
export function gitTree(api: string, s: RepoState, sha: string): Record<string, unknown> {
  const base = `${api}/repos/${s.fullName}/git`;
  return {
    sha,
    url: `${base}/trees/${sha}`,
    tree: s
      .treeEntries(sha)
      .map((e) =>
        e.type === 'blob'
          ? { path: e.path, mode: e.mode, type: 'blob', sha: e.sha, size: e.size, url: `${base}/blobs/${e.sha}` }
          : { path: e.path, mode: '040000', type: 'tree', sha: e.sha, url: `${base}/trees/${e.sha}` },
      ),
    truncated: false,
  };
}

/** Base64 with a newline every 60 characters, as GitHub sends it. */
const wrappedBase64 = (bytes: Buffer): string => `${bytes.toString('base64').replace(/.{60}/g, '$&\n')}\n`;

function contentLinks(api: string, s: RepoState, path: string, ref: string, blob: string) {
  const self = `${api}/repos/${s.fullName}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(ref)}`;
  const git = `${api}/repos/${s.fullName}/git/blobs/${blob}`;
  const html = `${HTML}/${s.fullName}/blob/${enc(ref)}/${path.split('/').map(enc).join('/')}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

export function contentFile(api: string, s: RepoState, path: string, ref: string, bytes: Buffer, blob: string) {
  const name = path.split('/').at(-1) as string;
  // As GitHub: over 1 MB the JSON form carries no content (encoding "none"); the raw form or the blob API does.
  const large = bytes.length > 1024 * 1024;
  return {
    type: 'file',
    encoding: large ? 'none' : 'base64',
    size: bytes.length,
    name,
    path,
    content: large ? '' : wrappedBase64(bytes),
    sha: blob,
    ...contentLinks(api, s, path, ref, blob),
    download_url: `https://raw.githubusercontent.com/${s.fullName}/${enc(ref)}/${path.split('/').map(enc).join('/')}`,
  };
}

/** `content-symlink`: a link whose target is not a file of the repository. */
export function contentSymlink(api: string, s: RepoState, path: string, ref: string, target: Buffer, blob: string) {
  return {
    type: 'symlink',
    target: target.toString('utf8'),
    size: target.length,
    name: path.split('/').at(-1) as string,
    path,
    sha: blob,
    ...contentLinks(api, s, path, ref, blob),
    download_url: `https://raw.githubusercontent.com/${s.fullName}/${enc(ref)}/${path.split('/').map(enc).join('/')}`,
  };
}

export function contentEntry(api: string, s: RepoState, path: string, ref: string, type: 'file' | 'dir', sha: string, size: number) {
  return {
    type,
    size,
    name: path.split('/').at(-1) as string,
    path,
    sha,
    ...contentLinks(api, s, path, ref, sha),
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${s.fullName}/${enc(ref)}/${path}` : null,
  };
}

export function gitCommit(api: string, s: RepoState, c: Commit, fallback: User): Record<string, unknown> {
  const author = c.author ?? fallback;
  const person = { name: author.login, email: `${author.id}+${author.login}@users.noreply.github.com`, date: c.date };
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    url: `${api}/repos/${s.fullName}/git/commits/${c.sha}`,
    html_url: `${HTML}/${s.fullName}/commit/${c.sha}`,
    author: person,
    committer: { name: 'GitHub', email: 'noreply@github.com', date: c.date },
    message: c.message,
    tree: { sha: c.treeSha, url: `${api}/repos/${s.fullName}/git/trees/${c.treeSha}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/repos/${s.fullName}/git/commits/${p}`,
      html_url: `${HTML}/${s.fullName}/commit/${p}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function label(api: string, s: RepoState, l: Label): Record<string, unknown> {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${api}/repos/${s.fullName}/labels/${enc(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  };
}

export function issue(api: string, s: RepoState, i: Issue): Record<string, unknown> {
  const url = `${api}/repos/${s.fullName}/issues/${i.number}`;
  const out: Record<string, unknown> = {
    id: i.id,
    node_id: nodeId('I', i.id),
    url,
    repository_url: `${api}/repos/${s.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${HTML}/${s.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: user(api, i.user),
    labels: i.labels.map((n) => label(api, s, s.label(n) ?? { id: 0, name: n, color: 'ededed', description: null })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: s.commentsOn(i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: i.user.login === s.owner ? 'OWNER' : 'NONE',
  };
  if (i.pull) {
    const pr = `${api}/repos/${s.fullName}/pulls/${i.number}`;
    out.pull_request = {
      url: pr,
      html_url: `${HTML}/${s.fullName}/pull/${i.number}`,
      diff_url: `${HTML}/${s.fullName}/pull/${i.number}.diff`,
      patch_url: `${HTML}/${s.fullName}/pull/${i.number}.patch`,
      merged_at: null,
    };
    out.draft = i.pull.draft;
  }
  return out;
}

export function comment(api: string, s: RepoState, c: Comment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${api}/repos/${s.fullName}/issues/comments/${c.id}`,
    html_url: `${HTML}/${s.fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/repos/${s.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: user(api, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.login === s.owner ? 'OWNER' : 'NONE',
  };
}

/** `pull-request-simple` (list) or, with `full`, `pull-request`. */
export function pull(api: string, s: RepoState, i: Issue, full: boolean): Record<string, unknown> {
  const p = i.pull as NonNullable<Issue['pull']>;
  const url = `${api}/repos/${s.fullName}/pulls/${i.number}`;
  const html = `${HTML}/${s.fullName}/pull/${i.number}`;
  const repo = repository(api, s);
  const side = (ref: string) => ({
    label: `${s.owner}:${ref}`,
    ref,
    sha: s.resolve(ref) ?? '0'.repeat(40),
    user: user(api, s.users.get(s.owner) as User),
    repo,
  });
  const issueJson = issue(api, s, i);
  const out: Record<string, unknown> = {
    url,
    id: p.id,
    node_id: nodeId('PR', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/repos/${s.fullName}/issues/${i.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${s.fullName}/pulls/comments{/number}`,
    comments_url: `${api}/repos/${s.fullName}/issues/${i.number}/comments`,
    statuses_url: `${api}/repos/${s.fullName}/statuses/${s.resolve(p.head) ?? ''}`,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: issueJson.user,
    body: i.body,
    labels: issueJson.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(p.head),
    base: side(p.base),
    _links: Object.fromEntries(
      Object.entries({
        self: url,
        html,
        issue: `${api}/repos/${s.fullName}/issues/${i.number}`,
        comments: `${api}/repos/${s.fullName}/issues/${i.number}/comments`,
        review_comments: `${url}/comments`,
        review_comment: `${api}/repos/${s.fullName}/pulls/comments{/number}`,
        commits: `${url}/commits`,
        statuses: `${api}/repos/${s.fullName}/statuses/${s.resolve(p.head) ?? ''}`,
      }).map(([k, href]) => [k, { href }]),
    ),
    author_association: issueJson.author_association,
    auto_merge: null,
    draft: p.draft,
  };
  if (full) {
    const files = diffFiles(s, p.base, p.head);
    Object.assign(out, {
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: s.commentsOn(i.number).length,
      review_comments: 0,
      maintainer_can_modify: p.maintainerCanModify,
      commits: 1,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
      changed_files: files.length,
    });
  }
  return out;
}

export interface FileDiff {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  sha: string | null;
  additions: number;
  deletions: number;
}

/** Files differing between two refs, with crude line counts (set difference of lines). */
export function diffFiles(s: RepoState, base: string, head: string): FileDiff[] {
  const a = s.commits.get(s.resolve(base) ?? '')?.tree ?? new Map<string, string>();
  const b = s.commits.get(s.resolve(head) ?? '')?.tree ?? new Map<string, string>();
  const lines = (sha: string | undefined) => (sha ? (s.blobs.get(sha)?.toString('utf8').split('\n') ?? []) : []);
  const out: FileDiff[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const before = a.get(path);
    const after = b.get(path);
    if (before === after) continue;
    const old = lines(before);
    const neu = lines(after);
    out.push({
      filename: path,
      status: !before ? 'added' : !after ? 'removed' : 'modified',
      sha: after ?? null,
      additions: neu.filter((l) => !old.includes(l)).length,
      deletions: old.filter((l) => !neu.includes(l)).length,
    });
  }
  return out;
}

export function diffEntry(api: string, s: RepoState, head: string, f: FileDiff): Record<string, unknown> {
  const path = f.filename.split('/').map(enc).join('/');
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${HTML}/${s.fullName}/blob/${enc(head)}/${path}`,
    raw_url: `${HTML}/${s.fullName}/raw/${enc(head)}/${path}`,
    contents_url: `${api}/repos/${s.fullName}/contents/${path}?ref=${enc(head)}`,
  };
}

const githubActionsApp = (api: string) => ({
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: user(api, { login: 'github', id: 9919, type: 'Organization' }),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: `${HTML}/apps/github-actions`,
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
  events: ['check_run', 'check_suite', 'pull_request', 'push'],
});

export function checkRun(api: string, s: RepoState, r: CheckRun): Record<string, unknown> {
  const url = `${api}/repos/${s.fullName}/check-runs/${r.id}`;
  return {
    id: r.id,
    name: r.name,
    node_id: nodeId('CR', r.id),
    head_sha: r.headSha,
    external_id: r.externalId ?? '',
    url,
    html_url: `${HTML}/${s.fullName}/runs/${r.id}`,
    details_url: r.detailsUrl ?? `${HTML}/${s.fullName}/runs/${r.id}`,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    output: {
      title: r.output.title,
      summary: r.output.summary,
      text: r.output.text,
      annotations_count: r.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: 1 },
    app: githubActionsApp(api),
    pull_requests: [],
  };
}

export function annotation(s: RepoState, r: CheckRun, a: Annotation): Record<string, unknown> {
  return {
    path: a.path,
    blob_href: `${HTML}/${s.fullName}/blob/${r.headSha}/${a.path}`,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
  };
}
