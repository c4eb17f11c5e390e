// Held requests: a matching request waits (after it is logged, before faults and handling) until the test releases
// it, so concurrent clients can be forced into one interleaving, e.g. both have read "no pull request yet" before
// either opens one. One hold can also be a gate that catches every request of one token, to step a client through
// its requests one at a time.

export interface HoldSpec {
  method?: string;
  /** Decoded path (`/repos/o/r/pulls`), OpenAPI template (`/repos/{owner}/{repo}/pulls`) or RegExp on the path. */
  path?: string | RegExp;
  /** Only requests made with this token. */
  token?: string;
  /** How many matching requests it catches; default 1 (Infinity for a gate). Later matches pass. */
  times?: number;
}

export interface HeldRequest {
  method: string;
  path: string;
  operationId?: string;
  /** Let this one request go on. */
  release(): void;
}

export interface RequestHold {
  /** Resolves once `n` matching requests (default: `times`) have been caught. */
  reached(n?: number): Promise<void>;
  /** The next caught request not yet returned by next(), in arrival order. */
  next(): Promise<HeldRequest>;
  /** Let every caught request go, in arrival order, and catch no more. */
  release(): void;
  /** How many requests it has caught so far. */
  readonly held: number;
}

interface Entry {
  spec: HoldSpec;
  left: number;
  caught: HeldRequest[];
  handedOut: number;
  waiters: { n: number; resolve: () => void }[];
}

export class Holds {
  private list: Entry[] = [];

  add(spec: HoldSpec): RequestHold {
    const e: Entry = { spec, left: spec.times ?? 1, caught: [], handedOut: 0, waiters: [] };
    this.list.push(e);
    const reached = (n: number) =>
      e.caught.length >= n ? Promise.resolve() : new Promise<void>((resolve) => e.waiters.push({ n, resolve }));
    return {
      reached: (n = spec.times ?? 1) => reached(n),
      next: async () => {
        const i = e.handedOut++;
        await reached(i + 1);
        return e.caught[i] as HeldRequest;
      },
      release: () => {
        e.left = 0;
        for (const r of e.caught) r.release();
      },
      get held() {
        return e.caught.length;
      },
    };
  }

  /** Wait while the first armed hold matching this request has not released it. */
  async wait(r: { method: string; path: string; template?: string; operationId?: string; token?: string }): Promise<void> {
    const e = this.list.find(
      (h) =>
        h.left > 0 &&
        (!h.spec.method || h.spec.method.toUpperCase() === r.method) &&
        (h.spec.token === undefined || h.spec.token === r.token) &&
        (h.spec.path === undefined ||
          (typeof h.spec.path === 'string' ? h.spec.path === r.path || h.spec.path === r.template : h.spec.path.test(r.path))),
    );
    if (!e) return;
    e.left--;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    e.caught.push({ method: r.method, path: r.path, operationId: r.operationId, release });
    for (const w of e.waiters.filter((x) => e.caught.length >= x.n)) w.resolve();
    e.waiters = e.waiters.filter((x) => e.caught.length < x.n);
    await released;
  }

  /** Release everything (the server is closing). */
  clear(): void {
    for (const e of this.list) for (const r of e.caught) r.release();
    this.list = [];
  }
}
