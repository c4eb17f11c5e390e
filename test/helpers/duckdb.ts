// Test-side access to a DuckDB registry file: seed rows as another writer would, and read them back.
import { DuckDBInstance } from '@duckdb/node-api';

export const withDuck = async <T>(path: string, fn: (c: Awaited<ReturnType<DuckDBInstance['connect']>>) => Promise<T>): Promise<T> => {
  const db = await DuckDBInstance.create(path);
  const c = await db.connect();
  try {
    return await fn(c);
  } finally {
    c.closeSync();
    db.closeSync();
  }
};

export const execSql = (path: string, sql: string, params: Record<string, string | number | boolean | null> = {}) =>
  withDuck(path, async (c) => {
    await c.run(sql, params);
  });

export const selectRows = (path: string, sql: string) => withDuck(path, async (c) => (await c.runAndReadAll(sql)).getRowObjectsJS());
