// The CLAUDE.md block compared with what the manifest renders. Pure.
import { createHash } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import { InputError } from '../errors.js';
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
  if (!r.ok) throw InputError.at(file, r.message, { line: r.line, column: 1 });
  const current = blockText(bytes, r.block);
  const stale = current !== rendered;
  const diff = stale ? createTwoFilesPatch(`a/${file}`, `b/${file}`, current, rendered, '', '', { context: 3 }) : '';
  const digest = `sha256:${createHash('sha256')
    .update(JSON.stringify([current, rendered]))
    .digest('hex')}`;
  return { block: r.block, current, stale, diff, digest };
};
