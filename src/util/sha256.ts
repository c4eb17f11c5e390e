// sha256 of a string's UTF-8 bytes, as lower-case hex: the digests the CLAUDE.md block findings carry.
// @noble/hashes rather than node:crypto: these are a few kilobytes at most, and loading node:crypto (its keys,
// ciphers and streams) cost more of an offline command's start-up than hashing them in JavaScript.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The same bytes and hex as node:crypto's createHash('sha256').update(text).digest('hex'). */
export const sha256Hex = (text: string): string => bytesToHex(sha256(Buffer.from(text, 'utf8')));
