// Self-test of the Cloud Run stand-in, driven by the real @google-cloud/run clients over their REST transport.

import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import { PassThroughClient } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CloudRunStandin, Code, startCloudRun } from './cloud-run/index.js';

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

// The REST transport over plain HTTP, with an auth client that adds no credentials and looks none up.
// universeDomain: named here, it spares gax asking the auth library for it.
const options = (port: number) => ({
  fallback: true,
  protocol: 'http',
  apiEndpoint: '127.0.0.1',
  port,
  authClient: new PassThroughClient(),
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

type Wire = { generation?: string; trafficStatuses: { type: unknown }[] };

describe('Cloud Run stand-in with the real REST clients', () => {
  it('getService returns template env and traffic statuses, without any credential lookup', async () => {
    const [svc] = await services.getService({ name: SVC });
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
    // The path of the google.api.http rule, the routing header the real service uses to pick the region, and
    // enums asked for as numbers (the stand-in answers so, and the client turns them back into names).
    expect(run.requests.at(-1)).toMatchObject({ method: 'GetService', request: { name: SVC }, code: Code.OK });
    expect(run.requests.at(-1)?.metadata).toMatchObject({ 'x-goog-request-params': 'location=europe-west1' });
    // No credentials on the wire.
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
    const err = await services.getService({ name: `${SVC}-nope` }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: Code.NOT_FOUND });
    expect(String((err as Error).message)).toContain(
      "Resource 'scorer-nope' of kind 'SERVICE' in region 'europe-west1' in project 'test-project' does not exist.",
    );
    expect(await code(revisions.getRevision({ name: `${SVC}/revisions/nope` }))).toBe(Code.NOT_FOUND);
  });

  // Default retry settings from services_client_config.json: GetService retries UNAVAILABLE
  // (back-off starts at 1 s, jittered); GetRevision is "non_idempotent" there and never retries.
  it('UNAVAILABLE once: getService retries it, getRevision surfaces it', async () => {
    const f = run.fault({ method: 'GetService', code: Code.UNAVAILABLE });
    const before = run.requests.length;
    const [svc] = await services.getService({ name: SVC });
    expect([svc.name, f.hits, run.requests.length - before]).toEqual([SVC, 1, 2]);
    run.fault({ method: 'GetRevision', code: Code.UNAVAILABLE });
    expect(await code(revisions.getRevision({ name: REV1 }))).toBe(Code.UNAVAILABLE);
  });

  it('PERMISSION_DENIED is not retried', async () => {
    const f = run.fault({
      method: 'GetService',
      code: Code.PERMISSION_DENIED,
      details: "Permission 'run.services.get' denied",
      times: Infinity,
    });
    expect(await code(services.getService({ name: SVC }))).toBe(Code.PERMISSION_DENIED);
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

  it('setService rejects google.protobuf fields it cannot write as proto3 JSON', () => {
    expect(() => run.setService({ ...service, createTime: { seconds: '1700000000' } })).toThrow(/Service\.createTime/);
  });

  // The wire as any HTTP client sees it: proto3 JSON (int64 as a string, enums by name unless asked for numbers)
  // and Google's JSON error body.
  it("answers plain HTTP GETs on the rule paths in proto3 JSON, errors in Google's error format", async () => {
    const get = (path: string) => fetch(`http://${run.address}/v2/${path}`).then(async (r) => [r.status, await r.json()] as [number, Wire]);
    const [status, body] = await get(SVC);
    expect([status, body.generation, body.trafficStatuses[1]]).toEqual([
      200,
      '7',
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00002-def', percent: 90, tag: 'candidate' },
    ]);
    const [, numeric] = await get(`${SVC}?$alt=json%3Benum-encoding=int`);
    expect(numeric.trafficStatuses[1]?.type).toBe(2);
    expect(await get(`${SVC}/revisions`)).toEqual([
      200,
      { revisions: [expect.objectContaining({ name: REV1 }), expect.objectContaining({ name: REV2 })] },
    ]);
    expect(await get(`${SVC}-nope`)).toEqual([
      404,
      {
        error: {
          code: 404,
          status: 'NOT_FOUND',
          message: "Resource 'scorer-nope' of kind 'SERVICE' in region 'europe-west1' in project 'test-project' does not exist.",
        },
      },
    ]);
    expect((await get('projects/test-project/services'))[0]).toBe(501);
    // A client that escaped the name's slashes, or sent a field the request does not have, is not answered.
    expect((await get(SVC.replaceAll('/', '%2F')))[0]).toBe(501);
    expect((await get(SVC.replace('/services/', '/services%2F')))[0]).toBe(501);
    expect(await get(`${SVC}?bogusField=1`)).toEqual([
      400,
      {
        error: {
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: 'Invalid JSON payload received. Unknown name "bogusField": Cannot bind query parameter.',
        },
      },
    ]);
    expect((await get(`${SVC}/revisions?pageSize=1`))[0]).toBe(200);
  });
});
