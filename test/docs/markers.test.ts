import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, DEFAULT_MARKERS, findBlock, replaceBlock } from '../../src/docs/markers.js';

const { begin: B, end: E } = DEFAULT_MARKERS;
const bytes = (s: string) => Buffer.from(s, 'utf8');
const rewrite = (doc: Buffer | string, content: string) => {
  const buf = typeof doc === 'string' ? bytes(doc) : doc;
  const r = findBlock(buf, DEFAULT_MARKERS);
  if (!r.ok) throw new Error(r.message);
  return Buffer.from(replaceBlock(buf, r.block, content));
};

describe('findBlock / replaceBlock', () => {
  it('rewrites only between the markers, keeping CRLF, BOM, trailing spaces and no final newline', () => {
    const doc = `\uFEFF# Title\r\n${B}  \r\nold\r\n${E}\r\ntail without newline`;
    const out = rewrite(doc, 'new\nblock\n').toString('utf8');
    expect(out).toBe(`\uFEFF# Title\r\n${B}  \r\nnew\r\nblock\r\n${E}\r\ntail without newline`);
  });

  it('ignores markers inside code fences', () => {
    const doc = `\`\`\`md\n${B}\nexample\n${E}\n\`\`\`\n${B}\nreal\n${E}\n`;
    const r = findBlock(bytes(doc), DEFAULT_MARKERS);
    expect(r.ok && blockText(bytes(doc), r.block)).toBe('real\n');
  });

  it.each([
    ['no markers', '# x\n', /no marker lines/, 1],
    ['only begin', `${B}\nx\n`, /missing the marker "<!-- model-governance:end -->"/, 1],
    ['duplicate begin', `${B}\n${B}\n${E}\n`, /begin marker appears 2 times \(lines 1, 2\)/, 2],
    ['misordered', `${E}\n${B}\n`, /end marker \(line 1\) comes before begin marker \(line 2\)/, 1],
  ])('refuses %s', (_, doc, message, line) => {
    const r = findBlock(bytes(doc), DEFAULT_MARKERS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.line).toBe(line);
    }
  });

  it('keeps every byte outside the markers for arbitrary documents (property)', () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom('\n', '\r\n', '```', '~~~', ' ', '<!--'), fc.string({ unit: 'binary' })),
      maxLength: 40,
    });
    const raw = fc.uint8Array({ maxLength: 200 });
    fc.assert(
      fc.property(
        fc.oneof(
          text.map((s) => bytes(s)),
          raw.map((a) => Buffer.from(a)),
        ),
        fc.oneof(
          text.map((s) => bytes(s)),
          raw.map((a) => Buffer.from(a)),
        ),
        fc.oneof(fc.constant('\n'), fc.constant('\r\n')),
        text,
        (before, after, eol, content) => {
          const doc = Buffer.concat([before, bytes(`\n${B}${eol}old${eol}${E}${eol}`), after]);
          const r = findBlock(doc, DEFAULT_MARKERS);
          if (!r.ok) return; // a generated prefix may hold a fence or marker of its own; refusing is fine
          const out = Buffer.from(replaceBlock(doc, r.block, content));
          expect(out.subarray(0, r.block.start).equals(doc.subarray(0, r.block.start))).toBe(true);
          const tail = doc.length - r.block.end;
          expect(out.subarray(out.length - tail).equals(doc.subarray(r.block.end))).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 20261123 },
    );
  });

  // Markers shown as examples (code at any depth, raw HTML) are not the real ones; the real ones are found after them.
  it.each([
    ['an indented code block', `# Doc\n\n    ${B}\n    ${E}\n\n`],
    ['a fence nested in a list (4-space item content)', `1.  Setup:\n\n    \`\`\`md\n    ${B}\n    ${E}\n    \`\`\`\n\n`],
    ['a fence two lists deep', `- a\n  - b\n\n        ${B}\n\n    ~~~\n    ${E}\n    ~~~\n\n`],
    ['a fence in a blockquote in a list', `- > \`\`\`\n  > ${B}\n  > \`\`\`\n\n`],
    ['a <details> HTML block', `<details>\n<summary>Example</summary>\n${B}\nexample\n${E}\n</details>\n\n`],
    ['a <pre> HTML block', `<pre>\n${B}\n${E}\n</pre>\n\n`],
    ['a multi-line HTML comment', `<!--\nexample:\n${B}\n-->\n\n`],
    ['a fence after lone-CR line endings', `\`\`\`\rcode\r${B}\r\`\`\`\r\n`],
  ])('ignores markers inside %s', (_, example) => {
    const doc = `${example}${B}\nreal\n${E}\ntail\n`;
    const r = findBlock(bytes(doc), DEFAULT_MARKERS);
    expect(r.ok && blockText(bytes(doc), r.block)).toBe('real\n');
    if (r.ok) expect(rewrite(doc, 'new\n').toString('utf8')).toBe(`${example}${B}\nnew\n${E}\ntail\n`);
  });

  it.each([
    ['an HTML comment right after a paragraph line', `text\n${B}\nx\n${E}\n`],
    ['a list item', `- item\n\n  ${B}\n  x\n  ${E}\n`],
    ['a line after a lone CR that ends a fence', `\`\`\`\rcode\r\`\`\`\r\n${B}\nx\n${E}\n`],
  ])('finds live markers in %s', (_, doc) => {
    const r = findBlock(bytes(doc), DEFAULT_MARKERS);
    expect(r.ok && blockText(bytes(doc), r.block).trim()).toBe('x');
  });

  it.each([
    ['Cyrillic', { begin: '<!-- модель:начало -->', end: '<!-- модель:конец -->' }],
    ['CJK and emoji', { begin: '%% 模型 🔒 begin %%', end: '%% 模型 🔒 end %%' }],
    ['accented, with trailing spaces in the config', { begin: '<!-- modèle:début -->  ', end: '<!-- modèle:fin -->' }],
  ])('finds non-ASCII custom markers (%s), compared as UTF-8', (_, markers) => {
    const doc = `\uFEFF# Doc é\r\n\r\n${markers.begin.trim()}\t\r\nold ü\r\n${markers.end}\r\nafter ✓\r\n`;
    const r = findBlock(bytes(doc), markers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(blockText(bytes(doc), r.block)).toBe('old ü\n');
    expect(Buffer.from(replaceBlock(bytes(doc), r.block, 'neu ß\n')).toString('utf8')).toBe(
      `\uFEFF# Doc é\r\n\r\n${markers.begin.trim()}\t\r\nneu ß\r\n${markers.end}\r\nafter ✓\r\n`,
    );
  });

  it('does not take a line whose bytes only look like a marker in latin1 for it', () => {
    // "à" is C3 A0 in UTF-8; A0 is a no-break space in latin1, which a Unicode trim would strip.
    const markers = { begin: 'BEGIN MARKER', end: 'END MARKER' };
    const doc = `BEGIN MARKER\u00e0\nx\nEND MARKER\n`;
    const r = findBlock(bytes(doc), markers);
    expect(r.ok).toBe(false);
  });
});
