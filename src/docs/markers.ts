// Find and rewrite the generated block between marker lines. Pure, and byte-exact: everything outside the
// markers is sliced from the original bytes, never decoded and re-encoded.

export interface Markers {
  begin: string;
  end: string;
}

export const DEFAULT_MARKERS: Markers = {
  begin: '<!-- model-governance:begin -->',
  end: '<!-- model-governance:end -->',
};

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

export type BlockResult = { ok: true; block: Block } | { ok: false; message: string; line: number };

interface Line {
  text: string;
  start: number;
  next: number;
  eol: '' | '\n' | '\r\n';
  number: number;
}

// latin1 maps every byte to one char, so offsets in the string are offsets in the bytes.
function* lines(bytes: Uint8Array): Generator<Line> {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let start = s.charCodeAt(0) === 0xef && s.startsWith('\xef\xbb\xbf') ? 3 : 0;
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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export const findBlock = (bytes: Uint8Array, markers: Markers): BlockResult => {
  const begins: Line[] = [];
  const ends: Line[] = [];
  let fence: string | null = null;
  for (const line of lines(bytes)) {
    const f = FENCE.exec(line.text)?.[1];
    if (f && (fence === null || (f[0] === fence[0] && f.length >= fence.length && line.text.trim() === f))) {
      fence = fence === null ? f : null;
      continue;
    }
    if (fence !== null) continue;
    const t = line.text.trim();
    if (t === markers.begin) begins.push(line);
    else if (t === markers.end) ends.push(line);
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
      message: `has no marker lines; add "${markers.begin}" and "${markers.end}" on lines of their own where the block belongs`,
      line: 1,
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
