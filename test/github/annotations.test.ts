// Findings → check-run annotations: paths, levels, positions, batches of 50, and which ones a run already has.
import { describe, expect, it } from 'vitest';
import { annotationOf, type CheckAnnotation, inBatches } from '../../src/github/annotations.js';
import { compareAnnotations } from '../../src/github/check-runs.js';
import { finding } from './fixtures.js';

const ROOT = '/home/runner/work/repo/repo';

describe('annotationOf', () => {
  it.each([
    ['a repository path', { file: 'models/manifest.json', line: 12, column: 28 }, 'models/manifest.json'],
    ['an absolute path in the checkout', { file: `${ROOT}/models/manifest.json`, line: 12, column: 28 }, 'models/manifest.json'],
    ['a path outside the checkout', { file: '/etc/passwd', line: 1 }, undefined],
    ['a parent path', { file: '../other/manifest.json', line: 1 }, undefined],
    ['a gs:// manifest', { file: 'gs://bucket/manifest.json', line: 3 }, undefined],
    ['a Cloud Run service', { file: 'run:projects/p/locations/r/services/s' }, undefined],
  ])('%s', (_, location, path) => {
    expect(annotationOf(finding(1, { location }), ROOT)?.path).toBe(path);
  });

  it('puts the annotation on the exact line and column, and maps the level', () => {
    expect(
      annotationOf(
        finding(1, {
          severity: 'warning',
          location: { file: 'manifest.json', line: 12, column: 28 },
          expected: '2026-01-08',
          actual: null,
        }),
        ROOT,
      ),
    ).toEqual({
      path: 'manifest.json',
      start_line: 12,
      end_line: 12,
      start_column: 28,
      end_column: 28,
      annotation_level: 'warning',
      message: 'bad_1.cbm does not match the naming convention',
      title: 'filename.convention',
      raw_details: 'expected (manifest): 2026-01-08\nactual: NULL',
    });
  });

  it.each([
    ['error', 'failure'],
    ['warning', 'warning'],
    ['notice', 'notice'],
  ] as const)('%s → %s', (severity, level) => {
    expect(annotationOf(finding(1, { severity }), ROOT)?.annotation_level).toBe(level);
  });

  it('uses line 1 and no column for a file without a position', () => {
    const a = annotationOf(finding(1, { location: { file: 'models/a.cbm' } }), ROOT);
    expect(a).toMatchObject({ start_line: 1, end_line: 1 });
    expect(a).not.toHaveProperty('start_column');
  });
});

describe('inBatches', () => {
  it.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [130, [50, 50, 30]],
  ])('%i annotations → batches of %j', (n, sizes) => {
    expect(inBatches(Array.from({ length: n }, (_, i) => i)).map((b) => b.length)).toEqual(sizes);
  });
});

describe('compareAnnotations', () => {
  const a = (i: number): CheckAnnotation => annotationOf(finding(i), ROOT) as CheckAnnotation;
  it.each([
    ['a fresh run', [1, 2], [], [1, 2], false],
    ['a run that has them all', [1, 2], [2, 1], [], false],
    ['a run missing one', [1, 2, 3], [1, 2], [3], false],
    ['a run holding one no longer true', [1], [1, 2], [], true],
    ['duplicates counted as a multiset', [1, 1], [1], [1], false],
  ])('%s', (_, desired, existing, missing, stale) => {
    const r = compareAnnotations(desired.map(a), existing.map(a));
    expect(r.missing.map((x) => x.start_line - 10)).toEqual(missing);
    expect(r.stale).toBe(stale);
  });

  it('matches GitHub returning null for absent columns and titles', () => {
    const mine = annotationOf(finding(1, { location: { file: 'a.json', line: 2 } }), ROOT) as CheckAnnotation;
    const theirs = { ...mine, start_column: null, end_column: null } as unknown as CheckAnnotation;
    expect(compareAnnotations([mine], [theirs])).toEqual({ missing: [], stale: false });
  });
});
