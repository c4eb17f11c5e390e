// Pure renderers of what goes to GitHub: section fitting, the sticky comment, the check-run summary, the PR body.
import { describe, expect, it } from 'vitest';
import { CHECK_TEXT_LIMIT, checkSummary, checkTitle, conclusionOf } from '../../src/github/check-runs.js';
import { fenced, renderPrBody } from '../../src/github/claude-md-pr.js';
import { COMMENT_LIMIT, COMMENT_MARKER, renderComment } from '../../src/github/comment.js';
import { fitSections } from '../../src/report/markdown.js';
import { finding, many, report } from './fixtures.js';

const balanced = (s: string): boolean => s.split('<details>').length === s.split('</details>').length;

describe('fitSections', () => {
  const sections = [
    { full: 'A'.repeat(40), compact: 'aaaaaa' },
    { full: 'B'.repeat(10), compact: 'bbbbbb' },
    { full: 'C'.repeat(30), compact: 'cccccc' },
  ];
  const omitted = (n: number) => `(${n} more)`;
  const [A, B, C] = ['A'.repeat(40), 'B'.repeat(10), 'C'.repeat(30)];
  it.each([
    ['everything fits', 200, `HEAD\n${A}\n${B}\n${C}\nTAIL`],
    ['the largest goes compact first', 60, `HEAD\naaaaaa\n${B}\n${C}\nTAIL`],
    ['then the next largest', 40, `HEAD\naaaaaa\n${B}\ncccccc\nTAIL`],
    ['then all are compact', 30, 'HEAD\naaaaaa\nbbbbbb\ncccccc\nTAIL'],
    ['then trailing sections are dropped', 26, 'HEAD\naaaaaa\n(2 more)\nTAIL'],
    ['down to none', 18, 'HEAD\n(3 more)\nTAIL'],
    ['and at last the text is cut, head first', 14, 'HEAD\n\n(3 more)'],
  ])('%s (limit %i)', (_, limit, expected) => {
    const out = fitSections('HEAD', sections, 'TAIL', limit, omitted);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(limit);
  });
});

describe('sticky comment', () => {
  const input = {
    sha: 'abcdef1234567890',
    checkRuns: { drift: 'https://github.com/o/r/runs/7' },
    runUrl: 'https://github.com/o/r/actions/runs/1',
  };

  it('renders a section per report, linked to its check run (snapshot)', () => {
    const body = renderComment(
      [
        report('drift', [
          finding(1, {
            code: 'registry.field',
            message: 'training_end_date differs',
            field: 'training_end_date',
            expected: '2026-01-08',
            actual: '2026-01-31',
          }),
        ]),
        report('lint-filenames', []),
      ],
      { ...input, notes: ['1 finding(s) already present on the base branch are shown as notices.'] },
    );
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toMatchSnapshot();
  });

  it('collapses a long findings table into <details>', () => {
    const body = renderComment([many('drift', 11)], input);
    expect(body).toContain('<details><summary>11 errors, 0 warnings, 0 notices</summary>');
    expect(renderComment([many('drift', 10)], input)).not.toContain('<details>');
  });

  it('stays under the limit by cutting the largest section, keeping the marker and linking the check run', () => {
    const body = renderComment([many('drift', 400, 200), many('lint-filenames', 3)], input);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/truncated, [\d,]+ more findings: not shown here/);
    expect(body).toContain('Every finding is in [the check run](https://github.com/o/r/runs/7).');
    // The small section still fits in full.
    expect(body).toContain('bad\\_2.cbm');
    expect(balanced(body)).toBe(true);
  });

  it('is deterministic, so an unchanged result is an unchanged body', () => {
    expect(renderComment([many('drift', 3)], input)).toBe(renderComment([many('drift', 3)], input));
  });
});

describe('check run', () => {
  it('keeps the summary within 65,535 characters and still valid', () => {
    const s = checkSummary([many('drift', 2000, 100)], 'https://github.com/o/r/actions/runs/1');
    expect(s.length).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(s).toContain('2000 errors, 0 warnings, 0 notices.');
    expect(s).toMatch(/truncated, [\d,]+ more findings: not shown here/);
    expect(balanced(s)).toBe(true);
  });

  it.each([
    ['an error', 'error', 'failure', [finding(1)]],
    ['an error', 'never', 'neutral', [finding(1)]],
    ['a warning', 'error', 'neutral', [finding(1, { severity: 'warning' })]],
    ['a warning', 'warning', 'failure', [finding(1, { severity: 'warning' })]],
    ['only notices (pre-existing)', 'warning', 'success', [finding(1, { severity: 'notice' })]],
    ['nothing', 'error', 'success', []],
  ] as const)('concludes %s with fail-on %s as %s', (_, failOn, expected, findings) => {
    expect(conclusionOf([report('drift', [...findings])], failOn)).toBe(expected);
  });

  it('names the family in the title only when there are several', () => {
    expect(checkTitle([report('drift', [], 'No drift')])).toBe('No drift');
    expect(checkTitle([report('drift', [], 'No drift'), { ...report('drift', [], 'Drift: 1 error'), family: 'v10' }])).toBe(
      'catboost_v9: No drift; v10: Drift: 1 error',
    );
  });
});

describe('CLAUDE.md PR body', () => {
  it.each([
    ['plain', 'a\n', '```diff\na\n```'],
    ['with a fence inside', '+```js\n', '````diff\n+```js\n````'],
    ['with a longer run', '+`````\n', '``````diff\n+`````\n``````'],
  ])('fences a diff %s so it cannot close early', (_, text, expected) => {
    expect(fenced('diff', text)).toBe(expected);
  });

  it('caps a huge diff and keeps the marker', () => {
    const body = renderPrBody(`${'+| line |\n'.repeat(20_000)}`, 'main');
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.startsWith('<!-- model-governance:claude-md-pr -->')).toBe(true);
    expect(body).toContain('… (diff truncated)\n```');
  });
});
