import { describe, expect, it } from 'vitest';
import { addColumnsSql, batches, mergeSql, selectSql, syncScript } from '../../src/registry/bigquery.js';
import { COLUMN_NAMES } from '../../src/registry/row.js';

describe('BigQuery statements', () => {
  it('MERGE names every column, binds rows/family/delete, and updates only when a column differs', () => {
    const sql = mergeSql('p.d.t');
    for (const c of COLUMN_NAMES) expect(sql).toContain(`s.${c}`);
    expect(sql.match(/@\w+/g)?.sort()).toEqual(['@delete', '@family', '@rows']);
    expect(sql).toMatch(/WHEN MATCHED AND \(t\.family IS DISTINCT FROM s\.family OR /);
    expect(sql).not.toMatch(/CURRENT_TIMESTAMP/);
    // Every column under our own alias, so a table that spells a column `Status` still reads as `status`.
    const plain = COLUMN_NAMES.filter((c) => c !== 'metrics').map((c) => `${c} AS ${c}`);
    expect(selectSql('p.d.t')).toBe(`SELECT ${plain.join(', ')}, TO_JSON_STRING(metrics) AS metrics FROM \`p.d.t\` ORDER BY model_id`);
  });

  it('the JSON column travels as text: parsed where it is stored, compared as BigQuery serializes both sides', () => {
    const sql = mergeSql('p.d.t');
    expect(sql).toContain("TO_JSON_STRING(t.metrics) IS DISTINCT FROM TO_JSON_STRING(PARSE_JSON(s.metrics, wide_number_mode => 'round'))");
    expect(sql).toContain("metrics = PARSE_JSON(s.metrics, wide_number_mode => 'round')");
    expect(sql).not.toMatch(/t\.metrics IS DISTINCT FROM s\.metrics/);
  });

  it('reads a column the table lacks as NULL, and adds columns in one additive statement', () => {
    expect(selectSql('p.d.t', (n) => n !== 'family' && n !== 'metrics')).toContain('notes AS notes, NULL AS metrics FROM');
    expect(selectSql('p.d.t', (n) => n !== 'family')).toContain('model_id AS model_id, NULL AS family, model_version AS model_version');
    expect(
      addColumnsSql('p.d.t', [
        { name: 'family', type: 'STRING' },
        { name: 'metrics', type: 'JSON' },
      ]),
    ).toBe('ALTER TABLE `p.d.t` ADD COLUMN IF NOT EXISTS family STRING, ADD COLUMN IF NOT EXISTS metrics JSON');
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
