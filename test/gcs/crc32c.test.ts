import { CRC32C } from '@google-cloud/storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FastCrc32c } from '../../src/gcs/crc32c.js';

const digest = (v: { update(b: Buffer): void; toString(): string }, chunks: Uint8Array[]) => {
  for (const c of chunks) v.update(Buffer.from(c));
  return v.toString();
};

describe('FastCrc32c', () => {
  it('gives the documented checksums', () => {
    expect(digest(new FastCrc32c(), [Buffer.from('data')])).toBe('rth90Q==');
    expect(digest(new FastCrc32c(), [Buffer.from('some '), Buffer.from('text\n')])).toBe('DkjKuA==');
    expect(digest(new FastCrc32c(), [])).toBe('AAAAAA==');
  });

  it('agrees with the client library on any bytes, however they are chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (chunks) => {
        const ours = digest(new FastCrc32c(), chunks);
        expect(ours).toBe(digest(new CRC32C(), chunks));
        expect(new FastCrc32c().validate(ours)).toBe(chunks.every((c) => c.length === 0));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('validates only its own value', () => {
    const v = new FastCrc32c();
    v.update(Buffer.from('data'));
    expect(v.validate('rth90Q==')).toBe(true);
    expect(v.validate('DkjKuA==')).toBe(false);
  });
});
