import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JS_HASH_MAX_BYTES, sha256Hex, sha256HexOfBytes } from '../../src/util/sha256.js';

const node = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('is sha256 of the empty string', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  // Around the 64-byte block and its 55/56-byte padding edges, multi-block, and UTF-8 of 2-, 3- and 4-byte characters.
  const inputs = [
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(63),
    'a'.repeat(64),
    'a'.repeat(65),
    'x'.repeat(10_000),
    JSON.stringify(['<!-- MODEL -->\n| a | b |\n', 'catboost_v9 ✓']),
    'catbооst', // Cyrillic о
    'modèle — naïve 模型 🚀',
    '\u{1F600}'.repeat(40),
    'line\r\nend\0nul',
    'lone \ud800 surrogate',
  ];
  it.each(inputs.map((s) => [s.length > 40 ? `${s.slice(0, 20)}… (${s.length})` : s, s]))('matches node:crypto: %s', (_, s) => {
    expect(sha256Hex(s)).toBe(node(s));
  });
});

describe('sha256HexOfBytes', () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
  // Either side of the size where it changes from JavaScript to node:crypto, a block edge, and a view into a buffer.
  const sizes = [0, 1, 55, 56, 64, JS_HASH_MAX_BYTES - 1, JS_HASH_MAX_BYTES, JS_HASH_MAX_BYTES + 1, 1024 * 1024];
  it.each(sizes)('matches node:crypto for %i bytes', async (n) => {
    const b = bytes(n);
    expect(await sha256HexOfBytes(b)).toBe(createHash('sha256').update(b).digest('hex'));
  });
  it('hashes only the view it is given', async () => {
    const whole = bytes(300);
    const view = whole.subarray(10, 200);
    expect(await sha256HexOfBytes(view)).toBe(
      createHash('sha256')
        .update(Buffer.from(whole.subarray(10, 200)))
        .digest('hex'),
    );
  });
});
