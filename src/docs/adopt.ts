// Adopting a hand-written section: wrap it in the markers and put the rendered block there. Pure and byte-exact like
// markers.ts: bytes are handled as latin1 (one char per byte), everything outside the section is sliced, not re-encoded.
//
// Which headings count: ATX and setext headings that a CommonMark parser (commonmark.js, block structure only) puts at
// the top level of the document; a heading inside a code block, an HTML block, a quote or a list item is not one.
// A heading's text is its source text: for ATX what lies between the opening #s and the optional closing #s, for
// setext its lines joined by one space; spaces and tabs around it trimmed. The name given is compared with it as
// UTF-8 bytes, exactly (case, punctuation and any garbled characters included), so what is copied from the file
// matches and nothing else does.
// The section runs from its heading line up to the next top-level heading of the same or a higher level (or the
// end), less the blank lines before that heading, which stay outside the markers.
import { asBytes, BOM, blockParser, latin1, lineStarts, trimBlank } from './bytes.js';
import { findBlock, type Markers, replaceBlock } from './markers.js';

export interface Heading {
  /** The heading's text as latin1 bytes (see above). */
  text: string;
  level: number;
  /** 1-based line of its first line, and the 0-based line after its last (a setext underline is part of it). */
  line: number;
  endLine: number;
}

export type Adopted =
  | { ok: true; bytes: Uint8Array; heading: Heading; beginLine: number; endLine: number }
  | { ok: false; message: string; line: number };

type Node = {
  type: string;
  level: number;
  parent: Node | null;
  _string_content: string | null;
  sourcepos: [[number, number], [number, number]];
};

/** The document's text after any BOM, and the offset of each of its lines (CommonMark's: \r\n, \n or a lone \r). */
const linesOf = (s: string): { from: number; starts: number[] } => {
  const from = s.startsWith(BOM) ? 3 : 0;
  return { from, starts: lineStarts(s, from) };
};

const parseHeadings = (s: string, from: number): Heading[] => {
  const walker = blockParser().parse(s.slice(from)).walker();
  const found: Heading[] = [];
  for (let e = walker.next(); e; e = walker.next()) {
    const node = e.node as unknown as Node;
    if (!e.entering || node.type !== 'heading' || node.parent?.type !== 'document') continue;
    const text = trimBlank((node._string_content ?? '').replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, ' '));
    found.push({ text, level: node.level, line: node.sourcepos[0][0], endLine: node.sourcepos[1][0] });
  }
  return found;
};

/** Top-level headings of a document, in order. */
export const headings = (bytes: Uint8Array): Heading[] => {
  const s = latin1(bytes);
  return parseHeadings(s, linesOf(s).from);
};

/** A heading's text for a message: decoded as UTF-8 (bytes that are not become U+FFFD). */
export const headingName = (h: Heading): string => Buffer.from(h.text, 'latin1').toString('utf8');

/** The heading that looks like the MODEL section: the first containing "MODEL", else the first containing "Model". */
export const modelHeading = (all: Heading[]): Heading | undefined =>
  all.find((h) => h.text.includes('MODEL')) ?? all.find((h) => h.text.includes('Model'));

/** Whether a rendered block begins with a heading of its own (the built-in template does). */
const rendersHeading = (rendered: string): boolean => {
  const first = blockParser().parse(rendered).firstChild as unknown as Node | null;
  return first?.type === 'heading' && first.sourcepos[0][0] === 1;
};

/**
 * Wrap the section headed `name` in the markers and render `rendered` (\n line endings) between them. The file must
 * have no marker lines (the caller checks). When the block renders its own heading, the section's heading is inside
 * the markers and replaced by it; otherwise the heading stays above the begin marker and only the body is replaced.
 */
export const adoptSection = (bytes: Uint8Array, markers: Markers, name: string, rendered: string): Adopted => {
  const s = latin1(bytes);
  const { starts } = linesOf(s);
  const want = asBytes(trimBlank(name));
  const all = parseHeadings(s, starts[0] as number);
  const matches = all.filter((h) => h.text === want);
  const shown = JSON.stringify(trimBlank(name));
  if (matches.length === 0) {
    // Named with its #s ("## ML Model ..."): point at the heading without them; else at the MODEL-looking one.
    const hashed = want.match(/^#{1,6}[ \t]+(.*)$/)?.[1];
    const hint = all.find((o) => hashed !== undefined && o.text === trimBlank(hashed)) ?? modelHeading(all);
    return {
      ok: false,
      message: `has no top-level heading ${shown} to adopt${hint ? ` (did you mean ${JSON.stringify(headingName(hint))} at line ${hint.line}?)` : ''}`,
      line: 1,
    };
  }
  const [h, twice] = matches as [Heading, Heading | undefined];
  if (twice)
    return {
      ok: false,
      message: `has the heading ${shown} ${matches.length} times (lines ${matches.map((m) => m.line).join(', ')}); rename one to adopt the other`,
      line: twice.line,
    };

  const lineStart = (n: number) => (n <= starts.length ? (starts[n - 1] as number) : s.length);
  const lineText = (n: number) => s.slice(lineStart(n), n < starts.length ? lineStart(n + 1) : s.length);
  const next = all.find((o) => o.line > h.line && o.level <= h.level);
  const lastLine = next ? next.line - 1 : starts.length;
  // The blank lines before the next heading stay where they are, outside the markers.
  let bodyEnd = lastLine;
  while (bodyEnd > h.endLine && trimBlank(lineText(bodyEnd).replace(/[\r\n]+$/, '')) === '') bodyEnd--;
  const eolOf = (n: number): string => lineText(n).match(/\r\n|\n|\r$/)?.[0] ?? '';
  // The markers are found as lines of their own ending in LF or CRLF; a lone CR (old Mac) ends no such line.
  if (eolOf(h.line) === '\r')
    return {
      ok: false,
      message: `the heading at line ${h.line} ends its lines with a lone CR (old Mac line endings); convert the file to LF or CRLF line endings to adopt it`,
      line: h.line,
    };
  const eol = eolOf(h.line) || s.slice(starts[0]).match(/\r\n|\n/)?.[0] || '\n';
  const keepHeading = !rendersHeading(rendered);
  const cut = keepHeading ? lineStart(h.endLine + 1) : lineStart(h.line);
  // A heading with no line ending (the last line of the file) gets one before the begin marker.
  const head = keepHeading && h.endLine >= starts.length && eolOf(h.endLine) === '' ? eol : '';
  const tail = lineStart(bodyEnd + 1);
  // The end marker ends with the line ending the section's last line had (none at the end of a file without one).
  const framed = Buffer.from(
    `${s.slice(0, cut)}${head}${asBytes(markers.begin)}${eol}${asBytes(markers.end)}${eolOf(bodyEnd)}${s.slice(tail)}`,
    'latin1',
  );
  const found = findBlock(framed, markers);
  // Cannot happen for a top-level heading; checked so that a parser surprise is bad input, never a broken file.
  if (!found.ok) return { ok: false, message: `cannot adopt the section at line ${h.line}: ${found.message}`, line: h.line };
  const adopted = replaceBlock(framed, found.block, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  const block = findBlock(adopted, markers);
  if (!block.ok) return { ok: false, message: `cannot adopt the section at line ${h.line}: ${block.message}`, line: h.line };
  return { ok: true, bytes: adopted, heading: h, beginLine: block.block.beginLine, endLine: block.block.endLine };
};
