// Pull requests. They are issues with a `pull` part, so comments and labels work through the issue routes.
import { type Ctx, type Handler, intParam, notFound, paginate, strQuery, validationFailed } from '../http.js';
import { diffEntry, diffFiles, pull } from '../shapes.js';
import type { Issue } from '../state.js';

function findPull(ctx: Ctx): Issue {
  const pr = ctx.state.issue(intParam(ctx, 'pull_number'));
  if (!pr?.pull) throw notFound();
  return pr;
}

/** `owner:branch` or `branch` → branch, for this single-repo fake. */
const branchName = (ctx: Ctx, head: string): string =>
  head.includes(':') && head.split(':')[0]?.toLowerCase() === ctx.state.owner.toLowerCase() ? head.slice(head.indexOf(':') + 1) : head;

export const pullRoutes: Record<string, Handler> = {
  'pulls/list': (ctx) => {
    const s = ctx.state;
    const state = strQuery(ctx, 'state') ?? 'open';
    const head = strQuery(ctx, 'head');
    const base = strQuery(ctx, 'base');
    // Like GitHub, `head` filters only in the `owner:branch` form; a bare branch name is ignored and
    // every pull request comes back — a classic way to pick up the wrong PR.
    const matches = (i: Issue) => {
      const p = i.pull as NonNullable<Issue['pull']>;
      if (state !== 'all' && i.state !== state) return false;
      if (base !== undefined && p.base !== base) return false;
      if (head?.includes(':')) {
        const at = head.indexOf(':');
        if (head.slice(0, at).toLowerCase() !== s.owner.toLowerCase() || head.slice(at + 1) !== p.head) return false;
      }
      return true;
    };
    const list = s.pulls.filter(matches);
    if (strQuery(ctx, 'direction') !== 'asc') list.reverse();
    const page = paginate(ctx, list);
    return { status: 200, body: page.items.map((i) => pull(ctx.api, s, i, false)), headers: page.headers };
  },

  'pulls/get': (ctx) => ({ status: 200, body: pull(ctx.api, ctx.state, findPull(ctx), true) }),

  'pulls/create': (ctx) => {
    const s = ctx.state;
    const b = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean };
    const head = branchName(ctx, b.head);
    const headSha = s.refs.get(`heads/${head}`);
    const baseSha = s.refs.get(`heads/${b.base}`);
    if (!headSha) throw validationFailed('PullRequest', 'invalid', 'head');
    if (!baseSha) throw validationFailed('PullRequest', 'invalid', 'base');
    if (b.title === undefined) throw validationFailed('PullRequest', 'missing_field', 'title');
    const open = s.pulls.find((i) => i.state === 'open' && i.pull?.head === head && i.pull.base === b.base);
    if (open) throw validationFailed('PullRequest', 'custom', undefined, `A pull request already exists for ${s.owner}:${head}.`);
    if (s.isAncestor(headSha, baseSha)) {
      throw validationFailed('PullRequest', 'custom', undefined, `No commits between ${b.base} and ${head}`);
    }
    const now = s.tick();
    const issue: Issue = {
      number: s.nextId('issue'),
      id: s.nextId('issue-id'),
      title: b.title,
      body: b.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      user: ctx.actor,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: { id: s.nextId('pull-id'), head, base: b.base, draft: b.draft ?? false, maintainerCanModify: b.maintainer_can_modify ?? true },
    };
    s.issues.push(issue);
    const body = pull(ctx.api, s, issue, true);
    return { status: 201, body, headers: { location: String(body.url) } };
  },

  'pulls/update': (ctx) => {
    const s = ctx.state;
    const pr = findPull(ctx);
    const b = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (b.base !== undefined && !s.refs.has(`heads/${b.base}`)) throw validationFailed('PullRequest', 'invalid', 'base');
    pr.updatedAt = s.tick();
    if (b.title !== undefined) pr.title = b.title;
    if (b.body !== undefined) pr.body = b.body;
    if (b.base !== undefined && pr.pull) pr.pull.base = b.base;
    if (b.state !== undefined && b.state !== pr.state) {
      pr.state = b.state;
      pr.closedAt = b.state === 'closed' ? pr.updatedAt : null;
    }
    return { status: 200, body: pull(ctx.api, s, pr, true) };
  },

  'pulls/list-files': (ctx) => {
    const pr = findPull(ctx);
    const p = pr.pull as NonNullable<Issue['pull']>;
    const page = paginate(ctx, diffFiles(ctx.state, p.base, p.head));
    return { status: 200, body: page.items.map((f) => diffEntry(ctx.api, ctx.state, p.head, f)), headers: page.headers };
  },
};
