import { describe, expect, it } from 'vitest';
import { artifactDrift, artifactPaths, hashTargets } from '../../src/checks/artifacts.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { ArtifactStat } from '../../src/ports.js';
import { manifestJson, objectOf, sha256 } from '../helpers/gcp.js';

const parsed = parseManifest(
  'gs://b/manifest.json',
  Buffer.from(
    manifestJson([
      { id: 'prod', month: 1, status: 'production', sha256: sha256('p') },
      { id: 'cand', month: 2, sha256: sha256('c') },
      { id: 'gone', month: 3, status: 'deprecated', sha256: sha256('g') },
    ]),
  ),
);
const [P, C, G] = [1, 2, 3].map((month) => objectOf({ month }).gcsPath) as [string, string, string];
const stats = new Map<string, ArtifactStat>([
  [P, { exists: true, size: 10, generation: '11' }],
  [C, { exists: true, size: 20, generation: '22', metadataSha256: sha256('c') }],
  [G, { exists: false }],
]);

describe('hashTargets', () => {
  it('production by default, every existing object with all, nothing with none', () => {
    expect(hashTargets(parsed, stats, 'production')).toEqual([{ model_id: 'prod', gcsPath: P, generation: '11', size: 10 }]);
    expect(hashTargets(parsed, stats, 'all').map((t) => [t.model_id, t.claim])).toEqual([
      ['prod', undefined],
      ['cand', sha256('c')],
    ]);
    expect(hashTargets(parsed, stats, 'none')).toEqual([]);
  });

  it('each distinct object path is stat-ed once', () => {
    expect(artifactPaths(parsed)).toEqual([P, C, G]);
  });
});

describe('artifactDrift', () => {
  it('missing objects, a mismatch and a match are distinct findings, located in the manifest', () => {
    const findings = artifactDrift(
      parsed,
      stats,
      [
        { model_id: 'prod', gcsPath: P, generation: '11', source: 'content', sha256: sha256('other') },
        { model_id: 'cand', gcsPath: C, generation: '22', source: 'metadata', sha256: sha256('c') },
      ],
      'Cloud Storage',
    );
    expect(findings.map((f) => [f.code, f.severity, f.model_id, f.location?.file])).toEqual([
      ['artifact.missing', 'error', 'gone', 'gs://b/manifest.json'],
      ['artifact.sha256', 'error', 'prod', 'gs://b/manifest.json'],
      ['artifact.verified', 'notice', 'cand', 'gs://b/manifest.json'],
    ]);
    expect(findings[1]?.message).toBe(
      `prod: SHA-256 is ${sha256('other')} but the manifest says ${sha256('p')} (${P} generation 11, checked by its streamed content (a proof))`,
    );
    expect(findings[2]?.message).toContain('custom metadata sha256 (a claim, not a proof)');
  });
});
