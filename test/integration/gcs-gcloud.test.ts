// A second, independent client: the Google Cloud CLI reads the same stand-in objects, and what it reports
// (generation, bytes) must agree with what our adapters record and hash.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gcsArtifacts } from '../../src/artifacts/gcs.js';
import { gcsManifest } from '../../src/manifest/gcs.js';
import { cliOnPath, isolatedGcloudEnv } from '../helpers/gcloud.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';

const gcloud = cliOnPath('gcloud') !== undefined;

describe.skipIf(!gcloud)(`gcloud CLI agrees with our Cloud Storage adapters${gcloud ? '' : ' — skipped: gcloud is not on PATH'}`, () => {
  let gcs: GcsStandin;
  let dir: string;
  beforeAll(async () => {
    gcs = await startGcs();
    dir = await mkdtemp(join(tmpdir(), 'mg-gcloud-'));
    await writeFile(join(dir, 'token'), 'test-token');
  });
  afterAll(async () => {
    await gcs.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (args: string[]): Promise<Buffer> =>
    (
      await promisify(execFile)('gcloud', args, {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: isolatedGcloudEnv(dir, { CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE: `${gcs.url}/` }),
      })
    ).stdout;

  it('the generation we record and the SHA-256 we stream are what gcloud sees', async () => {
    const body = randomBytes(3 * 1024 * 1024 + 7);
    gcs.put('b', 'models/m.cbm', 'an older generation');
    gcs.put('b', 'models/m.cbm', body);
    const described = JSON.parse((await run(['storage', 'objects', 'describe', 'gs://b/models/m.cbm', '--format=json'])).toString());
    const theirs = createHash('sha256')
      .update(await run(['storage', 'cat', 'gs://b/models/m.cbm']))
      .digest('hex');

    const artifacts = gcsArtifacts({ endpoint: gcs.url });
    const stat = await artifacts.stat('gs://b/models/m.cbm');
    expect(stat.generation).toBe(String(described.generation));
    expect(await artifacts.sha256('gs://b/models/m.cbm', stat.generation as string)).toBe(theirs);

    gcs.put('b', 'manifest.json', '{"schema_version": 1}');
    const manifest = JSON.parse((await run(['storage', 'objects', 'describe', 'gs://b/manifest.json', '--format=json'])).toString());
    expect((await gcsManifest('gs://b/manifest.json', { endpoint: gcs.url }).load()).generation).toBe(String(manifest.generation));
  });
});
