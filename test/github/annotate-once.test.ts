// Which copy of a problem several modes report is annotated: the first in the run's order, whatever its mode.
import { describe, expect, it } from 'vitest';
import { annotationOwners, findingIdentity } from '../../src/github/annotate-once.js';
import { annotationsOf } from '../../src/github/annotations.js';
import { finding, report } from './fixtures.js';

const stale = finding(0, {
  code: 'claude-md.stale',
  message: 'the block in CLAUDE.md does not match the manifest; run claude-md --write',
  location: { file: 'CLAUDE.md', line: 5, column: 1 },
});

describe('findingIdentity', () => {
  it('is the place, rule, model, field and message, not the severity', () => {
    expect(findingIdentity(finding(1))).toBe(findingIdentity(finding(1, { severity: 'notice' })));
    expect(findingIdentity(finding(1))).toBe(findingIdentity({ ...finding(1) }));
    for (const over of [
      { code: 'filename.window' },
      { location: { file: 'models/manifest.json', line: 12, column: 16 } },
      { location: { file: 'other/manifest.json', line: 11, column: 15 } },
      { model_id: 'other' },
      { field: 'gcs_path' },
      { message: 'something else' },
    ])
      expect(findingIdentity(finding(1, over)), JSON.stringify(over)).not.toBe(findingIdentity(finding(1)));
  });
});

describe('annotationOwners', () => {
  it('gives each problem to the first report carrying it, and counts the later modes’ copies by owner', () => {
    const lint = report('lint-filenames', [finding(1), finding(2)]);
    const claude = report('claude-md', [{ ...stale }]);
    const drift = report('drift', [finding(1), finding(2, { severity: 'notice' }), { ...stale }, finding(3)]);
    const { owned, elsewhere } = annotationOwners([lint, claude, drift]);
    expect([...owned]).toEqual([...lint.findings, ...claude.findings, drift.findings.find((f) => f.model_id === 'bad_3')]);
    expect(elsewhere.get('drift')).toEqual(
      new Map([
        ['lint-filenames', 2],
        ['claude-md', 1],
      ]),
    );
    expect(elsewhere.has('lint-filenames')).toBe(false);
    expect(annotationsOf([drift], undefined, owned).map((a) => a.message)).toEqual([finding(3).message]);
  });

  it('follows the run’s order: the same reports in another order have another owner', () => {
    const lint = report('lint-filenames', [finding(1)]);
    const drift = report('drift', [finding(1)]);
    expect([...annotationOwners([drift, lint]).owned]).toEqual(drift.findings);
    expect(annotationOwners([drift, lint]).elsewhere.get('lint-filenames')?.get('drift')).toBe(1);
  });

  it('annotates a repeat inside one mode (two families, one file) once, and counts it nowhere else', () => {
    const a = { ...report('claude-md', [{ ...stale }]), family: 'a' };
    const b = { ...report('claude-md', [{ ...stale }]), family: 'b' };
    const { owned, elsewhere } = annotationOwners([a, b]);
    expect([...owned]).toEqual(a.findings);
    expect(elsewhere.size).toBe(0);
  });

  it('counts in `elsewhere` only the copies the channel could place', () => {
    const unplaced = finding(1, { location: { file: 'gs://bucket/manifest.json', line: 3 } });
    const { elsewhere } = annotationOwners(
      [report('lint-filenames', [unplaced]), report('drift', [{ ...unplaced }])],
      (f) => !f.location?.file.startsWith('gs://'),
    );
    expect(elsewhere.size).toBe(0);
  });
});
