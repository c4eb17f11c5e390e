// Find and rewrite the generated block between marker lines. Pure, and byte-exact: everything outside the
// markers is sliced from the original bytes, never decoded and re-encoded.
//
// Which lines count: a line whose text (spaces and tabs trimmed) is the marker, compared as UTF-8 bytes, and that
// a CommonMark parser (commonmark.js, block structure only) does not put inside a code block (fenced or indented,
// at any depth of lists and quotes) or inside an HTML block begun on an earlier line (<pre>, <details>, a multi-
// line comment). A marker shown as an example is therefore never taken for the real one.
import { asBytes, BOM, blockParser, latin1, lineStarts, trimBlank } from './bytes.js';
import type { Markers } from './marker-config.js';

export { DEFAULT_MARKERS, type Markers } from './marker-config.js';

export interface Block {
  /** Byte offsets of the block's inner content: after the begin line, up to the end line. */
  start: number;
  end: number;
  /** 1-based line numbers of the marker lines. */
  beginLine: number;
  endLine: number;
  /** Line ending used by the begin marker line, reused for the rendered block. */
  eol: '\n' | '\r\n';
}

/** `none`: the file has no marker line at all (it may adopt a section, docs/adopt.ts). */
export type BlockResult = { ok: true; block: Block } | { ok: false; message: string; line: number; none?: true };

interface Line {
  text: string;
  start: number;
  next: number;
  eol: '' | '\n' | '\r\n';
  number: number;
}

// Markers are compared as bytes (see bytes.ts), so a non-ASCII marker matches its own bytes and nothing else.

function* lines(s: string): Generator<Line> {
  let start = s.startsWith(BOM) ? 3 : 0;
  for (let number = 1; start < s.length || (start === s.length && number === 1); number++) {
    const nl = s.indexOf('\n', start);
    const stop = nl === -1 ? s.length : nl;
    const cr = stop > start && s.charCodeAt(stop - 1) === 13;
    const text = s.slice(start, cr ? stop - 1 : stop);
    yield { text, start, next: nl === -1 ? s.length : nl + 1, eol: nl === -1 ? '' : cr ? '\r\n' : '\n', number };
    if (nl === -1) break;
    start = nl + 1;
  }
}

type BlockNode = { type: string; sourcepos: [[number, number], [number, number]] };

/**
 * Whether the line starting at an offset is inside code, or inside an HTML block after that block's first line.
 * CommonMark ends a line at \r\n, \n or a lone \r, so its line numbers are mapped back to offsets here.
 */
const deadLineTest = (s: string, from: number): ((offset: number) => boolean) => {
  const text = s.slice(from);
  const walker = blockParser().parse(text).walker();
  const starts = lineStarts(text);
  const dead = new Uint8Array(starts.length + 2);
  for (let e = walker.next(); e; e = walker.next()) {
    const node = e.node as unknown as BlockNode;
    if (!e.entering || (node.type !== 'code_block' && node.type !== 'html_block')) continue;
    const [[first], [last]] = node.sourcepos;
    for (let l = node.type === 'html_block' ? first + 1 : first; l <= last && l < dead.length; l++) dead[l] = 1;
  }
  return (offset) => {
    const at = offset - from;
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return dead[lo + 1] === 1;
  };
};

export const findBlock = (bytes: Uint8Array, markers: Markers): BlockResult => {
  const s = latin1(bytes);
  const [begin, end] = [asBytes(trimBlank(markers.begin)), asBytes(trimBlank(markers.end))];
  const candidates = [...lines(s)].filter((l) => {
    const t = trimBlank(l.text);
    return t === begin || t === end;
  });
  // The parser runs only when a marker-like line exists, and only to rule lines out.
  const dead = candidates.length > 0 ? deadLineTest(s, s.startsWith(BOM) ? 3 : 0) : () => false;
  const begins: Line[] = [];
  const ends: Line[] = [];
  for (const line of candidates) {
    if (dead(line.start)) continue;
    if (trimBlank(line.text) === begin) begins.push(line);
    else ends.push(line);
  }
  const [b, e] = [begins[0], ends[0]];
  if (begins.length > 1 && begins[1])
    return {
      ok: false,
      message: `begin marker appears ${begins.length} times (lines ${begins.map((l) => l.number).join(', ')})`,
      line: begins[1].number,
    };
  if (ends.length > 1 && ends[1])
    return {
      ok: false,
      message: `end marker appears ${ends.length} times (lines ${ends.map((l) => l.number).join(', ')})`,
      line: ends[1].number,
    };
  if (!b && !e)
    return {
      ok: false,
      message: `has no marker lines; add "${markers.begin}" and "${markers.end}" on lines of their own where the block belongs (not inside a code block or an HTML block)`,
      line: 1,
      none: true,
    };
  if (!b || !e) {
    const [missing, present] = b ? [markers.end, b] : [markers.begin, e as Line];
    return { ok: false, message: `is missing the marker "${missing}"`, line: present.number };
  }
  if (e.number < b.number)
    return { ok: false, message: `end marker (line ${e.number}) comes before begin marker (line ${b.number})`, line: e.number };
  if (b.eol === '') return { ok: false, message: 'begin marker is the last line; the end marker must follow it', line: b.number };
  return { ok: true, block: { start: b.next, end: e.start, beginLine: b.number, endLine: e.number, eol: b.eol } };
};

/** The block's current content with line endings normalised to \n, for comparison and diffs. */
export const blockText = (bytes: Uint8Array, block: Block): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(block.start, block.end).toString('utf8').replaceAll('\r\n', '\n');

/** Replace the block's content; `content` uses \n and is written with the file's own line ending. */
export const replaceBlock = (bytes: Uint8Array, block: Block, content: string): Uint8Array => {
  const body = block.eol === '\r\n' ? content.replaceAll('\n', '\r\n') : content;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Buffer.concat([buf.subarray(0, block.start), Buffer.from(body, 'utf8'), buf.subarray(block.end)]);
};
