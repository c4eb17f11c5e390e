// One full CLI drift run against both Google stand-ins, reached the way the product reaches emulators:
// STORAGE_EMULATOR_HOST and CLOUD_RUN_EMULATOR_HOST. Asserts the JSON contract.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BUCKET, claudeMdFile, ENV, FAMILY, manifestJson, objectOf, revision, SERVICE, service, sha256 } from '../helpers/gcp.js';
import { type CloudRunStandin, startCloudRun } from '../standins/cloud-run/index.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';

const PROD = objectOf({ month: 1 });
const OLD = objectOf({ month: 2 });
const MANIFEST = `gs://${BUCKET}/scorer/manifest.json`;
const FINDING_KEYS = ['code', 'severity', 'message', 'model_id', 'field', 'expected', 'actual', 'location'];

let gcs: GcsStandin;
let run: CloudRunStandin;
let generation: string;
beforeAll(async () => {
  [gcs, run] = await Promise.all([startGcs(), startCloudRun()]);
  gcs.put(BUCKET, PROD.object, 'prod model bytes', { metadata: { sha256: sha256('prod model bytes') } });
  gcs.put(BUCKET, OLD.object, 'old model bytes');
  generation = gcs.put(
    BUCKET,
    'scorer/manifest.json',
    manifestJson([
      { id: 'prod', month: 1, status: 'production', sha256: sha256('prod model bytes') },
      { id: 'old', month: 2, status: 'deprecated', sha256: sha256('old model bytes') },
    ]),
  );
  const env = (p: string) => [{ name: ENV, value: p }];
  run.setRevision(revision('scorer-00001-old', [{ name: 'scorer', env: env(OLD.gcsPath) }]));
  run.setRevision(revision('scorer-00002-new', [{ name: 'scorer', env: env(PROD.gcsPath) }]));
});
afterAll(() => Promise.all([gcs.close(), run.close()]));
afterEach(() => vi.unstubAllEnvs());

const drift = async () => {
  vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
  vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', run.address);
  const claudeMd = claudeMdFile();
  expect((await runCli(['claude-md', '--manifest', MANIFEST, '--claude-md', claudeMd, '--write'])).code).toBe(0);
  return runCli(['drift', '--manifest', MANIFEST, '--deployment', `run:${SERVICE}`, '--model-env', ENV, '--claude-md', claudeMd, '--json']);
};

describe('drift --manifest gs://… --deployment run:… through the CLI', () => {
  it('a 90/10 split with the old model on 10% is exit 1 with the documented JSON shape', async () => {
    const status = (revision: string, percent: number) => ({ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision, percent });
    run.setService(service({ trafficStatuses: [status('scorer-00001-old', 10), status('scorer-00002-new', 90)] }));
    const r = await drift();
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['mode', 'family', 'ok', 'summary', 'findings', 'plan']);
    expect(report).toMatchObject({ mode: 'drift', family: FAMILY, ok: false, plan: null });
    expect(report.summary).toMatch(
      new RegExp(
        `^Drift: 1 error, 0 warnings \\(checked scorer, Cloud Storage objects, .*CLAUDE\\.md, filenames; manifest generation ${generation}\\)$`,
      ),
    );
    for (const f of report.findings) expect(FINDING_KEYS).toEqual(expect.arrayContaining(Object.keys(f)));
    expect(report.findings).toEqual([
      {
        code: 'deployment.model',
        severity: 'error',
        message: expect.stringMatching(
          /^scorer revision scorer-00001-old container scorer \(10% of traffic\) serves .* Fix: gcloud run services update scorer/,
        ),
        model_id: 'prod',
        field: ENV,
        expected: PROD.gcsPath,
        actual: OLD.gcsPath,
      },
      {
        code: 'artifact.verified',
        severity: 'notice',
        message: expect.stringContaining('custom metadata sha256 (a claim, not a proof)'),
        model_id: 'prod',
        field: 'sha256',
        expected: sha256('prod model bytes'),
        actual: sha256('prod model bytes'),
        location: { file: MANIFEST, line: expect.any(Number), column: expect.any(Number) },
      },
    ]);
    expect(r.err).toContain(`read ${MANIFEST} generation ${generation}`);
  });

  it('all traffic on the production model is exit 0, and the summary records the manifest generation', async () => {
    run.setService(
      service({ trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00002-new', percent: 100 }] }),
    );
    const r = await drift();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatch(
      new RegExp(`^No drift: the manifest \\(generation ${generation}\\) agrees with scorer, Cloud Storage objects, `),
    );
  });
});
