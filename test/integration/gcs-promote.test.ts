// promote on a gs:// manifest: one upload through the real @google-cloud/storage client with ifGenerationMatch on the
// generation read, against the GCS stand-in (which enforces the precondition as Cloud Storage does).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { BUCKET, manifestJson, sha256 } from '../helpers/gcp.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';

// Retry waits are scaled down; retry.ts reads this once, when first imported.
process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
const { gcsManifest } = await import('../../src/manifest/gcs.js');

const BYTES = manifestJson([
  { id: 'm1', month: 1, status: 'production', sha256: sha256('one') },
  { id: 'm2', month: 2, status: 'candidate', sha256: sha256('two') },
  { id: 'm3', month: 3, status: 'candidate', sha256: sha256('three') },
]);

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
const putManifest = (bytes: string = BYTES) => {
  const name = `promote/m${++n}.json`;
  return { name, url: `gs://${BUCKET}/${name}`, generation: gcs.put(BUCKET, name, bytes, { contentType: 'application/json' }) };
};
const uploads = (name: string) => gcs.requests.filter((r) => r.path.startsWith('/upload/') && r.query.name === name);
const live = (name: string) => gcs.get(BUCKET, name);
const promote = (url: string, ...args: string[]) => {
  vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
  return runCli(['promote', '--manifest', url, '--date', '2026-03-01', ...args]);
};

describe('promote on gs://', () => {
  it('uploads once, multipart, with ifGenerationMatch on the generation read; only the promotion fields change', async () => {
    const m = putManifest();
    const r = await promote(m.url, '--model', 'm2');
    expect(r.err).toContain(`read ${m.url} generation ${m.generation}`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Promoted m2 to production (promoted_at 2026-03-01; m1 becomes deprecated)');
    expect(uploads(m.name).map((u) => [u.method, u.query.uploadType, u.query.ifGenerationMatch, u.status])).toEqual([
      ['POST', 'multipart', m.generation, 200],
    ]);
    const after = live(m.name);
    expect(after?.generation).toBe(String(Number(m.generation) + 1));
    expect(after?.contentType).toBe('application/json');
    const text = after?.body.toString() ?? '';
    expect(JSON.parse(text)).toEqual(
      (() => {
        const want = JSON.parse(BYTES);
        want.production_model = 'm2';
        want.models.m1.status = 'deprecated';
        Object.assign(want.models.m2, { status: 'production', promoted_at: '2026-03-01' });
        return want;
      })(),
    );
    expect(text.replace(',\n      "promoted_at": "2026-03-01"', '')).toBe(
      BYTES.replace('"production_model": "m1"', '"production_model": "m2"')
        .replace('"status": "production"', '"status": "deprecated"')
        .replace('"status": "candidate"', '"status": "production"'),
    );
  });

  it('--dry-run and a refused promotion upload nothing', async () => {
    const m = putManifest();
    const dry = await promote(m.url, '--model', 'm2', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+  "production_model": "m2",');
    const already = await promote(m.url, '--model', 'm1');
    expect(already.out).toContain('m1 is already production; nothing written');
    expect(uploads(m.name)).toEqual([]);
    expect(live(m.name)?.generation).toBe(m.generation);
  });

  it('someone else wrote it after our read: 412, exit 3 saying so, nothing of ours written', async () => {
    const m = putManifest();
    const theirs = BYTES.replace('"m3"', '"m3b"');
    // The other writer lands between our metadata read and our upload; our download is pinned to the old generation.
    gcs.onceAfterMetadata(BUCKET, m.name, () => gcs.put(BUCKET, m.name, theirs));
    const r = await promote(m.url, '--model', 'm2');
    expect(r.code).toBe(3);
    expect(r.err).toContain(`generation ${m.generation} is no longer current: someone else wrote the manifest meanwhile; nothing written`);
    expect(uploads(m.name).map((u) => u.status)).toEqual([412]);
    expect(live(m.name)?.body.toString()).toBe(theirs);
  });

  it('a lost answer to an upload that committed: the retry meets its own write (412), which is success', async () => {
    const m = putManifest();
    gcs.fault({ method: 'POST', path: /uploadType=multipart/, commitThenFail: true });
    const src = gcsManifest(m.url, { endpoint: gcs.url });
    const read = await src.load();
    const next = Buffer.from(BYTES.replace('"production_model": "m1"', '"production_model": "m1" '));
    await src.write?.(next, read);
    expect(uploads(m.name).map((u) => u.status)).toEqual([503, 412]);
    expect(live(m.name)?.body).toEqual(next);
    expect(live(m.name)?.generation).toBe(String(Number(m.generation) + 1));
  });

  it('a 412 whose live object is not ours stays a conflict; a 403 names the permissions a write needs', async () => {
    const m = putManifest();
    const src = gcsManifest(m.url, { endpoint: gcs.url });
    const read = await src.load();
    gcs.put(BUCKET, m.name, `${BYTES} `);
    const e = await src.write?.(Buffer.from(BYTES), read).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ServiceError);
    expect(String(e)).toContain('someone else wrote the manifest meanwhile');

    const again = await src.load();
    gcs.fault({ method: 'POST', path: /\/upload\//, status: 403 });
    const denied = await src.write?.(Buffer.from(BYTES), again).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(denied).toBeInstanceOf(ServiceError);
    expect(String(denied)).toContain('storage.objects.create and storage.objects.delete');
    expect(live(m.name)?.generation).toBe(again.generation);
  });
});
