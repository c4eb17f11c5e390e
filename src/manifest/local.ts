// Manifest from a local file. A promotion replaces it atomically (util/atomic-write), keeping its mode.
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, ServiceError } from '../errors.js';
import type { ManifestSource } from '../ports.js';
import { replaceFile } from '../util/atomic-write.js';
import { checkManifestSize } from './parse.js';

export const fsProblem = (file: string, e: unknown, what = 'file'): InputError => {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? `${what} not found`
      : code === 'EACCES'
        ? `${what} is not readable (permission denied)`
        : code === 'EISDIR'
          ? 'is a directory'
          : (e as Error).message;
  return InputError.at(file, reason);
};

const isWithin = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith('../'));
};

/**
 * Where a write to `path` lands. A path with no symbolic link on it is replaced where it is named; one that passes
 * through a link (the file or a directory) is written through to its target when that lies inside `root` (the
 * workspace) and outside its `.git`, and refused otherwise: a checkout must never turn a promotion into a write
 * elsewhere (hooks, or the token actions/checkout keeps in .git/config). (util/contain on the hostile-fs branch has
 * the same rule for CLAUDE.md.)
 */
const writeTarget = async (path: string, root: string): Promise<string> => {
  const real = await realpath(path);
  if (real === resolve(path)) return path;
  const realRoot = await realpath(root);
  if (isWithin(real, realRoot) && !isWithin(real, join(realRoot, '.git'))) return real;
  throw InputError.at(
    path,
    `is a symbolic link that leads outside ${root} (or into its .git); refusing to write through it, nothing written`,
  );
};

/** `root`: where a symbolic link may lead for a write (GITHUB_WORKSPACE in the action, else the working directory). */
export const localManifest = (path: string, root = process.env.GITHUB_WORKSPACE || process.cwd()): ManifestSource => ({
  name: path,
  async load() {
    try {
      // Refuse a huge file before reading it.
      checkManifestSize(path, (await stat(path)).size);
      return { bytes: await readFile(path) };
    } catch (e) {
      throw fsProblem(path, e, 'manifest');
    }
  },
  async write(bytes, read) {
    try {
      const target = await writeTarget(path, root);
      if (!(await lstat(target)).isFile()) throw InputError.at(path, 'is not a regular file; nothing written');
      if (!Buffer.from(await readFile(target)).equals(Buffer.from(read.bytes)))
        throw new ServiceError('manifest', `write of ${path}`, 'someone else wrote it since it was read; nothing written, run again');
      const { mode } = await stat(target);
      await replaceFile(target, bytes, { mode: mode & 0o7777 });
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw fsProblem(path, e, 'manifest');
    }
  },
});
