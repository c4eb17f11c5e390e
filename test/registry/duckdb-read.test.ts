// The DuckDB registry reads each row as one JSON text (duckdb-read.ts). Every value must come back as the cell-by-cell
// client conversion gives it: doubles exactly (including -0, subnormals and the non-finite values JSON cannot hold),
// BIGINT as Number(bigint), strings byte for byte, dates and timestamps in the canonical forms.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSync } from '../../src/checks/plan.js';
import { duckdbRegistry, ONE_READ, TABLE } from '../../src/registry/duckdb.js';
import { rowReader } from '../../src/registry/duckdb-read.js';
import { COLUMNS, type ManifestRow } from '../../src/registry/row.js';
import { execSql, selectRows, withDuck } from '../helpers/duckdb.js';

const row = (id: string): ManifestRow => ({
  model_id: id,
  family: 'fam',
  model_version: null,
  file: `${id}.cbm`,
  gcs_path: `gs://bucket/${id}.cbm`,
  feature_count: 33,
  training_start_date: '0001-01-01',
  training_end_date: '9999-12-31',
  eval_start_date: null,
  eval_end_date: null,
  status: 'candidate',
  is_production: false,
  sha256: 'a'.repeat(64),
  hit_rate_edge_3plus: 0.1,
  evaluation_mae: 4.82,
  graded_edge_3plus_n: null,
  created_at: '2026-02-04T00:10:15.120Z',
  promoted_at: null,
  notes: 'quote " backslash \\ tab\t newline\n U+2028 \u2028 emoji 😀 NUL-free',
  // The extra metrics, in the canonical text the row mapping writes (a JSON value read back as text, not an object).
  metrics: id === 'a' ? null : '{"nested":{"a":[1,-0.5,"\\u2028"]},"vegas_bias":0.4}',
});

describe('reading DuckDB registry rows as JSON', () => {
  it('gives back every value exactly as the cell-by-cell conversion does', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-read-')), 'r.duckdb');
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const reg = duckdbRegistry(path);
    await reg.apply(planSync(reg.name, ids.map(row), [], false), 'fam');
    // Values no manifest can hold, as another writer could leave them.
    const set = async (id: string, col: string, expr: string) =>
      execSql(path, `UPDATE model_registry SET ${col} = ${expr} WHERE model_id = $id`, { id });
    await set('a', 'hit_rate_edge_3plus', "'nan'::DOUBLE");
    await set('b', 'hit_rate_edge_3plus', "'inf'::DOUBLE");
    await set('c', 'hit_rate_edge_3plus', "'-inf'::DOUBLE");
    await set('d', 'hit_rate_edge_3plus', "'-0'::DOUBLE");
    await set('e', 'hit_rate_edge_3plus', '5e-324');
    await set('e', 'evaluation_mae', '1.7976931348623157e308');
    await set('f', 'feature_count', '9007199254740993');
    await set('f', 'evaluation_mae', '0.30000000000000004');

    const got = await reg.read();
    const cells = await selectRows(path, 'SELECT * FROM model_registry ORDER BY model_id');
    expect(got.map((r) => r.model_id)).toEqual(ids);
    for (const [i, r] of got.entries()) {
      const c = cells[i] as Record<string, unknown>;
      for (const n of ['hit_rate_edge_3plus', 'evaluation_mae'] as const) expect(Object.is(r[n], c[n])).toBe(true);
      expect(r.feature_count).toBe(Number(c.feature_count));
      expect(r.notes).toBe(c.notes);
    }
    expect(Object.is(got[3]?.hit_rate_edge_3plus, -0)).toBe(true);
    expect(got[0]?.hit_rate_edge_3plus).toBeNaN();
    expect(got[1]?.hit_rate_edge_3plus).toBe(Number.POSITIVE_INFINITY);
    expect(got[2]?.hit_rate_edge_3plus).toBe(Number.NEGATIVE_INFINITY);
    expect(got[5]?.feature_count).toBe(9007199254740992);
    // Untouched columns are the rows as written, in the canonical forms.
    expect({ ...got[5], feature_count: 33, evaluation_mae: 4.82 }).toEqual(row('f'));
    expect(Object.keys(got[0] ?? {})).toEqual(Object.keys(row('a')));
  });

  // The rows are read chunk by chunk (DuckDB's chunks hold 2,048 rows): across chunk boundaries every row must come
  // back once, in model_id order, whatever order they were written in; and the same through the --migrate read.
  it('reads every row once and in model_id order across chunks', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-read-')), 'r.duckdb');
    const reg = duckdbRegistry(path);
    const n = 2048 * 2 + 3;
    const ids = Array.from({ length: n }, (_, i) => `m${String((i * 7919) % n).padStart(5, '0')}`);
    await reg.apply(planSync(reg.name, ids.slice(0, 2049).map(row), [], false), 'fam');
    await reg.apply(planSync(reg.name, ids.map(row), await reg.read(), false), 'fam');
    const sorted = [...ids].sort();
    const got = await reg.read();
    expect(got.map((r) => r.model_id)).toEqual(sorted);
    expect(got[n - 1]).toEqual(row(sorted[n - 1] as string));
    await execSql(path, 'ALTER TABLE model_registry DROP COLUMN notes');
    const migrated = await reg.read({ migrate: true });
    expect(migrated.map((r) => r.model_id)).toEqual(sorted);
    expect(migrated[n - 1]).toEqual({ ...row(sorted[n - 1] as string), notes: null });
  }, 60_000);

  // A read is one statement when the table has our columns; when that statement fails, the read falls back to two
  // and still returns the rows, so only this shows the one statement binds: its column rows, then the rows.
  it('reads the columns and the rows in one statement', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-read-')), 'r.duckdb');
    const reg = duckdbRegistry(path);
    const ids = ['b', 'a', 'c'];
    await reg.apply(planSync(reg.name, ids.map(row), [], false), 'fam');
    const got = await withDuck(path, async (c) => (await c.runAndReadAll(ONE_READ, { t: TABLE })).getRows());
    const columns = got.filter(([k]) => Number(k) === 0);
    expect(columns.map(([, j]) => (JSON.parse(String(j)) as string[])[0])).toEqual(COLUMNS.map(([n]) => n));
    const rows = got.filter(([k]) => Number(k) === 1).map(([, j]) => JSON.parse(String(j)) as { model_id: string });
    expect(rows.map((r) => r.model_id)).toEqual(['a', 'b', 'c']);
  });

  // The reader visits only the metrics and double columns of each row; a column missing from the texts (never, from
  // DuckDB's to_json of one struct) still reads as NULL in every row, as the loop over all columns gave it.
  it('restores metrics and non-finite doubles, and fills a missing column in every row', () => {
    const columns = [
      ['model_id', 'STRING'],
      ['mae', 'FLOAT64'],
      ['notes', 'STRING'],
      ['metrics', 'JSON'],
    ] as const;
    const read = rowReader<Record<string, unknown>>(columns);
    expect(read('{"model_id":"a","mae":"-inf","notes":"n","metrics":"{\\"b\\": 1, \\"a\\": [2]}"}')).toEqual({
      model_id: 'a',
      mae: Number.NEGATIVE_INFINITY,
      notes: 'n',
      metrics: '{"a":[2],"b":1}',
    });
    expect(read('{"model_id":"b","mae":1.5,"notes":null,"metrics":null}')).toEqual({ model_id: 'b', mae: 1.5, notes: null, metrics: null });
    const partial = rowReader<Record<string, unknown>>(columns);
    expect(partial('{"model_id":"a","mae":"nan"}')).toEqual({ model_id: 'a', mae: Number.NaN, notes: null, metrics: null });
    expect(partial('{"model_id":"b","mae":2,"notes":"x"}')).toEqual({ model_id: 'b', mae: 2, notes: 'x', metrics: null });
  });
});
