// CLAUDE.md on the filesystem. Writes are atomic (temp file + rename) and refuse to overwrite a concurrent edit.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { fsProblem } from '../manifest/local.js';
import type { DocFile } from '../ports.js';
import { replaceFile } from '../util/atomic-write.js';

export const DOC_MAX_BYTES = 8 * 1024 * 1024;

export const fsDocFile = (path: string): DocFile => ({
  name: path,
  async read() {
    try {
      if ((await stat(path)).size > DOC_MAX_BYTES) throw InputError.at(path, `is larger than ${DOC_MAX_BYTES / 1048576} MiB`);
      return await readFile(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fsProblem(path, e);
    }
  },
  async write(bytes, previous) {
    const current = await readFile(path).catch((e) => {
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
