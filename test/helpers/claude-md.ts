// The oracle for CLAUDE.md refreshes: what claude-md --write makes of `bytes`, from the engine's own renderer
// and splice, with the examples' title.
import { DEFAULT_MARKERS, findBlock, replaceBlock } from '../../src/docs/markers.js';
import { renderBlock } from '../../src/docs/render.js';
import { parseManifest } from '../../src/manifest/parse.js';

export const refreshed = (bytes: Buffer, manifest: string): Buffer => {
  const r = findBlock(bytes, DEFAULT_MARKERS);
  if (!r.ok) throw new Error(r.message);
  const block = renderBlock(parseManifest('manifest.json', Buffer.from(manifest)).manifest, DEFAULT_MARKERS, {
    manifestName: 'manifest.json',
    title: 'CatBoost V9',
  });
  return Buffer.from(replaceBlock(bytes, r.block, block));
};
