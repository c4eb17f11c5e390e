// What claude-md would do to the file, whichever way it gets there: rewrite the block between the markers, or
// adopt a hand-written section (--adopt-section) into new markers. The mode then checks, shows or writes it alike.
import { adoption, blockState } from './block.js';
import { type Markers, replaceBlock } from './markers.js';

export interface Rewrite {
  /** The whole file after the change; null when the block is current. */
  bytes: Uint8Array | null;
  diff: string;
  /** Digest of the two sides compared (the finding's `content`). */
  digest: string;
  /** The line a stale finding points at. */
  line: number;
  /** The stale finding's message, and the report's summary when checking, dry-running and writing. */
  stale: string;
  checked: string;
  planned: string;
  written: string;
}

export const rewriteOf = (file: string, bytes: Uint8Array, markers: Markers, rendered: string, adoptSection?: string): Rewrite => {
  const adopted = adoptSection === undefined ? undefined : adoption(file, bytes, markers, adoptSection, rendered);
  if (adopted) {
    const what = `the section at line ${adopted.headingLine}`;
    return {
      bytes: adopted.bytes,
      diff: adopted.diff,
      digest: adopted.digest,
      line: adopted.headingLine,
      stale: `${file} has no markers yet; ${what} is adopted by claude-md --write --adopt-section (in the action: report pr)`,
      checked: `${file}: ${what} is not adopted yet`,
      planned: `${file}: ${what} would be adopted (dry run, nothing written)`,
      written: `${file}: adopted ${what}; the MODEL block is at lines ${adopted.beginLine}-${adopted.endLine}`,
    };
  }
  const state = blockState(file, bytes, markers, rendered);
  return {
    bytes: state.stale ? replaceBlock(bytes, state.block, rendered) : null,
    diff: state.stale ? state.diff : '',
    digest: state.digest,
    line: state.block.beginLine,
    stale: `the block in ${file} does not match the manifest; run claude-md --write`,
    checked: state.stale ? `${file}: the MODEL block is stale` : `${file}: the MODEL block is current`,
    planned: `${file}: the MODEL block would be rewritten (dry run, nothing written)`,
    written: `${file}: rewrote the MODEL block (lines ${state.block.beginLine}-${state.block.endLine})`,
  };
};
