// A DuckDB registry locked by a concurrent run is the environment (exit 3 naming the lock after a bounded wait), not a
// bad file (exit 2). The lock is real: a second node process holds the file open for writing.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, workspace } from '../helpers/cli.js';
import { selectRows } from '../helpers/duckdb.js';

// The waits are scaled down for the test that runs out of them (read once, when the retry module loads).
process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
const { runCli } = await import('../helpers/cli.js');

const HOLDER = `
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(process.argv[1]);
const c = await db.connect();
await c.run('CREATE TABLE IF NOT EXISTS held (x INTEGER)');
process.stdout.write('holding\\n');
process.stdin.on('data', () => {});
process.stdin.on('end', () => { c.closeSync(); db.closeSync(); process.exit(0); });
`;

let holder: ChildProcess | undefined;
afterEach(() => {
  holder?.kill();
  holder = undefined;
});

/** Start a process that opens `path` for writing and keeps DuckDB's lock until its stdin closes. */
const holdLock = async (path: string): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', HOLDER, path], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  holder = child;
  const [data] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  expect(data.toString()).toBe('holding\n');
  return child;
};

describe('DuckDB registry held by another process', () => {
  it('sync waits a bounded time, then exits 3 naming the lock; the file is untouched', async () => {
    const ws = workspace();
    await holdLock(ws.registry);
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`model-governance: DuckDB lock of ${ws.registry} failed: another process holds it (Could not set lock on file`);
    expect(r.err).toMatch(/\(PID \d+\)\); waited 10 times, run again once that process has finished/);
    holder?.stdin?.end();
    await once(holder as ChildProcess, 'exit');
    expect(
      await selectRows(ws.registry, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'model_registry'"),
    ).toEqual([{ n: 0n }]);
  });

  it('drift (a read) is refused the same way while a writer holds the file', async () => {
    const ws = workspace();
    await holdLock(ws.registry);
    const r = await runCli(['drift', '--config', ws.config]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`DuckDB lock of ${ws.registry} failed`);
  });

  it('sync goes ahead once the other process lets go within the wait', async () => {
    const ws = workspace();
    await holdLock(ws.registry);
    // The real waits this time (about 24 s at most), so a release after half a second falls inside them.
    process.env.MODEL_GOVERNANCE_RETRY_SCALE = '1';
    vi.resetModules();
    const cli = await import('../helpers/cli.js');
    const running = cli.runCli(['sync', '--config', ws.config]);
    await sleep(500);
    holder?.stdin?.end();
    const r = await running;
    expect(r.err).toContain('Applying plan to model_registry: 3 inserted');
    expect(r.code).toBe(0);
    expect((await selectRows(ws.registry, 'SELECT count(*) AS n FROM model_registry'))[0]?.n).toBeGreaterThan(0n);
  }, 60_000);
});
