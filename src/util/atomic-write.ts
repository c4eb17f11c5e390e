// Atomic file replacement that a hostile checkout cannot redirect. The new bytes go to a file created exclusively
// inside a private directory (mkdtemp: unpredictable name, mode 0700) beside the target, so a link planted at any
// predictable name is never followed; then one rename puts them in place. The directory is removed on every path.
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface ReplaceOptions {
  /** Permission bits of the new file (the caller keeps the old file's mode). */
  mode?: number;
}

/** Replace `path` with `bytes` in one rename. `path` itself is replaced, not followed: resolve links before calling. */
export const replaceFile = async (path: string, bytes: Uint8Array, opts: ReplaceOptions = {}): Promise<void> => {
  const dir = await mkdtemp(join(dirname(path), '.model-governance-'));
  try {
    const tmp = join(dir, 'next');
    // 'wx': O_CREAT | O_EXCL, which also refuses to follow a symbolic link at that name.
    const fh = await open(tmp, 'wx', opts.mode ?? 0o644);
    try {
      await fh.writeFile(bytes);
      // The umask may have narrowed the mode given to open(); the caller asked for exactly this one.
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
