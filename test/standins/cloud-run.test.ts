// Self-test of the Cloud Run stand-in, driven by the real @google-cloud/run gRPC clients.

import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CloudRunStandin, startCloudRun } from './cloud-run/index.js';

const SVC = 'projects/test-project/locations/europe-west1/services/scorer';
const REV1 = `${SVC}/revisions/scorer-00001-abc`;
const REV2 = `${SVC}/revisions/scorer-00002-def`;

const service = {
  name: SVC,
  uid: 'f3e0c1c2-0000-4000-8000-000000000001',
  generation: '7',
  reconciling: false,
  latestReadyRevision: REV2,
  latestCreatedRevision: REV2,
  template: {
    revision: 'scorer-00002-def',
    containers: [
      {
        image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc',
        env: [
          { name: 'MODEL_URI', value: 'gs://models/scorer/v2.onnx' },
          { name: 'API_KEY', valueSource: { secretKeyRef: { secret: 'projects/test-project/secrets/key', version: 'latest' } } },
        ],
      },
    ],
  },
  traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
  trafficStatuses: [
    { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00001-abc', percent: 10 },
    { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00002-def', percent: 90, tag: 'candidate' },
  ],
};
const revision = (name: string, model: string) => ({
  name,
  service: 'scorer',
  containers: [{ image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc', env: [{ name: 'MODEL_URI', value: model }] }],
});

// Insecure channel credentials: gax then never asks the auth library for gRPC credentials.
// universeDomain: gax still asks GoogleAuth for the universe domain before connecting; naming it
// here answers that without the Application Default Credentials search (env var, ~/.config/gcloud,
// metadata server) that would otherwise run — and fail, harmlessly but non-hermetically.
const options = (port: number) => ({
  apiEndpoint: '127.0.0.1',
  port,
  sslCreds: grpc.credentials.createInsecure(),
  universeDomain: 'googleapis.com',
});

let run: CloudRunStandin;
let services: ServicesClient;
let revisions: RevisionsClient;
beforeAll(async () => {
  run = await startCloudRun({
    services: [service],
    revisions: [revision(REV1, 'gs://models/scorer/v1.onnx'), revision(REV2, 'gs://models/scorer/v2.onnx')],
  });
  services = new ServicesClient(options(run.port));
  revisions = new RevisionsClient(options(run.port));
});
afterAll(async () => {
  await Promise.all([services.close(), revisions.close()]);
  await run.close();
});
afterEach(() => {
  run.clearFaults();
  run.setLatency(0);
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: unknown }) => e.code,
  );

describe('Cloud Run stand-in with the real gRPC clients', () => {
  it('getService returns template env and traffic statuses, without any credential lookup', async () => {
    const adc = vi.spyOn(services.auth, 'getClient');
    const [svc] = await services.getService({ name: SVC });
    expect(adc).not.toHaveBeenCalled();
    expect(svc.latestReadyRevision).toBe(REV2);
    expect(svc.template?.containers?.[0]?.env).toEqual([
      expect.objectContaining({ name: 'MODEL_URI', value: 'gs://models/scorer/v2.onnx' }),
      expect.objectContaining({
        name: 'API_KEY',
        valueSource: expect.objectContaining({ secretKeyRef: expect.objectContaining({ secret: 'projects/test-project/secrets/key' }) }),
      }),
    ]);
    expect(svc.trafficStatuses?.map((t) => [t.type, t.revision, t.percent, t.tag])).toEqual([
      ['TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', 'scorer-00001-abc', 10, ''],
      ['TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', 'scorer-00002-def', 90, 'candidate'],
    ]);
    expect(svc.generation).toBe('7'); // int64 arrives as a string
    // The routing header the real service uses to pick the region; no credentials on the wire.
    expect(run.requests.at(-1)?.metadata).toMatchObject({ 'x-goog-request-params': 'location=europe-west1' });
    expect(run.requests.at(-1)?.metadata.authorization).toBeUndefined();
  });

  it('getRevision returns its containers; listRevisions pages through all', async () => {
    const [rev] = await revisions.getRevision({ name: REV1 });
    expect(rev.containers?.[0]?.env?.[0]).toMatchObject({ name: 'MODEL_URI', value: 'gs://models/scorer/v1.onnx' });
    const [first, next] = await revisions.listRevisions({ parent: SVC, pageSize: 1 }, { autoPaginate: false });
    expect([first.map((r) => r.name), next?.pageToken]).toEqual([[REV1], '1']);
    const [all] = await revisions.listRevisions({ parent: SVC });
    expect(all.map((r) => r.name)).toEqual([REV1, REV2]);
  });

  it('unknown names are NOT_FOUND (code 5) with the real message shape', async () => {
    const err = await services.getService({ name: `${SVC}-nope` }).catch((e: grpc.ServiceError) => e);
    expect(err).toMatchObject({ code: grpc.status.NOT_FOUND });
    expect(String((err as Error).message)).toContain(
      "Resource 'scorer-nope' of kind 'SERVICE' in region 'europe-west1' in project 'test-project' does not exist.",
    );
    expect(await code(revisions.getRevision({ name: `${SVC}/revisions/nope` }))).toBe(grpc.status.NOT_FOUND);
  });

  // Default retry settings from services_client_config.json: GetService retries UNAVAILABLE
  // (back-off starts at 1 s, jittered); GetRevision is "non_idempotent" there and never retries.
  it('UNAVAILABLE once: getService retries it, getRevision surfaces it', async () => {
    const f = run.fault({ method: 'GetService', code: grpc.status.UNAVAILABLE });
    const before = run.requests.length;
    const [svc] = await services.getService({ name: SVC });
    expect([svc.name, f.hits, run.requests.length - before]).toEqual([SVC, 1, 2]);
    run.fault({ method: 'GetRevision', code: grpc.status.UNAVAILABLE });
    expect(await code(revisions.getRevision({ name: REV1 }))).toBe(grpc.status.UNAVAILABLE);
  });

  it('PERMISSION_DENIED is not retried', async () => {
    const f = run.fault({
      method: 'GetService',
      code: grpc.status.PERMISSION_DENIED,
      details: "Permission 'run.services.get' denied",
      times: Infinity,
    });
    expect(await code(services.getService({ name: SVC }))).toBe(grpc.status.PERMISSION_DENIED);
    expect(f.hits).toBe(1);
  });

  it('latency and setService updates are seen by the next call', async () => {
    run.setLatency(150);
    run.setService({ ...service, reconciling: true, latestReadyRevision: REV1 });
    const t0 = performance.now();
    const [svc] = await services.getService({ name: SVC });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect([svc.reconciling, svc.latestReadyRevision]).toEqual([true, REV1]);
    run.setService(service);
  });

  it('setService rejects fields the proto does not have, so typos cannot vanish silently', () => {
    expect(() => run.setService({ ...service, trafficStatus: [], latestReadyRevison: REV1 })).toThrow(/latestReadyRevison/);
    expect(() => run.setService({ ...service, traffic: [{ type: 'LATEST', percent: 100 }] })).toThrow(/traffic\[0\]\.type/);
  });
});
