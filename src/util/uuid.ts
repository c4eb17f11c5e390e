// A random (version 4) UUID, as node:crypto's randomUUID makes one: 16 bytes of the kernel's CSPRNG with the version
// and variant bits set. Read from /dev/urandom, so a sync does not load node:crypto for its id (its keys, ciphers and
// streams: a few ms on a cold sync's critical path); node:crypto's own where there is no /dev/urandom (Windows). The
// bundle's @actions/core takes its output delimiters from randomUuidSync (scripts/build.mjs lazyActionsCore).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The UUID text of 16 random bytes (`b` is changed: version 4, RFC 9562 variant). */
export const uuidOf = (b: Uint8Array): string => {
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** 16 bytes of the kernel's CSPRNG from `path` (a test names another), or undefined where it is not that device. */
export const urandom = (path = '/dev/urandom'): Uint8Array | undefined => {
  let fd: number | undefined;
  try {
    // Non-blocking, and only a character device (followed through a link, as /dev/urandom may be in a chroot): a
    // regular file planted there would repeat its bytes in every id, and a FIFO would hold the open forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isCharacterDevice()) return undefined;
    const b = Buffer.alloc(16);
    return readSync(fd, b, 0, 16, null) === 16 ? b : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

export const randomUuid = async (): Promise<string> => {
  const b = urandom();
  if (b) return uuidOf(b);
  const { randomUUID } = await import('node:crypto');
  return randomUUID();
};

/** The same, for a caller that cannot wait: the action's @actions/core (Node 24; process.getBuiltinModule is 22.3+). */
export const randomUuidSync = (): string => {
  const b = urandom();
  return b ? uuidOf(b) : (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).randomUUID();
};
