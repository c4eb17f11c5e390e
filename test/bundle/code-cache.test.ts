import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSIONS_KEPT, cacheProfile, LOADER_KEY } from '../../src/bundle/code-cache.js';

// A chunk as ncc writes one: three declarations, then the module table.
const chunk = (id: number, body: string): string =>
  `export const id = ${id};\nexport const ids = [${id}];\nexport const modules = {\n\n/***/ 11:\n/***/ ((module) => {\n${body}\n/***/ })\n\n};\n`;

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-code-cache-'));
  const base = pathToFileURL(join(dir, 'index.js')).href;
  const cache = join(dir, 'cache');
  return { dir, base, cache };
};

const LOADER = pathToFileURL(join(import.meta.dirname, '../../src/bundle/code-cache.ts')).href;

/**
 * One run in its own process, as the bundle's are (within one process V8 reuses the script it compiled first and never
 * reads a cache): loads the chunk, calls its module, saves the caches. Node runs the TypeScript source as is.
 */
const run = (base: string, cache: string, profile: string, file: string): { loaded: boolean; value?: unknown; written: string[] } => {
  const script = `
    const { chunkLoader } = await import(${JSON.stringify(LOADER)});
    const loader = chunkLoader(${JSON.stringify(base)}, ${JSON.stringify(cache)}, ${JSON.stringify(profile)});
    const chunk = loader.load(${JSON.stringify(file)});
    const m = { exports: undefined };
    chunk?.modules['11'](m);
    console.log(JSON.stringify({ loaded: chunk !== undefined, id: chunk?.id, ids: chunk?.ids, value: m.exports, written: loader.save() }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

describe('chunkLoader', () => {
  it('runs a chunk strictly, as the module it was, and caches it at exit for the next run to use', () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '7.index.js'), chunk(7, 'module.exports = (function () { return this === undefined; })();'));
    expect(run(base, cache, 'p', './7.index.js')).toMatchObject({
      loaded: true,
      id: 7,
      ids: [7],
      value: true,
      written: [expect.any(String)],
    });
    // The next run finds the cache accepted, so it has nothing to write.
    expect(run(base, cache, 'p', './7.index.js')).toMatchObject({ value: true, written: [] });
    // Another profile keeps its own cache.
    expect(run(base, cache, 'q', './7.index.js').written).toHaveLength(1);
  });

  it('never runs a cache against another version of the chunk, even one of the same length', () => {
    const { dir, base, cache } = setup();
    const file = join(dir, '8.index.js');
    writeFileSync(file, chunk(8, 'module.exports = "old";'));
    expect(run(base, cache, 'p', './8.index.js').value).toBe('old');
    writeFileSync(file, chunk(8, 'module.exports = "new";'));
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(run(base, cache, 'p', './8.index.js')).toMatchObject({ value: 'new', written: [expect.any(String)] });
    expect(readdirSync(join(cache, 'model-governance'))).toHaveLength(2);
  });

  it('keeps the newest few versions of a chunk per profile, so caches of replaced installs do not pile up', () => {
    // A self-hosted runner unpacks the action afresh for every job: each job's chunks are new files (new inodes).
    const { dir, base, cache } = setup();
    const file = join(dir, '4.index.js');
    const versions = (profile: string) =>
      readdirSync(join(cache, 'model-governance')).filter((f) => f.startsWith(`${profile}.4.index.js.`));
    writeFileSync(join(dir, '5.index.js'), chunk(5, 'module.exports = 5;'));
    expect(run(base, cache, 'q', './4.index.js').written).toEqual([]); // no such chunk yet
    run(base, cache, 'q', './5.index.js');
    for (let k = 0; k < 2 * CACHE_VERSIONS_KEPT; k++) {
      rmSync(file, { force: true });
      writeFileSync(file, chunk(4, `module.exports = ${k};`));
      utimesSync(file, new Date(2030, 0, 1 + k), new Date(2030, 0, 1 + k));
      expect(run(base, cache, 'p', './4.index.js')).toMatchObject({ value: k, written: [expect.any(String)] });
      expect(versions('p')).toHaveLength(Math.min(k + 1, CACHE_VERSIONS_KEPT));
    }
    // The newest one stays, and is what the current chunk runs with.
    expect(run(base, cache, 'p', './4.index.js')).toMatchObject({ value: 2 * CACHE_VERSIONS_KEPT - 1, written: [] });
    // Other chunks and other profiles are not touched.
    expect(readdirSync(join(cache, 'model-governance')).filter((f) => f.startsWith('q.5.index.js.'))).toHaveLength(1);
    expect(versions('q')).toHaveLength(0);
    run(base, cache, 'q', './4.index.js');
    run(base, cache, 'p', './5.index.js');
    rmSync(file);
    writeFileSync(file, chunk(4, 'module.exports = "last";'));
    utimesSync(file, new Date(2031, 0, 1), new Date(2031, 0, 1));
    run(base, cache, 'p', './4.index.js');
    expect(versions('p')).toHaveLength(CACHE_VERSIONS_KEPT);
    expect(versions('q')).toHaveLength(1);
    expect(readdirSync(join(cache, 'model-governance')).filter((f) => f.startsWith('p.5.index.js.'))).toHaveLength(1);
  });

  it('keeps the cache a run used, however long ago it was written, over versions no run has used since', () => {
    // A cache V8 accepts is never written again: the install in daily use has the oldest file of all.
    const { dir, cache } = setup();
    const install = (k: number) => {
      const at = join(dir, `install-${k}`);
      mkdirSync(at);
      writeFileSync(join(at, '4.index.js'), chunk(4, `module.exports = ${k};`));
      return pathToFileURL(join(at, 'index.js')).href;
    };
    const bases = Array.from({ length: CACHE_VERSIONS_KEPT + 1 }, (_, k) => install(k));
    const written = bases.slice(0, CACHE_VERSIONS_KEPT).map((b) => run(b, cache, 'p', './4.index.js').written[0] as string);
    for (const [k, f] of written.entries()) utimesSync(f, new Date(2020 + k, 0, 1), new Date(2020 + k, 0, 1));
    // The first install is used again: its cache is read, not written.
    expect(run(bases[0] as string, cache, 'p', './4.index.js')).toMatchObject({ value: 0, written: [] });
    run(bases[CACHE_VERSIONS_KEPT] as string, cache, 'p', './4.index.js');
    const left = readdirSync(join(cache, 'model-governance')).map((f) => join(cache, 'model-governance', f));
    expect(left).toContain(written[0]);
    expect(left).not.toContain(written[1]);
    expect(left).toHaveLength(CACHE_VERSIONS_KEPT);
  });

  it("deletes a killed run's leftover temp cache once it is old, not one a running process is writing", () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '4.index.js'), chunk(4, 'module.exports = 4;'));
    const [first] = run(base, cache, 'p', './4.index.js').written as [string];
    const stale = `${first.replace(/\d+-\d+-\d+-\d+\.v8cache$/, '1-2-3-4.v8cache')}.999.tmp`;
    const fresh = `${first.replace(/\d+-\d+-\d+-\d+\.v8cache$/, '1-2-3-5.v8cache')}.998.tmp`;
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    utimesSync(stale, new Date(2020, 0, 1), new Date(2020, 0, 1));
    rmSync(join(dir, '4.index.js'));
    writeFileSync(join(dir, '4.index.js'), chunk(4, 'module.exports = 5;'));
    utimesSync(join(dir, '4.index.js'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    run(base, cache, 'p', './4.index.js');
    const left = readdirSync(join(cache, 'model-governance')).map((f) => join(cache, 'model-governance', f));
    expect(left).not.toContain(stale);
    expect(left).toContain(fresh);
  });

  it('rewrites a cache V8 rejects, and still runs the chunk', () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '9.index.js'), chunk(9, 'module.exports = 42;'));
    const [written] = run(base, cache, 'p', './9.index.js').written;
    writeFileSync(written as string, 'not a code cache');
    expect(run(base, cache, 'p', './9.index.js')).toMatchObject({ value: 42, written: [written] });
  });

  it('neither reads nor writes a cache where another user could plant one (a directory others may write to, or a link)', () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '6.index.js'), chunk(6, 'module.exports = 6;'));
    mkdirSync(cache, { mode: 0o700 });
    const [written] = run(base, cache, 'p', './6.index.js').written as [string];
    const mine = join(cache, 'model-governance');
    // A cache V8 rejects is read and then rewritten (see above); from a directory others may write to it is neither.
    const plant = (at: string) => writeFileSync(at, 'planted');
    for (const [shared, mode] of [
      [mine, 0o777],
      [mine, 0o720],
      [cache, 0o777],
    ] as const) {
      plant(written);
      chmodSync(shared, mode);
      expect(run(base, cache, 'p', './6.index.js')).toEqual({ loaded: true, id: 6, ids: [6], value: 6, written: [] });
      expect(readFileSync(written, 'utf8')).toBe('planted');
      chmodSync(shared, 0o700);
    }
    // A link in place of the loader's directory, to one holding a cache.
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    plant(join(elsewhere, basename(written)));
    rmSync(mine, { recursive: true });
    symlinkSync(elsewhere, mine);
    expect(run(base, cache, 'p', './6.index.js')).toMatchObject({ value: 6, written: [] });
    expect(readFileSync(join(elsewhere, basename(written)), 'utf8')).toBe('planted');
  });

  it('declines what only a module may hold, and files that are not chunks', () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '1.index.js'), chunk(1, 'module.exports = import.meta.url;'));
    writeFileSync(join(dir, '2.index.js'), `${chunk(2, 'module.exports = 1;')}export const runtime = () => {};\n`);
    writeFileSync(join(dir, '3.index.js'), 'export default 1;\n');
    for (const f of ['./1.index.js', './2.index.js', './3.index.js', './missing.index.js'])
      expect(run(base, cache, 'p', f)).toEqual({ loaded: false, written: [] });
  });
});

describe('installChunkLoader', () => {
  // A process that installs the loader, loads a chunk through the key the bundle's runtime uses, and exits with `code`.
  const exitWith = (base: string, cache: string, code: number) => {
    const script = `
      const { installChunkLoader } = await import(${JSON.stringify(LOADER)});
      installChunkLoader(${JSON.stringify(base)}, ${JSON.stringify(cache)}, 'p');
      globalThis[Symbol.for(${JSON.stringify(LOADER_KEY.description)})]('./5.index.js');
      process.exitCode = ${code};`;
    return spawnSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { encoding: 'utf8' });
  };
  const cached = (cache: string) => readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.v8cache'));

  it('writes the caches of a run that got through, not of one stopped by bad input or a failing service', () => {
    const { dir, base, cache } = setup();
    writeFileSync(join(dir, '5.index.js'), chunk(5, 'module.exports = 5;'));
    mkdirSync(cache);
    for (const code of [2, 3]) expect(exitWith(base, cache, code).status).toBe(code);
    expect(cached(cache)).toEqual([]);
    expect(exitWith(base, cache, 1).status).toBe(1);
    expect(cached(cache)).toHaveLength(1);
  });
});

describe('cacheProfile', () => {
  it('makes any name safe in a file name', () => {
    expect(cacheProfile('cli-lint-filenames')).toBe('cli-lint-filenames');
    expect(cacheProfile('action-drift, claude-md')).toBe('action-drift_claude-md');
    expect(cacheProfile('../../etc/passwd')).toBe('_etc_passwd');
    expect(cacheProfile('')).toBe('default');
    expect(cacheProfile('x'.repeat(100))).toHaveLength(40);
  });
});
