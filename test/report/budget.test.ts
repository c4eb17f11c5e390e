// GitHub's size limits: every channel fits its budget, exactly at the limit nothing is cut, one over shows a visible
// "truncated, N more" line, and a marker in the head survives.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/checks/plan.js';
import { capAnnotations, checkSummary } from '../../src/github/check-runs.js';
import { COMMENT_LIMIT, COMMENT_MARKER, renderComment } from '../../src/github/comment.js';
import { changeComment, driftKey, ISSUE_MARKER, renderIssueBody } from '../../src/github/drift-issue.js';
import { BUDGET, cutTo, utf8Bytes } from '../../src/report/budget.js';
import { renderJson, renderJsonWithin, renderPlanWithin } from '../../src/report/json.js';
import { fitSections, sectionForms } from '../../src/report/markdown.js';
import { summaryText } from '../../src/report/summary.js';
import { finding, many, report } from '../github/fixtures.js';

const SIX_THOUSAND = many('lint-filenames', 6000, 120);

describe('cutTo', () => {
  it.each([
    ['fits exactly', 'abcd', 4, 'abcd'],
    ['one over', 'abcde', 4, 'abcd'],
    ['never splits a surrogate pair', 'ab😀', 3, 'ab'],
  ])('%s', (_, text, limit, want) => expect(cutTo(text, limit)).toBe(want));
  it('measures UTF-8 bytes when asked', () => {
    expect(cutTo('ééé', 4, utf8Bytes)).toBe('éé');
    expect(cutTo('ééé', 5, utf8Bytes)).toBe('éé');
  });
});

describe('fitSections cuts the largest section to the findings that fit', () => {
  const forms = sectionForms(many('drift', 40), {}, 'more elsewhere');
  const whole = fitSections('HEAD', [forms], '', 1_000_000, () => 'omitted');
  it('exactly at the limit: nothing cut', () => {
    expect(fitSections('HEAD', [forms], '', whole.length, () => 'omitted')).toBe(whole);
  });
  it('one under: the table loses rows and says how many', () => {
    const out = fitSections('HEAD', [forms], '', whole.length - 1, () => 'omitted');
    expect(out.length).toBeLessThanOrEqual(whole.length - 1);
    expect(out).toMatch(/truncated, 1 more finding: not shown here/);
    expect(out.startsWith('HEAD\n')).toBe(true);
  });
  it('by UTF-8 bytes: multi-byte text is cut by its bytes', () => {
    const wide = sectionForms(
      report(
        'drift',
        many('drift', 40).findings.map((f) => ({ ...f, message: `é€${f.message}` })),
      ),
      {},
      'x',
    );
    const full = fitSections('HEAD', [wide], '', 10_000_000, () => 'omitted', utf8Bytes);
    expect(fitSections('HEAD', [wide], '', utf8Bytes(full), () => 'omitted', utf8Bytes)).toBe(full);
    const out = fitSections('HEAD', [wide], '', utf8Bytes(full) - 1, () => 'omitted', utf8Bytes);
    expect(utf8Bytes(out)).toBeLessThanOrEqual(utf8Bytes(full) - 1);
    expect(out).toContain('truncated, 1 more finding');
  });
});

describe('job summary (1 MiB of UTF-8)', () => {
  it('6,000 findings fit, with a truncated line; the notes head is kept', () => {
    const text = summaryText([SIX_THOUSAND], ['a note']);
    expect(utf8Bytes(summaryText([SIX_THOUSAND], ['a note'], 1e9))).toBeGreaterThan(BUDGET.summaryBytes);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(BUDGET.summaryBytes);
    expect(text.startsWith('## model-governance\n\n- a note\n')).toBe(true);
    expect(text).toMatch(/truncated, [\d,]+ more findings: not shown here/);
  });
  it('exactly at the limit nothing is cut; one byte less cuts one finding', () => {
    const r = many('lint-filenames', 50);
    const whole = summaryText([r], []);
    expect(summaryText([r], [], utf8Bytes(whole))).toBe(whole);
    expect(summaryText([r], [], utf8Bytes(whole) - 1)).toContain('truncated, 1 more finding');
  });
});

describe('findings output (1 MB)', () => {
  it('6,000 findings: valid JSON of the same shape within the budget, with a truncated line', () => {
    const json = renderJsonWithin([SIX_THOUSAND], BUDGET.outputBytes, 'the findings-file output');
    expect(utf8Bytes(renderJson([SIX_THOUSAND]))).toBeGreaterThan(BUDGET.outputBytes);
    expect(utf8Bytes(json)).toBeLessThanOrEqual(BUDGET.outputBytes);
    const parsed = JSON.parse(json) as { findings: unknown[]; truncated: string };
    expect(parsed.findings.length).toBeGreaterThan(100);
    expect(parsed.truncated).toBe(
      `truncated, ${(6000 - parsed.findings.length).toLocaleString('en-US')} more findings; the full JSON is in the findings-file output`,
    );
  });
  it('exactly at the limit: the whole contract; one byte less: cut', () => {
    const r = many('drift', 30);
    const whole = renderJson([r]).trim();
    expect(renderJsonWithin([r], utf8Bytes(whole), 'f')).toBe(whole);
    const cut = renderJsonWithin([r], utf8Bytes(whole) - 1, 'f');
    expect(utf8Bytes(cut)).toBeLessThan(utf8Bytes(whole));
    expect((JSON.parse(cut) as { truncated: string }).truncated).toBe('truncated, 1 more finding; the full JSON is in f');
  });
});

describe('plan output (1 MB)', () => {
  const row = (i: number) => ({ model_id: `m${i}`, padding: 'x'.repeat(200) }) as unknown as Plan['insert'][number];
  const plan = (n: number): Plan =>
    ({
      table: 'p.d.t',
      insert: Array.from({ length: n }, (_, i) => row(i)),
      update: [],
      unchanged: [],
      extra: [],
      delete: [],
    }) as unknown as Plan;
  it('exactly at the limit: the plan; one byte less: its table and a truncated line', () => {
    const whole = JSON.stringify(plan(50));
    expect(renderPlanWithin(plan(50), utf8Bytes(whole), 'f')).toBe(whole);
    expect(JSON.parse(renderPlanWithin(plan(50), utf8Bytes(whole) - 1, 'f'))).toEqual({
      table: 'p.d.t',
      truncated: 'truncated, 50 more changes: the plan is in f',
    });
  });
});

describe('check runs (65,535 characters, 50 annotations a request, a cap a run)', () => {
  it('the summary of 6,000 findings fits and says how many are not annotated', () => {
    const s = checkSummary([SIX_THOUSAND], 'https://github.com/o/r/actions/runs/1', 5000);
    expect(s.length).toBeLessThanOrEqual(BUDGET.checkText);
    expect(s).toContain('truncated, 5,000 more findings');
  });
  const ann = (i: number, level: 'failure' | 'warning' | 'notice') => ({
    path: 'm.json',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: level,
    message: `m${i}`,
  });
  it('exactly at the cap all are kept; one over drops one, failures first', () => {
    const at = Array.from({ length: BUDGET.annotationsPerRun }, (_, i) => ann(i, 'failure'));
    expect(capAnnotations(at)).toHaveLength(BUDGET.annotationsPerRun);
    const capped = capAnnotations([ann(-1, 'notice'), ...at]);
    expect(capped).toHaveLength(BUDGET.annotationsPerRun);
    expect(capped.every((a) => a.annotation_level === 'failure')).toBe(true);
  });
});

describe('bodies (65,536 characters) keep their marker in every form', () => {
  const input = { sha: 'abcdef1234567890', checkRuns: {}, runUrl: 'https://github.com/o/r/actions/runs/1' };
  it('the comment', () => {
    const body = renderComment([SIX_THOUSAND, report('drift', [finding(1)])], input);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/truncated, [\d,]+ more findings/);
  });
  it('the drift issue', () => {
    const body = renderIssueBody([SIX_THOUSAND], ['k']);
    expect(body.length).toBeLessThanOrEqual(BUDGET.body);
    expect(body.startsWith(ISSUE_MARKER)).toBe(true);
  });
  it('the comment on a changed drift set: every line fits or is counted', () => {
    const keys = SIX_THOUSAND.findings.map((f) => driftKey('catboost_v9', f));
    const text = changeComment([], keys, 'abc1234');
    expect(text.length).toBeLessThanOrEqual(BUDGET.body);
    const shown = text.split('\n').filter((l) => l.startsWith('- new: ')).length;
    expect(text).toContain(`truncated, ${(6000 - shown).toLocaleString('en-US')} more changes`);
    expect(changeComment([], keys.slice(0, 3), 'abc1234')).not.toContain('truncated');
  });
});
