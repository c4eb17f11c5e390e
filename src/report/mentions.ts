// Text from data must not ping people or touch issues when GitHub renders it. `&#64;` does not stop a mention (GitHub
// decodes the entity first), and `#1`, `owner/repo#1` and `GH-1` make cross-reference events on those issues.
// THE RULE: in every text GitHub renders that carries data, a zero-width joiner (U+200D) goes right after an `@` that
// would start a mention (as dependency bots do) and right after the `#` or `GH-` of a reference, between it and the
// number: GitHub wants the digits right there, so this holds whatever it thinks of the character before the `#` (a
// joiner before the `#` would rely on that). Outside code spans (GitHub links nothing there). Left alone, so they stay usable: e-mail addresses (`a@b.com`, `@` after a word character is
// not a mention), URLs (a `#fragment` inside a URL is no reference; a URL to a GitHub issue is a link the data's author
// chose and may still show up on that issue), and `#` not followed by a digit. Idempotent.
const ZWJ = '\u200d';
const URL = /\bhttps?:\/\/[^\s<>"'`|]+/g;

// GitHub's mention filter: `@name` or `@org/team` after the start or a non-word character.
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;
// `#123`, `repo#123`, `owner/repo#123`, and `GH-123`.
const ISSUE_REF = /(#|\bGH-)(?=\d)/gi;

const quietPlain = (s: string): string => s.replace(MENTION, `$1@${ZWJ}`).replace(ISSUE_REF, `$1${ZWJ}`);

/** `fn` applied to the text between the matches of `pattern` (a global regex); the matches themselves kept. */
const between = (text: string, pattern: RegExp, fn: (s: string) => string): string => {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    out += fn(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + fn(text.slice(at));
};

/** Plain text (no code spans): every mention and reference neutralised, URLs kept. */
export const quietRefs = (text: string): string => between(text, URL, quietPlain);

// An inline code span or a fence: a backtick run, anything, the same run again.
const CODE = /(`+)[\s\S]*?[^`]\1(?!`)/g;

/** Markdown: like quietRefs, but code spans and fences are left as they are. */
export const quietMarkdown = (md: string): string => between(md, CODE, quietRefs);
