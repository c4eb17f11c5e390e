// The bundle's files in ASCII (scripts/ascii-only.mjs): every rewritten file means what it meant.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiText } from '../../scripts/ascii-only.mjs';

/** What a script's last expression evaluates to. */
const run = (code: string): unknown => vm.runInNewContext(code);

describe('asciiText', () => {
  it('leaves ASCII text as it is', () => {
    expect(asciiText('a.js', 'const a = 1; // plain\n')).toBe('const a = 1; // plain\n');
  });

  const cases: [string, string][] = [
    ['a string', "'modèle — naïve 模型 🚀'"],
    ['an identity escape', '\'\\é\' + "\\\\é"'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, a template in it
    ['a template', '`x${1 + 1}…${"é"}😀`'],
    ['a regular expression', "[/é+/.test('ééé'), /[😀-😂]/u.test('😁'), /😀{2}/u.test('😀😀'), /^.$/u.test('😀'), /^..$/.test('😀')]"],
    ['a name', 'const café = 2; const o = { é: café, ["è"]: 3 }; [café, o.é, o["é"], o.è]'],
    ['a class field', 'class A { #é = 4; get() { return this.#é; } }; new A().get()'],
    ['a comment', '/* — « » */ 1 // … ✓\n + 2'],
    ['JSON in a string', 'JSON.parse(\'{"\u05ad":"\u0596","😀":"—"}\')'],
  ];
  it.each(cases)('%s: ASCII, with the same value', (_, code) => {
    const out = asciiText('a.js', code);
    expect(out).toBeDefined();
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(run(out as string)).toEqual(run(code));
  });

  it('leaves a file with a tagged template as it was (its raw text is readable)', () => {
    expect(asciiText('a.js', 'String.raw`é`')).toBeUndefined();
  });

  it("rewrites an untagged template inside a tagged one's substitution (the tag reads only its own raw text)", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, a template in it
    const code = 'String.raw`\\n${`é\\n`}`';
    const out = asciiText('a.js', code);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, a template in it
    expect(out).toBe('String.raw`\\n${`\\u00e9\\n`}`');
    expect(run(out as string)).toBe(run(code));
  });

  it('leaves a file with a space or line break beyond ASCII outside a string as it was', () => {
    expect(asciiText('a.js', 'const\u00a0a = 1;')).toBeUndefined();
    expect(asciiText('a.js', 'let a = 1 /*\u2028*/ a')).toBeUndefined();
  });

  it('leaves a file that does not parse as it was', () => {
    expect(asciiText('a.js', "const = 'é'")).toBeUndefined();
  });
});
