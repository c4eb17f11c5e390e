// Manifest from a local file. A promotion replaces it atomically (util/atomic-write), keeping its mode and owner,
// with the same rules as a CLAUDE.md write (docs/file.ts): links written through only inside the root, a full disk is
// exit 3 with the original intact.
import { InputError, ServiceError } from '../errors.js';
import type { ManifestSource } from '../ports.js';
import { replaceKeeping } from '../util/atomic-write.js';
import { readBounded } from '../util/bounded-read.js';
import { resolveWriteTarget } from '../util/contain.js';
import { lstat, readFile, stat } from '../util/fs-async.js';
import { environmentFailure } from '../util/fs-failure.js';
import { checkManifestSize, MANIFEST_MAX_BYTES } from './parse.js';

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

/** `root`: where a symbolic link may lead for a write (GITHUB_WORKSPACE in the action, else the working directory). */
export const localManifest = (path: string, root = process.env.GITHUB_WORKSPACE || process.cwd()): ManifestSource => ({
  name: path,
  async load() {
    try {
      // Refuse a huge file before reading it; the bounded read also stops a device or a file that grows.
      const { size } = await stat(path);
      checkManifestSize(path, size);
      return { bytes: await readBounded(path, MANIFEST_MAX_BYTES, size) };
    } catch (e) {
      throw fsProblem(path, e, 'manifest');
    }
  },
  async write(bytes, read) {
    try {
      const target = await resolveWriteTarget(path, root);
      if (!(await lstat(target)).isFile()) throw InputError.at(path, 'is not a regular file; nothing written');
      if (!Buffer.from(await readFile(target)).equals(Buffer.from(read.bytes)))
        throw new ServiceError('manifest', `write of ${path}`, 'someone else wrote it since it was read; nothing written, run again');
      await replaceKeeping(target, bytes);
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw environmentFailure(path, 'write of', e, '; the manifest is unchanged') ?? fsProblem(path, e, 'manifest');
    }
  },
});
