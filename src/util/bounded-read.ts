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

/** The file's bytes, or an InputError when it holds more than `max` bytes. Other fs errors are thrown as they are. */
export const readBounded = async (path: string, max: number): Promise<Buffer> => {
  const fd = await openForReading(path);
  try {
    let buf = Buffer.allocUnsafe(Math.min(FIRST, max + 1));
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
    // A copy of exactly the bytes, so the caller does not hold the buffer's unused end.
    return Buffer.from(buf.subarray(0, total));
  } finally {
    await close(fd);
  }
};

export const sizeName = (bytes: number): string => (bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`);
