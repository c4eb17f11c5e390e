import { describe, expect, it } from 'vitest';
import { batches, mergeSql, selectSql, syncScript } from '../../src/registry/bigquery.js';
import { COLUMN_NAMES } from '../../src/registry/row.js';

describe('BigQuery statements', () => {
  it('MERGE names every column, binds rows/family/delete, and updates only when a column differs', () => {
    const sql = mergeSql('p.d.t');
    for (const c of COLUMN_NAMES) expect(sql).toContain(`s.${c}`);
    expect(sql.match(/@\w+/g)?.sort()).toEqual(['@delete', '@family', '@rows']);
    expect(sql).toMatch(/WHEN MATCHED AND \(t\.family IS DISTINCT FROM s\.family OR /);
    expect(sql).not.toMatch(/CURRENT_TIMESTAMP/);
    expect(selectSql('p.d.t')).toBe(`SELECT ${COLUMN_NAMES.join(', ')} FROM \`p.d.t\` ORDER BY model_id`);
  });

  it('splits rows into batches under the byte limit and never leaves a batch empty', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: i, pad: 'x'.repeat(100) }));
    const parts = batches(rows, 600);
    expect(parts.flat()).toEqual(rows);
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(parts.length).toBeGreaterThan(1);
    expect(batches([], 600)).toEqual([[]]);
  });

  it('the sync is one transaction script: MERGE, then the history (baseline only while it is empty), all values bound', () => {
    const direct = syncScript('p.d.t', 'p.d.t_history');
    expect(direct.split(';\n').map((st) => st.split(/\s/)[0])).toEqual(['BEGIN', 'MERGE', 'INSERT', 'COMMIT']);
    expect(direct.match(/@\w+/g)?.sort()).toEqual(['@delete', '@entries', '@family', '@rows']);
    expect(direct).toContain("WHERE (e.change <> 'baseline' OR NOT EXISTS (SELECT 1 FROM `p.d.t_history`))");
    const guarded = syncScript('p.d.t', 'p.d.t_history', { rows: 'params' }, true);
    expect(guarded.split(';\n').map((st) => st.split(/\s/)[0])).toEqual(['BEGIN', 'MERGE', 'ASSERT', 'INSERT', 'COMMIT']);
    expect(guarded).toContain(
      'ASSERT (SELECT COUNT(*) FROM `p.d.t_history`) = @seen OR EXISTS (SELECT 1 FROM `p.d.t_history` WHERE sync_id = @sync_id) AS ',
    );
    const staged = syncScript('p.d.t', 'p.d.t_history', { rows: 'p.d.s1', entries: 'p.d.s2' });
    expect(staged.match(/@\w+/g)?.sort()).toEqual(['@delete', '@family']);
    expect(staged).toContain('USING (SELECT DISTINCT * FROM `p.d.s1`) AS s');
    expect(staged).not.toMatch(/UPDATE `p\.d\.t_history`|DELETE FROM `p\.d\.t_history`/);
  });
});
