#!/usr/bin/env node
// Node's on-disk compile cache (a no-op where unsupported) is switched on before the program is loaded, so
// repeated runs skip compiling the bundle; the program itself sits in its own chunk behind this import.
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

module.enableCompileCache?.();
// The bundle is an ES module, but CommonJS code bundled from the Cloud Run client reads __dirname
// and __filename as it loads; give them the bundle's own.
Object.assign(globalThis, { __filename: fileURLToPath(import.meta.url), __dirname: dirname(fileURLToPath(import.meta.url)) });
const { main } = await import('./program.js');
process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
