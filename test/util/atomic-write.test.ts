import { lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile } from '../../src/util/atomic-write.js';

const scratch = () => mkdtemp(join(tmpdir(), 'mg-atomic-'));

describe('replaceFile', () => {
  it('replaces the bytes, keeps the requested mode, leaves no temp behind', async () => {
    const dir = await scratch();
    const path = join(dir, 'CLAUDE.md');
    await writeFile(path, 'old', { mode: 0o600 });
    await replaceFile(path, Buffer.from('new'), { mode: 0o751 });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).mode & 0o777).toBe(0o751);
    expect(await readdir(dir)).toEqual(['CLAUDE.md']);
  });

  it('never follows a link planted at any name beside the target', async () => {
    const dir = await scratch();
    const victim = join(dir, 'victim');
    await writeFile(victim, 'untouched');
    const path = join(dir, 'CLAUDE.md');
    await writeFile(path, 'old');
    // The old predictable names, and a guess at a temp directory name.
    for (const name of [`.CLAUDE.md.${process.pid}.1.tmp`, '.model-governance-next', 'next']) await symlink(victim, join(dir, name));
    await replaceFile(path, Buffer.from('new'));
    expect(await readFile(victim, 'utf8')).toBe('untouched');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readlink(join(dir, 'next'))).toBe(victim);
  });

  it('replaces a symbolic link itself rather than writing through it (callers resolve links first)', async () => {
    const dir = await scratch();
    const target = join(dir, 'AGENTS.md');
    await writeFile(target, 'target');
    const path = join(dir, 'CLAUDE.md');
    await symlink(target, path);
    await replaceFile(path, Buffer.from('new'));
    expect((await lstat(path)).isFile()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('target');
  });

  it('removes its temp directory when the rename fails', async () => {
    const dir = await scratch();
    const path = join(dir, 'a-directory');
    await (await import('node:fs/promises')).mkdir(join(path, 'child'), { recursive: true });
    await expect(replaceFile(path, Buffer.from('x'))).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) });
    expect((await readdir(dir)).sort()).toEqual(['a-directory']);
  });
});
