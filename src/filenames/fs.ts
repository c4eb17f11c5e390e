// Filesystem listing for filename globs (adapter: the lint itself stays pure).
import { glob } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtraName } from '../checks/filenames.js';

export const listFiles = async (globs: string[]): Promise<ExtraName[]> => {
  const seen = new Set<string>();
  for (const g of globs) for await (const p of glob(g)) seen.add(p);
  return [...seen].sort().map((p) => ({ name: basename(p), location: { file: p } }));
};
