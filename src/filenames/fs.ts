// Filesystem listing for filename globs (adapter: the lint itself stays pure). Globs from the config or the action's
// inputs carry `within`: each match must resolve inside that root (config/confine.ts), so a link in the checkout
// cannot list files outside the workspace into the summary or a comment.
import { basename } from 'node:path';
import type { ExtraName } from '../checks/filenames.js';
import { confineMatches } from '../config/confine.js';
import { glob } from '../util/fs-async.js';

export const listFiles = async (globs: string[], within?: string): Promise<ExtraName[]> => {
  const seen = new Set<string>();
  for (const g of globs) {
    const matches = await glob(g);
    if (within !== undefined) await confineMatches(g, matches, within);
    for (const p of matches) seen.add(p);
  }
  return [...seen].sort().map((p) => ({ name: basename(p), location: { file: p } }));
};
