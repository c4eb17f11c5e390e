// Map with at most `limit` calls in flight, keeping input order: many small reads at once, never hundreds.
export const mapLimit = async <T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i] as T, i);
      } catch (e) {
        failed = true; // start nothing new once the result is an error anyway
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

/** Runs `fn` once fewer than its limit are running, first come first served. */
export type Limiter = <R>(fn: () => Promise<R>) => Promise<R>;

/** At most `limit` calls of the returned function in flight at once, across every caller that shares it. */
export const limiter = (limit: number): Limiter => {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      return await fn();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const go = waiting.shift();
      if (go) go();
      else running--;
    }
  };
};

/** Takes `units` of a shared budget once enough are free; the returned function gives them back. */
export type Budget = (units: number) => Promise<() => void>;

/**
 * At most `total` units held at once, first come first served (a large request is not overtaken by small ones). A
 * request over the whole budget counts as the whole budget: it waits until nothing else is held, then runs alone.
 */
export const budget = (total: number): Budget => {
  let free = total;
  const waiting: { units: number; go: () => void }[] = [];
  const grant = () => {
    for (let w = waiting[0]; w && w.units <= free; w = waiting[0]) {
      waiting.shift();
      free -= w.units;
      w.go();
    }
  };
  return async (units) => {
    const n = Math.min(Math.max(0, units), total);
    if (waiting.length === 0 && n <= free) free -= n;
    else await new Promise<void>((go) => waiting.push({ units: n, go }));
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      free += n;
      grant();
    };
  };
};
