// Wire-level Cloud Run Admin API v2 stand-in: a real gRPC server built from the .proto files that
// ship with @google-cloud/run, so the real ServicesClient/RevisionsClient talk to it unchanged.

import type { ServerHttp2Stream } from 'node:http2';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** A message in the proto's shape: camelCase fields, enums as names, int64 as string or number. */
export type Message = Record<string, unknown>;

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
  /** e.g. grpc.status.UNAVAILABLE; omit to only delay. */
  code?: grpc.status;
  details?: string;
  /** How many matching calls it applies to (default 1; Infinity for all). */
  times?: number;
  delayMs?: number;
  /** Below gRPC: drop the connection (the HTTP/2 session) without answering. */
  reset?: boolean;
  /**
   * Below gRPC: answer OK with a message frame whose bytes are not the response proto: `true` sends a malformed JSON
   * text, which protobuf decodes without complaint into a message with the wrong fields; or exactly these bytes.
   */
  malformed?: boolean | Uint8Array;
  /** Below gRPC: announce the real response message, send half of its bytes, then drop the connection. */
  truncate?: boolean;
}

export interface ActiveCloudRunFault extends CloudRunFault {
  hits: number;
}

export interface CloudRunRequest {
  method: string;
  request: Message;
  /** gRPC status code the call ended with (0 = OK). */
  code: grpc.status;
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

// The protos ship in @google-cloud/run; their google/api, google/longrunning, google/iam imports
// come from google-gax (a dependency of @google-cloud/run), found relative to it.
const runDir = dirname(createRequire(import.meta.url).resolve('@google-cloud/run/package.json'));
const gaxDir = join(dirname(createRequire(join(runDir, 'package.json')).resolve('google-gax')), '..', '..'); // build/src/index.js → package
const includeDirs = [join(runDir, 'build', 'protos'), join(gaxDir, 'build', 'protos')];

// Same conversions google-gax applies client-side, so logged requests look like what tests send.
const packageDefinition = protoLoader.loadSync(['google/cloud/run/v2/service.proto', 'google/cloud/run/v2/revision.proto'], {
  includeDirs,
  keepCase: false,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
});
const proto = grpc.loadPackageDefinition(packageDefinition) as unknown as {
  google: { cloud: { run: { v2: { Services: grpc.ServiceClientConstructor; Revisions: grpc.ServiceClientConstructor } } } };
};
const { Services, Revisions } = proto.google.cloud.run.v2;

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === 0 ||
  v === false ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.keys(v).length === 0);

/** Paths present in `input` but lost in a serialize/deserialize round trip: unknown fields or bad enum names. */
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

function checker(def: grpc.MethodDefinition<unknown, unknown>, kind: string) {
  return (msg: Message): void => {
    const lost = lostFields(msg, def.responseDeserialize(def.responseSerialize(msg)), kind, []);
    if (lost.length) throw new Error(`cloud-run stand-in: not in the ${kind} proto (typo or wrong enum name?): ${lost.join(', ')}`);
    if (typeof msg.name !== 'string' || !msg.name) throw new Error(`cloud-run stand-in: a ${kind} needs its full resource name`);
  };
}
const METHODS = { ...Services.service, ...Revisions.service } as Record<string, grpc.MethodDefinition<unknown, unknown>>;
const checkService = checker(Services.service.GetService as grpc.MethodDefinition<unknown, unknown>, 'Service');
const checkRevision = checker(Revisions.service.GetRevision as grpc.MethodDefinition<unknown, unknown>, 'Revision');

// Real NOT_FOUND texts, so code that surfaces them to users can be tested for readability.
const notFound = (name: string, kind: 'SERVICE' | 'REVISION'): Partial<grpc.StatusObject> => {
  const m = /projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)(?:\/revisions\/([^/]+))?/.exec(name);
  const [, project = '?', region = '?', service = name, revision] = m ?? [];
  return {
    code: grpc.status.NOT_FOUND,
    details: `Resource '${kind === 'SERVICE' ? service : (revision ?? name)}' of kind '${kind}' in region '${region}' in project '${project}' does not exist.`,
  };
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The call's HTTP/2 stream: grpc-js offers no public handle on it, and the faults below gRPC need one. */
const streamOf = (call: object): ServerHttp2Stream => {
  const stream = (call as { call?: { stream?: ServerHttp2Stream } }).call?.stream;
  if (!stream) throw new Error("cloud-run stand-in: cannot reach the call's HTTP/2 stream in this @grpc/grpc-js");
  return stream;
};

/** gRPC's length-prefixed message: a zero compression flag, a 4-byte big-endian length, the bytes. */
const frame = (bytes: Buffer): Buffer => {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(bytes.length, 1);
  return Buffer.concat([head, bytes]);
};

const MALFORMED_JSON = Buffer.from('{"name": "projects/test-project/locations/europe-west1/services/scorer", "traff');

/** reset / malformed / truncate, written to the HTTP/2 stream directly; `message` is the serialized real answer. */
const wireFault = (call: object, f: CloudRunFault, message: Buffer): void => {
  const stream = streamOf(call);
  if (f.reset) {
    stream.session?.destroy();
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto' }, { waitForTrailers: true });
  if (f.malformed) {
    stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': '' }));
    stream.end(frame(f.malformed === true ? MALFORMED_JSON : Buffer.from(f.malformed)));
    return;
  }
  const whole = frame(message);
  stream.write(whole.subarray(0, 5 + Math.floor(message.length / 2)), () => stream.session?.destroy());
};

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

  /** Wraps a handler with logging, latency and fault injection. */
  const unary =
    (method: string, run: (req: Message) => Message | Partial<grpc.StatusObject>): grpc.handleUnaryCall<Message, Message> =>
    (call, callback) => {
      const request = call.request;
      const rec: CloudRunRequest = { method, request, code: grpc.status.OK, metadata: {} };
      for (const [k, v] of Object.entries(call.metadata.getMap())) rec.metadata[k] = String(v);
      requests.push(rec);
      const target = String(request.name ?? request.parent ?? '');
      const f = faults.find(
        (x) =>
          x.remaining > 0 &&
          (!x.method || x.method === method) &&
          (x.name === undefined || (typeof x.name === 'string' ? x.name === target : x.name.test(target))),
      );
      if (f) {
        f.remaining--;
        f.hits++;
      }
      void (async () => {
        if (latencyMs) await sleep(latencyMs);
        if (f?.delayMs) await sleep(f.delayMs);
        if (f?.reset || f?.malformed || f?.truncate) {
          const real = run(request);
          return wireFault(call, f, 'code' in real ? Buffer.alloc(0) : (METHODS[method]?.responseSerialize(real) ?? Buffer.alloc(0)));
        }
        const out = f?.code !== undefined ? { code: f.code, details: f.details ?? `injected ${grpc.status[f.code]}` } : run(request);
        if ('code' in out && typeof out.code === 'number') {
          rec.code = out.code;
          callback(out as grpc.ServiceError);
        } else callback(null, structuredClone(out as Message));
      })();
    };

  const page = (all: Message[], req: Message) => {
    const from = Number(req.pageToken || 0);
    const size = Number(req.pageSize || 100);
    return { items: all.slice(from, from + size), nextPageToken: from + size < all.length ? String(from + size) : '' };
  };

  const server = new grpc.Server();
  server.addService(Services.service, {
    GetService: unary('GetService', (req) => services.get(String(req.name)) ?? notFound(String(req.name), 'SERVICE')),
    ListServices: unary('ListServices', (req) => {
      const { items, nextPageToken } = page(
        [...services.values()].filter((s) => String(s.name).startsWith(`${req.parent}/services/`)),
        req,
      );
      return { services: items, nextPageToken };
    }),
  });
  server.addService(Revisions.service, {
    GetRevision: unary('GetRevision', (req) => revisions.get(String(req.name)) ?? notFound(String(req.name), 'REVISION')),
    ListRevisions: unary('ListRevisions', (req) => {
      const parent = String(req.parent);
      if (!services.has(parent)) return notFound(parent, 'SERVICE');
      const { items, nextPageToken } = page(
        [...revisions.values()].filter((r) => String(r.name).startsWith(`${parent}/revisions/`)),
        req,
      );
      return { revisions: items, nextPageToken };
    }),
  });

  const port = await new Promise<number>((ok, fail) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? fail(e) : ok(p))),
  );

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
        // Clients keep channels open; don't wait for them.
        server.tryShutdown(() => ok());
        setTimeout(() => {
          server.forceShutdown();
          ok();
        }, 200).unref();
      }),
  };
}
