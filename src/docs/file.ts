// CLAUDE.md on the filesystem. Writes are atomic (temp file + rename) and refuse to overwrite a concurrent edit.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { fsProblem } from '../manifest/local.js';
import type { DocFile } from '../ports.js';
import { replaceFile } from '../util/atomic-write.js';
import { readBounded } from '../util/bounded-read.js';

// The marker search parses the document's block structure (docs/markers.ts): about 500 bytes of heap per byte
// at worst (a list item per line), so 256 KiB stays near 130 MB. A CLAUDE.md is read by a model on every session;
// a few KiB is usual.
export const DOC_MAX_BYTES = 256 * 1024;

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
