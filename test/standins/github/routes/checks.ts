// Check runs and their annotations. GitHub takes at most 50 annotations per request and appends those of
// each update, so large reports must be sent in batches.
import { type Ctx, type Handler, HttpError, intParam, notFound, paginate, strQuery } from '../http.js';
import { annotation, checkRun } from '../shapes.js';
import type { Annotation, CheckRun } from '../state.js';

const MAX_ANNOTATIONS = 50;
const MAX_TEXT = 65535;

interface CheckBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] };
}

function findRun(ctx: Ctx): CheckRun {
  const run = ctx.state.checkRuns.find((r) => r.id === intParam(ctx, 'check_run_id'));
  if (!run) throw notFound();
  return run;
}

function checkOutput(b: CheckBody): void {
  const o = b.output;
  if (!o) return;
  if ((o.annotations?.length ?? 0) > MAX_ANNOTATIONS) {
    throw new HttpError(422, `Invalid request.\n\nOnly ${MAX_ANNOTATIONS} annotations are allowed per request.`);
  }
  for (const key of ['summary', 'text'] as const) {
    if ((o[key]?.length ?? 0) > MAX_TEXT) {
      throw new HttpError(422, `Invalid request.\n\n${key} is too long (maximum is ${MAX_TEXT} characters).`);
    }
  }
  if ((b.status === 'completed' || b.completed_at) && !b.conclusion) {
    throw new HttpError(422, 'Invalid request.\n\nNo conclusion provided for a completed check run.');
  }
}

/** Apply fields common to create and update; annotations are appended, never replaced. */
function apply(ctx: Ctx, run: CheckRun, b: CheckBody): void {
  const now = ctx.state.tick();
  if (b.name !== undefined) run.name = b.name;
  if (b.details_url !== undefined) run.detailsUrl = b.details_url;
  if (b.external_id !== undefined) run.externalId = b.external_id;
  if (b.started_at !== undefined) run.startedAt = b.started_at;
  if (b.status !== undefined) run.status = b.status;
  if (b.conclusion !== undefined) {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = b.completed_at ?? run.completedAt ?? now;
  if (run.status === 'in_progress' && !run.startedAt) run.startedAt = now;
  if (b.output) {
    run.output = { title: b.output.title ?? null, summary: b.output.summary ?? null, text: b.output.text ?? null };
    run.annotations.push(...(b.output.annotations ?? []));
  }
}

export const checkRoutes: Record<string, Handler> = {
  'checks/create': (ctx) => {
    if (ctx.token.type !== 'Bot') throw new HttpError(403, 'You must authenticate via a GitHub App.');
    const b = ctx.body as CheckBody & { name: string; head_sha: string };
    if (!ctx.state.commits.has(b.head_sha)) throw new HttpError(422, `No commit found for SHA: ${b.head_sha}`);
    checkOutput(b);
    const run: CheckRun = {
      id: ctx.state.nextId('check-run'),
      name: b.name,
      headSha: b.head_sha,
      status: 'queued',
      conclusion: null,
      startedAt: ctx.state.now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    apply(ctx, run, b);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: checkRun(ctx.api, ctx.state, run) };
  },

  'checks/update': (ctx) => {
    const run = findRun(ctx);
    const b = ctx.body as CheckBody;
    checkOutput({ ...b, conclusion: b.conclusion ?? run.conclusion ?? undefined });
    apply(ctx, run, b);
    return { status: 200, body: checkRun(ctx.api, ctx.state, run) };
  },

  'checks/get': (ctx) => ({ status: 200, body: checkRun(ctx.api, ctx.state, findRun(ctx)) }),

  'checks/list-for-ref': (ctx) => {
    const s = ctx.state;
    const ref = String(ctx.params.ref);
    const sha = s.resolve(ref);
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
    const name = strQuery(ctx, 'check_name');
    const status = strQuery(ctx, 'status');
    let runs = s.checkRuns.filter(
      (r) => r.headSha === sha && (name === undefined || r.name === name) && (status === undefined || r.status === status),
    );
    // filter=latest (the default) keeps the newest run per name.
    if (strQuery(ctx, 'filter') !== 'all') runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    runs = runs.reverse();
    const page = paginate(ctx, runs);
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: page.items.map((r) => checkRun(ctx.api, s, r)) },
      headers: page.headers,
    };
  },

  'checks/list-annotations': (ctx) => {
    const run = findRun(ctx);
    const page = paginate(ctx, run.annotations);
    return { status: 200, body: page.items.map((a) => annotation(ctx.state, run, a)), headers: page.headers };
  },
};
