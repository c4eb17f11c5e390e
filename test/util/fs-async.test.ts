import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as fsa from '../../src/util/fs-async.js';

// The callback-based calls stand in for node:fs/promises on the start-up path: same results, same errors.
const dir = mkdtempSync(join(tmpdir(), 'fs-async-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.txt'), 'héllo\n');
mkdirSync(join(dir, 'sub'));
writeFileSync(join(dir, 'sub', 'b.txt'), '');
symlinkSync('a.txt', join(dir, 'link'));
symlinkSync('missing', join(dir, 'dangling'));
symlinkSync('loop2', join(dir, 'loop1'));
symlinkSync('loop1', join(dir, 'loop2'));

const outcome = async (p: Promise<unknown>) => {
  try {
    const v = await p;
    return { ok: v instanceof Object && 'isFile' in v ? { ...(v as object), isFile: (v as { isFile(): boolean }).isFile() } : v };
  } catch (e) {
    const { code, syscall, path, errno, message } = e as NodeJS.ErrnoException;
    return { error: { code, syscall, path, errno, message } };
  }
};

const all = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const paths = ['a.txt', 'sub', 'link', 'dangling', 'loop1', 'nope', 'a.txt/x', 'sub/b.txt'].map((p) => join(dir, p));

describe('fs-async', () => {
  it.each(paths)('access, lstat, stat, readFile and realpath match node:fs/promises on %s', async (p) => {
    expect(await outcome(fsa.access(p))).toEqual(await outcome(fsp.access(p)));
    expect(await outcome(fsa.lstat(p))).toEqual(await outcome(fsp.lstat(p)));
    expect(await outcome(fsa.stat(p))).toEqual(await outcome(fsp.stat(p)));
    expect(await outcome(fsa.readFile(p))).toEqual(await outcome(fsp.readFile(p)));
    expect(await outcome(fsa.realpath(p))).toEqual(await outcome(fsp.realpath(p)));
  });

  it('opens, reads and closes by descriptor as a FileHandle does, and fails to open as open() does', async () => {
    const fd = await fsa.openForReading(join(dir, 'a.txt'));
    const buf = Buffer.alloc(16);
    expect(await fsa.readInto(fd, buf, 2, 14)).toBe(7);
    expect(await fsa.readInto(fd, buf, 9, 7)).toBe(0);
    await fsa.close(fd);
    expect(buf.subarray(2, 9).toString()).toBe('héllo\n');
    for (const p of [join(dir, 'nope'), join(dir, 'loop1')])
      expect(await outcome(fsa.openForReading(p))).toEqual(await outcome(fsp.open(p, 'r')));
  });

  it('globs the same matches in the same order', async () => {
    for (const g of [join(dir, '**/*.txt'), join(dir, '*'), join(dir, 'none/*')]) expect(await fsa.glob(g)).toEqual(await all(fsp.glob(g)));
  });

  it('makes a private directory and writes a new file there as fs/promises does, refusing an existing one', async () => {
    const made = await fsa.mkdtemp(join(dir, 'out-'));
    expect(made.startsWith(join(dir, 'out-'))).toBe(true);
    expect((await fsp.stat(made)).isDirectory()).toBe(true);
    await fsa.writeFile(join(made, 'f.json'), '{"é":1}', { flag: 'wx' });
    expect(await fsp.readFile(join(made, 'f.json'), 'utf8')).toBe('{"é":1}');
    expect(await outcome(fsa.writeFile(join(made, 'f.json'), 'x', { flag: 'wx' }))).toEqual(
      await outcome(fsp.writeFile(join(made, 'f.json'), 'x', { flag: 'wx' })),
    );
    // The six random characters differ from call to call.
    const masked = (o: unknown) => JSON.parse(JSON.stringify(o).replaceAll(/x-[A-Za-z0-9]{6}/g, 'x-XXXXXX'));
    expect(masked(await outcome(fsa.mkdtemp(join(dir, 'nope', 'x-'))))).toEqual(
      masked(await outcome(fsp.mkdtemp(join(dir, 'nope', 'x-')))),
    );
  });
});
