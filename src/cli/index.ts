#!/usr/bin/env node
// The CLI's entry: the bundle prepared (bundle/entry.ts: compile and code caches) before the program is loaded;
// the program itself sits in its own chunk behind the import below.
import { prepareBundle } from '../bundle/entry.js';
import { writeStderr, writeStdout } from '../util/stdout.js';

// Checked here, before the program loads: on an older Node it would fail on a missing API (fs.glob) with exit 3.
const NODE_NEEDED = 22;
const major = Number(process.versions.node.split('.')[0]);
if (major < NODE_NEEDED) {
  process.stderr.write(`model-governance: Node.js ${process.versions.node} found; ${NODE_NEEDED} or newer is needed\n`);
  process.exitCode = 2;
} else {
  // A code cache of this command's functions (bundle/code-cache.ts).
  prepareBundle(import.meta.url, `cli-${process.argv[2] ?? ''}`);
  const { main } = await import('./program.js');
  process.exitCode = await main(process.argv.slice(2), { out: writeStdout, err: writeStderr });
}
