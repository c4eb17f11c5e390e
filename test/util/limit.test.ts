// The shared limiter: never more than its limit in flight, every call runs, first come first served.
import { describe, expect, it } from 'vitest';
import { limiter } from '../../src/util/limit.js';

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
