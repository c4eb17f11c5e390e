// Git references (branches and tags), the part of the Git Database API the action needs.
import { type Handler, HttpError, notFound } from '../http.js';
import { gitRef } from '../shapes.js';

const refName = (raw: unknown): string => String(raw).replace(/^refs\//, '');

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
};
