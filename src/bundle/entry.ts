// What both bundle entries (the action's src/index.ts, the CLI's src/cli/index.ts) do before loading the program.
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheProfile, installChunkLoader } from './code-cache.js';

/**
 * Unless `profile` is undefined: node's on-disk compile cache on (a no-op where unsupported), and the chunks run with
 * a code cache of the functions this kind of run calls (code-cache.ts). Undefined, neither: a run that finds no cache
 * and writes one that is never read pays for writing it (node serialises each module as it compiles it), a few ms.
 * Then the bundle's own __filename and __dirname, which CommonJS code bundled from the Cloud Run client reads as it
 * loads (the bundle is an ES module).
 */
export const prepareBundle = (entryUrl: string, profile: string | undefined): void => {
  if (profile !== undefined) {
    module.enableCompileCache?.();
    installChunkLoader(entryUrl, module.getCompileCacheDir?.(), cacheProfile(profile));
  }
  const file = fileURLToPath(entryUrl);
  Object.assign(globalThis, { __filename: file, __dirname: dirname(file) });
};
