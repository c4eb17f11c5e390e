// The part of the Git Database API the action needs: references (branches and tags), and blobs, trees and commits,
// with which the CLAUDE.md PR builds its commit before it moves the branch in one ref write.
import { type Handler, HttpError, notFound, validationFailed } from '../http.js';
import { gitCommit, gitRef, gitTree } from '../shapes.js';

const refName = (raw: unknown): string => String(raw).replace(/^refs\//, '');

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
const SHA = /^[0-9a-f]{40}$/;

interface TreeEntry {
  path?: string;
  mode?: string;
  type?: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}

export const gitRoutes: Record<string, Handler> = {
  'git/get-ref': (ctx) => {
    const name = refName(ctx.params.ref);
    const sha = ctx.state.refs.get(name);
    if (!sha) throw notFound();
    return { status: 200, body: gitRef(ctx.api, ctx.state, name, sha) };
  },

  'git/create-ref': (ctx) => {
    const { ref, sha } = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (!ctx.state.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
    const name = refName(ref);
    if (ctx.state.refs.has(name)) throw new HttpError(422, 'Reference already exists');
    ctx.state.tick();
    ctx.state.refs.set(name, sha);
    const body = gitRef(ctx.api, ctx.state, name, sha);
    return { status: 201, body, headers: { location: String(body.url) } };
  },

  'git/update-ref': (ctx) => {
    const name = refName(ctx.params.ref);
    const { sha, force } = ctx.body as { sha: string; force?: boolean };
    const current = ctx.state.refs.get(name);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    if (!ctx.state.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
    if (!force && !ctx.state.isAncestor(current, sha)) throw new HttpError(422, 'Update is not a fast forward');
    ctx.state.tick();
    ctx.state.refs.set(name, sha);
    return { status: 200, body: gitRef(ctx.api, ctx.state, name, sha) };
  },

  'git/delete-ref': (ctx) => {
    const name = refName(ctx.params.ref);
    if (!ctx.state.refs.delete(name)) throw new HttpError(422, 'Reference does not exist');
    ctx.state.tick();
    return { status: 204 };
  },

  'git/create-blob': (ctx) => {
    const { content, encoding = 'utf-8' } = ctx.body as { content: string; encoding?: string };
    if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed('Blob', 'invalid', 'encoding');
    if (encoding === 'base64' && !BASE64.test(content)) throw new HttpError(422, 'content is not valid Base64');
    const sha = ctx.state.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    const url = `${ctx.api}/repos/${ctx.state.fullName}/git/blobs/${sha}`;
    return { status: 201, body: { url, sha }, headers: { location: url } };
  },

  'git/get-blob': (ctx) => {
    const sha = String(ctx.params.file_sha);
    const bytes = ctx.state.blobs.get(sha);
    if (!bytes) throw notFound();
    const url = `${ctx.api}/repos/${ctx.state.fullName}/git/blobs/${sha}`;
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_kgDO${Buffer.from(sha).toString('base64url')}`,
        size: bytes.length,
        url,
        content: bytes.toString('base64'),
        encoding: 'base64',
      },
    };
  },

  'git/get-commit': (ctx) => {
    const commit = ctx.state.commits.get(String(ctx.params.commit_sha));
    if (!commit) throw notFound();
    return { status: 200, body: gitCommit(ctx.api, ctx.state, commit, ctx.state.users.get(ctx.state.owner) ?? ctx.actor) };
  },

  'git/get-tree': (ctx) => {
    const sha = String(ctx.params.tree_sha);
    if (!ctx.state.trees.has(sha)) throw notFound();
    if (ctx.query.recursive !== undefined) throw new HttpError(422, 'the fake GitHub lists trees one level at a time');
    return { status: 200, body: gitTree(ctx.api, ctx.state, sha) };
  },

  // Entries replace (or, with sha null, delete) whole paths of base_tree; a tree entry grafts a stored tree at its path.
  // A blob entry's mode is kept as given (100644, 100755, or 120000 for a link), as git does.
  'git/create-tree': (ctx) => {
    const s = ctx.state;
    const { tree: entries, base_tree } = ctx.body as { tree: TreeEntry[]; base_tree?: string };
    const base = base_tree === undefined ? new Map<string, string>() : s.trees.get(base_tree);
    if (!base) throw new HttpError(422, 'base_tree is not a valid tree oid');
    const tree = new Map(base);
    const modes = new Map(base_tree === undefined ? [] : (s.modes.get(base_tree) ?? []));
    const drop = (path: string) => {
      for (const p of [...tree.keys()]) if (p === path || p.startsWith(`${path}/`)) tree.delete(p);
    };
    // What is at `path` goes, and so does a file where one of its directories would be.
    const clear = (path: string) => {
      drop(path);
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) tree.delete(parts.slice(0, i).join('/'));
    };
    for (const e of entries) {
      const path = e.path?.replace(/^\/+|\/+$/g, '');
      if (!path || path.split('/').some((part) => part === '' || part === '.' || part === '..'))
        throw new HttpError(422, `tree.path ${JSON.stringify(e.path)} is invalid`);
      if (e.sha !== undefined && e.content !== undefined) throw new HttpError(422, 'Must supply either tree.sha or tree.content, not both');
      const type = e.type ?? 'blob';
      if (type === 'commit') throw new HttpError(422, 'the fake GitHub does not model submodules');
      const mode = e.mode ?? (type === 'tree' ? '040000' : '100644');
      if (type === 'blob' && !['100644', '100755', '120000'].includes(mode))
        throw new HttpError(422, `tree.mode ${mode} is not a blob mode`);
      if (type === 'blob') modes.set(path, mode);
      if (e.content !== undefined) {
        if (type !== 'blob') throw new HttpError(422, `tree.type must be blob with tree.content`);
        clear(path);
        tree.set(path, s.putBlob(Buffer.from(e.content, 'utf8')));
      } else if (e.sha === null) {
        drop(path);
      } else if (type === 'blob') {
        if (!e.sha || !SHA.test(e.sha) || !s.blobs.has(e.sha)) throw new HttpError(422, `tree.sha ${e.sha} is not a valid blob`);
        clear(path);
        tree.set(path, e.sha);
      } else {
        const sub = e.sha ? s.trees.get(e.sha) : undefined;
        if (!sub) throw new HttpError(422, `tree.sha ${e.sha} is not a valid tree`);
        clear(path);
        for (const [p, b] of sub) {
          tree.set(`${path}/${p}`, b);
          modes.set(`${path}/${p}`, s.modeOf(e.sha as string, p));
        }
      }
    }
    const sha = s.putTree(tree, modes);
    const body = gitTree(ctx.api, s, sha);
    return { status: 201, body, headers: { location: String(body.url) } };
  },

  'git/create-commit': (ctx) => {
    const s = ctx.state;
    const { message, tree, parents = [] } = ctx.body as { message: string; tree: string; parents?: string[] };
    const files = s.trees.get(tree);
    if (!files) throw new HttpError(422, 'Tree SHA does not exist');
    for (const p of parents) if (!s.commits.has(p)) throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    s.tick();
    const commit = s.writeCommit(parents, files, message, s.modes.get(tree));
    commit.author ??= ctx.actor;
    const body = gitCommit(ctx.api, s, commit, ctx.actor);
    return { status: 201, body, headers: { location: String(body.url) } };
  },
};
