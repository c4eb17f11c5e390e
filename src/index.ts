// Node's on-disk compile cache is switched on before the action is loaded (see src/cli/index.ts).
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheProfile, installChunkLoader } from './bundle/code-cache.js';

module.enableCompileCache?.();
// Chunks run with a code cache of this mode's functions (bundle/code-cache.ts); not on a GitHub-hosted runner, whose
// machine lives for one job, where the cache of a step's mode would be written and never read.
if (process.env.RUNNER_ENVIRONMENT !== 'github-hosted')
  installChunkLoader(import.meta.url, module.getCompileCacheDir?.(), cacheProfile(`action-${process.env.INPUT_MODE ?? ''}`));
// The bundle is an ES module, but CommonJS code bundled from the Cloud Run client reads __dirname
// and __filename as it loads; give them the bundle's own.
Object.assign(globalThis, { __filename: fileURLToPath(import.meta.url), __dirname: dirname(fileURLToPath(import.meta.url)) });
const { run } = await import('./main.js');
await run();
