import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomUuid, randomUuidSync, urandom, uuidOf } from '../../src/util/uuid.js';

// What node:crypto's randomUUID gives: lower-case hex, version 4, RFC 9562 variant.
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidOf', () => {
  it('sets the version and variant bits and keeps every other bit', () => {
    expect(uuidOf(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidOf(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidOf(Uint8Array.from({ length: 16 }, (_, i) => i * 17))).toBe('00112233-4455-4677-8899-aabbccddeeff');
  });
});

describe('randomUuid', () => {
  it('is a version 4 UUID, different every time', async () => {
    const ids = await Promise.all(Array.from({ length: 200 }, () => randomUuid()));
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('randomUuidSync', () => {
  it('is a version 4 UUID, different every time', () => {
    const ids = Array.from({ length: 200 }, () => randomUuidSync());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('urandom', () => {
  it('reads 16 bytes from the device, and refuses a regular file planted in its place', () => {
    expect(urandom()).toHaveLength(16);
    const dir = mkdtempSync(join(tmpdir(), 'mg-urandom-'));
    try {
      const planted = join(dir, 'urandom');
      writeFileSync(planted, Buffer.alloc(64, 7));
      expect(urandom(planted)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
