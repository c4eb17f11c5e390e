// Self-test of the GCS stand-in, driven by the real @google-cloud/storage client over HTTP.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CRC32C, Storage, type StorageOptions } from '@google-cloud/storage';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloadListeners } from '../../src/gcs/client.js';
import { cliOnPath, isolatedGcloudEnv } from '../helpers/gcloud.js';
import { StorageContract } from './gcs/contract.js';
import { crc32cBase64, type GcsStandin, generatedBytes, startGcs } from './gcs/index.js';

// A custom apiEndpoint makes the client skip authentication entirely (useAuthWithCustomEndpoint
// defaults to false), so no credentials, no ADC lookup and no metadata server are involved.
// maxRetryDelay (seconds) only shortens the back-off so retry tests stay fast; file.save() rejects
// anything under 1 s (async-retry: "minTimeout is greater than maxTimeout"), hence two clients.
const client = (url: string, extra: StorageOptions = {}) => {
  allowDownloadListeners(); // as the product's storageClient does: a cut-off download's body carries 11 listeners
  return new Storage({ apiEndpoint: url, projectId: 'test-project', retryOptions: { maxRetryDelay: 0.05 }, ...extra });
};

let gcs: GcsStandin;
let storage: Storage;
let uploads: Storage;
beforeAll(async () => {
  gcs = await startGcs();
  storage = client(gcs.url);
  uploads = client(gcs.url, { retryOptions: { maxRetryDelay: 1 } });
});
afterAll(() => gcs.close());
afterEach(() => {
  gcs.clearFaults();
  gcs.setLatency(0);
  gcs.assertNoViolations();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: unknown }) => e.code,
  );

describe('checksums', () => {
  it('our CRC32C agrees with the client library and the standard check value', () => {
    expect(crc32cBase64(Buffer.from('123456789'))).toBe(Buffer.from('e3069283', 'hex').toString('base64'));
    for (const size of [0, 1, 7, 8, 9, 4096 + 3]) {
      const data = randomBytes(size);
      const theirs = new CRC32C();
      theirs.update(data);
      expect(crc32cBase64(data)).toBe(theirs.toString());
    }
  });
});

describe('uploads with preconditions', () => {
  it.each([
    ['resumable', true],
    ['multipart', false],
  ])('%s: ifGenerationMatch 0 creates once, then 412', async (_kind, resumable) => {
    const file = uploads.bucket('b').file(`create-${resumable}.json`);
    const body = Buffer.from('{"v":1}');
    await file.save(body, { resumable, preconditionOpts: { ifGenerationMatch: 0 }, metadata: { metadata: { sha256: sha256(body) } } });
    const uploadType = resumable ? 'resumable' : 'multipart';
    expect(gcs.requests.some((r) => r.path.startsWith('/upload/') && r.query.uploadType === uploadType)).toBe(true);
    expect(await code(file.save('{"v":2}', { resumable, preconditionOpts: { ifGenerationMatch: 0 } }))).toBe(412);
    expect(gcs.get('b', file.name)?.body.toString()).toBe('{"v":1}');
  });

  it('ifGenerationMatch <current> replaces, with the next generation', async () => {
    const g1 = Number(gcs.put('b', 'gen', 'one'));
    await uploads
      .bucket('b')
      .file('gen')
      .save('two', { resumable: false, preconditionOpts: { ifGenerationMatch: g1 } });
    const [meta] = await storage.bucket('b').file('gen').getMetadata();
    expect(Number(meta.generation)).toBe(g1 + 1);
  });
});

describe('metadata and downloads', () => {
  it('getMetadata shows generation, hashes and custom metadata', async () => {
    const body = Buffer.from('model bytes');
    const gen = gcs.put('b', 'models/m.bin', body, { contentType: 'application/octet-stream', metadata: { sha256: sha256(body) } });
    const [meta] = await storage.bucket('b').file('models/m.bin').getMetadata();
    const theirs = new CRC32C();
    theirs.update(body);
    expect(meta).toMatchObject({
      name: 'models/m.bin',
      bucket: 'b',
      generation: gen,
      metageneration: '1',
      size: String(body.length),
      crc32c: theirs.toString(),
      md5Hash: createHash('md5').update(body).digest('base64'),
      metadata: { sha256: sha256(body) },
    });
  });

  it('404 and 412 come back as JSON API errors', async () => {
    const gen = gcs.put('b', 'pre', 'x');
    expect(await code(storage.bucket('b').file('absent').getMetadata())).toBe(404);
    expect(await storage.bucket('b').file('absent').exists()).toEqual([false]);
    expect(
      await code(
        storage
          .bucket('b')
          .file('pre')
          .getMetadata({ ifGenerationMatch: Number(gen) + 1 }),
      ),
    ).toBe(412);
    const [meta] = await storage
      .bucket('b')
      .file('pre')
      .getMetadata({ ifGenerationMatch: Number(gen) });
    expect(meta.generation).toBe(gen);
  });

  it('downloads exactly the requested generation', async () => {
    const g1 = gcs.put('b', 'versioned', 'first');
    gcs.put('b', 'versioned', 'second');
    const [latest] = await storage.bucket('b').file('versioned').download();
    const [old] = await storage.bucket('b').file('versioned', { generation: g1 }).download();
    expect([latest.toString(), old.toString()]).toEqual(['second', 'first']);
    expect(gcs.requests.at(-1)?.query).toMatchObject({ alt: 'media', generation: g1 });
  });

  it('a corrupted body fails the client’s CRC32C validation', async () => {
    gcs.put('b', 'corrupt', randomBytes(1000));
    gcs.fault({ path: /alt=media/, corrupt: true });
    expect(await code(storage.bucket('b').file('corrupt').download())).toBe('CONTENT_DOWNLOAD_MISMATCH');
    // Same bytes without the fault validate fine, so it was the corruption that was caught.
    await expect(storage.bucket('b').file('corrupt').download()).resolves.toBeDefined();
  });

  it('a truncated body is an error, not short data', async () => {
    gcs.put('b', 'trunc', randomBytes(100_000));
    gcs.fault({ path: /alt=media/, truncate: true });
    await expect(storage.bucket('b').file('trunc').download()).rejects.toThrow();
  });

  it('synthetic objects stream deterministically and validate', async () => {
    const size = 5 * 1024 * 1024 + 3;
    await gcs.putGenerated('b', 'big', size, 'seed-1');
    const [data] = await storage.bucket('b').file('big').download();
    expect(data.equals(await generatedBytes('seed-1', size))).toBe(true);
    const [slice] = await storage.bucket('b').file('big').download({ start: 1000, end: 1999 });
    expect(slice.equals(data.subarray(1000, 2000))).toBe(true);
  });

  it('lists objects by prefix', async () => {
    gcs.put('list', 'a/1', 'x');
    gcs.put('list', 'a/2', 'x');
    gcs.put('list', 'b/1', 'x');
    const [files] = await storage.bucket('list').getFiles({ prefix: 'a/' });
    expect(files.map((f) => f.name)).toEqual(['a/1', 'a/2']);
  });
});

describe('faults', () => {
  it('503 once is retried by the client', async () => {
    gcs.put('b', 'retry', 'ok');
    const f = gcs.fault({ path: /\/o\/retry$/, status: 503 }); // metadata GET only, not alt=media
    const [meta] = await storage.bucket('b').file('retry').getMetadata();
    const [data] = await storage.bucket('b').file('retry').download();
    expect([meta.name, data.toString(), f.hits]).toEqual(['retry', 'ok', 1]);
  });

  it('a connection reset during a download is retried', async () => {
    gcs.put('b', 'reset-dl', 'ok');
    const f = gcs.fault({ path: /alt=media/, reset: true });
    const [data] = await storage.bucket('b').file('reset-dl').download();
    expect([data.toString(), f.hits]).toEqual(['ok', 1]);
  });

  // Client bug, not a stand-in artefact (same crash against a bare http server): when a media
  // download gets a retryable status, retry-request destroys the stream from its 'response'
  // listener and teeny-request 11.1.1 then pipes into it → unhandled ERR_STREAM_UNABLE_TO_PIPE,
  // which kills a Node process. googleapis/google-cloud-node#8670 (fix PR #9160). Run in a child
  // process so the crash is observable; if this starts failing, the library got fixed.
  it('a 503 on a media download crashes the process (client bug #8670)', async () => {
    gcs.put('b', 'retry-dl', 'ok');
    gcs.fault({ path: /alt=media/, status: 503 });
    const script = `
      import { Storage } from '@google-cloud/storage';
      const s = new Storage({ apiEndpoint: ${JSON.stringify(gcs.url)}, projectId: 'p', retryOptions: { maxRetryDelay: 0.05 } });
      const [d] = await s.bucket('b').file('retry-dl').download();
      console.log('downloaded:' + d);`;
    const child = promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() });
    const outcome = await child.then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.out).toContain('ERR_STREAM_UNABLE_TO_PIPE');
  });

  it('a connection reset is retried', async () => {
    gcs.put('b', 'reset', 'ok');
    const f = gcs.fault({ path: /\/o\/reset/, reset: true });
    const [meta] = await storage.bucket('b').file('reset').getMetadata();
    expect([meta.name, f.hits]).toEqual(['reset', 1]);
  });

  it('malformed JSON is retried like a 5xx, and surfaces once retries run out', async () => {
    gcs.put('b', 'garbled', 'ok');
    const once = gcs.fault({ path: /\/o\/garbled/, body: '{"kind": "storage#obj' });
    await expect(storage.bucket('b').file('garbled').getMetadata()).resolves.toBeDefined();
    const always = gcs.fault({ path: /\/o\/garbled/, body: '{"kind": "storage#obj', times: Infinity });
    await expect(storage.bucket('b').file('garbled').getMetadata()).rejects.toThrow(/JSON/);
    expect([once.hits, always.hits]).toEqual([1, 4]); // 1 try + maxRetries (3)
  });

  it('commitThenFail + create-only: the client retries into its own object and reports 412', async () => {
    gcs.fault({ method: 'POST', path: /uploadType=multipart/, commitThenFail: true });
    const file = uploads.bucket('b').file('committed');
    // The client retries the create; the retry meets the object its first attempt made.
    expect(await code(file.save('v1', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } }))).toBe(412);
    expect(gcs.get('b', 'committed')?.body.toString()).toBe('v1');
  });

  it('commitThenFail on a resumable upload is healed by the session status check', async () => {
    gcs.fault({ method: 'PUT', path: /upload_id=/, commitThenFail: true });
    const file = uploads.bucket('b').file('committed-resumable');
    await file.save('v1', { resumable: true, preconditionOpts: { ifGenerationMatch: 0 } });
    expect(gcs.get('b', 'committed-resumable')?.body.toString()).toBe('v1');
  });

  // Client quirk worth knowing: save() without preconditions sets retryOptions.autoRetry = false
  // on the shared Storage instance and never restores it, so every later call on that instance —
  // reads included — stops retrying.
  it('an unconditional save() switches retries off for the whole Storage instance', async () => {
    const fresh = client(gcs.url, { retryOptions: { maxRetryDelay: 1 } });
    gcs.put('b', 'quirk', 'x');
    gcs.fault({ path: /\/o\/quirk$/, status: 503 });
    await expect(fresh.bucket('b').file('quirk').getMetadata()).resolves.toBeDefined();
    await fresh.bucket('b').file('other').save('y', { resumable: false });
    gcs.fault({ path: /\/o\/quirk$/, status: 503 });
    expect(await code(fresh.bucket('b').file('quirk').getMetadata())).toBe(503);
  });

  it('generation race: the object changes between metadata read and download', async () => {
    const g1 = gcs.put('b', 'race', 'old');
    gcs.onceAfterMetadata('b', 'race', () => gcs.put('b', 'race', 'new'));
    const file = storage.bucket('b').file('race');
    const [meta] = await file.getMetadata();
    expect(meta.generation).toBe(g1);
    const [unpinned] = await file.download();
    const [pinned] = await storage.bucket('b').file('race', { generation: meta.generation }).download();
    expect([unpinned.toString(), pinned.toString()]).toEqual(['new', 'old']);
  });

  it('latencyMs delays every request', async () => {
    gcs.put('b', 'slow', 'x');
    gcs.setLatency(150);
    const t0 = performance.now();
    await storage.bucket('b').file('slow').getMetadata();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });
});

describe('authentication', () => {
  it('sends no credentials by default; a static bearer token with useAuthWithCustomEndpoint', async () => {
    gcs.put('b', 'auth', 'x');
    await storage.bucket('b').file('auth').getMetadata();
    expect(gcs.requests.at(-1)?.headers.authorization).toBeUndefined();
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: 'test-token' });
    await client(gcs.url, { authClient, useAuthWithCustomEndpoint: true }).bucket('b').file('auth').getMetadata();
    expect(gcs.requests.at(-1)?.headers.authorization).toBe('Bearer test-token');
  });
});

// A second, independent client: the Google Cloud CLI.
const gcloud = cliOnPath('gcloud') !== undefined;
// Each gcloud run starts a Python interpreter: seconds on a quiet machine, tens of seconds on a busy one.
describe.skipIf(!gcloud)(`gcloud CLI as a second client${gcloud ? '' : ' — skipped: gcloud is not on PATH'}`, { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gcloud-standin-'));
    await writeFile(join(dir, 'token'), 'test-token');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    promisify(execFile)('gcloud', args, {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
      env: isolatedGcloudEnv(dir, { CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE: `${gcs.url}/` }),
    });

  it('gcloud storage cat reads the same bytes', async () => {
    const body = randomBytes(300_000);
    gcs.put('b', 'cli/object.bin', body);
    const { stdout } = await run(['storage', 'cat', 'gs://b/cli/object.bin']);
    expect(Buffer.compare(stdout, body)).toBe(0);
    expect(gcs.requests.at(-1)).toMatchObject({ path: '/download/storage/v1/b/b/o/cli%2Fobject.bin', query: { alt: 'media' } });
    expect(gcs.requests.at(-1)?.headers.authorization).toBe('Bearer test-token');
  });

  // `storage cat` does not check hashes; `storage cp` to a file does, so corruption must fail it.
  it('gcloud storage cp validates the hashes the stand-in serves', async () => {
    const body = randomBytes(1000);
    gcs.put('b', 'cli/checked.bin', body);
    await run(['storage', 'cp', 'gs://b/cli/checked.bin', join(dir, 'ok.bin')]);
    expect(Buffer.compare(await readFile(join(dir, 'ok.bin')), body)).toBe(0);
    gcs.fault({ path: /alt=media/, corrupt: true });
    await expect(run(['storage', 'cp', 'gs://b/cli/checked.bin', join(dir, 'bad.bin')])).rejects.toThrow(/does not match/);
  });

  it('gcloud uploads (multipart and resumable) are readable by the Node client; create-only gives 412', async () => {
    await writeFile(join(dir, 'small.txt'), 'uploaded by gcloud');
    await writeFile(join(dir, 'big.bin'), randomBytes(9 * 1024 * 1024)); // over gcloud's 8 MiB resumable threshold
    await run(['storage', 'cp', '--if-generation-match=0', join(dir, 'small.txt'), 'gs://b/cli/small.txt']);
    await run(['storage', 'cp', join(dir, 'big.bin'), 'gs://b/cli/big.bin']);
    expect(gcs.requests.some((r) => r.path.startsWith('/resumable/upload/'))).toBe(true);
    const [small] = await storage.bucket('b').file('cli/small.txt').download();
    const [big] = await storage.bucket('b').file('cli/big.bin').download();
    expect(small.toString()).toBe('uploaded by gcloud');
    expect(big.equals(await readFile(join(dir, 'big.bin')))).toBe(true);
    await expect(run(['storage', 'cp', '--if-generation-match=0', join(dir, 'small.txt'), 'gs://b/cli/small.txt'])).rejects.toThrow(
      /412|[Pp]recondition/,
    );
  });
});

describe('the contract (storage_v1.json from the Google Cloud CLI)', () => {
  const contract = new StorageContract();

  it('answers an unknown path or method with 404 and records a violation that fails the test', async () => {
    for (const [method, path] of [
      ['GET', '/storage/v1/b/b/iam'],
      ['POST', '/storage/v1/b/b/o/x/compose'],
      ['GET', '/nothing/here'],
      ['PUT', '/storage/v1/b/b/o/x'],
    ] as const) {
      const res = await fetch(`${gcs.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as { error: { code: number } }).error.code).toBe(404);
    }
    const violations = gcs.takeViolations();
    expect(violations.map((v) => `${v.method} ${v.path} ${v.methodId}`)).toEqual([
      'GET /storage/v1/b/b/iam (none)',
      'POST /storage/v1/b/b/o/x/compose (none)',
      'GET /nothing/here (none)',
      'PUT /storage/v1/b/b/o/x (none)',
    ]);
    gcs.put('b', 'left.json', '{}');
    await fetch(`${gcs.url}/nothing`);
    expect(() => gcs.assertNoViolations()).toThrow(/Cloud Storage contract violations:\n {2}request GET \/nothing/);
  });

  it('records a query parameter or a body field the method does not take', async () => {
    gcs.put('b', 'q.json', '{}');
    expect((await fetch(`${gcs.url}/storage/v1/b/b/o/q.json?ifGenerationMatsh=1`)).status).toBe(200);
    await fetch(`${gcs.url}/storage/v1/b/b/o/q.json`, { method: 'PATCH', body: JSON.stringify({ metadata: { a: 'b' }, colour: 'red' }) });
    expect(gcs.takeViolations().flatMap((v) => v.problems)).toEqual([
      'query parameter "ifGenerationMatsh" is not defined for storage.objects.get',
      'Object/: unknown property "colour"',
    ]);
  });

  it("checks answers: the stand-in's own are clean, a made-up field or a number for an int64 is not", async () => {
    gcs.put('b', 'r.json', '{"a":1}', { metadata: { sha256: 'x' } });
    const own = await (await fetch(`${gcs.url}/storage/v1/b/b/o/r.json`)).json();
    expect(contract.checkResponse('storage.objects.get', 200, own)).toEqual([]);
    const list = await (await fetch(`${gcs.url}/storage/v1/b/b/o?prefix=r`)).json();
    expect(contract.checkResponse('storage.objects.list', 200, list)).toEqual([]);
    const o = own as Record<string, unknown>;
    expect(contract.checkResponse('storage.objects.get', 200, { ...o, generation: 5, softDeleteTime: 'x' })).toEqual([
      'Object/: unknown property "softDeleteTime"',
      'Object/generation: must be string',
    ]);
    expect(contract.checkResponse('storage.objects.get', 404, { error: { code: 404, message: 'x' } })).toEqual([
      "error envelope/error: must have required property 'errors'",
    ]);
    expect(contract.revision).toMatch(/^\d{8}$/);
  });
});
