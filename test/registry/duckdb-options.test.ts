// The options every DuckDB registry opens with: DuckDB's thread pool leaves one core to this process's JavaScript
// thread. With a thread per core, DuckDB's workers competed with the JavaScript that reads their results: on 2 cores a
// 10,000-model apply took 973 ms of wall and 1,289 ms of CPU, against 888 and 1,145 with one thread.
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { openOptions } from '../../src/registry/duckdb.js';

const threads = String(Math.max(1, availableParallelism() - 1));

describe('DuckDB open options', () => {
  it('read-only for a read, a thread fewer than the cores, at least one', () => {
    expect(openOptions(true)).toStrictEqual({ access_mode: 'READ_ONLY', threads });
    expect(openOptions(false)).toStrictEqual({ threads });
  });

  it('are what DuckDB then runs with', async () => {
    const db = await DuckDBInstance.create(join(mkdtempSync(join(tmpdir(), 'mg-duck-')), 'r.duckdb'), openOptions(false));
    const c = await db.connect();
    const r = await c.runAndReadAll("SELECT current_setting('threads')");
    expect(String(r.getRows()[0]?.[0])).toBe(threads);
    c.closeSync();
    db.closeSync();
  });
});
