// Issues, issue comments (also used for PR conversation comments) and labels.
import { type Ctx, type Handler, intParam, notFound, paginate, strQuery, validationFailed } from '../http.js';
import { comment, issue, label } from '../shapes.js';
import type { Comment, Issue } from '../state.js';

const MAX_BODY = 65536;

function findIssue(ctx: Ctx): Issue {
  const found = ctx.state.issue(intParam(ctx, 'issue_number'));
  if (!found) throw notFound();
  return found;
}

function findComment(ctx: Ctx): Comment {
  const found = ctx.state.comments.find((c) => c.id === intParam(ctx, 'comment_id'));
  if (!found) throw notFound();
  return found;
}

const checkBody = (resource: string, body: string | null | undefined): void => {
  if (body && body.length > MAX_BODY) {
    throw validationFailed(resource, 'custom', 'body', `body is too long (maximum is ${MAX_BODY} characters)`);
  }
};

const labelNames = (labels: unknown[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name ?? '')));

export const issueRoutes: Record<string, Handler> = {
  'issues/list-for-repo': (ctx) => {
    const s = ctx.state;
    const state = strQuery(ctx, 'state') ?? 'open';
    const labels =
      strQuery(ctx, 'labels')
        ?.split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean) ?? [];
    const creator = strQuery(ctx, 'creator');
    const list = s.issues.filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        (creator === undefined || i.user.login.toLowerCase() === creator.toLowerCase()) &&
        labels.every((l) => i.labels.some((n) => n.toLowerCase() === l)),
    );
    if (strQuery(ctx, 'direction') !== 'asc') list.reverse();
    const page = paginate(ctx, list);
    return { status: 200, body: page.items.map((i) => issue(ctx.api, s, i)), headers: page.headers };
  },

  'issues/get': (ctx) => ({ status: 200, body: issue(ctx.api, ctx.state, findIssue(ctx)) }),

  'issues/create': (ctx) => {
    const s = ctx.state;
    const b = ctx.body as { title: string | number; body?: string; labels?: unknown[]; assignees?: string[] };
    checkBody('Issue', b.body);
    const names = labelNames(b.labels ?? []);
    for (const n of names) s.ensureLabel(n);
    const now = s.tick();
    const created: Issue = {
      number: s.nextId('issue'),
      id: s.nextId('issue-id'),
      title: String(b.title),
      body: b.body ?? null,
      state: 'open',
      stateReason: null,
      labels: names.map((n) => s.label(n)?.name ?? n),
      assignees: b.assignees ?? [],
      user: ctx.actor,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    s.issues.push(created);
    const body = issue(ctx.api, s, created);
    return { status: 201, body, headers: { location: String(body.url) } };
  },

  'issues/update': (ctx) => {
    const s = ctx.state;
    const i = findIssue(ctx);
    const b = ctx.body as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: string | null;
      labels?: unknown[];
    };
    checkBody('Issue', b.body);
    i.updatedAt = s.tick();
    if (b.title !== undefined && b.title !== null) i.title = String(b.title);
    if (b.body !== undefined) i.body = b.body;
    if (b.labels !== undefined) i.labels = labelNames(b.labels).map((n) => s.ensureLabel(n).name);
    if (b.state !== undefined && b.state !== i.state) {
      i.state = b.state;
      i.closedAt = b.state === 'closed' ? i.updatedAt : null;
      i.stateReason = b.state === 'closed' ? ((b.state_reason as Issue['stateReason']) ?? 'completed') : 'reopened';
    }
    return { status: 200, body: issue(ctx.api, s, i) };
  },

  'issues/add-labels': (ctx) => {
    const s = ctx.state;
    const i = findIssue(ctx);
    const raw = Array.isArray(ctx.body) ? ctx.body : ((ctx.body as { labels?: unknown[] }).labels ?? []);
    for (const n of labelNames(raw)) {
      const l = s.ensureLabel(n);
      if (!i.labels.includes(l.name)) i.labels.push(l.name);
    }
    i.updatedAt = s.tick();
    return { status: 200, body: i.labels.map((n) => label(ctx.api, s, s.ensureLabel(n))) };
  },

  'issues/list-comments': (ctx) => {
    const i = findIssue(ctx);
    const since = strQuery(ctx, 'since');
    const list = ctx.state.commentsOn(i.number).filter((c) => since === undefined || c.updatedAt >= since);
    const page = paginate(ctx, list);
    return { status: 200, body: page.items.map((c) => comment(ctx.api, ctx.state, c)), headers: page.headers };
  },

  'issues/create-comment': (ctx) => {
    const s = ctx.state;
    const i = findIssue(ctx);
    const text = String(ctx.body.body);
    checkBody('IssueComment', text);
    const now = s.tick();
    const c: Comment = { id: s.nextId('comment'), issueNumber: i.number, body: text, user: ctx.actor, createdAt: now, updatedAt: now };
    s.comments.push(c);
    const body = comment(ctx.api, s, c);
    return { status: 201, body, headers: { location: String(body.url) } };
  },

  'issues/get-comment': (ctx) => ({ status: 200, body: comment(ctx.api, ctx.state, findComment(ctx)) }),

  'issues/update-comment': (ctx) => {
    const c = findComment(ctx);
    const text = String(ctx.body.body);
    checkBody('IssueComment', text);
    c.body = text;
    c.updatedAt = ctx.state.tick();
    return { status: 200, body: comment(ctx.api, ctx.state, c) };
  },

  'issues/delete-comment': (ctx) => {
    const c = findComment(ctx);
    ctx.state.comments.splice(ctx.state.comments.indexOf(c), 1);
    ctx.state.tick();
    return { status: 204 };
  },

  'issues/list-labels-for-repo': (ctx) => {
    const page = paginate(ctx, ctx.state.labels);
    return { status: 200, body: page.items.map((l) => label(ctx.api, ctx.state, l)), headers: page.headers };
  },

  'issues/get-label': (ctx) => {
    const l = ctx.state.label(String(ctx.params.name));
    if (!l) throw notFound();
    return { status: 200, body: label(ctx.api, ctx.state, l) };
  },

  'issues/create-label': (ctx) => {
    const s = ctx.state;
    const b = ctx.body as { name: string; color?: string; description?: string };
    if (s.label(b.name)) throw validationFailed('Label', 'already_exists', 'name');
    if (b.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(b.color)) throw validationFailed('Label', 'invalid', 'color');
    s.tick();
    const l = { id: s.nextId('label'), name: b.name, color: (b.color ?? 'ededed').toLowerCase(), description: b.description ?? null };
    s.labels.push(l);
    const body = label(ctx.api, s, l);
    return { status: 201, body, headers: { location: String(body.url) } };
  },
};
