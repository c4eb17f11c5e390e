// Bundle chunks run as classic scripts with a V8 code cache taken when the process exits, so the next start finds
// every function this run called already compiled. Node's own compile cache (module.enableCompileCache) serialises a
// module right after compiling it, before it runs: it holds little more than each chunk's top level, and every
// function a run calls (the YAML parser, zod, commander, the checks) is compiled again on every start.
import { lstatSync, lutimesSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type vm from 'node:vm';

/** What an ncc chunk exports: its ids and its webpack module factories. */
export interface ChunkExports {
  id: number;
  ids: number[];
  modules: Record<string, unknown>;
}

export interface ChunkLoader {
  /** The chunk's exports, or undefined when it is not one this loader runs (the caller then imports it). */
  load: (file: string) => ChunkExports | undefined;
  /** Writes the caches that were missing or rejected; returns the files written. */
  save: () => string[];
}

// ncc's ESM chunks open with exactly these three declarations, then hold only the module table. Anything else that
// only a module may contain (another export, import.meta, top-level await) fails to compile as a script, and the
// chunk is imported instead.
const HEAD = /^export const id = (\d+);\nexport const ids = (\[[\d, ]*\]);\nexport const modules = /;

/**
 * One cache file per chunk version and run profile. The chunk's device, inode, size and modification time name its
 * version, so a rebuilt or edited chunk never meets the cache of another (V8 itself checks only the source's length).
 * The profile (the CLI's command, the action's mode) keeps each kind of run's cache to the functions it calls.
 */
const cacheName = (path: string, profile: string): string => {
  const s = statSync(path, { bigint: true });
  return `${versionsPrefix(path, profile)}${s.dev}-${s.ino}-${s.size}-${s.mtimeNs}.v8cache`;
};
const versionsPrefix = (path: string, profile: string): string => `${profile}.${basename(path)}.`;

/**
 * How many versions of one chunk's cache a profile keeps. A self-hosted runner unpacks the action afresh for every
 * job, so every job's chunks are new files with new names here: without a bound, each job would leave its caches
 * behind (over 1 MB a mode). A few are kept, not one, so that installs used in turn (two versions of the action on
 * one runner) do not evict each other on every run.
 */
export const CACHE_VERSIONS_KEPT = 4;

/**
 * A cache V8 accepted is never written again, so its file's age says when it was made, not when it was last used:
 * at exit, a cache this run used gets a fresh modification time (at most once an hour), and the install in daily use
 * stays among the newest. Not a link: the time of whatever a link points to is never touched.
 */
const AN_HOUR_MS = 3_600_000;
const touchUsed = (file: string): void => {
  const s = lstatSync(file, { throwIfNoEntry: false });
  if (!s?.isFile() || Date.now() - s.mtimeMs < AN_HOUR_MS) return;
  const now = new Date();
  lutimesSync(file, now, now);
};

/** Deletes the oldest of the caches named `prefix` + a chunk version beyond CACHE_VERSIONS_KEPT (regular files only). */
const pruneVersions = (dir: string, prefix: string, kept: string): void => {
  const versions: { file: string; mtimeMs: number }[] = [];
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(prefix)) continue;
    // A run killed between writing its temp file and renaming it leaves the temp file behind.
    if (TEMP.test(f.slice(prefix.length))) {
      const t = lstatSync(join(dir, f), { throwIfNoEntry: false });
      if (t?.isFile() && Date.now() - t.mtimeMs > AN_HOUR_MS) rmSync(join(dir, f), { force: true });
      continue;
    }
    if (!VERSION.test(f.slice(prefix.length))) continue;
    const s = lstatSync(join(dir, f), { throwIfNoEntry: false });
    if (s?.isFile()) versions.push({ file: f, mtimeMs: s.mtimeMs });
  }
  // The one just written first, then newest first.
  const first = basename(kept);
  versions.sort((a, b) => Number(b.file === first) - Number(a.file === first) || b.mtimeMs - a.mtimeMs || a.file.localeCompare(b.file));
  for (const v of versions.slice(CACHE_VERSIONS_KEPT)) rmSync(join(dir, v.file), { force: true });
};
const VERSION = /^\d+-\d+-\d+-\d+\.v8cache$/;
const TEMP = /^\d+-\d+-\d+-\d+\.v8cache\.\d+\.tmp$/;

/** A profile name safe in a file name: lower-case letters, digits and dashes, at most 40 characters. */
export const cacheProfile = (name: string | undefined): string =>
  (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '_')
    .slice(0, 40) || 'default';

/**
 * A code cache is code: V8 runs what it holds once its few checks pass. So it is read from and written to a directory
 * only when that directory, and the one holding it, are real directories of this user that no one else may write to
 * (node's compile cache directory sits in the shared temporary directory). Where there are no users (Windows), yes.
 */
const privateDir = (path: string): boolean => {
  try {
    const s = lstatSync(path);
    const uid = process.getuid?.();
    return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0));
  } catch {
    return false;
  }
};

/** `base`: the URL of the bundle file the chunks sit beside; `dir`: node's compile cache directory. */
export const chunkLoader = (base: string, dir: string, profile: string): ChunkLoader => {
  // Loaded here, not at the top: a run without this loader (a GitHub-hosted runner's) has no use for node:vm.
  const { Script, constants } = process.getBuiltinModule('node:vm');
  const mine = join(dir, 'model-governance');
  const trusted = () => privateDir(dir) && privateDir(mine);
  let readable: boolean | undefined;
  const unsaved: { script: vm.Script; file: string; prefix: string }[] = [];
  const used: string[] = [];
  return {
    load: (file) => {
      try {
        const path = fileURLToPath(new URL(file, base));
        const text = readFileSync(path, 'utf8');
        const head = HEAD.exec(text);
        if (!head) return undefined;
        const cacheFile = join(mine, cacheName(path, profile));
        let cachedData: Buffer | undefined;
        readable ??= trusted();
        try {
          if (readable) cachedData = readFileSync(cacheFile);
        } catch {
          // No cache yet: compiled from source, cached at exit.
        }
        // Strict, as the module was; every line keeps its number, so stack traces point where they did.
        const source = `(function () { "use strict"; const id = ${head[1]};\nconst ids = ${head[2]};\nconst modules = ${text.slice(head[0].length)}\nreturn { id, ids, modules }; })`;
        const script = new Script(source, {
          filename: new URL(file, base).href,
          ...(cachedData ? { cachedData } : {}),
          importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
        });
        if (!cachedData || script.cachedDataRejected) unsaved.push({ script, file: cacheFile, prefix: versionsPrefix(path, profile) });
        else used.push(cacheFile);
        return (script.runInThisContext() as () => ChunkExports)();
      } catch {
        return undefined;
      }
    },
    save: () => {
      const written: string[] = [];
      for (const file of used.splice(0)) {
        try {
          if (trusted()) touchUsed(file);
        } catch {
          // Only an optimisation, as below.
        }
      }
      for (const { script, file, prefix } of unsaved.splice(0)) {
        // Written beside its final name, then renamed, so a concurrent run reads a whole cache or none.
        const temp = `${file}.${process.pid}.tmp`;
        try {
          mkdirSync(mine, { recursive: true, mode: 0o700 });
          if (!trusted()) break;
          writeFileSync(temp, script.createCachedData(), { flag: 'wx', mode: 0o600 });
          renameSync(temp, file);
          written.push(file);
          pruneVersions(mine, prefix, file);
        } catch {
          // A cache is only ever an optimisation: a full disk or a read-only directory costs the next run time only.
          rmSync(temp, { force: true });
        }
      }
      return written;
    },
  };
};

/** The key under which the bundle's chunk-loading runtime (patched by scripts/build.mjs) finds the loader. */
export const LOADER_KEY = Symbol.for('model-governance.load-chunk');

/**
 * Installs the loader when node's compile cache is on (off, as with NODE_DISABLE_COMPILE_CACHE, chunks are imported
 * as before); the caches are written when the process exits. Only a run that got through (exit 0, or 1 for
 * findings) writes them: one stopped by bad input (2) or a failing service (3) has called few of its mode's
 * functions, and a cache of those would stay, as a cache is never rewritten once V8 accepts it.
 */
export const installChunkLoader = (base: string, dir: string | undefined, profile: string): void => {
  if (dir === undefined) return;
  const loader = chunkLoader(base, dir, profile);
  Object.assign(globalThis, { [LOADER_KEY]: loader.load });
  process.once('exit', (code) => {
    if (code === 0 || code === 1) loader.save();
  });
};
