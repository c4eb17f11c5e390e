// Artifact checks in drift: model objects in the GCS stand-in, read by the real client, through the CLI.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BUCKET, claudeMdFile, type ModelSpec, manifestJson, objectOf, sha256 } from '../helpers/gcp.js';
import { type GcsStandin, generatedStream, startGcs } from '../standins/gcs/index.js';

process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Finding {
  code: string;
  severity: string;
  message: string;
  model_id?: string;
  expected?: unknown;
  actual?: unknown;
  location?: { file: string };
}

let gcs: GcsStandin;
beforeAll(async () => {
  gcs = await startGcs();
});
afterAll(() => gcs.close());
afterEach(() => {
  gcs.clearFaults();
  vi.unstubAllEnvs();
});

/** A CLAUDE.md whose block is current for the manifest, so drift compares only what a test is about. */
const claudeMdFor = async (manifest: string) => {
  const file = claudeMdFile();
  expect((await runCli(['claude-md', '--manifest', manifest, '--claude-md', file, '--write'])).code).toBe(0);
  return file;
};

let n = 0;
/** Puts the manifest (and, per model, its object unless `absent`) and runs drift on it. */
const drift = async (models: (ModelSpec & { body?: string; claim?: string; absent?: boolean })[], ...flags: string[]) => {
  for (const m of models) {
    if (m.absent || m.body === undefined) continue;
    gcs.put(BUCKET, objectOf(m).object, m.body, m.claim ? { metadata: { sha256: m.claim } } : {});
  }
  const url = `gs://${BUCKET}/manifests/artifacts-${++n}.json`;
  gcs.put(BUCKET, `manifests/artifacts-${n}.json`, manifestJson(models));
  vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
  const r = await runCli(['drift', '--manifest', url, '--claude-md', await claudeMdFor(url), '--json', ...flags]);
  const report = r.out ? (JSON.parse(r.out) as { summary: string; findings: Finding[] }) : undefined;
  const of = (code: string) => report?.findings.filter((f) => f.code === code) ?? [];
  return { ...r, url, report, of };
};
const downloads = () => gcs.requests.filter((r) => r.query.alt === 'media' && r.path.includes('%2Fscorer_v1_')).length;

describe('artifact checks', () => {
  it('every model object must exist: artifact.missing per absent object, located at its gcs_path in the gs:// manifest', async () => {
    const r = await drift([
      { id: 'prod', month: 1, status: 'production', sha256: sha256('p1'), body: 'p1' },
      { id: 'gone', month: 2, sha256: sha256('g'), absent: true },
    ]);
    expect(r.code).toBe(1);
    expect(r.of('artifact.missing')).toEqual([
      expect.objectContaining({
        severity: 'error',
        model_id: 'gone',
        message: `gone: ${objectOf({ month: 2 }).gcsPath} does not exist in Cloud Storage`,
        expected: objectOf({ month: 2 }).gcsPath,
        actual: null,
        location: expect.objectContaining({ file: r.url }),
      }),
    ]);
    expect(r.report?.summary).toMatch(/checked Cloud Storage objects/);
  });

  it('the production model is proven by streaming when its object carries no sha256 claim', async () => {
    const before = downloads();
    const r = await drift([
      { id: 'prod', month: 3, status: 'production', sha256: sha256('p3'), body: 'p3' },
      { id: 'cand', month: 4, sha256: sha256('not what is stored'), body: 'c4' },
    ]);
    expect(r.code).toBe(0);
    expect(r.of('artifact.verified')).toEqual([
      expect.objectContaining({
        severity: 'notice',
        model_id: 'prod',
        message: expect.stringContaining('checked by its streamed content (a proof)'),
      }),
    ]);
    expect(downloads() - before).toBe(1); // only production by default: the candidate's wrong hash goes unread
  });

  it('hash mismatch by streamed content (a proof) is artifact.sha256, naming both hashes', async () => {
    const r = await drift([{ id: 'prod', month: 5, status: 'production', sha256: sha256('expected'), body: 'tampered' }]);
    expect(r.code).toBe(1);
    const [f] = r.of('artifact.sha256');
    expect(f).toMatchObject({ severity: 'error', model_id: 'prod', expected: sha256('expected'), actual: sha256('tampered') });
    expect(f?.message).toContain('checked by its streamed content (a proof)');
    expect(f?.location?.file).toBe(r.url);
  });

  it('hash mismatch by the custom metadata sha256 (a claim) says so, and reads no content', async () => {
    const before = downloads();
    const claim = sha256('something else').toUpperCase(); // claims are compared case-insensitively
    const r = await drift([{ id: 'prod', month: 6, status: 'production', sha256: sha256('p6'), body: 'p6', claim }]);
    const [f] = r.of('artifact.sha256');
    expect(f).toMatchObject({ expected: sha256('p6'), actual: claim.toLowerCase() });
    expect(f?.message).toContain('checked by its custom metadata sha256 (a claim, not a proof)');
    expect(downloads() - before).toBe(0);
  });

  it('--verify-artifacts all hashes every model; none skips the artifact checks entirely', async () => {
    const models = [
      { id: 'prod', month: 7, status: 'production' as const, sha256: sha256('p7'), body: 'p7' },
      { id: 'cand', month: 8, sha256: sha256('x'), body: 'c8' },
    ];
    const all = await drift(models, '--verify-artifacts', 'all');
    expect(all.of('artifact.sha256').map((f) => f.model_id)).toEqual(['cand']);
    expect(all.of('artifact.verified').map((f) => f.model_id)).toEqual(['prod']);
    const none = await drift([...models, { id: 'gone', month: 9, sha256: sha256('g'), absent: true }], '--verify-artifacts', 'none');
    expect(none.report?.findings.filter((f) => f.code.startsWith('artifact.'))).toEqual([]);
  });

  it('a corrupted download fails the CRC32C check: exit 3, never a hash finding', async () => {
    gcs.fault({ path: /scorer_v1_.*alt=media/, corrupt: true, times: Infinity });
    const r = await drift([{ id: 'prod', month: 10, status: 'production', sha256: sha256('p10'), body: 'p10' }]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('did not match the CRC32C/MD5 the server sent');
  });

  it('a 503 and a reset mid-stream are retried from the start; the hash is still right', async () => {
    const body = 'r'.repeat(400_000);
    gcs.fault({ path: /scorer_v1_.*alt=media/, status: 503 });
    gcs.fault({ path: /scorer_v1_.*alt=media/, truncate: true });
    const r = await drift([{ id: 'prod', month: 11, status: 'production', sha256: sha256(body), body }]);
    expect(r.of('artifact.verified')).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  it('an object replaced between stat and hash (its generation gone) is exit 3 asking for a re-run', async () => {
    gcs.fault({ path: /scorer_v1_.*alt=media/, status: 404 });
    const r = await drift([{ id: 'prod', month: 10, status: 'production', sha256: sha256('p10'), body: 'p10' }]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('that generation is gone: the object was replaced during the run; run again');
  });

  it('a local manifest has no artifact checks unless --verify-artifacts is given', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mg-art-')), 'manifest.json');
    writeFileSync(file, manifestJson([{ id: 'prod', month: 12, status: 'production', sha256: sha256('never stored') }]));
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const claudeMd = await claudeMdFor(file);
    const quiet = await runCli(['drift', '--manifest', file, '--claude-md', claudeMd, '--json']);
    expect(JSON.parse(quiet.out).findings).toEqual([]);
    const checked = await runCli(['drift', '--manifest', file, '--claude-md', claudeMd, '--json', '--verify-artifacts', 'production']);
    expect(JSON.parse(checked.out).findings.map((f: Finding) => f.code)).toEqual(['artifact.missing']);
  });
});

describe('streaming a large object', () => {
  it('hashes a 128 MiB object with bounded memory and logs progress every 10%', async () => {
    const size = 128 * 1024 * 1024;
    const { object, gcsPath } = objectOf({ month: 1 });
    const expected = createHash('sha256');
    for await (const c of generatedStream('big-model', 0, size)) expected.update(c as Buffer);
    const digest = expected.digest('hex');
    await gcs.putGenerated(BUCKET, object, size, 'big-model');
    const url = `gs://${BUCKET}/manifests/big.json`;
    gcs.put(BUCKET, 'manifests/big.json', manifestJson([{ id: 'big', month: 1, status: 'production', sha256: digest }]));
    vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
    const claudeMd = await claudeMdFor(url);

    // Live memory, not garbage: a full GC before each sample, else chunks already hashed but not yet
    // collected (the stand-in's and the client's) would count as held.
    const live = () => {
      gc();
      const m = process.memoryUsage();
      return { rss: m.rss, held: m.heapUsed + m.arrayBuffers };
    };
    const base = live();
    let peakRss = base.rss;
    let peakBuffers = base.held;
    const sampler = setInterval(() => {
      const m = live();
      peakRss = Math.max(peakRss, m.rss);
      peakBuffers = Math.max(peakBuffers, m.held);
    }, 100);
    const t0 = performance.now();
    const r = await runCli(['drift', '--manifest', url, '--claude-md', claudeMd, '--json']);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);

    const growth = { rss: (peakRss - base.rss) / 1048576, buffers: (peakBuffers - base.held) / 1048576 };
    console.log(
      `128 MiB streamed hash (a full GC every 100 ms): ${(128 / seconds).toFixed(0)} MiB/s, peak growth rss ${growth.rss.toFixed(1)} MiB, heap+buffers ${growth.buffers.toFixed(1)} MiB`,
    );
    expect(JSON.parse(r.out).findings).toEqual([
      expect.objectContaining({ code: 'artifact.verified', message: expect.stringContaining('streamed content (a proof)') }),
    ]);
    expect(r.err).toContain(`hashing ${gcsPath} generation`);
    const progress = r.err.split('\n').filter((l) => l.includes(`sha256 ${gcsPath}:`));
    expect(progress.map((l) => /: (\d+)%/.exec(l)?.[1])).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '90', '100']);
    // Live JS heap plus Buffers is what holding the object would grow (by 128 MiB at least). In-flight chunks (both
    // sides of the loopback, in this one process) peak at 10–26 MiB on a quiet machine whatever the object size, and
    // grow when a loaded machine starves the consumer; so the object is large enough that half of it (64 MiB) bounds
    // the in-flight data with room for load and still fails a client that holds the object. RSS is only logged:
    // freed pages stay with the process.
    expect(growth.buffers).toBeLessThan(size / 2 / 1048576);
  }, 120_000);
});
