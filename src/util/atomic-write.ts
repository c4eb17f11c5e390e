// Atomic file replacement that a hostile checkout cannot redirect. The new bytes go to a file created exclusively
// inside a private directory (mkdtemp: unpredictable name, mode 0700) beside the target, so a link planted at any
// predictable name is never followed; then one rename puts them in place. The directory is removed on every path.
// The rename gives the target a new inode: mode and owner are copied by the caller's request, and other hard links to
// the old file keep the old bytes. Callers resolve symbolic links first (util/contain resolveWriteTarget).
import { dirname, join } from 'node:path';

// node:fs/promises (its FileHandle machinery, streams, readline) is loaded by the first write, not at every start-up.
const fsp = () => import('node:fs/promises');

export interface ReplaceOptions {
  /** Permission bits of the new file (the caller keeps the old file's mode). */
  mode?: number;
  /** Owner of the new file; applied where the process may (root, or its own uid), skipped where it may not. */
  uid?: number;
  gid?: number;
}

/** Replace `path` with `bytes` in one rename. `path` itself is replaced, not followed: resolve links before calling. */
export const replaceFile = async (path: string, bytes: Uint8Array, opts: ReplaceOptions = {}): Promise<void> => {
  const { mkdtemp, open, rename, rm } = await fsp();
  const dir = await mkdtemp(join(dirname(path), '.model-governance-'));
  try {
    const tmp = join(dir, 'next');
    // 'wx': O_CREAT | O_EXCL, which also refuses to follow a symbolic link at that name.
    const fh = await open(tmp, 'wx', opts.mode ?? 0o644);
    try {
      await fh.writeFile(bytes);
      if (opts.uid !== undefined && opts.gid !== undefined)
        await fh.chown(opts.uid, opts.gid).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'EPERM') throw e;
        });
      // After chown (which clears set-id bits), and because the umask may have narrowed the mode given to open().
      if (opts.mode !== undefined) await fh.chmod(opts.mode);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Replace an existing file in place of itself: the new bytes keep its permission bits and (where allowed) owner. */
export const replaceKeeping = async (path: string, bytes: Uint8Array): Promise<void> => {
  const { mode, uid, gid } = await (await fsp()).stat(path);
  await replaceFile(path, bytes, { mode: mode & 0o7777, uid, gid });
};
