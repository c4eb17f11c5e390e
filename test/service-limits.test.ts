// The per-service limiters wrap the ports by address: a Google (or DuckDB) source waits for its service's slot,
// a local file does not, and every family of a run shares the same slots.
import { describe, expect, it } from 'vitest';
import type { FamilySettings } from '../src/config/settings.js';
import type { Sources } from '../src/ports.js';
import { limitSources, SERVICE_LIMITS, serviceLimits } from '../src/service-limits.js';

/** Sources whose manifest and deployment reads count how many are in flight, and finish when released. */
const counting = () => {
  let running = 0;
  let most = 0;
  const waiting: (() => void)[] = [];
  const held = async <T>(value: T): Promise<T> => {
    most = Math.max(most, ++running);
    await new Promise<void>((go) => waiting.push(go));
    running--;
    return value;
  };
  const sources = (): Sources => ({
    family: 'f',
    manifest: { name: 'm', load: () => held({ bytes: new Uint8Array() }) },
    deployment: { name: 'd', read: (env) => held({ source: 'd', service: 's', region: null, project: null, env, served: [] }) },
  });
  const release = async () => {
    while (running > 0 || waiting.length > 0) {
      for (const go of waiting.splice(0)) go();
      await new Promise((ok) => setImmediate(ok));
    }
  };
  return { sources, release, most: () => most, running: () => running };
};

const settings = (manifest: string, deployment?: string) => ({ manifest, deployment }) as FamilySettings;
const settle = () => new Promise((ok) => setImmediate(ok));

describe('limitSources', () => {
  it('families share one limit per service: gs:// manifests wait for a Cloud Storage slot', async () => {
    const c = counting();
    const limits = serviceLimits({ ...SERVICE_LIMITS, gcs: 2 });
    const loads = Array.from({ length: 5 }, () => limitSources(c.sources(), settings('gs://b/m.json'), limits).manifest.load());
    await settle();
    expect(c.running()).toBe(2);
    await c.release();
    await Promise.all(loads);
    expect(c.most()).toBe(2);
  });

  it('a local manifest or a service YAML is not a service: nothing waits', async () => {
    const c = counting();
    const limits = serviceLimits({ ...SERVICE_LIMITS, gcs: 1, run: 1 });
    const reads = Array.from({ length: 4 }, () => {
      const s = limitSources(c.sources(), settings('models/manifest.json', 'service.yaml'), limits);
      return [s.manifest.load(), s.deployment?.read('ENV')];
    }).flat();
    await settle();
    expect(c.running()).toBe(8);
    await c.release();
    await Promise.all(reads);
  });

  it('run: deployments wait for a Cloud Run slot', async () => {
    const c = counting();
    const limits = serviceLimits({ ...SERVICE_LIMITS, run: 3 });
    const reads = Array.from({ length: 7 }, () =>
      limitSources(c.sources(), settings('m.json', 'run:projects/p/locations/r/services/s'), limits).deployment?.read('ENV'),
    );
    await settle();
    expect(c.running()).toBe(3);
    await c.release();
    await Promise.all(reads);
    expect(c.most()).toBe(3);
  });
});
