// rewriteOf: one answer for claude-md whether the block is rewritten between the markers or a section is adopted.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { rewriteOf } from '../../src/docs/rewrite.js';

const { begin: B, end: E } = DEFAULT_MARKERS;
const RENDERED = '## ML Model - T\n\nnew\n';
const doc = (s: string) => Buffer.from(s, 'utf8');

describe('rewriteOf', () => {
  it('is nothing to write when the block is current', () => {
    const r = rewriteOf('C.md', doc(`# T\n${B}\n${RENDERED}${E}\n`), DEFAULT_MARKERS, RENDERED);
    expect([r.bytes, r.diff, r.checked]).toEqual([null, '', 'C.md: the MODEL block is current']);
  });

  it('rewrites only between the markers when the block is stale', () => {
    const r = rewriteOf('C.md', doc(`# T\n${B}\nold\n${E}\ntail\n`), DEFAULT_MARKERS, RENDERED);
    expect(Buffer.from(r.bytes ?? []).toString()).toBe(`# T\n${B}\n${RENDERED}${E}\ntail\n`);
    expect([r.line, r.checked, r.written]).toEqual([2, 'C.md: the MODEL block is stale', 'C.md: rewrote the MODEL block (lines 2-4)']);
    expect(r.diff).toContain('-old');
  });

  it('adopts the named section into new markers, pointing at its heading', () => {
    const r = rewriteOf('C.md', doc('# T\n\n## Model\nhand-written\n\n## Next\n'), DEFAULT_MARKERS, RENDERED, 'Model');
    expect(Buffer.from(r.bytes ?? []).toString()).toBe(`# T\n\n${B}\n${RENDERED}${E}\n\n## Next\n`);
    expect([r.line, r.checked]).toEqual([3, 'C.md: the section at line 3 is not adopted yet']);
  });
});
