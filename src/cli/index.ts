#!/usr/bin/env node
// Node's on-disk compile cache (a no-op where unsupported) is switched on before the program is loaded, so
// repeated runs skip compiling the bundle; the program itself sits in its own chunk behind this import.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('./program.js');
process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
