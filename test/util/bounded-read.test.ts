import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readBounded } from '../../src/util/bounded-read.js';

const dir = mkdtempSync(join(tmpdir(), 'bounded-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const file = (name: string, bytes: Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff));

describe('readBounded', () => {
  it.each([0, 1, 100, 65_535, 65_536, 65_537, 300_000, 2_500_000])('reads a file of %i bytes exactly', async (n) => {
    const bytes = pattern(n);
    const got = await readBounded(file(`f${n}`, bytes), 4 * 1024 * 1024);
    expect(got.equals(bytes)).toBe(true);
    // Exactly the bytes: no unused end of a read buffer rides along.
    expect(got.length).toBe(n);
  });

  it('takes a file of exactly the limit, and refuses one byte more as bad input naming the file', async () => {
    expect((await readBounded(file('at', pattern(1000)), 1000)).length).toBe(1000);
    const over = file('over', pattern(1001));
    await expect(readBounded(over, 1000)).rejects.toBeInstanceOf(InputError);
    await expect(readBounded(over, 1000)).rejects.toThrow(over);
  });

  it('stops an endless file one byte past the limit', async () => {
    await expect(readBounded('/dev/zero', 200_000)).rejects.toThrow(/larger than/);
  });

  it('a small file costs no large buffer', async () => {
    const alloc = vi.spyOn(Buffer, 'allocUnsafe');
    await readBounded(file('small', pattern(2000)), 16 * 1024 * 1024);
    expect(Math.max(...alloc.mock.calls.map(([n]) => n))).toBeLessThanOrEqual(64 * 1024);
  });

  // The size stat() gave: one buffer of that size (and a byte more, to see the end) and no copy of the bytes.
  it('reads a file of the size it was told into one buffer, and still stops past the limit', async () => {
    const bytes = pattern(300_000);
    const alloc = vi.spyOn(Buffer, 'allocUnsafe');
    const got = await readBounded(file('sized', bytes), 4 * 1024 * 1024, bytes.length);
    expect(got.equals(bytes)).toBe(true);
    expect(got.length).toBe(bytes.length);
    expect(alloc.mock.calls.map(([n]) => n)).toEqual([bytes.length + 1]);
    // A file larger than it was said to be (it grew) is read whole; one past the limit still fails.
    expect((await readBounded(file('grew', bytes), 4 * 1024 * 1024, 1000)).equals(bytes)).toBe(true);
    await expect(readBounded(file('big', pattern(1001)), 1000, 5000)).rejects.toThrow(/larger than/);
    await expect(readBounded('/dev/zero', 200_000, 0)).rejects.toThrow(/larger than/);
  });

  it('passes other file-system errors through as they are', async () => {
    await expect(readBounded(join(dir, 'missing'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
