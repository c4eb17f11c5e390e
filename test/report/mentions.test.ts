// Mentions and references in text GitHub renders: neutralised with a zero-width joiner where GitHub would link them,
// kept where it would not (e-mail addresses, URLs, code spans).
import { describe, expect, it } from 'vitest';
import { inert } from '../../src/docs/inert.js';
import { checkTitle } from '../../src/github/check-runs.js';
import { renderComment } from '../../src/github/comment.js';
import { issueTitle } from '../../src/github/drift-issue.js';
import { quietMarkdown, quietRefs } from '../../src/report/mentions.js';
import { summaryText } from '../../src/report/summary.js';
import { finding, report } from '../github/fixtures.js';

const Z = '\u200d';

// What GitHub would turn into a notification or a cross-reference, by its own rules: `@name` after the start or a
// non-word character, `@org/team`, `#N`, `owner/repo#N`, `GH-N`.
const LIVE = [/(^|[^A-Za-z0-9_])@[A-Za-z0-9]/, /#\d/, /\bGH-\d/i];
const live = (s: string): boolean => {
  const outsideUrls = s.replace(/\bhttps?:\/\/[^\s<>"'`|]+/g, '');
  return LIVE.some((re) => re.test(outsideUrls));
};

describe('quietRefs', () => {
  it.each([
    ['@octocat', `@${Z}octocat`],
    ['ping @org/team now', `ping @${Z}org/team now`],
    ['(@someone)', `(@${Z}someone)`],
    ['-@someone', `-@${Z}someone`],
    ['fixes #1', `fixes #${Z}1`],
    ['owner/repo#12', `owner/repo#${Z}12`],
    ['GH-7 and gh-8', `GH-${Z}7 and gh-${Z}8`],
    ['&#64;octocat', `&#${Z}64;octocat`],
    // Kept: not a mention or a reference for GitHub, and stays usable.
    ['mail ml-team@example.com', 'mail ml-team@example.com'],
    [
      'see https://example.com/page#1 and https://github.com/o/r/issues/3',
      'see https://example.com/page#1 and https://github.com/o/r/issues/3',
    ],
    ['#hashtag, C#, ##', '#hashtag, C#, ##'],
    ['@ alone, a @ b', '@ alone, a @ b'],
  ])('%j → %j', (text, want) => {
    expect(quietRefs(text)).toBe(want);
    expect(live(quietRefs(text))).toBe(false);
  });

  it('is idempotent', () => {
    const once = quietRefs('@a #1 GH-2 o/r#3');
    expect(quietRefs(once)).toBe(once);
  });
});

describe('quietMarkdown', () => {
  it('leaves code spans and fences alone (GitHub links nothing there)', () => {
    const md = 'hi @dev `@dev #1` and\n```\n@dev #2\n```\nbye #3';
    expect(quietMarkdown(md)).toBe(`hi @${Z}dev \`@dev #1\` and\n\`\`\`\n@dev #2\n\`\`\`\nbye #${Z}3`);
  });
});

describe('every renderer of data', () => {
  const hostile = '@octocat @org/team fixes #1 owner/repo#2 GH-3 &#64;admin';
  const r = report('drift', [finding(1, { message: hostile, expected: hostile, actual: hostile, model_id: hostile })], hostile);
  it.each([
    ['a table cell (inert)', inert(hostile)],
    [
      'the comment',
      renderComment([r], { sha: 'abcdef1', checkRuns: {}, runUrl: 'https://github.com/o/r/actions/runs/1', notes: [hostile] }),
    ],
    ['the job summary', summaryText([{ ...r, family: hostile }], [hostile])],
    ['the check-run title', checkTitle([r])],
    ['the drift issue title', issueTitle([{ ...r, family: hostile }])],
  ])('%s has no live mention or reference', (_, text) => {
    expect(text).toContain(`@${Z}octocat`);
    expect(live(text.replace(/<!--[^>]*-->/g, ''))).toBe(false);
  });
});
