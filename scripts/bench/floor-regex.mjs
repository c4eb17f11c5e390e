// The lint-filenames floor: readdir, then a bare loop of the compiled default pattern. Prints JSON timings.
// Usage: node floor-regex.mjs DIR PATTERN
import { readdirSync } from 'node:fs';

const [dir, source] = process.argv.slice(2);
const t0 = performance.now();
const names = readdirSync(dir).filter((n) => n.endsWith('.cbm'));
const t1 = performance.now();
const re = new RegExp(source, 'u');
let bad = 0;
for (const n of names) if (!re.test(n)) bad++;
const t2 = performance.now();
process.stdout.write(JSON.stringify({ names: names.length, bad, readdirMs: t1 - t0, loopMs: t2 - t1 }));
