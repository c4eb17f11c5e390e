// One build of the tree for a whole `npm test`: the e2e tests' bundle and check-dist's fresh build are the same
// `scripts/build.mjs` run. A build is kept in the temp directory under a hash of its inputs, so parallel test files
// share one build (a mkdir lock) and an unchanged tree reuses the last one; check-dist always compares a build made
// in this run (freshBuild), which it hands to the cache when the cache has none.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

const INPUTS = ['src', 'scripts/build.mjs', 'scripts/bundle', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

const files = (p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((n) => files(join(p, n)))
    : [p];

const inputHash = (root) => {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((i) => files(join(root, i)))) h.update(`${relative(root, f)}\0`).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
};

// Builds of trees that changed more than an hour ago are of no further use.
const pruneOld = (keep) => {
  for (const n of readdirSync(tmpdir()).filter((n) => /^mg-e2e-dist-[0-9a-f]{16}$/.test(n))) {
    const p = join(tmpdir(), n);
    if (p !== keep && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
  }
};

// Asynchronous: a build takes minutes on a busy machine, and whatever else runs in the caller's process (stand-ins,
// in-process runs of other suites) must keep going meanwhile (a synchronous build froze them into hook timeouts).
// Each build also checks that it left no cache of ncc's behind: ncc keys its cache by the working directory, which
// is a fresh temporary directory in every build, so a cache is never read again, and the 150 MB it writes per build
// had filled ~/.cache/ncc with 43 GB (scripts/build.mjs runs ncc with --no-cache).
const build = async (root, out) => {
  const cacheHome = mkdtempSync(join(tmpdir(), 'mg-build-cache-home-'));
  try {
    await run(process.execPath, [join(root, 'scripts', 'build.mjs'), out], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    });
    const left = readdirSync(cacheHome);
    if (left.length) throw new Error(`the build left ${left.join(', ')} in its cache directory (XDG_CACHE_HOME); it must keep no cache`);
  } catch (e) {
    rmSync(out, { recursive: true, force: true }); // a failed build's output is of no use to anyone
    throw e;
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
};

// The lock is a directory holding its owner's pid: `npm test` stops check-dist mid-build when another step fails, and
// a lock whose owner is gone is free at once, not after the stale-lock age below.
const tryLock = (lock) => {
  try {
    mkdirSync(lock);
  } catch {
    return false;
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  return true;
};

const ownerGone = (lock) => {
  const pid = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'r' }).trim() || 'NaN');
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
};
const isStale = (lock) => {
  try {
    if (ownerGone(lock)) return true;
  } catch {
    // no pid written yet: the owner has only just taken the lock
  }
  // A build took 3.5 minutes on a busy machine: only a lock older than 10 minutes is taken for a killed run's.
  return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000;
};

/** The cached build of the tree at `root` (built now if there is none); resolves to its directory. */
export const cachedBuild = async (root) => {
  const dir = join(tmpdir(), `mg-e2e-dist-${inputHash(root)}`);
  const lock = `${dir}.lock`;
  for (const started = Date.now(); !existsSync(join(dir, 'index.js')); ) {
    if (!tryLock(lock)) {
      // Another process is building, unless the lock is left over from a killed run.
      if (isStale(lock)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error(`timed out waiting for the build in ${dir}`);
      await sleep(250);
      continue;
    }
    try {
      if (existsSync(join(dir, 'index.js'))) break;
      const tmp = `${dir}.tmp-${process.pid}`;
      await build(root, tmp);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      pruneOld(dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
};

/**
 * A build made now, never a cached one; resolves to its directory and whether it became the cache's. When the cache has no build of this tree and no
 * one is making it, this build becomes the cache's (so the e2e tests wait for it instead of building again); when
 * the cache has one, this build stays in a private directory and the cache is left alone (tests may be running it).
 */
export const freshBuild = async (root) => {
  const dir = join(tmpdir(), `mg-e2e-dist-${inputHash(root)}`);
  const lock = `${dir}.lock`;
  if (existsSync(lock) && isStale(lock)) rmSync(lock, { recursive: true, force: true });
  const own = !existsSync(join(dir, 'index.js')) && tryLock(lock);
  try {
    const tmp = own ? `${dir}.tmp-${process.pid}` : mkdtempSync(join(tmpdir(), 'mg-fresh-dist-'));
    await build(root, tmp);
    if (!own) return { dir: tmp, shared: false };
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    pruneOld(dir);
    return { dir, shared: true };
  } finally {
    if (own) rmSync(lock, { recursive: true, force: true });
  }
};
