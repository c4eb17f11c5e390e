// A DuckDB registry on a full filesystem is the environment (exit 3), not a bad file (exit 2). The disk is a real tmpfs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';
import { canMount, mountTmpfs } from '../helpers/mount.js';

describe.skipIf(!canMount)('DuckDB registry on a full filesystem', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => {
    unmount?.();
    unmount = undefined;
  });

  it('sync exits 3 naming DuckDB and the full disk', async () => {
    const ws = workspace();
    const dir = join(ws.dir, 'db');
    mkdirSync(dir);
    unmount = mountTmpfs(dir, 'size=16k');
    try {
      writeFileSync(join(dir, 'filler'), Buffer.alloc(64 * 1024, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const registry = join(dir, 'registry.duckdb');
    const r = await runCli(['sync', '--config', ws.config, '--registry', `duckdb:${registry}`]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`model-governance: DuckDB open of ${registry} failed: `);
    expect(r.err).toContain('No space left on device');
  });
});
