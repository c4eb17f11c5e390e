// Types for build-cache.mjs, which the e2e tests import.
/** The cached build of the tree at `root` (built now if there is none); resolves to its directory. */
export declare const cachedBuild: (root: string) => Promise<string>;
/** A build made now, never a cached one; resolves to its directory and whether it became the cache's. */
export declare const freshBuild: (root: string) => Promise<{ dir: string; shared: boolean }>;
