// What both bundle entries (the action's src/index.ts, the CLI's src/cli/index.ts) do before loading the program.
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheProfile, installChunkLoader } from './code-cache.js';

/**
 * Node's on-disk compile cache on (a no-op where unsupported), and the chunks run with a code cache of the functions
 * this kind of run calls (code-cache.ts), unless `profile` is undefined; then the bundle's own __filename and
 * __dirname, which CommonJS code bundled from the Cloud Run client reads as it loads (the bundle is an ES module).
 */
export const prepareBundle = (entryUrl: string, profile: string | undefined): void => {
  module.enableCompileCache?.();
  if (profile !== undefined) installChunkLoader(entryUrl, module.getCompileCacheDir?.(), cacheProfile(profile));
  const file = fileURLToPath(entryUrl);
  Object.assign(globalThis, { __filename: file, __dirname: dirname(file) });
};
