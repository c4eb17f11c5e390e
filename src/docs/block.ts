// The CLAUDE.md block compared with what the manifest renders. Pure.
import { createTwoFilesPatch } from 'diff';
import { InputError } from '../errors.js';
import { printable } from '../util/printable.js';
import { sha256Hex } from '../util/sha256.js';
import { shellQuote } from '../util/shell-quote.js';
import { adoptSection, headingName, headings, modelHeading } from './adopt.js';
import { asBytes, trimBlank } from './bytes.js';
import { type Block, blockText, findBlock, type Markers } from './markers.js';

export interface BlockState {
  block: Block;
  current: string;
  stale: boolean;
  /** Unified diff from the current block to the rendered one; empty when current. */
  diff: string;
  /** sha256 of the pair (current, rendered): what a stale finding says, so a different wrong block is a different finding. */
  digest: string;
}

export const blockState = (file: string, bytes: Uint8Array, markers: Markers, rendered: string): BlockState => {
  const r = findBlock(bytes, markers);
  if (!r.ok) throw InputError.at(file, r.none ? `${r.message}, ${howToAdopt(bytes)}` : r.message, { line: r.line, column: 1 });
  const current = blockText(bytes, r.block);
  const stale = current !== rendered;
  // Each made when first read: drift reads neither of a current block, nor the diff of a stale one.
  let diff: string | undefined;
  let digest: string | undefined;
  return {
    block: r.block,
    current,
    stale,
    get diff() {
      diff ??= stale ? createTwoFilesPatch(`a/${file}`, `b/${file}`, current, rendered, '', '', { context: 3 }) : '';
      return diff;
    },
    get digest() {
      digest ??= `sha256:${sha256Hex(JSON.stringify([current, rendered]))}`;
      return digest;
    },
  };
};

/** The other way out of "no markers": adopt the section that looks like the MODEL one, named so it can be pasted. */
const howToAdopt = (bytes: Uint8Array): string => {
  const h = modelHeading(headings(bytes));
  return h
    ? `or adopt the section at line ${h.line} with claude-md --write --adopt-section ${shellQuote(printable(headingName(h)))}`
    : `or adopt an existing section with claude-md --write --adopt-section 'HEADING TEXT'`;
};

export interface Adoption {
  /** The whole file after adoption. */
  bytes: Uint8Array;
  /** Unified diff of the whole file (line endings shown as \n). */
  diff: string;
  digest: string;
  headingLine: number;
  beginLine: number;
  endLine: number;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replaceAll('\r\n', '\n');

/**
 * `--adopt-section`: the file with the named section wrapped in the markers, or undefined when the file already has
 * its markers and the section is not outside them (adopted before: the caller refreshes the block as usual, so a
 * second run changes nothing). Bad input (no such heading, two of them, markers elsewhere) throws.
 */
export const adoption = (file: string, bytes: Uint8Array, markers: Markers, name: string, rendered: string): Adoption | undefined => {
  const r = findBlock(bytes, markers);
  if (r.ok) {
    const trimmed = trimBlank(name);
    const want = asBytes(trimmed);
    const outside = headings(bytes).find((h) => h.text === want && (h.line < r.block.beginLine || h.line > r.block.endLine));
    if (outside)
      throw InputError.at(
        file,
        `already has the markers (lines ${r.block.beginLine}-${r.block.endLine}) and the section ${JSON.stringify(trimmed)} (line ${outside.line}) is outside them; remove the markers to adopt it, or drop --adopt-section`,
        { line: outside.line, column: 1 },
      );
    return undefined;
  }
  if (!r.none) return undefined;
  const a = adoptSection(bytes, markers, name, rendered);
  if (!a.ok) throw InputError.at(file, printable(a.message), { line: a.line, column: 1 });
  const [before, after] = [text(bytes), text(a.bytes)];
  return {
    bytes: a.bytes,
    diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 }),
    digest: `sha256:${sha256Hex(JSON.stringify([before, after]))}`,
    headingLine: a.heading.line,
    beginLine: a.beginLine,
    endLine: a.endLine,
  };
};
