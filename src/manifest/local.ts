// Manifest from a local file.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ManifestSource } from '../ports.js';
import { readBounded } from '../util/bounded-read.js';
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

export const localManifest = (path: string): ManifestSource => ({
  name: path,
  async load() {
    try {
      // Refuse a huge file before reading it; the bounded read also stops a device or a file that grows.
      checkManifestSize(path, (await stat(path)).size);
      return { bytes: await readBounded(path, MANIFEST_MAX_BYTES) };
    } catch (e) {
      throw fsProblem(path, e, 'manifest');
    }
  },
});
