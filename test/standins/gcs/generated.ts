// Deterministic synthetic object bodies, so a test can serve a 1 GB object without a 1 GB Buffer.
// The bytes are the AES-128-CTR keystream for a key derived from the seed: native-speed, and any
// byte range can be produced directly (the CTR counter is the 16-byte block index), which makes
// Range requests cheap.
import { createCipheriv, createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Crc32c } from './crc32c.js';

const CHUNK = 1 << 20;
const ZEROS = Buffer.alloc(CHUNK + 16);

const keyFor = (seed: string): Buffer => createHash('sha256').update(`gcs-standin:${seed}`).digest().subarray(0, 16);

/** Bytes [start, end) of the synthetic object for `seed`, as a stream of ≤1 MiB chunks. */
export function generatedStream(seed: string, start: number, end: number): Readable {
  const block = Math.floor(start / 16);
  const iv = Buffer.alloc(16);
  iv.writeBigUInt64BE(BigInt(block), 8);
  const cipher = createCipheriv('aes-128-ctr', keyFor(seed), iv);
  let skip = start - block * 16;
  let pos = start;
  return new Readable({
    read() {
      if (pos >= end) {
        this.push(null);
        return;
      }
      const n = Math.min(CHUNK, end - pos);
      let out = cipher.update(ZEROS.subarray(0, n + skip));
      if (skip) {
        out = out.subarray(skip);
        skip = 0;
      }
      pos += n;
      this.push(out);
    },
  });
}

/** Whole synthetic body as one Buffer — only for small objects in assertions. */
export async function generatedBytes(seed: string, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of generatedStream(seed, 0, size)) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

export interface Hashes {
  crc32c: string;
  md5Hash: string;
}

// Hashing 1 GB takes seconds; tests re-create the same object often, so cache per (seed, size).
const cache = new Map<string, Promise<Hashes>>();

export function generatedHashes(seed: string, size: number): Promise<Hashes> {
  const key = `${size}:${seed}`;
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const crc = new Crc32c();
      const md5 = createHash('md5');
      for await (const c of generatedStream(seed, 0, size)) {
        crc.update(c as Buffer);
        md5.update(c as Buffer);
      }
      return { crc32c: crc.base64(), md5Hash: md5.digest('base64') };
    })();
    cache.set(key, p);
  }
  return p;
}
