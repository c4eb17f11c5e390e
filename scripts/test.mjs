// `npm test`: typecheck, lint (code and workflows), the vitest suite, and check-dist, in order; stops at the first failure.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('biome'), ['check', '.']],
  ['lint-workflows', process.execPath, [join(root, 'scripts', 'lint-workflows.mjs')]],
  ['vitest', bin('vitest'), ['run', ...process.argv.slice(2)]],
  ['check-dist', process.execPath, [join(root, 'scripts', 'check-dist.mjs')]],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log('\n✔ all checks passed');
