// The gs:// manifest through the real @google-cloud/storage client against the GCS stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError, ServiceError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { BUCKET, manifestJson, sha256 } from '../helpers/gcp.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';

// Retry waits are scaled down; retry.ts reads this once, when first imported.
process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
const { gcsManifest } = await import('../../src/manifest/gcs.js');

const BYTES = manifestJson([{ id: 'm1', month: 1, status: 'production', sha256: sha256('model one') }]);
const URL_OF = (name: string) => `gs://${BUCKET}/${name}`;

let gcs: GcsStandin;
beforeAll(async () => {
  gcs = await startGcs();
});
afterAll(() => gcs.close());
afterEach(() => {
  gcs.clearFaults();
  vi.unstubAllEnvs();
});

let n = 0;
const putManifest = (bytes: string | Buffer = BYTES) => {
  const name = `manifests/m${++n}.json`;
  return { name, url: URL_OF(name), generation: gcs.put(BUCKET, name, bytes, { contentType: 'application/json' }) };
};
const load = (url: string) => gcsManifest(url, { endpoint: gcs.url }).load();
const media = (name: string) => gcs.requests.filter((r) => r.query.alt === 'media' && r.path.endsWith(encodeURIComponent(name)));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('gs:// manifest', () => {
  it('downloads exactly the generation it read the metadata of, and returns that generation', async () => {
    const m = putManifest();
    const got = await load(m.url);
    expect(Buffer.from(got.bytes).toString()).toBe(BYTES);
    expect(got.generation).toBe(m.generation);
    expect(media(m.name).map((r) => r.query.generation)).toEqual([m.generation]);
  });

  it('findings point at the gs:// object, and the summary records the generation', async () => {
    const withUnknown = BYTES.replace('"schema_version": 1,', '"schema_version": 1,\n  "owner": "ml-team",');
    const m = putManifest(withUnknown);
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const r = await runCli(['lint-filenames', '--manifest', m.url, '--json']);
    const report = JSON.parse(r.out);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'manifest.unknown-field', field: 'owner', location: { file: m.url, line: 3, column: 3 } }),
    );
    expect(r.err).toContain(`read ${m.url} generation ${m.generation}`);
  });

  it('STORAGE_EMULATOR_HOST may be host:port or carry /storage/v1 (the client itself would take it verbatim)', async () => {
    const m = putManifest();
    for (const form of [`127.0.0.1:${gcs.port}`, `${gcs.url}/storage/v1/`]) {
      vi.stubEnv('STORAGE_EMULATOR_HOST', form);
      expect((await gcsManifest(m.url).load()).generation).toBe(m.generation);
    }
  });

  it('404 is bad input (exit 2): "manifest not found" with the gs:// URL', async () => {
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const url = URL_OF('manifests/absent.json');
    const e = await failure(load(url));
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toBe(`${url}: manifest not found`);
    const r = await runCli(['drift', '--manifest', url]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${url}: manifest not found`);
  });

  it('403 is a service failure (exit 3) naming the missing permission, and is not retried', async () => {
    const m = putManifest();
    const f = gcs.fault({ path: /\/o\/manifests%2F/, status: 403, times: Infinity });
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const r = await runCli(['lint-filenames', '--manifest', m.url]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`Cloud Storage objects.get ${m.url} failed: permission denied: the caller needs storage.objects.get`);
    expect(r.err).toContain('roles/storage.objectViewer');
    expect(f.hits).toBe(1);
  });

  it('a 503 on the metadata read is retried', async () => {
    const m = putManifest();
    const f = gcs.fault({ path: /\/o\/manifests%2F[^?]*$/, status: 503 });
    expect((await load(m.url)).generation).toBe(m.generation);
    expect(f.hits).toBe(1);
  });

  it('a 503 on the download is retried by us, without the client crash of #8670', async () => {
    const m = putManifest();
    const f = gcs.fault({ path: /alt=media/, status: 503, times: 2 });
    const got = await load(m.url);
    expect([Buffer.from(got.bytes).toString(), f.hits]).toEqual([BYTES, 2]);
    expect(media(m.name).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('a connection reset before the response, and one cut off mid-body, are retried', async () => {
    const big = `${BYTES}${' '.repeat(300_000)}`; // large enough to be cut off mid-body
    const m = putManifest(big);
    const reset = gcs.fault({ path: /alt=media/, reset: true });
    const cut = gcs.fault({ path: /alt=media/, truncate: true });
    const got = await load(m.url);
    expect(Buffer.from(got.bytes).equals(Buffer.from(big))).toBe(true);
    expect([reset.hits, cut.hits]).toEqual([1, 1]);
  });

  it('a small body cut off mid-way is retried without a MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const m = putManifest();
      const cut = gcs.fault({ path: /alt=media/, truncate: true, times: 2 });
      const got = await load(m.url);
      expect(Buffer.from(got.bytes).toString()).toBe(BYTES);
      expect(cut.hits).toBe(2);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('persistent 503s end as a service failure naming Cloud Storage and the operation', async () => {
    const m = putManifest();
    gcs.fault({ path: /alt=media/, status: 503, times: Infinity });
    const e = await failure(load(m.url));
    expect(e).toBeInstanceOf(ServiceError);
    expect(e?.message).toMatch(
      new RegExp(`^Cloud Storage download generation ${m.generation} of ${m.url} failed: Injected fault: HTTP 503`),
    );
    expect(media(m.name)).toHaveLength(5); // DEFAULT_RETRY.attempts
  });

  it('corrupted bytes fail the CRC32C check: a service failure, never parsed', async () => {
    const m = putManifest();
    gcs.fault({ path: /alt=media/, corrupt: true });
    const e = await failure(load(m.url));
    expect(e).toBeInstanceOf(ServiceError);
    expect(e?.message).toContain('did not match the CRC32C/MD5 the server sent');
  });

  it('generation race: the object is replaced after the metadata read; the pinned generation is still what we get', async () => {
    const m = putManifest();
    const newer = BYTES.replace('"m1"', '"m2"');
    gcs.onceAfterMetadata(BUCKET, m.name, () => gcs.put(BUCKET, m.name, newer));
    const got = await load(m.url);
    expect([Buffer.from(got.bytes).toString(), got.generation]).toEqual([BYTES, m.generation]);
    expect(gcs.get(BUCKET, m.name)?.body.toString()).toBe(newer);
  });

  it('a pinned generation that is gone (replaced without versioning) reads the object again', async () => {
    const m = putManifest();
    gcs.fault({ path: /alt=media/, status: 404 });
    expect((await load(m.url)).generation).toBe(m.generation);
    expect(media(m.name).map((r) => r.status)).toEqual([404, 200]);
  });

  it('a 20 MB object is refused from its metadata, before any download', async () => {
    const name = 'manifests/huge.json';
    await gcs.putGenerated(BUCKET, name, 20_000_000, 'huge');
    const e = await failure(load(URL_OF(name)));
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toBe(`${URL_OF(name)}: is 19.1 MiB; the limit is 16 MiB`);
    expect(media(name)).toEqual([]);
  });

  it('an address without an object is bad input', async () => {
    expect(() => gcsManifest('gs://bucket-only')).toThrow('gs://bucket-only: must be gs://BUCKET/OBJECT');
  });
});

describe('manifest-mirror: the repository copy against the Cloud Storage one', () => {
  const driftAgainst = async (local: string, mirrorUrl: string, extra: string[] = []) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mg-mirror-'));
    writeFileSync(join(dir, 'manifest.json'), local);
    writeFileSync(join(dir, 'config.yml'), `manifest: ${join(dir, 'manifest.json')}\nmanifest-mirror: ${mirrorUrl}\n`);
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const r = await runCli(['drift', '--config', join(dir, 'config.yml'), '--json', ...extra]);
    return { ...r, report: JSON.parse(r.out || 'null') };
  };
  const mirrorFindings = (report: { findings: { code: string }[] }) => report.findings.filter((f) => f.code === 'manifest.mirror');

  it('is clean when the copies parse to the same values, however formatted', async () => {
    const m = putManifest(JSON.stringify(JSON.parse(BYTES)));
    const { report } = await driftAgainst(BYTES, m.url);
    expect(mirrorFindings(report)).toEqual([]);
    expect(report.summary).toContain(m.url);
  });

  it('names every field where the repository copy drifted from Cloud Storage', async () => {
    const drifted = BYTES.replace('"status": "production"', '"status": "candidate"').replace(
      '"production_model": "m1"',
      '"production_model": null',
    );
    const m = putManifest(BYTES);
    const { code, report } = await driftAgainst(drifted, m.url);
    expect(code).toBe(1);
    expect(mirrorFindings(report).map((f) => [(f as { field?: string }).field, (f as { actual?: unknown }).actual])).toEqual([
      ['$.production_model', 'm1'],
      ['$.models.m1.status', 'production'],
    ]);
  });

  it('offline (a PR check) skips the gs:// mirror with a notice', async () => {
    const m = putManifest(BYTES);
    const before = gcs.requests.length;
    const { report } = await driftAgainst(BYTES, m.url, ['--offline']);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'source.skipped', message: expect.stringContaining(m.url) }));
    expect(gcs.requests.length).toBe(before);
  });
});
