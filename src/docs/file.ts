// CLAUDE.md on the filesystem. Writes are atomic (temp file + rename) and refuse to overwrite a concurrent edit.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { fsProblem } from '../manifest/local.js';
import type { DocFile } from '../ports.js';
import { replaceFile } from '../util/atomic-write.js';
import { readBounded } from '../util/bounded-read.js';

export const DOC_MAX_BYTES = 8 * 1024 * 1024;

export const fsDocFile = (path: string): DocFile => ({
  name: path,
  async read() {
    try {
      return await readBounded(path, DOC_MAX_BYTES);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fsProblem(path, e);
    }
  },
  async write(bytes, previous) {
    const current = await readBounded(path, DOC_MAX_BYTES).catch((e) => {
      throw fsProblem(path, e);
    });
    if (!Buffer.from(current).equals(Buffer.from(previous)))
      throw InputError.at(path, 'changed while it was being updated; nothing written, run again');
    const { mode } = await stat(path);
    await replaceFile(path, bytes, { mode: mode & 0o7777 }).catch((e) => {
      throw fsProblem(path, e);
    });
  },
});
