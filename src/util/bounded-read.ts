// Read a user's file, but never more than its limit. A size from stat() is no bound: /dev/zero, a FIFO or a
// /proc file reports 0 and then streams forever, and a file can grow between stat() and read(). So the read itself
// stops one byte past the limit, and that byte means "too large" (bad input, exit 2), never an out-of-memory abort.
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';

const CHUNK = 1 << 20;

/** The file's bytes, or an InputError when it holds more than `max` bytes. Other fs errors are thrown as they are. */
export const readBounded = async (path: string, max: number): Promise<Buffer> => {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw InputError.at(path, `is larger than ${sizeName(max)}, the limit for this file`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
};

export const sizeName = (bytes: number): string => (bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`);
