// Wire-level Cloud Run Admin API v2 stand-in: the REST API (HTTP/1.1, proto3 JSON) the real ServicesClient and
// RevisionsClient speak with `fallback: true`. Paths and verbs come from the google.api.http rules, and messages are
// checked and encoded with the types, of the protos.json that ships with @google-cloud/run, so neither can drift
// from the schema the clients use.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { protobuf } from 'google-gax';

/** A message in the proto's shape: camelCase fields, enums as names, int64 as string or number. */
export type Message = Record<string, unknown>;

/** google.rpc.Code, the `code` of a fault and of a logged request (0 = OK). */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type Code = (typeof Code)[keyof typeof Code];
const CODE_NAME = Object.fromEntries(Object.entries(Code).map(([k, v]) => [v, k])) as Record<number, string>;
/** The HTTP status Google's REST front end gives each code (google/rpc/code.proto). */
const HTTP_STATUS: Record<number, number> = {
  1: 499,
  2: 500,
  3: 400,
  4: 504,
  5: 404,
  6: 409,
  7: 403,
  8: 429,
  9: 400,
  10: 409,
  11: 400,
  12: 501,
  13: 500,
  14: 503,
  15: 500,
  16: 401,
};

export interface CloudRunOptions {
  services?: Message[];
  revisions?: Message[];
  latencyMs?: number;
}

export interface CloudRunFault {
  /** RPC name, e.g. 'GetService'; any RPC when omitted. */
  method?: string;
  /** Only requests whose `name`/`parent` matches. */
  name?: string | RegExp;
  /** e.g. Code.UNAVAILABLE: answered with its HTTP status and Google's JSON error body; omit to only delay. */
  code?: Code;
  details?: string;
  /** How many matching calls it applies to (default 1; Infinity for all). */
  times?: number;
  delayMs?: number;
  /** Below HTTP: drop the connection without answering. */
  reset?: boolean;
  /** 200 with a body that is not the answer: `true` sends JSON text cut off mid-way; or exactly these bytes. */
  malformed?: boolean | Uint8Array;
  /** Announce the real answer's length, send half of its bytes, then drop the connection. */
  truncate?: boolean;
  /** An answer from something in front of the API (a proxy's or load balancer's page): this status and HTML body. */
  page?: { status: number; html: string };
}

export interface ActiveCloudRunFault extends CloudRunFault {
  hits: number;
}

export interface CloudRunRequest {
  method: string;
  /** The request message: the path's resource name, and the query's other fields. */
  request: Message;
  /** The code the call ended with (0 = OK). */
  code: Code;
  /** The HTTP request headers, lower-case names. */
  metadata: Record<string, string>;
}

export interface CloudRunStandin {
  port: number;
  /** host:port for clients, e.g. '127.0.0.1:43123'. */
  address: string;
  /** Insert or replace by `name`; throws on fields the proto does not have (typos would vanish silently). */
  setService(service: Message): void;
  setRevision(revision: Message): void;
  deleteService(name: string): boolean;
  fault(f: CloudRunFault): ActiveCloudRunFault;
  clearFaults(): void;
  setLatency(ms: number): void;
  readonly requests: CloudRunRequest[];
  close(): Promise<void>;
}

// The very descriptors the clients build their REST calls from.
const root = protobuf.Root.fromJSON(createRequire(import.meta.url)('@google-cloud/run/build/protos/protos.json'));
root.resolveAll();
const v2 = root.lookup('google.cloud.run.v2') as protobuf.Namespace;
const type = (name: string) => v2.lookupType(name);
const ServiceType = type('Service');
const RevisionType = type('Revision');

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === 0 ||
  v === false ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.keys(v).length === 0);

/** Paths present in `input` but lost in a protobuf round trip: unknown fields or bad enum names. */
function lostFields(input: unknown, decoded: unknown, path: string, out: string[]): string[] {
  if (typeof input !== 'object' || input === null) return out;
  if (Array.isArray(input)) {
    for (const [i, v] of input.entries()) lostFields(v, (decoded as unknown[] | undefined)?.[i], `${path}[${i}]`, out);
    return out;
  }
  for (const [k, v] of Object.entries(input)) {
    if (isEmpty(v)) continue;
    const d = (decoded as Message | undefined)?.[k];
    if (d === undefined) out.push(`${path}.${k}`);
    else lostFields(v, d, `${path}.${k}`, out);
  }
  return out;
}

/**
 * Set fields of google.protobuf types (Timestamp, Duration, ...): proto3 JSON writes those as strings (RFC 3339,
 * "3.5s"), which protobufjs does not; no test needs one, so the stand-in refuses them rather than send them wrong.
 */
function wellKnown(t: protobuf.Type, msg: Message, path: string, out: string[]): string[] {
  for (const f of t.fieldsArray) {
    const v = msg[f.name];
    if (isEmpty(v) || !(f.resolvedType instanceof protobuf.Type)) continue;
    if (f.resolvedType.fullName.startsWith('.google.protobuf.')) out.push(`${path}.${f.name}`);
    else
      for (const [i, m] of (f.repeated ? (v as Message[]) : [v as Message]).entries())
        wellKnown(f.resolvedType, m, f.repeated ? `${path}.${f.name}[${i}]` : `${path}.${f.name}`, out);
  }
  return out;
}

const toObject = (t: protobuf.Type, m: protobuf.Message, enums: typeof String | typeof Number) =>
  t.toObject(m, { longs: String, enums, bytes: String, json: true, defaults: false }) as Message;

/** The message as proto3 JSON: protobufjs's JSON form less the fields at their default, which proto3 JSON omits. */
const proto3Json = (t: protobuf.Type, m: protobuf.Message, enums: typeof String | typeof Number): Message =>
  dropDefaults(t, toObject(t, m, enums));
function dropDefaults(t: protobuf.Type, obj: Message): Message {
  for (const f of t.fieldsArray) {
    const v = obj[f.name];
    if (v === undefined) continue;
    const presence = Boolean(f.options?.proto3_optional) || f.partOf !== null;
    const empty = f.repeated || f.map ? Object.keys(v as object).length === 0 : !presence && isDefault(f, v);
    if (empty) delete obj[f.name];
    else if (f.resolvedType instanceof protobuf.Type && !f.map) {
      for (const m of f.repeated ? (v as Message[]) : [v as Message]) dropDefaults(f.resolvedType, m);
    }
  }
  return obj;
}
const isDefault = (f: protobuf.Field, v: unknown) =>
  f.resolvedType instanceof protobuf.Enum
    ? v === 0 || v === f.resolvedType.valuesById[0]
    : v === '' || v === 0 || v === false || (v === '0' && /int64|fixed64/.test(f.type));

function checker(t: protobuf.Type, kind: string) {
  return (msg: Message): void => {
    const decoded = toObject(t, t.decode(t.encode(t.fromObject(msg)).finish()), String);
    const lost = lostFields(msg, decoded, kind, []);
    if (lost.length) throw new Error(`cloud-run stand-in: not in the ${kind} proto (typo or wrong enum name?): ${lost.join(', ')}`);
    const wkt = wellKnown(t, msg, kind, []);
    if (wkt.length) throw new Error(`cloud-run stand-in: google.protobuf fields are not supported: ${wkt.join(', ')}`);
    if (typeof msg.name !== 'string' || !msg.name) throw new Error(`cloud-run stand-in: a ${kind} needs its full resource name`);
  };
}
const checkService = checker(ServiceType, 'Service');
const checkRevision = checker(RevisionType, 'Revision');

/** `/v2/{name=projects/*\/locations/*}/services` → a regex capturing the field, and the field's name. */
const route = (template: string): { re: RegExp; field: string } => {
  const m = /^(.*)\{([\w.]+)=([^}]+)\}(.*)$/.exec(template);
  if (!m) throw new Error(`cloud-run stand-in: unexpected http rule ${template}`);
  const [, before, field, pattern, after] = m as unknown as [string, string, string, string, string];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inner = pattern.split('/').map((seg) => (seg === '*' ? '[^/]+' : esc(seg)));
  return { re: new RegExp(`^${esc(before)}(${inner.join('/')})${esc(after)}$`), field };
};

/** The GET rules of the methods served, read from the proto options (primary bindings only: services, not worker pools). */
const RULES = (['Services.GetService', 'Services.ListServices', 'Revisions.GetRevision', 'Revisions.ListRevisions'] as const).map((id) => {
  const [svc, rpc] = id.split('.') as [string, string];
  const method = v2.lookupService(svc).methods[rpc] as protobuf.Method;
  const rule = (method.parsedOptions as Record<string, unknown>[] | undefined)?.find((o) => o['(google.api.http)'])?.[
    '(google.api.http)'
  ] as { get?: string } | undefined;
  if (!rule?.get) throw new Error(`cloud-run stand-in: ${id} has no GET rule`);
  return { rpc, request: type(method.requestType), response: type(method.responseType), ...route(rule.get) };
});

class Failure {
  constructor(
    readonly code: Code,
    readonly message: string,
  ) {}
}
const errorOf = (code: Code, message: string) => new Failure(code, message);

// Real NOT_FOUND texts, so code that surfaces them to users can be tested for readability.
const notFound = (name: string, kind: 'SERVICE' | 'REVISION'): Failure => {
  const m = /projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)(?:\/revisions\/([^/]+))?/.exec(name);
  const [, project = '?', region = '?', service = name, revision] = m ?? [];
  return errorOf(
    Code.NOT_FOUND,
    `Resource '${kind === 'SERVICE' ? service : (revision ?? name)}' of kind '${kind}' in region '${region}' in project '${project}' does not exist.`,
  );
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const MALFORMED_JSON = Buffer.from('{"name": "projects/test-project/locations/europe-west1/services/scorer", "traff');

export async function startCloudRun(options: CloudRunOptions = {}): Promise<CloudRunStandin> {
  const services = new Map<string, Message>();
  const revisions = new Map<string, Message>();
  const faults: (ActiveCloudRunFault & { remaining: number })[] = [];
  const requests: CloudRunRequest[] = [];
  let latencyMs = options.latencyMs ?? 0;

  const setService = (s: Message) => {
    checkService(s);
    services.set(s.name as string, structuredClone(s));
  };
  const setRevision = (r: Message) => {
    checkRevision(r);
    revisions.set(r.name as string, structuredClone(r));
  };
  for (const s of options.services ?? []) setService(s);
  for (const r of options.revisions ?? []) setRevision(r);

  const page = (all: Message[], req: Message) => {
    const from = Number(req.pageToken || 0);
    const size = Number(req.pageSize || 100);
    return { items: all.slice(from, from + size), nextPageToken: from + size < all.length ? String(from + size) : '' };
  };

  const HANDLERS: Record<string, (req: Message) => Message | Failure> = {
    GetService: (req) => services.get(String(req.name)) ?? notFound(String(req.name), 'SERVICE'),
    ListServices: (req) => {
      const { items, nextPageToken } = page(
        [...services.values()].filter((s) => String(s.name).startsWith(`${req.parent}/services/`)),
        req,
      );
      return { services: items, nextPageToken };
    },
    GetRevision: (req) => revisions.get(String(req.name)) ?? notFound(String(req.name), 'REVISION'),
    ListRevisions: (req) => {
      const parent = String(req.parent);
      if (!services.has(parent)) return notFound(parent, 'SERVICE');
      const { items, nextPageToken } = page(
        [...revisions.values()].filter((r) => String(r.name).startsWith(`${parent}/revisions/`)),
        req,
      );
      return { revisions: items, nextPageToken };
    },
  };

  const send = (res: ServerResponse, status: number, body: Buffer) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': body.length }).end(body);
  const sendError = (res: ServerResponse, f: Failure) =>
    send(
      res,
      HTTP_STATUS[f.code] ?? 500,
      Buffer.from(JSON.stringify({ error: { code: HTTP_STATUS[f.code] ?? 500, message: f.message, status: CODE_NAME[f.code] } })),
    );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    // Matched as sent, segment by segment (a slash escaped as %2F is part of a segment, as on Google's front end).
    const path = url.pathname;
    const hit = req.method === 'GET' ? RULES.map((r) => ({ r, m: r.re.exec(path) })).find((x) => x.m) : undefined;
    const metadata = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    if (!hit?.m) {
      requests.push({ method: `${req.method} ${path}`, request: {}, code: Code.UNIMPLEMENTED, metadata });
      return sendError(res, errorOf(Code.UNIMPLEMENTED, `not served by the stand-in: ${req.method} ${path}`));
    }
    const { rpc, response, field } = hit.r;
    const request: Message = { [field]: (hit.m[1] as string).split('/').map(decodeURIComponent).join('/') };
    // Query parameters bind to the request message's fields; any other name is refused, as Google does.
    const unknown = [...url.searchParams.keys()].filter((k) => !k.startsWith('$') && !hit.r.request.fields[k]);
    for (const [k, v] of url.searchParams) if (!k.startsWith('$')) request[k] = v;
    const rec: CloudRunRequest = { method: rpc, request, code: Code.OK, metadata };
    requests.push(rec);
    if (unknown.length) {
      rec.code = Code.INVALID_ARGUMENT;
      return sendError(
        res,
        errorOf(Code.INVALID_ARGUMENT, `Invalid JSON payload received. Unknown name "${unknown[0]}": Cannot bind query parameter.`),
      );
    }
    // `$alt=json;enum-encoding=int`: the clients ask for enums as numbers, as Google's front end then sends them.
    const enums = url.searchParams.get('$alt')?.includes('enum-encoding=int') ? Number : String;
    const target = String(request.name ?? request.parent ?? '');
    const f = faults.find(
      (x) =>
        x.remaining > 0 &&
        (!x.method || x.method === rpc) &&
        (x.name === undefined || (typeof x.name === 'string' ? x.name === target : x.name.test(target))),
    );
    if (f) {
      f.remaining--;
      f.hits++;
    }
    if (latencyMs) await sleep(latencyMs);
    if (f?.delayMs) await sleep(f.delayMs);
    if (f?.reset) return req.socket.destroy();
    if (f?.malformed) return send(res, 200, f.malformed === true ? MALFORMED_JSON : Buffer.from(f.malformed));
    if (f?.page) {
      const html = Buffer.from(f.page.html);
      return res.writeHead(f.page.status, { 'content-type': 'text/html; charset=UTF-8', 'content-length': html.length }).end(html);
    }
    const out = f?.code !== undefined ? errorOf(f.code, f.details ?? `injected ${CODE_NAME[f.code]}`) : HANDLERS[rpc]?.(request);
    if (!out) throw new Error(`cloud-run stand-in: no handler for ${rpc}`);
    if (out instanceof Failure) {
      rec.code = out.code;
      return sendError(res, out);
    }
    const body = Buffer.from(JSON.stringify(proto3Json(response, response.fromObject(out), enums)));
    if (f?.truncate) {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
      return;
    }
    send(res, 200, body);
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) sendError(res, errorOf(Code.INTERNAL, String(e)));
      });
    });
  });
  const port = await new Promise<number>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });

  return {
    port,
    address: `127.0.0.1:${port}`,
    setService,
    setRevision,
    deleteService: (name) => services.delete(name),
    fault(f) {
      const active = { ...f, hits: 0, remaining: f.times ?? 1 };
      faults.push(active);
      return active;
    },
    clearFaults: () => {
      faults.length = 0;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    requests,
    close: () =>
      new Promise<void>((ok) => {
        // Clients keep connections alive; don't wait for them.
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
