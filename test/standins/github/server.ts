// A fake api.github.com on loopback for tests. The real Octokit talks to it over HTTP; every request and
// response is checked against GitHub's OpenAPI description and mismatches are collected as violations.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ActiveFault, type FaultSpec, faultReply, takeFault } from './faults.js';
import { type HoldSpec, Holds, type RequestHold } from './holds.js';
import { type Body, type Ctx, DOCS, type Handler, HttpError, type Reply, type TokenInfo } from './http.js';
import {
  coercePath,
  coerceQuery,
  matchOperation,
  type Operation,
  preloadSpec,
  unknownBodyKeys,
  validateRequest,
  validateResponse,
} from './openapi.js';
import { checkRoutes } from './routes/checks.js';
import { contentRoutes } from './routes/contents.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { repoRoutes } from './routes/repos.js';
import { RepoState } from './state.js';

export type { FaultSpec } from './faults.js';
export type { HeldRequest, HoldSpec, RequestHold } from './holds.js';
export type { TokenInfo } from './http.js';

export const WRITE_TOKEN = 'ghs_fakeWriteToken000000000000000000000';
export const READ_TOKEN = 'ghs_fakeReadToken0000000000000000000000';
export const DEFAULT_TOKENS: Record<string, TokenInfo> = {
  [WRITE_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'write' },
  [READ_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'read' },
};

export interface GitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files on the default branch (initial commit). */
  files?: Record<string, string | Uint8Array>;
  /** Labels that exist up front. */
  labels?: string[];
  /** token → identity; defaults to WRITE_TOKEN / READ_TOKEN as github-actions[bot]. */
  tokens?: Record<string, TokenInfo>;
  /** Delay before every response. */
  latencyMs?: number;
  /** Also report query params / top-level body keys the spec does not name (GitHub ignores them). Default true. */
  strictParams?: boolean;
}

export interface LoggedRequest {
  method: string;
  /** Decoded path */
  path: string;
  operationId?: string;
  /** OpenAPI path template */
  route?: string;
  query: Record<string, string>;
  body: unknown;
  /** 0 when the connection was reset by a fault. */
  status: number;
  token?: string;
}

export interface FakeGitHub {
  url: string;
  state: RepoState;
  requests: LoggedRequest[];
  violations: string[];
  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Hold matching requests until released (to force an interleaving of concurrent clients). */
  hold(spec: HoldSpec): RequestHold;
  setLatency(ms: number): void;
  /** Requests made to an operation, e.g. count('issues/create-comment'). */
  count(operationId: string, method?: string): number;
  /** Throws listing every violation seen so far. */
  assertNoViolations(): void;
  /** Returns and clears the violations (for tests that provoke them on purpose). */
  takeViolations(): string[];
  close(): Promise<void>;
}

const handlers: Record<string, Handler> = {
  ...repoRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...checkRoutes,
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const decodePath = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

export async function startGitHub(options: GitHubOptions = {}): Promise<FakeGitHub> {
  preloadSpec();
  const state = new RepoState(options.owner ?? 'owner', options.repo ?? 'repo', options.defaultBranch ?? 'main', options.files ?? {});
  for (const l of options.labels ?? []) state.ensureLabel(l);
  const tokens = options.tokens ?? DEFAULT_TOKENS;
  const strict = options.strictParams ?? true;
  let latency = options.latencyMs ?? 0;
  const requests: LoggedRequest[] = [];
  const violations: string[] = [];
  const faults: ActiveFault[] = [];
  const holds = new Holds();
  let url = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, seq: number) => {
    res.writeHead(status, {
      'x-github-request-id': `FAKE:${seq}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const seq = requests.length + 1;
    const method = (req.method ?? 'GET').toUpperCase();
    const u = new URL(req.url ?? '/', url);
    const raw = await readBody(req);
    const path = decodePath(u.pathname);
    const match = matchOperation(method, u.pathname);
    const op: Operation | undefined = match?.op;
    const authHeader = req.headers.authorization ?? '';
    const tokenString = authHeader.replace(/^(token|bearer)\s+/i, '');
    const entry: LoggedRequest = {
      method,
      path,
      operationId: op?.id,
      route: op?.template,
      query: Object.fromEntries(u.searchParams),
      body: undefined,
      status: 0,
      token: tokenString || undefined,
    };
    requests.push(entry);
    const where = `${method} ${path}`;
    const report = (problems: string[]) => {
      for (const p of problems) violations.push(`${where}: ${p}`);
    };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      send(res, status, body, headers, seq);
    };

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
        entry.body = body;
      } catch {
        entry.body = raw.toString('utf8');
        report(['request body is not valid JSON']);
        return reply(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      }
    }

    let params: Record<string, unknown> = {};
    let query: Record<string, unknown> = {};
    let requestProblems: string[] = [];
    if (match && op) {
      params = coercePath(op, match.params);
      const q = coerceQuery(op, u.searchParams);
      query = q.values;
      requestProblems = validateRequest(op, params, query, body, raw.length > 0);
      report(requestProblems);
      if (strict) {
        report(q.unknown.map((n) => `query parameter "${n}" is not in the spec for ${op.id}`));
        report(unknownBodyKeys(op, body).map((k) => `body property "${k}" is not in the spec for ${op.id}`));
      }
    }

    await holds.wait({ method, path, template: op?.template, operationId: op?.id, token: tokenString || undefined });
    const taken = takeFault(faults, method, path, op?.template);
    // A truncating fault lets the request run and only spoils the answer (see `cut` below).
    const cut = taken?.truncate === true;
    const fault = cut ? undefined : taken;
    if (fault) {
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.malformed) {
        entry.status = fault.status ?? 200;
        res.writeHead(entry.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers });
        res.end('{"message": "trunc');
        return;
      }
      const f = faultReply(fault, `FAKE:${seq}`);
      return reply(f.status, f.body, f.headers);
    }
    if (latency) await sleep(latency);

    if (!match || !op) {
      report([`no operation in GitHub's OpenAPI description matches ${method} ${u.pathname}`]);
      return reply(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
    const token = tokens[tokenString];
    if (!token) {
      return reply(401, { message: authHeader ? 'Bad credentials' : 'Requires authentication', documentation_url: DOCS, status: '401' });
    }
    const ctx: Ctx = {
      method,
      path,
      rawPath: u.pathname,
      params,
      query,
      rawQuery: u.searchParams,
      body: (body ?? {}) as Body,
      token,
      actor: state.user(token.login, token.type),
      state,
      api: url,
      accept: String(req.headers.accept ?? ''),
    };
    const result = run(op, ctx, requestProblems);
    if (!result.raw) {
      try {
        report(validateResponse(op, result.status, result.body, 'application/json'));
      } catch (e) {
        report([`response validator failed: ${(e as Error).message}`]);
      }
    }
    if (result.raw) {
      entry.status = result.status;
      res.writeHead(result.status, { 'content-type': result.raw.contentType, ...result.headers });
      res.end(result.raw.bytes);
      return;
    }
    if (cut) {
      // The full Content-Length is announced, half the body sent, then the socket destroyed.
      const bytes = Buffer.from(result.body === undefined ? '' : JSON.stringify(result.body));
      res.writeHead(result.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(bytes.length),
        ...result.headers,
      });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => req.socket.destroy());
      return;
    }
    reply(result.status, result.body, result.headers);
  }

  function run(op: Operation, ctx: Ctx, requestProblems: string[]): Reply {
    const error = (e: HttpError): Reply => ({ status: e.status, body: e.toBody(), headers: e.headers });
    const { owner, repo } = ctx.params as { owner?: string; repo?: string };
    if (owner !== undefined && repo !== undefined) {
      if (owner.toLowerCase() !== state.owner.toLowerCase() || repo.toLowerCase() !== state.name.toLowerCase()) {
        return error(new HttpError(404, 'Not Found'));
      }
    }
    if (op.method !== 'GET' && op.method !== 'HEAD' && ctx.token.permissions === 'read') {
      return error(new HttpError(403, 'Resource not accessible by integration'));
    }
    if (requestProblems.length) return error(new HttpError(422, `Invalid request.\n\n${requestProblems.join('\n')}`));
    const handler = handlers[op.id];
    if (!handler) {
      violations.push(`${op.method} ${ctx.path}: the fake GitHub does not implement ${op.id}`);
      return { status: 501, body: { message: `fake GitHub does not implement ${op.id}` } };
    }
    try {
      return handler(ctx);
    } catch (e) {
      if (e instanceof HttpError) return error(e);
      violations.push(`${op.method} ${ctx.path}: fake GitHub crashed: ${(e as Error).stack}`);
      return { status: 500, body: { message: 'Server Error' } };
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      violations.push(`fake GitHub crashed: ${e.stack}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    requests,
    violations,
    fault: (spec) => faults.push({ ...spec, left: spec.times ?? 1 }),
    clearFaults: () => {
      faults.length = 0;
    },
    hold: (spec) => holds.add(spec),
    setLatency: (ms) => {
      latency = ms;
    },
    count: (operationId, method) =>
      requests.filter((r) => r.operationId === operationId && (!method || r.method === method.toUpperCase())).length,
    assertNoViolations: () => {
      if (violations.length) {
        throw new Error(`fake GitHub saw ${violations.length} OpenAPI violation(s):\n${violations.join('\n')}`);
      }
    },
    takeViolations: () => violations.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        holds.clear();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
