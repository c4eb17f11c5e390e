// Work handed to another thread in steps, each of which needs a turn of this thread's event loop: a DuckDB read
// opens, connects, prepares, and only then hands its query to DuckDB's threads. A long stretch of CPU here (the
// parse of a 10,000-model manifest) would hold the next step back, and the query would start only after it; once
// the query is handed over, it runs during that stretch instead.
import { allWithin } from './wait-capped.js';

const pending = new Set<Promise<void>>();

/** Starts a hand-off; call the returned function once the work is with the other thread (or will never be). */
export const handOff = (): (() => void) => {
  let done = (): void => {};
  const handed = new Promise<void>((ok) => {
    done = ok;
  });
  pending.add(handed);
  return () => {
    pending.delete(handed);
    done();
  };
};

/**
 * Resolves once the hand-offs started before it are done, or after `capMs` (a DuckDB file another process holds
 * locked is retried for seconds; the CPU work goes ahead then). Hand-offs started later are not waited for.
 */
export const handedOff = (capMs = 100): Promise<void> => allWithin([...pending], capMs);
