#!/usr/bin/env node
// Node's on-disk compile cache (a no-op where unsupported) is switched on before the program is loaded, so
// repeated runs skip compiling the bundle; the program itself sits in its own chunk behind this import.
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheProfile, installChunkLoader } from '../bundle/code-cache.js';

// Checked here, before the program loads: on an older Node it would fail on a missing API (fs.glob) with exit 3.
const NODE_NEEDED = 22;
const major = Number(process.versions.node.split('.')[0]);
if (major < NODE_NEEDED) {
  process.stderr.write(`model-governance: Node.js ${process.versions.node} found; ${NODE_NEEDED} or newer is needed\n`);
  process.exitCode = 2;
} else {
  module.enableCompileCache?.();
  // Chunks run with a code cache of this command's functions (bundle/code-cache.ts).
  installChunkLoader(import.meta.url, module.getCompileCacheDir?.(), cacheProfile(`cli-${process.argv[2] ?? ''}`));
  // The bundle is an ES module, but CommonJS code bundled from the Cloud Run client reads __dirname
  // and __filename as it loads; give them the bundle's own.
  Object.assign(globalThis, { __filename: fileURLToPath(import.meta.url), __dirname: dirname(fileURLToPath(import.meta.url)) });
  const { main } = await import('./program.js');
  process.exitCode = await main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
