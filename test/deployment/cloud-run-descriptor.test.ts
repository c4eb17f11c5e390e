// The Cloud Run clients' descriptor narrowed to what drift calls: still complete for the real clients.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RevisionsClient } from '@google-cloud/run/build/src/v2/revisions_client.js';
import { ServicesClient } from '@google-cloud/run/build/src/v2/services_client.js';
import { PassThroughClient } from 'google-auth-library';
import { fallback, protobuf } from 'google-gax';
import { describe, expect, it } from 'vitest';
import {
  type DescriptorNode,
  LOCATION_ROOTS,
  narrowDescriptor,
  narrowedGax,
  RUN_ROOTS,
} from '../../src/deployment/cloud-run-descriptor.js';

const require = createRequire(import.meta.url);
const full = require('@google-cloud/run/build/protos/protos.json') as DescriptorNode;
// The locations mixin's descriptor, which gax's package does not export: read beside its main module.
const locations = JSON.parse(
  readFileSync(join(dirname(require.resolve('google-gax')), '..', 'protos', 'locations.json'), 'utf8'),
) as DescriptorNode;
const names = (node: DescriptorNode, path = ''): string[] =>
  Object.entries(node.nested ?? {}).flatMap(([k, v]) => [`${path}${k}`, ...names(v, `${path}${k}.`)]);

describe('narrowDescriptor', () => {
  const narrow = narrowDescriptor(full, RUN_ROOTS);

  it('keeps the two services and every type they reach, so protobufjs resolves it whole; drops the other APIs', () => {
    const root = protobuf.Root.fromJSON(narrow);
    expect(() => root.resolveAll()).not.toThrow();
    const v2 = (full.nested?.google?.nested?.cloud?.nested?.run?.nested?.v2?.nested ?? {}) as Record<string, DescriptorNode>;
    const kept = narrow.nested?.google?.nested?.cloud?.nested?.run?.nested?.v2?.nested ?? {};
    for (const name of ['Services', 'Revisions', 'Service', 'Revision', 'Container', 'GetServiceRequest', 'GetRevisionRequest'])
      expect(kept[name]).toBe(v2[name]);
    for (const name of ['Jobs', 'Executions', 'Tasks', 'WorkerPools', 'Builds', 'Instances', 'Job', 'Execution', 'Task', 'WorkerPool'])
      expect(kept).not.toHaveProperty(name);
    // Every method's request and response type, IAM's and long-running operations' included.
    for (const service of ['google.cloud.run.v2.Services', 'google.cloud.run.v2.Revisions', 'google.longrunning.Operations'])
      for (const m of Object.values(root.lookupService(service).methods)) {
        expect(m.resolvedRequestType).toBeInstanceOf(protobuf.Type);
        expect(m.resolvedResponseType).toBeInstanceOf(protobuf.Type);
      }
    expect(names(narrow).length).toBeLessThan(names(full).length / 2);
  });

  it("narrows the locations mixin's descriptor to its service, without descriptor.proto's option types", () => {
    const narrowed = narrowDescriptor(locations, LOCATION_ROOTS);
    const root = protobuf.Root.fromJSON(narrowed);
    for (const m of Object.values(root.lookupService('google.cloud.location.Locations').methods))
      expect([m.resolvedRequestType, m.resolvedResponseType].every((t) => t instanceof protobuf.Type)).toBe(true);
    expect(names(narrowed)).not.toContain('google.protobuf.FileDescriptorProto');
    expect(names(narrowed)).toContain('google.protobuf.Any');
  });

  it('resolves names by protobuf scoping: nested first, then each enclosing scope; a name found nowhere throws', () => {
    const json: DescriptorNode = {
      nested: {
        a: {
          nested: {
            Svc: { methods: { Get: { requestType: 'Req', responseType: '.b.Res' } } },
            Req: { fields: { inner: { type: 'Inner', id: 1 } }, nested: { Inner: { fields: { e: { type: 'E', id: 1 } } } } },
            E: { values: { X: 0 } },
            Unused: { fields: { x: { type: 'string', id: 1 } } },
          },
        },
        b: { nested: { Res: { fields: { n: { type: 'int64', id: 1 } } }, Other: { values: { Y: 0 } } } },
      },
    };
    expect(names(narrowDescriptor(json, ['a.Svc']))).toEqual(['a', 'a.Svc', 'a.Req', 'a.Req.Inner', 'a.E', 'b', 'b.Res']);
    const broken = structuredClone(json);
    delete broken.nested?.a?.nested?.E;
    expect(() => narrowDescriptor(broken, ['a.Svc'])).toThrow('E (in a.Req.Inner) resolves to nothing');
  });
});

describe('narrowedGax', () => {
  it('builds both real clients and every RPC stub they have from one narrowed root', async () => {
    const gax = narrowedGax(fallback);
    const options = {
      fallback: true,
      protocol: 'http',
      apiEndpoint: '127.0.0.1',
      port: 9,
      authClient: new PassThroughClient(),
      universeDomain: 'googleapis.com',
    };
    const services = new ServicesClient(options, gax);
    const revisions = new RevisionsClient(options, gax);
    try {
      // initialize() makes a stub for every method of the service, and the operations client for its long-running ones.
      await Promise.all([services.initialize(), revisions.initialize(), services.locationsClient.initialize()]);
      const one = gax.protobufFromJSON(full as Parameters<typeof gax.protobufFromJSON>[0]);
      expect(one.lookupService('google.cloud.run.v2.Services')).toBeTruthy();
      expect(gax.protobufFromJSON(full as Parameters<typeof gax.protobufFromJSON>[0])).toBe(one);
      expect(() => one.lookup('google.cloud.run.v2.Jobs')).not.toThrow();
      expect(one.lookup('google.cloud.run.v2.Jobs')).toBeNull();
    } finally {
      await Promise.all([services.close(), revisions.close()]);
    }
  });
});
