// What route handlers see and return, GitHub's error bodies, and Link-header pagination.
import type { RepoState, User } from './state.js';

export interface TokenInfo {
  login: string;
  /** 'Bot' is an installation token (GITHUB_TOKEN): GET /user is refused and it can create check runs. */
  type: 'User' | 'Bot';
  permissions: 'write' | 'read';
}

// biome-ignore lint/suspicious/noExplicitAny: request bodies were already checked against the OpenAPI schema
export type Body = Record<string, any>;

export interface Ctx {
  method: string;
  /** Percent-decoded path, e.g. /repos/o/r/contents/models/a.json */
  path: string;
  rawPath: string;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  rawQuery: URLSearchParams;
  body: Body;
  token: TokenInfo;
  actor: User;
  state: RepoState;
  /** Base URL of the fake, e.g. http://127.0.0.1:1234 */
  api: string;
  accept: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Non-JSON body (raw media type); skips response validation. */
  raw?: { bytes: Buffer; contentType: string };
}

export type Handler = (ctx: Ctx) => Reply;

export const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: DOCS,
      status: String(this.status),
    };
  }
}

export const notFound = (message = 'Not Found'): HttpError => new HttpError(404, message);

/** GitHub's 422 "Validation Failed" with one error entry. */
export const validationFailed = (resource: string, code: string, field?: string, message?: string): HttpError =>
  new HttpError(422, 'Validation Failed', [{ resource, code, ...(field ? { field } : {}), ...(message ? { message } : {}) }]);

export const intParam = (ctx: Ctx, name: string): number => Number(ctx.params[name]);
export const strQuery = (ctx: Ctx, name: string): string | undefined => {
  const v = ctx.query[name];
  return v === undefined ? undefined : String(v);
};

/** One page of `items` plus the Link header GitHub would send (per_page defaults to 30, capped at 100). */
export function paginate<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(ctx.rawQuery);
    q.set('page', String(n));
    if (ctx.query.per_page !== undefined) q.set('per_page', String(perPage));
    return `<${ctx.api}${ctx.rawPath}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}
