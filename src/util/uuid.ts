// A random (version 4) UUID, as node:crypto's randomUUID makes one: 16 bytes of the kernel's CSPRNG with the version
// and variant bits set. Read from /dev/urandom, so a sync does not load node:crypto for its id (its keys, ciphers and
// streams: a few ms on a cold sync's critical path); node:crypto's own where there is no /dev/urandom (Windows).
import { closeSync, openSync, readSync } from 'node:fs';

/** The UUID text of 16 random bytes (`b` is changed: version 4, RFC 9562 variant). */
export const uuidOf = (b: Uint8Array): string => {
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const urandom = (): Uint8Array | undefined => {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
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
