// Read a user's file, but never more than its limit. A size from stat() is no bound: /dev/zero, a FIFO or a
// /proc file reports 0 and then streams forever, and a file can grow between stat() and read(). So the read itself
// stops one byte past the limit, and that byte means "too large" (bad input, exit 2), never an out-of-memory abort.
import { InputError } from '../errors.js';
import { close, openForReading, readInto } from './fs-async.js';

/**
 * The first read's buffer; it doubles while the file fills it, up to the limit. Most files read here (a CLAUDE.md, a
 * config, a template) are a few KiB: a fixed 1 MiB buffer per read cost each of them a 1 MiB allocation (and, counted
 * as external memory, garbage-collector work), once per family in a many-family run.
 */
const FIRST = 64 * 1024;

/**
 * The file's bytes, or an InputError when it holds more than `max` bytes. Other fs errors are thrown as they are.
 * `size`: what stat() said, when the caller asked: the first buffer then holds that and one byte more, so a file that
 * is as large as it said is read into one buffer and returned in it (a 7.8 MB manifest cost eight doublings and a
 * copy of the whole, about 12 ms of a sync's start). It is no bound: the read stops past `max` all the same.
 */
export const readBounded = async (path: string, max: number, size = 0): Promise<Buffer> => {
  const fd = await openForReading(path);
  try {
    let buf = Buffer.allocUnsafe(Math.min(Math.max(FIRST, size + 1), max + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, max + 1));
        buf.copy(grown, 0, 0, total);
        buf = grown;
      }
      const bytesRead = await readInto(fd, buf, total, buf.length - total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw InputError.at(path, `is larger than ${sizeName(max)}, the limit for this file`);
    }
    // Exactly the bytes: a copy when the buffer's unused end is more than an eighth, so the caller does not hold it.
    if (buf.length - total <= total >> 3) return buf.subarray(0, total);
    const exact = Buffer.allocUnsafe(total);
    buf.copy(exact, 0, 0, total);
    return exact;
  } finally {
    await close(fd);
  }
};

export const sizeName = (bytes: number): string => (bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`);
