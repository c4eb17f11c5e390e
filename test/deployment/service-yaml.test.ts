import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceYamlDeployment } from '../../src/deployment/service-yaml.js';
import { EXAMPLES } from '../helpers/cli.js';

const ENV = 'CATBOOST_V9_MODEL_PATH';
const EXAMPLE = readFileSync(join(EXAMPLES, 'prediction-worker.yaml'), 'utf8');
const withoutStatus = EXAMPLE.slice(0, EXAMPLE.indexOf('status:'));
const withStatusTraffic = (traffic: string, ready = 'prediction-worker-00042-xyz') =>
  `${withoutStatus}status:\n  latestCreatedRevisionName: prediction-worker-00042-xyz\n  latestReadyRevisionName: ${ready}\n  traffic:\n${traffic}`;

const read = async (yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'mg-yaml-')), 'svc.yaml');
  writeFileSync(file, yaml);
  return serviceYamlDeployment(file).read(ENV);
};
const shape = (s: Awaited<ReturnType<typeof read>>) => ({
  served: s.served.map((m) => [m.revision, m.percent, m.unseen ?? false]),
  trafficSeen: s.trafficSeen ?? true,
});

describe('service YAML deployment', () => {
  it('reads what serves from status.traffic (gcloud describe --format yaml)', async () => {
    expect(shape(await read(EXAMPLE))).toEqual({ served: [['prediction-worker-00042-xyz', 100, false]], trafficSeen: true });
  });

  it('checks the template only when the YAML has no status (--format export), and says traffic was not seen', async () => {
    expect(shape(await read(withoutStatus))).toEqual({ served: [['prediction-worker-00042-xyz', 100, false]], trafficSeen: false });
  });

  it('reports a rollback pinning 100% to an old revision: the template holds 0%, the old revision is unseen', async () => {
    const s = await read(withStatusTraffic('    - revisionName: prediction-worker-00041-old\n      percent: 100\n'));
    expect(shape(s)).toEqual({
      served: [
        ['prediction-worker-00042-xyz', 0, false],
        ['prediction-worker-00041-old', 100, true],
      ],
      trafficSeen: true,
    });
    const line = s.served[1]?.location?.line ?? 0;
    expect(readFileSync(s.source, 'utf8').split('\n')[line - 1]).toContain('revisionName: prediction-worker-00041-old');
  });

  it('sums a split, resolving latestRevision to the latest ready revision', async () => {
    const s = await read(
      withStatusTraffic(
        '    - latestRevision: true\n      percent: 90\n    - revisionName: prediction-worker-00041-old\n      percent: 10\n    - revisionName: prediction-worker-00040-tag\n      percent: 0\n      tag: canary\n',
      ),
    );
    expect(shape(s).served).toEqual([
      ['prediction-worker-00042-xyz', 90, false],
      ['prediction-worker-00041-old', 10, true],
    ]);
  });
});
