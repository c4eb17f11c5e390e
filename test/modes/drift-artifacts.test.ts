// The drift mode's wave of reads with hand-built port fakes (ports, not client libraries).
import { describe, expect, it } from 'vitest';
import { familySettings } from '../../src/config/settings.js';
import { drift } from '../../src/modes/drift.js';
import type { Artifacts, Deployment, ManifestSource } from '../../src/ports.js';
import { mapLimit } from '../../src/util/limit.js';
import { manifestJson, objectOf, sha256 } from '../helpers/gcp.js';

const bytes = Buffer.from(manifestJson([{ id: 'prod', month: 1, status: 'production', sha256: sha256('p') }]));
const manifest: ManifestSource = { name: 'gs://b/m.json', load: async () => ({ bytes, generation: '42' }) };
const options = {
  mode: 'drift',
  dryRun: false,
  prune: false,
  force: false,
  trainStart: undefined,
  trainEnd: undefined,
  claudeMdAction: 'print',
  failOn: 'error',
  offline: false,
} as const;

describe('drift artifact reads', () => {
  it('stats run inside the first wave: the deployment read can still be pending when they start', async () => {
    let statStarted: () => void = () => {};
    const started = new Promise<void>((ok) => {
      statStarted = ok;
    });
    const artifacts: Artifacts = {
      name: 'Cloud Storage',
      stat: async () => {
        statStarted();
        return { exists: true, size: 1, generation: '7' };
      },
      sha256: async () => sha256('p'),
    };
    // Resolves only once a stat has begun: if stats waited for the other reads, this would never settle.
    const deployment: Deployment = {
      name: 'run:x',
      read: async (env) => {
        await started;
        return {
          source: 'run:x',
          service: 's',
          region: 'r',
          project: 'p',
          env,
          served: [{ value: objectOf({ month: 1 }).gcsPath, fromSecret: false, percent: 100, revision: 'r1', container: 'c' }],
        };
      },
    };
    const settings = { ...familySettings({ manifest: 'gs://b/m.json', 'model-env': 'M' }, 'arguments') };
    const report = await drift({ settings, options, sources: { family: '', manifest, deployment, artifacts }, log: () => {} });
    expect(report.findings.map((f) => f.code)).toEqual(['artifact.verified']);
    expect(report.summary).toBe('No drift: the manifest (generation 42) agrees with s, Cloud Storage objects, filenames');
  });
});

describe('mapLimit', () => {
  it('keeps order, caps concurrency, and starts nothing new after a failure', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      peak = Math.max(peak, ++active);
      await new Promise((ok) => setTimeout(ok, 6 - n));
      active--;
      return n * 10;
    });
    expect([out, peak]).toEqual([[10, 20, 30, 40, 50, 60], 2]);
    const seen: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4], 1, async (n) => {
        seen.push(n);
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([1, 2]);
  });
});
