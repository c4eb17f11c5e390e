// CLAUDE.md on the filesystem. Writes are atomic (util/atomic-write: exclusive temp in a private directory + rename)
// and refuse to overwrite a concurrent edit. Rules for the write, since the checkout may be hostile:
// - a CLAUDE.md that is a symbolic link is written through to its target when that lies inside the repository root,
//   and refused (exit 2) when it leads outside (util/contain resolveWriteTarget);
// - the file keeps its mode and, where the process may, its owner; other hard links keep the old bytes;
// - a full disk or read-only filesystem is exit 3 with the original intact (util/fs-failure).
import { InputError } from '../errors.js';
import { fsProblem } from '../manifest/local.js';
import type { DocFile } from '../ports.js';
import { replaceKeeping } from '../util/atomic-write.js';
import { readBounded } from '../util/bounded-read.js';
import { resolveWriteTarget } from '../util/contain.js';
import { environmentFailure } from '../util/fs-failure.js';

// The marker search parses the document's block structure (docs/markers.ts): about 500 bytes of heap per byte
// at worst (a list item per line), so 256 KiB stays near 130 MB. A CLAUDE.md is read by a model on every session;
// a few KiB is usual.
export const DOC_MAX_BYTES = 256 * 1024;

/** `root`: the repository root (the workspace in the action) that a symbolic link may lead into. */
export const fsDocFile = (path: string, root: string): DocFile => ({
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
    const target = await resolveWriteTarget(path, root);
    const current = await readBounded(target, DOC_MAX_BYTES).catch((e) => {
      throw fsProblem(path, e);
    });
    if (!Buffer.from(current).equals(Buffer.from(previous)))
      throw InputError.at(path, 'changed while it was being updated; nothing written, run again');
    await replaceKeeping(target, bytes).catch((e: NodeJS.ErrnoException) => {
      const env = environmentFailure(path, 'write of', e, '; the file is unchanged');
      if (env) throw env;
      // The temp file is made beside the target, so the directory must be writable, not only the file.
      if (e.code === 'EACCES' || e.code === 'EPERM')
        throw InputError.at(path, `cannot be replaced: its directory is not writable (${e.code}); nothing written`);
      throw fsProblem(path, e);
    });
  },
});
