// A markdown file as bytes: latin1 maps every byte to one char, so offsets in the string are offsets in the bytes,
// and text to find (a marker, a heading) is compared in the same form (its UTF-8 bytes as latin1), so a non-ASCII
// string matches its own bytes and nothing else. Shared by the marker search and section adoption.
import { Parser } from 'commonmark';

export const BOM = '\xef\xbb\xbf';
export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
export const asBytes = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
export const trimBlank = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, '');

/** Offsets where each line of `s` starts from `from` on, as CommonMark ends lines: at \r\n, \n or a lone \r. */
export const lineStarts = (s: string, from = 0): number[] => {
  const starts = [from];
  for (const m of s.slice(from).matchAll(/\r\n|\n|\r/g)) starts.push(from + m.index + m[0].length);
  return starts;
};

/** A CommonMark parser for block structure only: inline parsing would only cost time and memory. */
export const blockParser = (): Parser => {
  const parser = new Parser();
  (parser as unknown as { processInlines: () => void }).processInlines = () => {};
  return parser;
};
