// `npm test`: typecheck, lint (code and workflows), the vitest suite, and check-dist. They run side by side: vitest
// spends much of its time waiting on stand-ins and child processes, which leaves a core for the others. check-dist's
// fresh build is shared with the e2e tests (scripts/build-cache.mjs), so the tree is built once. The first failure
// stops the steps still running; its output is printed and its exit code is npm test's.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const node = (script, ...args) => [process.execPath, [join(root, 'scripts', script), ...args]];

// Each lane runs its steps in order; the lanes run at once. Only vitest prints as it goes; the others print when done.
// check-dist starts first, so its build holds the cache's lock before any e2e test asks for a bundle.
const lanes = [
  [['check-dist', ...node('check-dist.mjs', '--share')]],
  [['vitest', bin('vitest'), ['run', ...process.argv.slice(2)], { live: true }]],
  [
    ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
    ['lint', bin('biome'), ['check', '.']],
    ['lint-workflows', ...node('lint-workflows.mjs')],
  ],
];

const running = new Set();
let failed = false;
// Each step is its own process group (detached), so stopping it stops what it spawned (vitest's workers, ncc).
const stopAll = (signal = 'SIGTERM') => {
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll(signal);
    process.exit(130);
  });
}

const step = (name, cmd, args, { live = false } = {}) =>
  new Promise((done) => {
    const started = performance.now();
    if (live) console.log(`\n▶ ${name}`);
    const child = spawn(cmd, args, { cwd: root, detached: true, stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
    running.add(child);
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('error', (e) => out.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (failed) return done(false);
      if (!live) process.stdout.write(`\n▶ ${name} (${seconds} s)\n${Buffer.concat(out).toString()}`);
      if (code === 0) return done(true);
      failed = true;
      console.error(`\n✖ ${name} failed (exit ${code ?? signal})`);
      stopAll();
      process.exitCode = code || 1;
      done(false);
    });
  });

const results = await Promise.all(
  lanes.map(async (lane) => {
    for (const [name, cmd, args, options] of lane) if (!(await step(name, cmd, args, options))) return false;
    return true;
  }),
);
if (results.every(Boolean)) console.log('\n✔ all checks passed');
