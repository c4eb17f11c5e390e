// Repository contents: read a file or directory, create/update/delete a file as a commit on a branch.
// PUT is compare-and-swap on the blob sha, which is how the action detects concurrent edits.

import { posix } from 'node:path';
import { type Ctx, type Handler, HttpError, notFound } from '../http.js';
import { contentEntry, contentFile, contentSymlink, gitCommit } from '../shapes.js';
import type { Commit } from '../state.js';

const filePath = (ctx: Ctx): string => String(ctx.params.path).replace(/^\/+|\/+$/g, '');

function branchOf(ctx: Ctx): { branch: string; head: Commit } {
  const branch = String(ctx.body.branch ?? ctx.state.defaultBranch);
  const sha = ctx.state.refs.get(`heads/${branch}`);
  if (!sha) throw notFound(`Branch ${branch} not found`);
  return { branch, head: ctx.state.commits.get(sha) as Commit };
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

function commitReply(ctx: Ctx, status: number, commit: Commit, path: string, branch: string, withContent: boolean) {
  const s = ctx.state;
  const blob = commit.tree.get(path);
  let content: Record<string, unknown> | null = null;
  if (withContent && blob) {
    const { encoding: _e, content: _c, ...meta } = contentFile(ctx.api, s, path, branch, s.blobs.get(blob) as Buffer, blob);
    content = meta;
  }
  return { status, body: { content, commit: gitCommit(ctx.api, s, commit, ctx.actor) } };
}

export const contentRoutes: Record<string, Handler> = {
  'repos/get-content': (ctx) => {
    const s = ctx.state;
    const ref = ctx.query.ref === undefined ? s.defaultBranch : String(ctx.query.ref);
    const sha = s.resolve(ref);
    if (!sha) throw notFound(`No commit found for the ref ${ref}`);
    const tree = (s.commits.get(sha) as Commit).tree;
    let path = filePath(ctx);
    let blob = tree.get(path);
    // A link (mode 120000; its blob is the target path): GitHub answers with the target's content when the target is
    // a file of the repository, else with the link itself.
    if (blob && s.modeOf((s.commits.get(sha) as Commit).treeSha, path) === '120000') {
      const target = posix.normalize(posix.join(posix.dirname(path), (s.blobs.get(blob) as Buffer).toString('utf8')));
      const targetBlob = tree.get(target);
      if (!targetBlob || s.modeOf((s.commits.get(sha) as Commit).treeSha, target) === '120000')
        return { status: 200, body: contentSymlink(ctx.api, s, path, ref, s.blobs.get(blob) as Buffer, blob) };
      path = target;
      blob = targetBlob;
    }
    if (blob) {
      const bytes = s.blobs.get(blob) as Buffer;
      if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
        return { status: 200, raw: { bytes, contentType: 'application/vnd.github.raw; charset=utf-8' } };
      }
      return { status: 200, body: contentFile(ctx.api, s, path, ref, bytes, blob) };
    }
    const prefix = path === '' ? '' : `${path}/`;
    const children = new Map<string, { type: 'file' | 'dir'; sha: string; size: number }>();
    for (const [p, b] of tree) {
      if (!p.startsWith(prefix)) continue;
      const [head, ...rest] = p.slice(prefix.length).split('/');
      const child = `${prefix}${head}`;
      if (rest.length) children.set(child, { type: 'dir', sha: '0'.repeat(40), size: 0 });
      else children.set(child, { type: 'file', sha: b, size: (s.blobs.get(b) as Buffer).length });
    }
    if (children.size === 0) throw notFound();
    const body = [...children].sort().map(([p, c]) => contentEntry(ctx.api, s, p, ref, c.type, c.sha, c.size));
    return { status: 200, body };
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const s = ctx.state;
    const path = filePath(ctx);
    const { message, content, sha } = ctx.body as { message: string; content: string; sha?: string };
    const { branch, head } = branchOf(ctx);
    const current = head.tree.get(path);
    if (current && sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (sha !== undefined && sha !== current) throw new HttpError(409, `${path} does not match ${sha}`);
    if (!BASE64.test(content)) throw new HttpError(422, 'content is not valid Base64');
    const commit = s.commit(branch, { [path]: Buffer.from(content, 'base64') }, message);
    return commitReply(ctx, current ? 200 : 201, commit, path, branch, true);
  },

  'repos/delete-file': (ctx) => {
    const path = filePath(ctx);
    const { message, sha } = ctx.body as { message: string; sha: string };
    const { branch, head } = branchOf(ctx);
    const current = head.tree.get(path);
    if (!current) throw notFound();
    if (sha !== current) throw new HttpError(409, `${path} does not match ${sha}`);
    const commit = ctx.state.commit(branch, { [path]: null }, message);
    return commitReply(ctx, 200, commit, path, branch, false);
  },
};
