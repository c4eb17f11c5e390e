// One resource for every user of a run that asks with the same key, closed when the last one lets go.

interface Entry<T> {
  value: Promise<T>;
  users: number;
  closing?: NodeJS.Immediate;
}

const shared = new Map<string, Entry<unknown>>();

/**
 * Use the resource for `key` (made by `make` when there is none), then let it go. The last user's release closes it
 * one macrotask later, unless a next user took it in between: a task that waited for the same resource starts right
 * as the previous one finishes, and then reuses it instead of making another.
 */
export const withShared = async <T, R>(
  key: string,
  make: () => Promise<T>,
  close: (value: T) => Promise<void>,
  use: (value: T) => Promise<R>,
): Promise<R> => {
  let entry = shared.get(key) as Entry<T> | undefined;
  if (!entry) {
    entry = { value: make(), users: 0 };
    shared.set(key, entry as Entry<unknown>);
  }
  const mine = entry;
  if (mine.closing) clearImmediate(mine.closing);
  mine.closing = undefined;
  mine.users++;
  try {
    return await use(await mine.value);
  } finally {
    mine.users--;
    if (mine.users === 0)
      mine.closing = setImmediate(() => {
        if (mine.users > 0 || shared.get(key) !== (mine as Entry<unknown>)) return;
        shared.delete(key);
        mine.value.then(close).catch(() => undefined);
      });
  }
};

const kept = new Map<string, unknown>();

/**
 * The one value for `key` for the whole run, made by `make` on first use and never closed: for clients that hold no
 * connection of their own to close (their sockets belong to node's agent), shared so that each is built once.
 */
export const runWide = <T>(key: string, make: () => T): T => {
  if (!kept.has(key)) kept.set(key, make());
  return kept.get(key) as T;
};
