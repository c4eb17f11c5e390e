import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isInsideWorkspace, isWithin, realTarget, repositoryRoot, resolveWriteTarget } from '../../src/util/contain.js';

const scratch = () => realpathSync(mkdtempSync(join(tmpdir(), 'mg-contain-')));

describe('isWithin', () => {
  it.each([
    ['/a/b', '/a', true],
    ['/a', '/a', true],
    ['/ab', '/a', false],
    ['/a/..b', '/a', true],
    ['/', '/a', false],
    ['/a/b', '/', true],
  ])('%s within %s: %s', (child, parent, want) => {
    expect(isWithin(child, parent)).toBe(want);
  });

  it('isInsideWorkspace excludes .git but not names that merely start with it', () => {
    expect(isInsideWorkspace('/w/.git/config', '/w')).toBe(false);
    expect(isInsideWorkspace('/w/.git', '/w')).toBe(false);
    expect(isInsideWorkspace('/w/.github/x.yml', '/w')).toBe(true);
    expect(isInsideWorkspace('/w/.gitignore', '/w')).toBe(true);
  });
});

describe('realTarget', () => {
  it('climbs `..` from a link’s target, as open() does, and keeps a missing tail', async () => {
    const w = scratch();
    const o = scratch();
    mkdirSync(join(o, 'deep'));
    symlinkSync(join(o, 'deep'), join(w, 'up'));
    expect(await realTarget(`${w}/up/../x`)).toBe(join(o, 'x'));
    expect(await realTarget('up/../new/file', w)).toBe(join(o, 'new', 'file'));
  });

  it('says a dangling link is one (EDANGLING) instead of guessing where it leads', async () => {
    const w = scratch();
    symlinkSync('/nonexistent/target', join(w, 'gone'));
    await expect(realTarget(join(w, 'gone'))).rejects.toMatchObject({ code: 'EDANGLING' });
  });
});

describe('resolveWriteTarget', () => {
  it('a plain path is written where named, even outside the root (a path the user chose)', async () => {
    const w = scratch();
    const elsewhere = join(scratch(), 'CLAUDE.md');
    writeFileSync(elsewhere, '');
    expect(await resolveWriteTarget(elsewhere, w)).toBe(elsewhere);
    expect(await resolveWriteTarget('CLAUDE.md', w, w)).toBe('CLAUDE.md');
  });

  it('a link inside the root is followed to its target; a new file under a linked directory too', async () => {
    const w = scratch();
    writeFileSync(join(w, 'AGENTS.md'), '');
    symlinkSync('AGENTS.md', join(w, 'CLAUDE.md'));
    mkdirSync(join(w, 'real'));
    symlinkSync('real', join(w, 'docs'));
    expect(await resolveWriteTarget(join(w, 'CLAUDE.md'), w)).toBe(join(w, 'AGENTS.md'));
    expect(await resolveWriteTarget(join(w, 'docs', 'new.json'), w)).toBe(join(w, 'real', 'new.json'));
  });

  it.each([
    ['outside the root', (w: string, o: string) => symlinkSync(join(o, 'x'), join(w, 'CLAUDE.md')), /leads outside/],
    ['into .git', (w: string) => symlinkSync('.git/config', join(w, 'CLAUDE.md')), /leads outside/],
    ['a dangling link', (w: string) => symlinkSync('missing', join(w, 'CLAUDE.md')), /symbolic link to a missing file/],
    ['a loop', (w: string) => symlinkSync('CLAUDE.md', join(w, 'CLAUDE.md')), /ELOOP/],
  ])('refuses a link %s (InputError: exit 2)', async (_, plant, why) => {
    const w = scratch();
    const o = scratch();
    mkdirSync(join(w, '.git'));
    writeFileSync(join(w, '.git', 'config'), '');
    writeFileSync(join(o, 'x'), '');
    plant(w, o);
    const e = await resolveWriteTarget(join(w, 'CLAUDE.md'), w).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(why);
  });
});

describe('repositoryRoot', () => {
  it('finds the nearest directory holding .git (a directory or a worktree’s file), else the fallback', async () => {
    const w = scratch();
    mkdirSync(join(w, 'a', 'b'), { recursive: true });
    expect(await repositoryRoot(join(w, 'a', 'b'), '/fallback')).toBe('/fallback');
    writeFileSync(join(w, '.git'), 'gitdir: /elsewhere\n');
    expect(await repositoryRoot(join(w, 'a', 'b'), '/fallback')).toBe(w);
  });
});
