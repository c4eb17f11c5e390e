// Lines of tasks running at once come out as if the tasks ran one after another.
import { describe, expect, it } from 'vitest';
import { orderedLog } from '../../src/util/ordered-log.js';

describe('orderedLog', () => {
  it('passes the first unfinished task through and holds the rest until those before them finish', () => {
    const out: string[] = [];
    const log = orderedLog(3, (l) => out.push(l));
    log.of(2)('c1');
    log.of(1)('b1');
    log.of(0)('a1');
    expect(out).toEqual(['a1']);
    log.done(2);
    log.of(1)('b2');
    expect(out).toEqual(['a1']);
    log.done(0);
    expect(out).toEqual(['a1', 'b1', 'b2']);
    log.of(1)('b3');
    expect(out).toEqual(['a1', 'b1', 'b2', 'b3']);
    log.done(1);
    expect(out).toEqual(['a1', 'b1', 'b2', 'b3', 'c1']);
  });

  it('prints the same lines whatever order the tasks finish in', () => {
    const run = (finishOrder: number[]) => {
      const out: string[] = [];
      const log = orderedLog(4, (l) => out.push(l));
      for (const i of finishOrder) {
        log.of(i)(`task ${i} line 1`);
        log.of(i)(`task ${i} line 2`);
        log.done(i);
      }
      return out;
    };
    const expected = run([0, 1, 2, 3]);
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ])
      expect(run(order)).toEqual(expected);
  });
});
