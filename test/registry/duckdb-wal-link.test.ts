// DuckDB writes `<file>.wal` beside the registry with an ordinary create, which follows a link: one planted in the
// checkout would put the write-ahead log (manifest strings included) wherever it points.
import { existsSync, lstatSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';

describe('a link planted at the DuckDB registry’s WAL name', () => {
  it('is refused (exit 2, naming it) before DuckDB opens the file; nothing is created where it points', async () => {
    const ws = workspace();
    const outside = join(mkdtempSync(join(tmpdir(), 'mg-wal-out-')), 'bash_aliases');
    symlinkSync(outside, `${ws.registry}.wal`);
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${ws.registry}.wal: is a symbolic link`);
    expect(existsSync(outside)).toBe(false);
    expect(lstatSync(`${ws.registry}.wal`).isSymbolicLink()).toBe(true);
  });
});
