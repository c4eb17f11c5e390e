// handedOff: resolves once the hand-offs started so far are done, or at its cap; later ones are not waited for.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSync } from '../../src/checks/plan.js';
import { duckdbRegistry } from '../../src/registry/duckdb.js';
import { handedOff, handOff } from '../../src/util/handoff.js';

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await new Promise<void>((ok) => setImmediate(ok));
  return done;
};

describe('handedOff', () => {
  it('resolves at once when nothing is being handed off', async () => {
    expect(await settled(handedOff(60_000))).toBe(true);
  });

  it('waits for the hand-offs started before it, not for later ones', async () => {
    const first = handOff();
    const waiting = handedOff(60_000);
    const later = handOff();
    expect(await settled(waiting)).toBe(false);
    first();
    expect(await settled(waiting)).toBe(true);
    later();
    // Done twice is done once.
    later();
    expect(await settled(handedOff(60_000))).toBe(true);
  });

  it('gives up waiting at its cap', async () => {
    const stuck = handOff();
    try {
      // Resolves (the test would time out otherwise) while the hand-off is still pending.
      await handedOff(20);
      expect(await settled(handedOff(60_000))).toBe(false);
    } finally {
      stuck();
    }
  });

  // A DuckDB read hands its query over (or fails, or finds no file) and is done; it never leaves a wait behind.
  it('is done once a DuckDB read has its query with DuckDB, or has ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-handoff-'));
    const absent = duckdbRegistry(join(dir, 'none.duckdb'));
    await absent.read();
    expect(await settled(handedOff(60_000))).toBe(true);
    const reg = duckdbRegistry(join(dir, 'r.duckdb'));
    await reg.apply(planSync(reg.name, [], [], false), 'fam');
    const read = reg.read();
    await handedOff(60_000);
    expect(await read).toEqual([]);
    expect(await settled(handedOff(60_000))).toBe(true);
  });
});
