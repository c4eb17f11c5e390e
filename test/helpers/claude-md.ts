// The oracle for CLAUDE.md refreshes: what claude-md --write makes of `bytes`, from the engine's own renderer
// and splice, with the title and block config of examples/model-governance.yml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_MARKERS, findBlock, replaceBlock } from '../../src/docs/markers.js';
import { renderBlock } from '../../src/docs/render.js';
import { parseManifest } from '../../src/manifest/parse.js';

const EXAMPLE_CONFIG = parse(readFileSync(join(import.meta.dirname, '../../examples/model-governance.yml'), 'utf8'));

export const refreshed = (bytes: Buffer, manifest: string): Buffer => {
  const r = findBlock(bytes, DEFAULT_MARKERS);
  if (!r.ok) throw new Error(r.message);
  const block = renderBlock(parseManifest('manifest.json', Buffer.from(manifest)).manifest, DEFAULT_MARKERS, {
    manifestName: 'manifest.json',
    title: EXAMPLE_CONFIG.title,
    block: EXAMPLE_CONFIG.block,
  });
  return Buffer.from(replaceBlock(bytes, r.block, block));
};
