// A resource shared by key: made once for users at once or back to back, closed once after the last one.
import { describe, expect, it } from 'vitest';
import { runWide, withShared } from '../../src/util/shared.js';

const macrotask = () => new Promise((ok) => setImmediate(ok));

/** A resource factory that counts what it made and closed. */
const counting = () => {
  const made: number[] = [];
  const closed: number[] = [];
  return {
    made,
    closed,
    make: async () => {
      made.push(made.length);
      return made.length - 1;
    },
    close: async (n: number) => {
      closed.push(n);
    },
  };
};

describe('withShared', () => {
  it('users at once share one resource; it is closed once, after the last', async () => {
    const c = counting();
    const key = 'at-once';
    const seen = await Promise.all([1, 2, 3].map(() => withShared(key, c.make, c.close, async (n) => n)));
    expect(seen).toEqual([0, 0, 0]);
    expect(c.closed).toEqual([]);
    await macrotask();
    await macrotask();
    expect(c.made).toEqual([0]);
    expect(c.closed).toEqual([0]);
  });

  it('a user that starts as the previous one finishes reuses it; one that comes later gets a new one', async () => {
    const c = counting();
    const key = 'back-to-back';
    const first = await withShared(key, c.make, c.close, async (n) => n);
    const second = await withShared(key, c.make, c.close, async (n) => n);
    expect([first, second]).toEqual([0, 0]);
    await macrotask();
    await macrotask();
    const third = await withShared(key, c.make, c.close, async (n) => n);
    expect(third).toBe(1);
    await macrotask();
    await macrotask();
    expect(c.closed).toEqual([0, 1]);
  });

  it('different keys never share; a failing user still lets go', async () => {
    const c = counting();
    await expect(withShared('k1', c.make, c.close, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withShared('k2', c.make, c.close, async (n) => n)).toBe(1);
    await macrotask();
    await macrotask();
    expect([...c.closed].sort()).toEqual([0, 1]);
  });
});

describe('runWide', () => {
  it('makes one value per key for the run, whatever it is (undefined too), and keeps keys apart', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const a = runWide('test:a', make);
    expect(runWide('test:a', make)).toBe(a);
    expect(runWide('test:b', make)).not.toBe(a);
    expect(made).toBe(2);
    let undefinedMade = 0;
    runWide('test:u', () => void undefinedMade++);
    runWide('test:u', () => void undefinedMade++);
    expect(undefinedMade).toBe(1);
  });
});
