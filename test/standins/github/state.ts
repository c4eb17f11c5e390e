// In-memory repository: a small git object model (blobs, trees as path maps, commits, refs) plus
// issues, pull requests, comments, labels and check runs. Ids count from 1 per kind and the clock is
// fixed, advancing one second per write, so two runs of a test see identical payloads.
import { createHash } from 'node:crypto';

export interface Commit {
  sha: string;
  parents: string[];
  /** path → blob sha */
  tree: Map<string, string>;
  treeSha: string;
  message: string;
  date: string;
  /** Who made it through the Git Database API (git/create-commit); absent for commits the fake made itself. */
  author?: User;
}

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface Issue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  user: User;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when the issue is a pull request (they share numbering, as on GitHub). */
  pull?: { id: number; head: string; base: string; draft: boolean; maintainerCanModify: boolean };
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
}

const sha1 = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

/** Git's blob id: sha1("blob <len>\0" + bytes). */
export const blobSha = (bytes: Uint8Array): string => sha1(`blob ${bytes.length}\0`, bytes);

const toBytes = (content: string | Uint8Array): Buffer =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);

export class RepoState {
  readonly blobs = new Map<string, Buffer>();
  /** tree sha → path → blob sha (whole trees, flat; a subtree is the same map with the prefix cut off) */
  readonly trees = new Map<string, Map<string, string>>();
  /** tree sha → path → git file mode, for entries that are not a plain file (100755 executable, 120000 link). */
  readonly modes = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  /** 'heads/main' → commit sha */
  readonly refs = new Map<string, string>();
  readonly issues: Issue[] = [];
  readonly comments: Comment[] = [];
  readonly labels: Label[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly users = new Map<string, User>();
  private readonly ids = new Map<string, number>();
  private seconds = 0;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
    files: Record<string, string | Uint8Array>,
  ) {
    this.user(owner, 'User');
    const tree = new Map<string, string>();
    for (const [path, content] of Object.entries(files)) tree.set(path, this.putBlob(toBytes(content)));
    this.refs.set(`heads/${defaultBranch}`, this.writeCommit([], tree, 'Initial commit').sha);
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Pull requests (issues with `pull` set). */
  get pulls(): Issue[] {
    return this.issues.filter((i) => i.pull);
  }

  /** Next id of a kind ('issue', 'comment', …), from 1. */
  nextId(kind: string): number {
    const n = (this.ids.get(kind) ?? 0) + 1;
    this.ids.set(kind, n);
    return n;
  }

  /** Current fake time (ISO, whole seconds). */
  now(): string {
    return new Date(Date.UTC(2024, 0, 1) + this.seconds * 1000).toISOString().replace('.000Z', 'Z');
  }

  /** Advance the clock for a write and return the new time. */
  tick(): string {
    this.seconds++;
    return this.now();
  }

  user(login: string, type: 'User' | 'Bot'): User {
    let u = this.users.get(login);
    if (!u) {
      u = { login, id: this.nextId('user'), type };
      this.users.set(login, u);
    }
    return u;
  }

  putBlob(bytes: Buffer): string {
    const sha = blobSha(bytes);
    this.blobs.set(sha, bytes);
    return sha;
  }

  /** Store a tree (path → blob sha, with modes other than 100644) and return its sha; the same files give the same sha. */
  putTree(tree: Map<string, string>, modes: ReadonlyMap<string, string> = new Map()): string {
    const sorted = new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const kept = new Map([...modes].filter(([p, m]) => sorted.has(p) && m !== '100644'));
    const treeSha = sha1('tree\n', [...sorted].map(([p, s]) => `${p}\0${s}${kept.has(p) ? ` ${kept.get(p)}` : ''}\n`).join(''));
    this.trees.set(treeSha, sorted);
    this.modes.set(treeSha, kept);
    return treeSha;
  }

  /** Git's mode of a file in a stored tree: 100644 unless set otherwise. */
  modeOf(treeSha: string, path: string): string {
    return this.modes.get(treeSha)?.get(path) ?? '100644';
  }

  /**
   * The top level of a tree, as git/trees lists it: files as blobs, directories as trees (stored, so their shas
   * resolve too).
   */
  treeEntries(treeSha: string): { path: string; type: 'blob' | 'tree'; mode: string; sha: string; size?: number }[] {
    const tree = this.trees.get(treeSha);
    if (!tree) throw new Error(`fake github: unknown tree ${treeSha}`);
    const dirs = new Map<string, { files: Map<string, string>; modes: Map<string, string> }>();
    const out: { path: string; type: 'blob' | 'tree'; mode: string; sha: string; size?: number }[] = [];
    for (const [path, blob] of tree) {
      const slash = path.indexOf('/');
      const mode = this.modeOf(treeSha, path);
      if (slash < 0) out.push({ path, type: 'blob', mode, sha: blob, size: this.blobs.get(blob)?.length ?? 0 });
      else {
        const dir = dirs.get(path.slice(0, slash)) ?? { files: new Map<string, string>(), modes: new Map<string, string>() };
        dir.files.set(path.slice(slash + 1), blob);
        dir.modes.set(path.slice(slash + 1), mode);
        dirs.set(path.slice(0, slash), dir);
      }
    }
    for (const [path, sub] of dirs) out.push({ path, type: 'tree', mode: '040000', sha: this.putTree(sub.files, sub.modes) });
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  writeCommit(parents: string[], tree: Map<string, string>, message: string, modes?: ReadonlyMap<string, string>): Commit {
    const treeSha = this.putTree(tree, modes);
    const sorted = this.trees.get(treeSha) as Map<string, string>;
    const sha = sha1('commit\n', parents.join(','), '\n', treeSha, '\n', message);
    const commit: Commit = { sha, parents, tree: sorted, treeSha, message, date: this.now() };
    this.commits.set(sha, commit);
    return commit;
  }

  /** Commit sha for a branch name, `refs/heads/x`, `heads/x` or a known commit sha. */
  resolve(ref: string | undefined): string | undefined {
    const r = ref ?? this.defaultBranch;
    if (this.commits.has(r)) return r;
    const name = r.replace(/^refs\//, '');
    return this.refs.get(name) ?? this.refs.get(`heads/${name}`) ?? this.refs.get(`tags/${name}`);
  }

  headSha(branch = this.defaultBranch): string {
    const sha = this.refs.get(`heads/${branch}`);
    if (!sha) throw new Error(`fake github: no branch ${branch}`);
    return sha;
  }

  isAncestor(ancestor: string, of: string): boolean {
    const queue = [of];
    const seen = new Set<string>();
    while (queue.length) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /**
   * Commit `changes` (null deletes) on top of `branch` and move the branch; returns the new commit. A file keeps its
   * mode unless `modes` sets one (`120000`: the content is the link's target, as git stores it).
   */
  commit(
    branch: string,
    changes: Record<string, string | Uint8Array | null>,
    message = 'Update files',
    modes: Record<string, string> = {},
  ): Commit {
    const parent = this.commits.get(this.headSha(branch)) as Commit;
    const tree = new Map(parent.tree);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) tree.delete(path);
      else tree.set(path, this.putBlob(toBytes(content)));
    }
    this.tick();
    const commit = this.writeCommit(
      [parent.sha],
      tree,
      message,
      new Map([...(this.modes.get(parent.treeSha) ?? []), ...Object.entries(modes)]),
    );
    this.refs.set(`heads/${branch}`, commit.sha);
    return commit;
  }

  createBranch(name: string, from = this.defaultBranch): string {
    const sha = this.resolve(from);
    if (!sha) throw new Error(`fake github: cannot branch from ${from}`);
    this.refs.set(`heads/${name}`, sha);
    return sha;
  }

  fileBytes(path: string, ref?: string): Buffer | undefined {
    const sha = this.resolve(ref);
    const blob = sha && this.commits.get(sha)?.tree.get(path);
    return blob ? this.blobs.get(blob) : undefined;
  }

  /** File text at a branch/sha (default branch when omitted); undefined when absent. */
  file(path: string, ref?: string): string | undefined {
    return this.fileBytes(path, ref)?.toString('utf8');
  }

  /** All files at a branch/sha as text. */
  files(ref?: string): Record<string, string> {
    const sha = this.resolve(ref);
    const commit = sha ? this.commits.get(sha) : undefined;
    if (!commit) throw new Error(`fake github: unknown ref ${ref}`);
    return Object.fromEntries([...commit.tree].map(([p, s]) => [p, this.blobs.get(s)?.toString('utf8') ?? '']));
  }

  issue(number: number): Issue | undefined {
    return this.issues.find((i) => i.number === number);
  }

  commentsOn(issueNumber: number): Comment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  label(name: string): Label | undefined {
    return this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  ensureLabel(name: string): Label {
    const existing = this.label(name);
    if (existing) return existing;
    const label: Label = { id: this.nextId('label'), name, color: 'ededed', description: null };
    this.labels.push(label);
    return label;
  }
}
