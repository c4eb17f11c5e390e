// The findings table says what `expected` and `actual` hold in each mode, not "manifest" for everything.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/checks/plan.js';
import type { ManifestRow } from '../../src/registry/row.js';
import { reportSection } from '../../src/report/markdown.js';
import { type Finding, type Mode, makeReport } from '../../src/report/types.js';

const finding: Finding = { code: 'x', severity: 'error', message: 'm', expected: 'e', actual: 'a' };
const header = (mode: Mode) =>
  reportSection(makeReport(mode, 'f', [finding], 's'))
    .split('\n')
    .find((l) => l.startsWith('| | Finding'));

describe('findings table headers', () => {
  it.each([
    ['drift', '| | Finding | Where | Expected (manifest) | Actual |'],
    ['sync', '| | Finding | Where | Expected (manifest) | Actual |'],
    ['duplicate', '| | Finding | Where | Requested window | Trained window |'],
    ['gate', '| | Finding | Where | Bound | Value |'],
    ['promote', '| | Finding | Where | Bound | Value |'],
  ] as const)('%s', (mode, want) => {
    expect(header(mode)).toBe(want);
  });
});

describe('long values', () => {
  it('are shown by their head and length in the findings table and the plan', () => {
    const long = `{"v":"${'a'.repeat(60_000)}"}`;
    const plan: Plan = {
      table: 't',
      insert: [],
      update: [{ row: { model_id: 'm' } as ManifestRow, changes: [{ field: 'metrics', old: long, new: null }] }],
      unchanged: [],
      extra: [],
      delete: [],
    };
    const md = reportSection(makeReport('drift', 'f', [{ ...finding, expected: long, actual: long }], 's', { plan }));
    expect(md).toContain('{&quot;v&quot;:&quot;aaa');
    expect(md).toContain('(60,008 characters)');
    expect(Math.max(...md.split('\n').map((l) => l.length))).toBeLessThan(1000);
  });
});
