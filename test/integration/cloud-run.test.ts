// The live Cloud Run deployment through the real @google-cloud/run gRPC clients against the stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deploymentDrift } from '../../src/checks/drift.js';
import { InputError, ServiceError } from '../../src/errors.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { ENV, manifestJson, objectOf, REGION, revision, revisionName, SERVICE, service, sha256 } from '../helpers/gcp.js';
import { type CloudRunStandin, Code, startCloudRun } from '../standins/cloud-run/index.js';

process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
const { cloudRunDeployment } = await import('../../src/deployment/cloud-run.js');

const PROD = objectOf({ month: 1 });
const OLD = objectOf({ month: 2 });
const parsed = parseManifest(
  'manifest.json',
  Buffer.from(
    manifestJson([
      { id: 'prod', month: 1, status: 'production', sha256: sha256('p') },
      { id: 'old', month: 2, status: 'deprecated', sha256: sha256('o') },
    ]),
  ),
);

const status = (revision: string, percent: number) => ({ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision, percent });
const env = (value: string) => [
  { name: ENV, value },
  { name: 'OTHER', value: 'x' },
];

let run: CloudRunStandin;
beforeAll(async () => {
  run = await startCloudRun({
    revisions: [
      revision('scorer-00001-old', [{ name: 'scorer', env: env(OLD.gcsPath) }]),
      revision('scorer-00002-new', [{ name: 'scorer', env: env(PROD.gcsPath) }]),
    ],
  });
});
afterAll(() => run.close());
afterEach(() => {
  run.clearFaults();
  vi.unstubAllEnvs();
});

const read = () => cloudRunDeployment(SERVICE, { endpoint: run.address }).read(ENV);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('Cloud Run deployment', () => {
  it('a traffic split is read revision by revision; the 10% share serving another model is drift, naming that revision', async () => {
    run.setService(service({ trafficStatuses: [status('scorer-00001-old', 10), status('scorer-00002-new', 90)] }));
    const snap = await read();
    expect(snap).toMatchObject({ service: 'scorer', region: REGION, project: 'test-project', env: ENV });
    expect(snap.served).toEqual([
      { value: OLD.gcsPath, fromSecret: false, percent: 10, revision: 'scorer-00001-old', container: 'scorer' },
      { value: PROD.gcsPath, fromSecret: false, percent: 90, revision: 'scorer-00002-new', container: 'scorer' },
    ]);
    const findings = deploymentDrift(parsed, snap);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'deployment.model',
        severity: 'error',
        expected: PROD.gcsPath,
        actual: OLD.gcsPath,
        message: expect.stringContaining(`scorer revision scorer-00001-old container scorer (10% of traffic) serves ${OLD.gcsPath}`),
      }),
    ]);
    expect(findings[0]?.message).toContain(
      `gcloud run services update scorer --region=${REGION} --project=test-project --update-env-vars=${ENV}=${PROD.gcsPath}`,
    );
    expect(run.requests.filter((r) => r.method === 'GetRevision').map((r) => r.request.name)).toEqual(
      expect.arrayContaining([revisionName('scorer-00001-old'), revisionName('scorer-00002-new')]),
    );
  });

  it('LATEST resolves to latestReadyRevision; without statuses the requested traffic stands in', async () => {
    run.setService(
      service({
        latestReadyRevision: revisionName('scorer-00002-new'),
        traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
      }),
    );
    const snap = await read();
    expect(snap.served.map((s) => [s.revision, s.percent])).toEqual([['scorer-00002-new', 100]]);
    expect(deploymentDrift(parsed, snap)).toEqual([]);
  });

  it('a secret-sourced variable is not comparable (a warning), never a match', async () => {
    run.setRevision(
      revision('scorer-00003-sec', [
        {
          name: 'scorer',
          env: [{ name: ENV, valueSource: { secretKeyRef: { secret: 'projects/test-project/secrets/model', version: 'latest' } } }],
        },
      ]),
    );
    run.setService(service({ trafficStatuses: [status('scorer-00003-sec', 100)] }));
    const snap = await read();
    expect(snap.served).toEqual([{ value: null, fromSecret: true, percent: 100, revision: 'scorer-00003-sec', container: 'scorer' }]);
    expect(deploymentDrift(parsed, snap)).toEqual([expect.objectContaining({ code: 'deployment.not-comparable', severity: 'warning' })]);
  });

  it('several containers: every one is searched and the one setting the variable is named', async () => {
    run.setRevision(
      revision('scorer-00004-side', [
        { name: 'proxy', env: [{ name: 'UPSTREAM', value: 'localhost:9000' }] },
        { name: 'model-server', env: env(OLD.gcsPath) },
      ]),
    );
    run.setService(service({ trafficStatuses: [status('scorer-00004-side', 100)] }));
    const [f] = deploymentDrift(parsed, await read());
    expect(f?.message).toContain('scorer revision scorer-00004-side container model-server (100% of traffic)');
  });

  it('reconciling: a notice says the service is mid-rollout, beside the per-revision findings', async () => {
    run.setService(service({ reconciling: true, trafficStatuses: [status('scorer-00001-old', 50), status('scorer-00002-new', 50)] }));
    const snap = await read();
    expect(snap.reconciling).toBe(true);
    expect(deploymentDrift(parsed, snap).map((f) => [f.code, f.severity])).toEqual([
      ['deployment.reconciling', 'notice'],
      ['deployment.model', 'error'],
    ]);
  });

  it('a value with a newline is kept, and shown quoted', async () => {
    run.setRevision(revision('scorer-00005-nl', [{ name: 'scorer', env: env(`${PROD.gcsPath}\n`) }]));
    run.setService(service({ trafficStatuses: [status('scorer-00005-nl', 100)] }));
    const snap = await read();
    expect(snap.served[0]?.value).toBe(`${PROD.gcsPath}\n`);
    const [f] = deploymentDrift(parsed, snap);
    expect(f).toMatchObject({ code: 'deployment.model', actual: `${PROD.gcsPath}\n` });
    expect(f?.message).toContain(`serves ${JSON.stringify(`${PROD.gcsPath}\n`)} but`);
    expect(f?.message).not.toContain(`${PROD.gcsPath}\n`);
  });

  it('a revision holding traffic without the variable is drift; none setting it at all is a usage error', async () => {
    run.setRevision(revision('scorer-00006-bare', [{ name: 'scorer', env: [{ name: 'OTHER', value: 'x' }] }]));
    run.setService(service({ trafficStatuses: [status('scorer-00006-bare', 20), status('scorer-00002-new', 80)] }));
    expect(deploymentDrift(parsed, await read())).toEqual([
      expect.objectContaining({ code: 'deployment.env-missing', message: expect.stringContaining('scorer-00006-bare') }),
    ]);
    run.setService(service({ trafficStatuses: [status('scorer-00006-bare', 100)] }));
    expect((await failure(read()))?.message).toContain(`no container of scorer-00006-bare sets ${ENV}; check --model-env`);
  });

  it('service 404 is bad input (exit 2): "service not found"', async () => {
    vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', run.address);
    const e = await failure(cloudRunDeployment(`${SERVICE}-nope`).read(ENV));
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toContain(`run:${SERVICE}-nope: service not found`);
  });

  it('PERMISSION_DENIED is exit 3 naming run.services.get, not retried', async () => {
    const f = run.fault({
      method: 'GetService',
      code: Code.PERMISSION_DENIED,
      details: "Permission 'run.services.get' denied",
      times: Infinity,
    });
    const e = await failure(read());
    expect(e).toBeInstanceOf(ServiceError);
    expect(e?.message).toContain(
      `Cloud Run GetService ${SERVICE} failed: permission denied: the caller needs run.services.get (roles/run.viewer) (Permission 'run.services.get' denied)`,
    );
    expect(f.hits).toBe(1);
  });

  it("the server's error text is in the message; an answer that is not JSON is not asked again", async () => {
    run.fault({ method: 'GetService', code: Code.INTERNAL, details: 'backend error 17' });
    expect((await failure(read()))?.message).toContain(`Cloud Run GetService ${SERVICE} failed: backend error 17`);
    const f = run.fault({ method: 'GetService', malformed: true, times: Infinity });
    const e = await failure(read());
    expect(e).toBeInstanceOf(ServiceError);
    expect(f.hits).toBe(1);
  });

  it('UNAVAILABLE is retried on GetRevision too (the library would not: non_idempotent in its config)', async () => {
    run.setService(service({ trafficStatuses: [status('scorer-00002-new', 100)] }));
    const get = run.fault({ method: 'GetService', code: Code.UNAVAILABLE });
    const rev = run.fault({ method: 'GetRevision', code: Code.UNAVAILABLE, times: 2 });
    expect((await read()).served).toHaveLength(1);
    expect([get.hits, rev.hits]).toEqual([1, 2]);
  });

  it('a 429, 502, 503 or 504 page from a proxy in front of the API is asked again, as gRPC did; a 500 page is not', async () => {
    const html = (status: number) => `<html>\n<title>Error ${status} (Server Error)!!1</title>\n${'<p>x</p>\n'.repeat(300)}</html>`;
    for (const status of [429, 502, 503, 504]) {
      const f = run.fault({ method: 'GetService', page: { status, html: html(status) } });
      expect((await read()).served).toHaveLength(1);
      expect(f.hits).toBe(1);
    }
    const f = run.fault({ method: 'GetService', page: { status: 500, html: html(500) }, times: Infinity });
    const e = await failure(read());
    expect(e).toBeInstanceOf(ServiceError);
    expect(f.hits).toBe(1);
    // The page reaches the message as one short line.
    expect(e?.message).toContain('500');
    expect(e?.message).not.toMatch(/\n/);
    expect(e?.message.length).toBeLessThan(600);
  });

  it('UNAVAILABLE that never ends is a service failure after the retries', async () => {
    run.setService(service({ trafficStatuses: [status('scorer-00002-new', 100)] }));
    const f = run.fault({ method: 'GetRevision', code: Code.UNAVAILABLE, times: Infinity });
    const e = await failure(read());
    expect(e).toBeInstanceOf(ServiceError);
    expect(e?.message).toContain(`Cloud Run GetRevision ${revisionName('scorer-00002-new')} failed`);
    expect(f.hits).toBe(5);
  });

  it('a malformed address or emulator host is bad input', async () => {
    expect(() => cloudRunDeployment('projects/p/services/s')).toThrow('must be run:projects/PROJECT/locations/REGION/services/SERVICE');
    vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', 'no-port');
    expect((await failure(cloudRunDeployment(SERVICE).read(ENV)))?.message).toContain(
      'CLOUD_RUN_EMULATOR_HOST: "no-port" must be host:port',
    );
    for (const bad of ['127.0.0.1:0', '127.0.0.1:65536', '127.0.0.1:99999']) {
      vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', bad);
      const e = await failure(cloudRunDeployment(SERVICE).read(ENV));
      expect(e).toBeInstanceOf(InputError);
      expect(e?.message).toContain(`CLOUD_RUN_EMULATOR_HOST: "${bad}" must be host:port`);
    }
  });

  it('drift through the CLI exits 2 on a missing service', async () => {
    vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', run.address);
    const r = await runCli(['drift', '--manifest', `${EXAMPLES}/manifest.json`, '--deployment', `run:${SERVICE}-gone`, '--model-env', ENV]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('service not found');
  });
});
