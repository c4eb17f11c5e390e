// The PR baseline: a finding the base branch already has becomes a notice; matching ignores positions and wording.
import { describe, expect, it } from 'vitest';
import { countPreExisting, markPreExisting, PRE_EXISTING, stableKey } from '../../src/github/baseline.js';
import type { Finding } from '../../src/report/types.js';
import { finding, report } from './fixtures.js';

const drift = (over: Partial<Finding> = {}): Finding =>
  finding(1, { code: 'registry.field', model_id: 'm1', field: 'training_end_date', expected: '2026-01-08', actual: '2026-01-31', ...over });

describe('stableKey', () => {
  it.each([
    ['another line', { location: { file: 'manifest.json', line: 99, column: 1 } }, true],
    ['another message', { message: 'reworded' }, true],
    ['another actual value', { actual: '2026-02-01' }, false],
    ['another field', { field: 'training_start_date' }, false],
    ['another model', { model_id: 'm2' }, false],
    ['another code', { code: 'registry.missing' }, false],
  ])('%s: same key = %s', (_, over, same) => {
    expect(stableKey(drift(over as Partial<Finding>)) === stableKey(drift())).toBe(same);
  });
});

describe('stableKey: a finding is keyed by what it says', () => {
  const stale = (content: string, over: Partial<Finding> = {}): Finding => ({
    code: 'claude-md.stale',
    severity: 'error',
    message: 'the block in CLAUDE.md does not match the manifest; run claude-md --write',
    location: { file: 'CLAUDE.md', line: 5, column: 1 },
    content,
    ...over,
  });
  it('a stale block with other content is another finding; the same content on another line is the same', () => {
    expect(stableKey(stale('sha256:aa'))).not.toBe(stableKey(stale('sha256:bb')));
    expect(stableKey(stale('sha256:aa', { location: { file: 'CLAUDE.md', line: 40 } }))).toBe(stableKey(stale('sha256:aa')));
  });
  it('a finding without values is keyed by its message (what it names)', () => {
    const plain = (message: string): Finding => ({ code: 'filename.convention', severity: 'error', message, field: 'file' });
    expect(stableKey(plain('a.cbm does not match'))).not.toBe(stableKey(plain('b.cbm does not match')));
  });
  it('a hand-edited stale block on the PR is new, the base one stays pre-existing', () => {
    const out = markPreExisting(report('claude-md', [stale('sha256:edited')]), report('claude-md', [stale('sha256:base')]));
    expect(out.findings.map((f) => f.severity)).toEqual(['error']);
    expect(markPreExisting(report('claude-md', [stale('sha256:base')]), report('claude-md', [stale('sha256:base')])).ok).toBe(true);
  });
});

describe('markPreExisting', () => {
  it('turns base findings into notices, keeps new ones, and recomputes ok and the summary', () => {
    const head = report('drift', [drift({ location: { file: 'manifest.json', line: 40 } }), drift({ model_id: 'm2' })], 'Drift: 2 errors');
    const base = report('drift', [drift({ location: { file: 'manifest.json', line: 12 } })]);
    const out = markPreExisting(head, base);
    expect(out.findings.map((f) => [f.model_id, f.severity])).toEqual([
      ['m2', 'error'],
      ['m1', 'notice'],
    ]);
    expect(out.findings[1]?.message).toBe(`${PRE_EXISTING}bad_1.cbm does not match the naming convention`);
    expect(out.ok).toBe(false);
    expect(out.summary).toBe('Drift: 2 errors (1 pre-existing on the base branch, shown as notices)');
    expect(countPreExisting([out])).toBe(1);
  });

  it('passes once every error is pre-existing', () => {
    const out = markPreExisting(report('drift', [drift()]), report('drift', [drift()]));
    expect(out.ok).toBe(true);
  });

  it('counts as a multiset: a second copy of an old finding is new', () => {
    const out = markPreExisting(report('drift', [drift(), drift()]), report('drift', [drift()]));
    expect(out.findings.map((f) => f.severity).sort()).toEqual(['error', 'notice']);
  });

  it('returns the report untouched when nothing is shared', () => {
    const head = report('drift', [drift()]);
    expect(markPreExisting(head, report('drift', []))).toBe(head);
  });
});
