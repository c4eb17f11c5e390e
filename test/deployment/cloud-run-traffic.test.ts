import { describe, expect, it } from 'vitest';
import { servedModels, servedRevisions } from '../../src/deployment/cloud-run-traffic.js';

const SVC = 'projects/p/locations/r/services/s';
const REV = (n: string) => `${SVC}/revisions/${n}`;

describe('servedRevisions', () => {
  it('reads the served statuses: sums a revision named twice, skips tag-only targets, resolves LATEST', () => {
    expect(
      servedRevisions(
        {
          latestReadyRevision: REV('s-3'),
          traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 's-9', percent: 100 }],
          trafficStatuses: [
            { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 's-1', percent: 5 },
            { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 's-1', percent: 15 },
            { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 's-2', percent: 0 },
            { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 80 },
          ],
        },
        SVC,
      ),
    ).toEqual([
      { name: REV('s-1'), percent: 20 },
      { name: REV('s-3'), percent: 80 },
    ]);
  });

  it('falls back to the requested traffic only while no status is reported; takes full names as they are', () => {
    expect(servedRevisions({ trafficStatuses: [], traffic: [{ type: 2, revision: REV('s-4'), percent: 100 }] }, SVC)).toEqual([
      { name: REV('s-4'), percent: 100 },
    ]);
    expect(servedRevisions({ traffic: [{ type: 1, percent: 100 }] }, SVC)).toEqual([]); // LATEST with no ready revision
  });
});

describe('servedModels', () => {
  it('one entry per container setting the variable; unnamed containers by index; secrets are not values', () => {
    const rev = {
      containers: [
        { env: [{ name: 'M', value: 'gs://b/a.cbm' }] },
        { name: 'side', env: [{ name: 'M', valueSource: { secretKeyRef: { secret: 's' } }, value: '' }] },
      ],
    };
    expect(servedModels(rev, { name: REV('s-1'), percent: 100 }, 'M')).toEqual([
      { value: 'gs://b/a.cbm', fromSecret: false, percent: 100, revision: 's-1', container: '#0' },
      { value: null, fromSecret: true, percent: 100, revision: 's-1', container: 'side' },
    ]);
  });

  it('a revision where no container sets it is one entry with value null, naming the containers', () => {
    expect(servedModels({ containers: [{ name: 'a' }, { name: 'b', env: [] }] }, { name: REV('s-2'), percent: 10 }, 'M')).toEqual([
      { value: null, fromSecret: false, percent: 10, revision: 's-2', container: 'a, b' },
    ]);
  });
});
