// Wire-level Cloud Storage JSON API stand-in: the real @google-cloud/storage client (and gcloud)
// talk to it over HTTP on 127.0.0.1. Only the surface the product and its tests need is served;
// anything else gets a 404 naming the gap and is recorded as a contract violation (contract.ts), as is
// any request or JSON answer that does not match the discovery document: assertNoViolations() (and
// close()) fail the test on them. A 404 is not retried (gcloud retries a 501 for minutes).

import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import { methodOf, StorageContract, type Violation } from './contract.js';
import { crc32cBase64 } from './crc32c.js';
import { generatedHashes, generatedStream } from './generated.js';
import { type ObjectFields, PreconditionFailed, type Preconditions, Store, type StoredObject } from './store.js';

export type { Violation } from './contract.js';
export type { ObjectFields, StoredObject } from './store.js';

export interface FaultSpec {
  method?: string;
  /** Tested against the request path plus query string, e.g. /alt=media/ or /\/upload\//. */
  path?: RegExp;
  /** Respond with this status and a GCS-shaped JSON error (or `body`) instead of serving. */
  status?: number;
  /** How many matching requests the fault applies to (default 1; Infinity for all). */
  times?: number;
  /** Destroy the socket without any response (ECONNRESET on the client). */
  reset?: boolean;
  /** Raw response body (e.g. malformed JSON); status defaults to 200. */
  body?: string;
  /** Serve normally but cut the body off halfway and destroy the socket. */
  truncate?: boolean;
  /** Serve normally but flip a bit in the first body byte; hash headers stay the original ones. */
  corrupt?: boolean;
  /** Wait this long before handling (on top of `latencyMs`). */
  delayMs?: number;
  /** Perform the request (e.g. create the object), then answer `status` (default 503). */
  commitThenFail?: boolean;
}

export interface ActiveFault extends FaultSpec {
  /** Requests this fault has been applied to so far. */
  hits: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Final status; 0 when the socket was reset or cut off. */
  status: number;
  headers: IncomingHttpHeaders;
}

export interface GcsOptions {
  latencyMs?: number;
  /** First generation number handed out; each write takes the next one. */
  firstGeneration?: number;
}

export interface GcsStandin {
  url: string;
  port: number;
  /** Writes an object like an upload would; returns its generation (a decimal string, as in the API). */
  put(bucket: string, name: string, bytes: Buffer | string, opts?: ObjectFields & Preconditions): string;
  /** A `size`-byte object whose bytes are synthesized from `seed` on every read (see generated.ts). */
  putGenerated(bucket: string, name: string, size: number, seed: string, opts?: ObjectFields & Preconditions): Promise<string>;
  get(bucket: string, name: string, generation?: string | number): StoredObject | undefined;
  delete(bucket: string, name: string): boolean;
  /** Live objects (latest generation of each name). */
  readonly objects: StoredObject[];
  readonly requests: RequestRecord[];
  /** Requests and answers that broke the discovery contract, and requests to no method the stand-in serves. */
  readonly violations: Violation[];
  takeViolations(): Violation[];
  assertNoViolations(): void;
  fault(spec: FaultSpec): ActiveFault;
  clearFaults(): void;
  /** Runs `fn` after the next metadata read of bucket/name is computed and before it is sent. */
  onceAfterMetadata(bucket: string, name: string, fn: () => unknown): void;
  setLatency(ms: number): void;
  /** Stops the server; rejects when violations were left unasserted, so no test file passes over one. */
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | Readable;
}

interface Session {
  bucket: string;
  name: string;
  fields: ObjectFields;
  pre: Preconditions;
  chunks: Buffer[];
  received: number;
  done?: StoredObject;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
  body: Buffer.from(JSON.stringify(value)),
});

const REASONS: Record<number, string> = {
  304: 'notModified',
  400: 'invalid',
  404: 'notFound',
  412: 'conditionNotMet',
  429: 'rateLimitExceeded',
};

const error = (code: number, message: string): Reply =>
  json(code, { error: { code, message, errors: [{ message, domain: 'global', reason: REASONS[code] ?? 'backendError' }] } });

const unsupported = (what: string): Reply => error(404, `stand-in does not serve ${what}`);

const noSuchObject = (bucket: string, name: string): Reply => error(404, `No such object: ${bucket}/${name}`);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/**
 * multipart/related: a JSON metadata part, then the media part. Tolerant on purpose: the Node
 * client sends CRLF and a bare boundary, gcloud sends LF and a single-quoted boundary.
 */
function parseMultipart(body: Buffer, contentType: string): Buffer[] {
  const m = /boundary=(?:"([^"]+)"|'([^']+)'|([^;\s]+))/.exec(contentType);
  const boundary = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!boundary) return [];
  const delim = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    const start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    let end = next; // the line break before a delimiter belongs to the delimiter (RFC 2046)
    if (body[end - 1] === 10) end--;
    if (body[end - 1] === 13) end--;
    const part = body.subarray(start, end);
    const crlf = part.indexOf('\r\n\r\n');
    const lf = part.indexOf('\n\n');
    const [at, len] = crlf !== -1 && (lf === -1 || crlf < lf) ? [crlf, 4] : [lf, 2];
    parts.push(part.subarray(at === -1 ? part.length : at + len));
    pos = next;
  }
  return parts;
}

function fieldsFrom(meta: Record<string, unknown>, headers: IncomingHttpHeaders): ObjectFields {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const contentType = str(meta.contentType) ?? str(headers['x-upload-content-type']);
  const contentEncoding = str(meta.contentEncoding);
  const cacheControl = str(meta.cacheControl);
  const metadata = meta.metadata as Record<string, string> | undefined;
  return {
    ...(contentType ? { contentType } : {}),
    ...(contentEncoding ? { contentEncoding } : {}),
    ...(cacheControl ? { cacheControl } : {}),
    ...(metadata ? { metadata } : {}),
  };
}

const preconditions = (q: URLSearchParams): Preconditions => {
  const p: Preconditions = {};
  for (const k of ['ifGenerationMatch', 'ifGenerationNotMatch', 'ifMetagenerationMatch', 'ifMetagenerationNotMatch'] as const) {
    const v = q.get(k);
    if (v !== null) p[k] = v;
  }
  return p;
};

let contract: StorageContract | undefined;

export async function startGcs(options: GcsOptions = {}): Promise<GcsStandin> {
  const store = new Store(options.firstGeneration ?? 1_700_000_000_000_001);
  const requests: RequestRecord[] = [];
  const faults: (ActiveFault & { remaining: number })[] = [];
  const hooks: { bucket: string; name: string; fn: () => unknown }[] = [];
  const sessions = new Map<string, Session>();
  contract ??= new StorageContract();
  const violations: Violation[] = [];
  const violation = (v: Violation) => violations.push(v);
  /** A JSON body the client sent, against the method's request schema. */
  const checkBody = (req: IncomingMessage, url: URL, body: unknown) => {
    const methodId = methodOf(req.method ?? 'GET', url.pathname);
    if (!methodId) return;
    const problems = (contract as StorageContract).checkRequest(methodId, new URLSearchParams(), body);
    if (problems.length) violation({ direction: 'request', methodId, method: req.method ?? 'GET', path: url.pathname, problems });
  };
  let latencyMs = options.latencyMs ?? 0;
  let sessionCounter = 0;

  const resource = (o: StoredObject, base: string) => {
    const enc = encodeURIComponent(o.name);
    return {
      kind: 'storage#object',
      id: `${o.bucket}/${o.name}/${o.generation}`,
      selfLink: `${base}/storage/v1/b/${o.bucket}/o/${enc}`,
      mediaLink: `${base}/download/storage/v1/b/${o.bucket}/o/${enc}?generation=${o.generation}&alt=media`,
      name: o.name,
      bucket: o.bucket,
      generation: o.generation,
      metageneration: String(o.metageneration),
      contentType: o.contentType,
      storageClass: 'STANDARD',
      size: String(o.size),
      md5Hash: o.md5Hash,
      crc32c: o.crc32c,
      etag: Buffer.from(`${o.generation}/${o.metageneration}`).toString('base64'),
      timeCreated: o.timeCreated,
      updated: o.updated,
      ...(o.contentEncoding ? { contentEncoding: o.contentEncoding } : {}),
      ...(o.cacheControl ? { cacheControl: o.cacheControl } : {}),
      ...(o.metadata ? { metadata: o.metadata } : {}),
    };
  };

  /** Upload finalisation: verify client-sent hashes like GCS does, then check preconditions and write. */
  const commit = (
    s: Omit<Session, 'chunks' | 'received'>,
    bytes: Buffer,
    headers: IncomingHttpHeaders,
    meta: Record<string, unknown>,
  ): StoredObject | Reply => {
    const sent = Object.fromEntries(
      String(headers['x-goog-hash'] ?? '')
        .split(',')
        .filter((kv) => kv.includes('='))
        .map((kv) => [kv.slice(0, kv.indexOf('=')).trim(), kv.slice(kv.indexOf('=') + 1)]),
    );
    const crc = crc32cBase64(bytes);
    const md5 = createHash('md5').update(bytes).digest('base64');
    const wantCrc = sent.crc32c ?? (typeof meta.crc32c === 'string' ? meta.crc32c : undefined);
    const wantMd5 = sent.md5 ?? (typeof meta.md5Hash === 'string' ? meta.md5Hash : undefined);
    if (wantCrc && wantCrc !== crc) return error(400, `Provided CRC32C "${wantCrc}" doesn't match calculated CRC32C "${crc}".`);
    if (wantMd5 && wantMd5 !== md5) return error(400, `Provided MD5 hash "${wantMd5}" doesn't match calculated MD5 hash "${md5}".`);
    return store.write(s.bucket, s.name, bytes, s.fields, s.pre);
  };

  const media = (o: StoredObject, req: IncomingMessage): Reply => {
    const stored = o.contentEncoding ?? 'identity';
    const headers: Record<string, string> = {
      'content-type': o.contentType ?? 'application/octet-stream',
      'x-goog-hash': `crc32c=${o.crc32c},md5=${o.md5Hash}`,
      'x-goog-generation': o.generation,
      'x-goog-metageneration': String(o.metageneration),
      'x-goog-stored-content-encoding': stored,
      'x-goog-stored-content-length': String(o.size),
      'x-goog-storage-class': 'STANDARD',
      etag: `"${o.md5Hash}"`,
      'last-modified': new Date(o.updated).toUTCString(),
      'accept-ranges': 'bytes',
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    let start = 0;
    let end = o.size;
    if (range) {
      const [, a = '', b = ''] = range;
      if (a === '') start = Math.max(0, o.size - Number(b));
      else {
        start = Number(a);
        if (b !== '') end = Math.min(o.size, Number(b) + 1);
      }
      if (start >= o.size) return error(416, 'Request range not satisfiable');
      headers['content-range'] = `bytes ${start}-${end - 1}/${o.size}`;
    }
    const body = Buffer.isBuffer(o.body) ? o.body.subarray(start, end) : generatedStream(o.body.seed, start, end);
    // Stored gzip is served as-is to clients that accept gzip (so they can validate the stored
    // hash) and decompressed otherwise, which is GCS's "decompressive transcoding".
    if (stored === 'gzip' && !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const src = Buffer.isBuffer(body) ? Readable.from([body]) : body;
      return { status: 200, headers, body: src.pipe(createGunzip()) };
    }
    if (stored === 'gzip') headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(end - start);
    return { status: range ? 206 : 200, headers, body };
  };

  const list = (bucket: string, q: URLSearchParams, base: string): Reply => {
    const prefix = q.get('prefix') ?? '';
    const delimiter = q.get('delimiter') ?? '';
    const all = (q.get('versions') === 'true' ? store.allVersions() : store.liveObjects())
      .filter((o) => o.bucket === bucket && o.name.startsWith(prefix))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : Number(x.generation) - Number(y.generation)));
    const items: StoredObject[] = [];
    const prefixes = new Set<string>();
    for (const o of all) {
      const cut = delimiter ? o.name.indexOf(delimiter, prefix.length) : -1;
      if (cut === -1) items.push(o);
      else prefixes.add(o.name.slice(0, cut + delimiter.length));
    }
    const from = Number(q.get('pageToken') ?? 0);
    const max = Number(q.get('maxResults') ?? 1000);
    const page = items.slice(from, from + max);
    return json(200, {
      kind: 'storage#objects',
      ...(from + max < items.length ? { nextPageToken: String(from + max) } : {}),
      ...(prefixes.size ? { prefixes: [...prefixes] } : {}),
      ...(page.length ? { items: page.map((o) => resource(o, base)) } : {}),
    });
  };

  const route = async (req: IncomingMessage, url: URL): Promise<Reply> => {
    const base = `http://${req.headers.host}`;
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const segs = url.pathname.split('/').slice(1).map(decodeURIComponent);
    // /storage/v1/b/{bucket}[/o[/{object…}]], /download/storage/v1/…, /upload/storage/v1/…, and
    // gcloud's /resumable/upload/storage/v1/… for resumable uploads.
    if (segs[0] === 'resumable') segs.shift();
    const prefix = segs[0] === 'storage' ? '' : (segs.shift() ?? '');
    const [api, version, b, bucket, o, ...rest] = segs;
    if (api !== 'storage' || version !== 'v1' || b !== 'b' || !bucket) return unsupported(`${method} ${url.pathname}`);
    const name = rest.join('/');

    if (prefix === 'upload' && method === 'POST') {
      const meta = JSON.parse((await readBodyFor(req, q)).metaText || '{}') as Record<string, unknown>;
      checkBody(req, url, meta);
      return upload(req, q, bucket, meta, base);
    }
    if (prefix === 'upload' && method === 'PUT') return resumableChunk(req, q, base);
    if (!o && method === 'GET')
      return json(200, {
        kind: 'storage#bucket',
        id: bucket,
        name: bucket,
        location: 'US',
        storageClass: 'STANDARD',
        versioning: { enabled: true },
      });
    if (o === 'o' && !name && method === 'GET') return list(bucket, q, base);
    if (o !== 'o' || !name) return unsupported(`${method} ${url.pathname}`);

    const obj = store.find(bucket, name, q.get('generation') ?? undefined);
    if (method === 'GET') {
      if (!obj) return noSuchObject(bucket, name);
      Store.check(obj, preconditions(q), false);
      if (q.get('alt') === 'media' || prefix === 'download') return media(obj, req);
      const reply = json(200, resource(obj, base));
      const i = hooks.findIndex((h) => h.bucket === bucket && h.name === name);
      if (i !== -1) await hooks.splice(i, 1)[0]?.fn();
      return reply;
    }
    if (method === 'PATCH') {
      const body = JSON.parse((await readBody(req)).toString() || '{}') as Record<string, unknown>;
      checkBody(req, url, body);
      if (!obj) return noSuchObject(bucket, name);
      Store.check(obj, preconditions(q), true);
      return json(200, resource(store.patch(obj, fieldsFrom(body, {})), base));
    }
    if (method === 'DELETE') {
      if (!obj || obj !== store.current(bucket, name)) return noSuchObject(bucket, name);
      Store.check(obj, preconditions(q), true);
      store.delete(bucket, name);
      return { status: 204 };
    }
    return unsupported(`${method} ${url.pathname}`);
  };

  // multipart / media bodies are read here; resumable initiation carries only JSON metadata.
  const bodies = new WeakMap<IncomingMessage, Buffer>();
  async function readBodyFor(req: IncomingMessage, q: URLSearchParams): Promise<{ metaText: string }> {
    const raw = await readBody(req);
    const type = q.get('uploadType');
    if (type === 'multipart') {
      const [meta, data] = parseMultipart(raw, String(req.headers['content-type'] ?? ''));
      bodies.set(req, data ?? Buffer.alloc(0));
      return { metaText: meta?.toString() ?? '' };
    }
    if (type === 'media') {
      bodies.set(req, raw);
      return { metaText: '' };
    }
    return { metaText: raw.toString() };
  }

  const upload = (req: IncomingMessage, q: URLSearchParams, bucket: string, meta: Record<string, unknown>, base: string): Reply => {
    const name = (typeof meta.name === 'string' ? meta.name : undefined) ?? q.get('name');
    if (!name) return error(400, 'Required parameter: name');
    const s = { bucket, name, fields: fieldsFrom(meta, req.headers), pre: preconditions(q) };
    const type = q.get('uploadType');
    if (type === 'resumable') {
      // Checked here as well as at finalisation so a doomed create fails before any bytes move.
      Store.check(store.current(bucket, name), s.pre, true);
      const id = `session-${++sessionCounter}`;
      sessions.set(id, { ...s, chunks: [], received: 0 });
      const location = `${base}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o?uploadType=resumable&name=${encodeURIComponent(name)}&upload_id=${id}`;
      return { status: 200, headers: { location, 'x-guploader-uploadid': id, 'content-length': '0' } };
    }
    if (type !== 'multipart' && type !== 'media') return error(400, `Invalid uploadType: ${type}`);
    const done = commit(s, bodies.get(req) ?? Buffer.alloc(0), req.headers, meta);
    return 'status' in done ? done : json(200, resource(done, base));
  };

  const resumableChunk = async (req: IncomingMessage, q: URLSearchParams, base: string): Promise<Reply> => {
    const data = await readBody(req);
    const s = sessions.get(q.get('upload_id') ?? '');
    if (!s) return error(404, 'No such upload session');
    if (s.done) return json(200, resource(s.done, base));
    // Content-Range: "bytes a-b/total", "bytes a-*/total|*" (the Node client's single-request
    // form: the request body is everything from a on), "bytes */total", or "bytes */*" (status query).
    const m = /^bytes (?:(\d+)-(\d+|\*)|\*)\/(\d+|\*)$/.exec(String(req.headers['content-range'] ?? 'bytes */*'));
    if (!m) return error(400, `Bad Content-Range: ${req.headers['content-range']}`);
    const [, first, last, totalText] = m;
    if (first !== undefined) {
      const at = Number(first);
      if (at > s.received) return error(400, `Chunk starts at ${at} but only ${s.received} bytes were received`);
      const fresh = data.subarray(s.received - at); // resent overlap is ignored, as GCS does
      s.chunks.push(fresh);
      s.received += fresh.length;
    }
    const total = totalText !== '*' ? Number(totalText) : last === '*' ? s.received : undefined;
    if (total !== undefined && s.received === total) {
      const done = commit(s, Buffer.concat(s.chunks), req.headers, {});
      if ('status' in done) return done;
      s.done = done;
      s.chunks = [];
      return json(200, resource(done, base));
    }
    if (total !== undefined && s.received > total) return error(400, 'More bytes received than the declared total');
    return { status: 308, headers: s.received ? { range: `bytes=0-${s.received - 1}` } : {} };
  };

  const takeFault = (method: string, target: string) => {
    const f = faults.find((x) => x.remaining > 0 && (!x.method || x.method === method) && (!x.path || x.path.test(target)));
    if (f) {
      f.remaining--;
      f.hits++;
    }
    return f;
  };

  const send = async (res: ServerResponse, reply: Reply, f: FaultSpec | undefined, head: boolean): Promise<number> => {
    const headers = { ...reply.headers };
    if (Buffer.isBuffer(reply.body)) headers['content-length'] = String(reply.body.length);
    else if (!reply.body) headers['content-length'] ??= '0';
    res.writeHead(reply.status, headers);
    if (head || !reply.body) {
      res.end();
      return reply.status;
    }
    const src = Buffer.isBuffer(reply.body) ? Readable.from([reply.body]) : reply.body;
    if (!f?.corrupt && !f?.truncate) {
      // Fast path: plain piping keeps a 1 GB synthetic download near loopback speed.
      return pipeline(src, res).then(
        () => reply.status,
        () => 0,
      );
    }
    const total = Number(headers['content-length'] ?? Number.NaN);
    const cutAt = f?.truncate ? Math.floor((Number.isNaN(total) ? 2 : total) / 2) : undefined;
    const write = (c: Buffer) =>
      new Promise<void>((ok, fail) => {
        const gone = () => fail(new Error('client went away'));
        res.once('close', gone);
        res.write(c, (e) => {
          res.off('close', gone);
          if (e) fail(e);
          else ok();
        });
      });
    let sent = 0;
    try {
      for await (const raw of src) {
        let c = raw as Buffer;
        if (f?.corrupt && sent === 0 && c.length) {
          c = Buffer.from(c); // never modify the stored body
          c[0] = (c[0] as number) ^ 0x01;
        }
        if (cutAt !== undefined && sent + c.length >= cutAt) {
          await write(c.subarray(0, cutAt - sent));
          res.socket?.destroy();
          return 0;
        }
        await write(c);
        sent += c.length;
      }
      res.end();
      return reply.status;
    } catch {
      src.destroy();
      res.destroy();
      return 0;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const rec: RequestRecord = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, headers: req.headers };
    requests.push(rec);
    const methodId = methodOf(method, url.pathname);
    const c = contract as StorageContract;
    if (!methodId)
      violation({
        direction: 'request',
        methodId: '(none)',
        method,
        path: url.pathname,
        problems: ['no Cloud Storage JSON API method the stand-in serves'],
      });
    else {
      const problems = c.checkRequest(methodId, url.searchParams);
      if (problems.length) violation({ direction: 'request', methodId, method, path: url.pathname, problems });
    }
    req.on('error', () => {});
    if (latencyMs) await sleep(latencyMs);
    const f = takeFault(method, url.pathname + url.search);
    if (f?.delayMs) await sleep(f.delayMs);
    if (f?.reset) {
      req.socket.destroy();
      return;
    }
    let reply: Reply;
    if (f && !f.commitThenFail && (f.status !== undefined || f.body !== undefined)) {
      await readBody(req).catch(() => undefined); // let the client finish sending before we answer
      const status = f.status ?? 200;
      reply =
        f.body !== undefined
          ? { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: Buffer.from(f.body) }
          : error(status, `Injected fault: HTTP ${status}`);
    } else {
      try {
        reply = await route(req, url);
      } catch (e) {
        if (e instanceof PreconditionFailed) reply = e.status === 304 ? { status: 304 } : error(412, e.message);
        else if (e instanceof SyntaxError) reply = error(400, `Invalid JSON: ${e.message}`);
        else throw e;
      }
      // Media (the object's own bytes, JSON or not) has no schema; its errors do.
      const media = url.searchParams.get('alt') === 'media' || url.pathname.startsWith('/download/');
      if (!media || reply.status >= 400) checkReply(reply, methodId ?? '(none)', method, url.pathname);
      if (f?.commitThenFail) {
        if (reply.body instanceof Readable) reply.body.destroy();
        reply = error(f.status ?? 503, `Injected fault after commit: HTTP ${f.status ?? 503}`);
      }
    }
    if (!req.readableEnded) await readBody(req).catch(() => undefined);
    rec.status = await send(res, reply, f, method === 'HEAD');
  };

  /** A JSON answer the stand-in made (never an injected fault's) against the method's response schema. */
  const checkReply = (reply: Reply, methodId: string, method: string, path: string) => {
    if (!Buffer.isBuffer(reply.body) || !String(reply.headers?.['content-type'] ?? '').startsWith('application/json')) return;
    let body: unknown;
    try {
      body = JSON.parse(reply.body.toString('utf8'));
    } catch {
      violation({ direction: 'response', methodId, method, path, problems: ['the answer is not JSON'] });
      return;
    }
    const problems = (contract as StorageContract).checkResponse(methodId, reply.status, body);
    if (problems.length) violation({ direction: 'response', methodId, method, path, problems });
  };

  const takeViolations = () => violations.splice(0);
  const assertNoViolations = () => {
    const found = takeViolations();
    if (found.length) {
      const lines = found.map((v) => `${v.direction} ${v.method} ${v.path} (${v.methodId}):\n    ${v.problems.join('\n    ')}`);
      throw new Error(`Cloud Storage contract violations:\n  ${lines.join('\n  ')}`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A stand-in bug must fail the test visibly, not hang it.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`stand-in error: ${e instanceof Error ? e.stack : String(e)}`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const fields = (opts: ObjectFields & Preconditions): ObjectFields => {
    const { ifGenerationMatch: _a, ifGenerationNotMatch: _b, ifMetagenerationMatch: _c, ifMetagenerationNotMatch: _d, ...rest } = opts;
    return rest;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    put: (bucket, name, bytes, opts = {}) => store.write(bucket, name, Buffer.from(bytes), fields(opts), opts).generation,
    putGenerated: async (bucket, name, size, seed, opts = {}) => {
      const h = await generatedHashes(seed, size);
      return store.write(bucket, name, { seed, size, ...h }, fields(opts), opts).generation;
    },
    get: (bucket, name, generation) => store.find(bucket, name, generation),
    delete: (bucket, name) => store.delete(bucket, name),
    get objects() {
      return store.liveObjects();
    },
    requests,
    violations,
    takeViolations,
    assertNoViolations,
    fault(spec) {
      const f = { ...spec, hits: 0, remaining: spec.times ?? 1 };
      faults.push(f);
      return f;
    },
    clearFaults: () => {
      faults.length = 0;
    },
    onceAfterMetadata: (bucket, name, fn) => {
      hooks.push({ bucket, name, fn });
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      assertNoViolations();
    },
  };
}
