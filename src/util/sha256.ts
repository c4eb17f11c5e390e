// sha256 as lower-case hex: the digests the CLAUDE.md block findings carry, and the manifest's in a sync's history.
// @noble/hashes rather than node:crypto for small inputs: loading node:crypto (its keys, ciphers and streams) costs
// more of a command's start-up than hashing a few kilobytes in JavaScript; past that, node:crypto's native hash wins.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The same bytes and hex as node:crypto's createHash('sha256').update(text).digest('hex'). */
export const sha256Hex = (text: string): string => bytesToHex(sha256(Buffer.from(text, 'utf8')));

/** Up to this many bytes JavaScript hashes faster than node:crypto loads (a cold 64 KiB takes about as long as the load). */
export const JS_HASH_MAX_BYTES = 32 * 1024;

/** The same hex as node:crypto's createHash('sha256').update(bytes).digest('hex'), by either. */
export const sha256HexOfBytes = async (bytes: Uint8Array): Promise<string> => {
  if (bytes.byteLength <= JS_HASH_MAX_BYTES) return bytesToHex(sha256(bytes));
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
};
