// The action bundle the e2e tests run: `scripts/build.mjs` into a temp directory, never dist/ (the lead rebuilds that
// at commit time). The build is keyed by a hash of its inputs, so parallel test files share one build (a mkdir lock)
// and an unchanged tree reuses the last one.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/cli.js';

const run = promisify(execFile);

const INPUTS = ['src', 'scripts/build.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

const files = (p: string): string[] =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((n) => files(join(p, n)))
    : [p];

const inputHash = (): string => {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((i) => files(join(ROOT, i)))) h.update(`${relative(ROOT, f)}\0`).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
};

// Builds of trees that changed more than an hour ago are of no further use.
const pruneOld = (keep: string): void => {
  for (const n of readdirSync(tmpdir()).filter((n) => /^mg-e2e-dist-[0-9a-f]{16}$/.test(n))) {
    const p = join(tmpdir(), n);
    if (p !== keep && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
  }
};

/** Path of dist/index.js built from the current tree. */
export const bundle = async (): Promise<string> => {
  const dir = join(tmpdir(), `mg-e2e-dist-${inputHash()}`);
  const entry = join(dir, 'index.js');
  const lock = `${dir}.lock`;
  for (const started = Date.now(); !existsSync(entry); ) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than the slowest build is left over from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      // A build took 3.5 minutes on a busy machine: only a lock older than 10 minutes is taken for a killed run's.
      if (age > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error(`timed out waiting for the build in ${dir}`);
      await sleep(250);
      continue;
    }
    try {
      if (existsSync(entry)) break;
      const tmp = `${dir}.tmp-${process.pid}`;
      // Asynchronous: a build takes minutes on a busy machine, and the stand-ins and in-process runs of the other
      // suites in this worker must keep going meanwhile (a synchronous build froze them into hook timeouts).
      await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), tmp], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      pruneOld(dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return entry;
};
