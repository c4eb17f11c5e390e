// Forced interleavings of real processes. Each process is stopped at every query or request it makes (a hold in a
// stand-in) and released one stop at a time, in the order a schedule names: a race that depends on the order of
// two clients' round trips replays exactly, whatever the machine's timing.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { collect } from '../helpers/process.js';
import type { BigQueryStandIn } from '../standins/bigquery/index.js';

const GUARD = join(ROOT, 'test', 'setup', 'network-guard.ts');

export interface Exit {
  /** -1 when a signal ended it. */
  code: number;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}
export interface Proc {
  child: ChildProcess;
  exit: Promise<Exit>;
}

/** A node process on `entry` (a bundle), with the network guard preloaded and only `env` in its environment. */
export const spawnNode = (entry: string, args: string[], env: Record<string, string>): Proc => {
  const child = spawn(process.execPath, ['--no-warnings', '--import', GUARD, entry, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const exit = collect(child).then(({ code, signal, stdout, stderr }) => ({ code: code ?? -1, signal, out: stdout, err: stderr }));
  return { child, exit };
};

/** Where a process is stopped: one held query or request. */
export interface Stop {
  label: string;
  release(): void;
}

export interface Actor {
  /** One character, as schedules name it. */
  name: string;
  /** Start the process; resolves when it exits. */
  start(): Promise<unknown>;
  /** Its next stop. */
  next(): Promise<Stop>;
  /** Forget a pending next(): the process exited without another stop. */
  cancel?(): void;
}

const EXITED = Symbol('exited');

/**
 * Run the actors, releasing one stop at a time: at each step the actor the schedule names next (when it is stopped;
 * else the first stopped one), and once the schedule runs out, the stopped actors in turn. `sequential` starts each
 * actor only once the one before is stopped (or done), so stops whose query says nothing of who made it are still
 * attributed right. Returns the trace, e.g. ['A:SELECT', 'B:SELECT', 'A:MERGE', …].
 */
export const interleave = async (
  actors: Actor[],
  schedule: string,
  o: { sequential?: boolean; timeoutMs?: number } = {},
): Promise<string[]> => {
  const trace: string[] = [];
  const state = new Map<Actor, { stop?: Stop; done: boolean; exit?: Promise<unknown> }>(actors.map((a) => [a, { done: false }]));
  const advance = async (a: Actor): Promise<void> => {
    const s = state.get(a) as { stop?: Stop; done: boolean; exit: Promise<unknown> };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`interleave: ${a.name} neither stopped nor exited within ${o.timeoutMs ?? 20_000} ms; trace ${trace.join(' ')}`),
          ),
        o.timeoutMs ?? 20_000,
      );
    });
    try {
      const got = await Promise.race([a.next(), s.exit.then(() => EXITED), timeout]);
      if (got === EXITED) {
        a.cancel?.();
        s.done = true;
      } else s.stop = got as Stop;
    } finally {
      clearTimeout(timer);
    }
  };
  if (o.sequential) {
    for (const a of actors) {
      (state.get(a) as { exit?: Promise<unknown> }).exit = a.start();
      await advance(a);
    }
  } else {
    for (const a of actors) (state.get(a) as { exit?: Promise<unknown> }).exit = a.start();
    await Promise.all(actors.map(advance));
  }
  let i = 0;
  let turn = 0;
  for (;;) {
    const stopped = actors.filter((a) => state.get(a)?.stop);
    if (stopped.length === 0) break;
    const want = schedule[i++];
    const a =
      (want !== undefined ? stopped.find((x) => x.name === want) : undefined) ??
      (want !== undefined ? stopped[0] : stopped[turn++ % stopped.length]) ??
      (stopped[0] as Actor);
    const s = state.get(a) as { stop?: Stop };
    const stop = s.stop as Stop;
    s.stop = undefined;
    trace.push(`${a.name}:${stop.label}`);
    stop.release();
    await advance(a);
  }
  await Promise.all([...state.values()].map((s) => s.exit));
  return trace;
};

/** Every way to interleave `a` steps of A with `b` steps of B, as schedules ('AABB', 'ABAB', …). */
export const interleavings = (a: number, b: number): string[] =>
  a === 0 || b === 0
    ? ['A'.repeat(a) + 'B'.repeat(b)]
    : [...interleavings(a - 1, b).map((s) => `A${s}`), ...interleavings(a, b - 1).map((s) => `B${s}`)];

/**
 * Every query against one BigQuery table, held in the stand-in until released: the stops of the processes that
 * query it. Which process made a query is not in the query, so actors that share one must run one at a time.
 */
export class QueryStops {
  private queue: (Stop & { jobId: string })[] = [];
  private waiters: ((s: Stop & { jobId: string }) => void)[] = [];
  private open = false;

  /** `table` is project.dataset.table, as the SQL names it between backticks. */
  constructor(
    private bq: BigQueryStandIn,
    private table: string,
  ) {
    // Two armed at all times: the next one is in place before a released process can send its next query.
    this.arm();
    this.arm();
  }

  private arm(): void {
    const h = this.bq.hold((sql) => sql.includes(`\`${this.table}\``));
    void h.reached.then((q) => {
      if (this.open) return h.release();
      this.arm();
      const stop = { label: /^\s*(?:BEGIN TRANSACTION;\s*)?(\w+)/.exec(q.sql)?.[1] ?? 'query', jobId: q.jobId, release: h.release };
      const w = this.waiters.shift();
      if (w) w(stop);
      else this.queue.push(stop);
    });
  }

  /** Stop holding: queries from now on run at once (a follow-up run against the same table). */
  passThrough(): void {
    this.open = true;
    for (const s of this.queue.splice(0)) s.release();
  }

  next(): Promise<Stop & { jobId: string }> {
    const s = this.queue.shift();
    return s ? Promise.resolve(s) : new Promise((resolve) => this.waiters.push(resolve));
  }

  cancel(): void {
    this.waiters = [];
  }
}
