// The findings table says what `expected` and `actual` hold in each mode, not "manifest" for everything.
import { describe, expect, it } from 'vitest';
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
