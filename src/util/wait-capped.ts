// Waiting for work on other threads or sockets, but never longer than a cap: an ordering hint, not a dependency.

/** Resolves once every promise has resolved, or after `capMs`, whichever comes first (the timer keeps no run alive). */
export const allWithin = async (waiting: Promise<unknown>[], capMs: number): Promise<void> => {
  if (waiting.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(waiting),
    new Promise<void>((ok) => {
      timer = setTimeout(ok, capMs).unref();
    }),
  ]);
  clearTimeout(timer);
};
