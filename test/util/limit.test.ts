// The shared limiter and the byte budget: never more than their limit in flight, every call runs, first come first served.
import { describe, expect, it } from 'vitest';
import { budget, limiter } from '../../src/util/limit.js';

/** A call that finishes when the test says so. */
const deferred = () => {
  let finish = () => {};
  const done = new Promise<void>((ok) => {
    finish = ok;
  });
  return { done, finish };
};
const settle = () => new Promise((ok) => setImmediate(ok));

describe('limiter', () => {
  it('holds calls beyond the limit until one finishes, then starts them in the order they came', async () => {
    const limit = limiter(3);
    const calls = Array.from({ length: 8 }, deferred);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const all = Promise.all(
      calls.map((c, i) =>
        limit(async () => {
          started.push(i);
          most = Math.max(most, ++running);
          await c.done;
          running--;
          return i;
        }),
      ),
    );
    await settle();
    expect(started).toEqual([0, 1, 2]);
    calls[1]?.finish();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const c of calls) c.finish();
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('a failed call frees its slot and its error reaches only its caller', async () => {
    const limit = limiter(1);
    const failing = limit(() => Promise.reject(new Error('boom')));
    const next = limit(async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });
});

describe('budget', () => {
  it('grants in order while the units fit, and never holds more than the total', async () => {
    const take = budget(10);
    const granted: string[] = [];
    const ask = async (name: string, units: number) => {
      const release = await take(units);
      granted.push(name);
      return release;
    };
    const a = await ask('a', 6);
    const b = ask('b', 5); // does not fit beside a
    const c = ask('c', 1); // would fit, but b asked first: no overtaking
    await settle();
    expect(granted).toEqual(['a']);
    a();
    const [rb, rc] = await Promise.all([b, c]);
    expect(granted).toEqual(['a', 'b', 'c']);
    rb();
    rc();
  });

  it('counts a request over the total as the whole budget: it waits for the rest, then holds it alone', async () => {
    const take = budget(10);
    const small = await take(3);
    const got = new Set<string>();
    const ask = async (name: string, units: number) => {
      const release = await take(units);
      got.add(name);
      return release;
    };
    const big = ask('big', 50);
    await settle();
    expect(got.has('big')).toBe(false);
    small();
    const releaseBig = await big;
    const next = ask('next', 1);
    await settle();
    expect(got.has('next')).toBe(false);
    releaseBig();
    (await next)();
    expect(got.has('next')).toBe(true);
  });

  it('gives units back once however often release is called', async () => {
    const take = budget(4);
    const r = await take(4);
    r();
    r();
    const a = await take(4);
    let second = false;
    const next = take(1).then((release) => {
      second = true;
      return release;
    });
    await settle();
    expect(second).toBe(false); // a second release of r gave nothing back twice
    a();
    (await next)();
  });
});
