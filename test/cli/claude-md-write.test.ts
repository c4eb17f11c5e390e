// claude-md --write in a hostile checkout: planted links, symlinked docs, modes and owners, hard links, a full or
// read-only disk. Every case goes through the CLI, as a user (or a workflow step) runs it.
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshed } from '../helpers/claude-md.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { canMount, mountTmpfs, remountReadOnly } from '../helpers/mount.js';

/** A workspace whose config names `claudeMd` (relative to the workspace) as its CLAUDE.md. */
const withDoc = (claudeMd: string): Workspace & { doc: string } => {
  const ws = workspace();
  const doc = join(ws.dir, claudeMd);
  writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(`claude-md: ${ws.claudeMd}`, `claude-md: ${doc}`));
  return { ...ws, doc };
};

const write = (ws: Workspace) => runCli(['claude-md', '--config', ws.config, '--write']);
const expected = (ws: Workspace, original: Buffer) => refreshed(original, readFileSync(ws.manifest, 'utf8'));
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.model-governance-') || n.endsWith('.tmp'));

describe('claude-md --write: links planted in the checkout', () => {
  it('never follows a link at the old predictable temp name into .git/hooks', async () => {
    const ws = workspace();
    const hooks = join(ws.dir, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    const hook = join(hooks, 'pre-commit');
    // The name the old code wrote to: .CLAUDE.md.<pid>.<n>.tmp, n counting writes in this process.
    for (let n = 1; n <= 64; n++) symlinkSync(hook, join(ws.dir, `.CLAUDE.md.${process.pid}.${n}.tmp`));
    const original = ws.bytes('CLAUDE.md');
    const r = await write(ws);
    expect(r.code).toBe(0);
    expect(() => lstatSync(hook)).toThrow(/ENOENT/);
    expect(lstatSync(ws.claudeMd).isFile()).toBe(true);
    expect(ws.bytes('CLAUDE.md').equals(expected(ws, original))).toBe(true);
    expect(readdirSync(ws.dir).filter((n) => n.startsWith('.model-governance-'))).toEqual([]);
  });

  it('writes through CLAUDE.md -> AGENTS.md: the target is refreshed, the link stays a link', async () => {
    const ws = withDoc('CLAUDE.md');
    const original = ws.bytes('CLAUDE.md');
    const agents = join(ws.dir, 'AGENTS.md');
    writeFileSync(agents, original);
    const link = ws.doc;
    const { rmSync } = await import('node:fs');
    rmSync(link);
    symlinkSync('AGENTS.md', link);
    expect((await write(ws)).code).toBe(0);
    expect(readlinkSync(link)).toBe('AGENTS.md');
    expect(readFileSync(agents).equals(expected(ws, original))).toBe(true);
    expect((await runCli(['claude-md', '--config', ws.config, '--check'])).code).toBe(0);
  });

  it('writes through a chain of links and a link to a directory, when all of it stays inside', async () => {
    const ws = withDoc('docs-link/CLAUDE.md');
    const original = ws.bytes('CLAUDE.md');
    mkdirSync(join(ws.dir, 'docs', 'agents'), { recursive: true });
    writeFileSync(join(ws.dir, 'docs', 'agents', 'AGENTS.md'), original);
    symlinkSync('agents/AGENTS.md', join(ws.dir, 'docs', 'CLAUDE.md'));
    symlinkSync('docs', join(ws.dir, 'docs-link'));
    expect((await write(ws)).code).toBe(0);
    expect(readFileSync(join(ws.dir, 'docs', 'agents', 'AGENTS.md')).equals(expected(ws, original))).toBe(true);
    expect(lstatSync(join(ws.dir, 'docs', 'CLAUDE.md')).isSymbolicLink()).toBe(true);
  });

  it('refuses (exit 2) a CLAUDE.md link typed on the command line that leads outside the repository; nothing written', async () => {
    const ws = workspace();
    const elsewhere = mkdtempSync(join(tmpdir(), 'mg-outside-'));
    const victim = join(elsewhere, 'AGENTS.md');
    const original = ws.bytes('CLAUDE.md');
    writeFileSync(victim, original);
    const link = join(ws.dir, 'docs', 'CLAUDE.md');
    mkdirSync(join(ws.dir, 'docs'));
    symlinkSync(victim, link);
    // The repository root is the config's directory here (no .git above it); the link leads out of it.
    const r = await runCli(['claude-md', '--config', ws.config, '--claude-md', link, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${link}: is a symbolic link that leads outside ${ws.dir}; refusing to write through it`);
    expect(readFileSync(victim).equals(original)).toBe(true);
    expect(readlinkSync(link)).toBe(victim);
    expect(readdirSync(elsewhere)).toEqual(['AGENTS.md']);
  });

  it('refuses (exit 2) a CLAUDE.md link into .git, which holds hooks and the checkout token', async () => {
    const ws = workspace();
    mkdirSync(join(ws.dir, '.git'));
    const inGit = join(ws.dir, '.git', 'config');
    writeFileSync(inGit, ws.bytes('CLAUDE.md'));
    const link = join(ws.dir, 'AGENTS.md');
    symlinkSync('.git/config', link);
    const r = await runCli(['claude-md', '--config', ws.config, '--claude-md', link, '--write']);
    expect(r.code).toBe(2);
    expect(readFileSync(inGit).equals(ws.bytes('CLAUDE.md'))).toBe(true);
  });

  it('a dangling CLAUDE.md link is a missing file (exit 2) and stays a link', async () => {
    const ws = workspace();
    const link = join(ws.dir, 'docs.md');
    symlinkSync('missing.md', link);
    const r = await runCli(['claude-md', '--config', ws.config, '--claude-md', link, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${link}: file not found`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('claude-md --write keeps what the file was', () => {
  afterEach(() => {
    process.umask(0o022);
  });

  it('keeps the mode whatever the umask, and the owner', async () => {
    const ws = workspace();
    const original = ws.bytes('CLAUDE.md');
    chmodSync(ws.claudeMd, 0o664);
    chownSync(ws.claudeMd, 4321, 4322);
    process.umask(0o027);
    expect((await write(ws)).code).toBe(0);
    const s = statSync(ws.claudeMd);
    expect(s.mode & 0o7777).toBe(0o664);
    if (process.getuid?.() === 0) expect([s.uid, s.gid]).toEqual([4321, 4322]);
    expect(ws.bytes('CLAUDE.md').equals(expected(ws, original))).toBe(true);
  });

  it('a hard link keeps the old bytes (the rename gives CLAUDE.md a new inode), as the README says', async () => {
    const ws = workspace();
    const original = ws.bytes('CLAUDE.md');
    const other = join(ws.dir, 'AGENTS.md');
    linkSync(ws.claudeMd, other);
    expect((await write(ws)).code).toBe(0);
    expect(ws.bytes('CLAUDE.md').equals(expected(ws, original))).toBe(true);
    expect(readFileSync(other).equals(original)).toBe(true);
    expect(statSync(ws.claudeMd).nlink).toBe(1);
  });
});

describe.skipIf(!canMount)('claude-md --write on a full or read-only filesystem (a real tmpfs)', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => {
    unmount?.();
    unmount = undefined;
  });

  const onTmpfs = (options: string) => {
    const ws = withDoc('docs/CLAUDE.md');
    const docs = join(ws.dir, 'docs');
    mkdirSync(docs);
    unmount = mountTmpfs(docs, options);
    const original = ws.bytes('CLAUDE.md');
    writeFileSync(ws.doc, original);
    return { ws, docs, original };
  };

  const expectExit3Intact = async (ws: Workspace & { doc: string }, docs: string, original: Buffer, why: RegExp) => {
    const r = await write(ws);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(why);
    expect(r.err).toContain('The filesystem');
    expect(r.err).toContain('the file is unchanged');
    expect(readFileSync(ws.doc).equals(original)).toBe(true);
    expect(leftovers(docs)).toEqual([]);
  };

  it('no space left: exit 3 naming the filesystem, the original intact, no temp left', async () => {
    const { ws, docs, original } = onTmpfs('size=16k');
    try {
      writeFileSync(join(docs, 'filler'), Buffer.alloc(64 * 1024, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    await expectExit3Intact(ws, docs, original, /no space left on the device \(ENOSPC\)/);
  });

  it('no inodes left (the temp directory cannot be made): exit 3, the original intact', async () => {
    const { ws, docs, original } = onTmpfs('size=1m,nr_inodes=16');
    let n = 0;
    try {
      for (;;) writeFileSync(join(docs, `f${n++}`), '');
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    await expectExit3Intact(ws, docs, original, /ENOSPC/);
  });

  it('a read-only filesystem: exit 3, the original intact', async () => {
    const { ws, docs, original } = onTmpfs('size=1m');
    remountReadOnly(docs);
    await expectExit3Intact(ws, docs, original, /read-only \(EROFS\)/);
  });
});
