import { describe, expect, it } from 'vitest';
import { planCounts, planSync } from '../../src/checks/plan.js';
import { checkReason, refuseForeignIds, syncFindings } from '../../src/checks/sync-rules.js';
import { InputError } from '../../src/errors.js';
import type { ManifestRow, RegistryRow } from '../../src/registry/row.js';

const row = (id: string, family: string | null): RegistryRow =>
  ({ model_id: id, family, training_start_date: '2025-11-02', training_end_date: '2026-01-08' }) as unknown as RegistryRow;
// What a manifest produces: the same fields, family always set.
const want = (id: string, family: string): ManifestRow => row(id, family) as ManifestRow;

describe('syncFindings', () => {
  const all = [row('mine', 'f'), row('gone', 'f'), row('legacy', null), row('listed', null), row('theirs', 'g')];
  const ids = new Set(['mine', 'listed']);
  const plan = planSync('t', [want('mine', 'f'), want('listed', 'f')], [row('mine', 'f'), row('gone', 'f'), row('listed', null)], false);

  it('notes a row with no family the manifest does not list, and warns of each extra row kept', () => {
    expect(syncFindings('t', plan, all, ids, false).map((f) => [f.code, f.severity, f.model_id])).toEqual([
      ['registry.unowned', 'notice', 'legacy'],
      ['registry.extra', 'warning', 'gone'],
    ]);
  });

  it('says nothing of extra rows when --prune deletes them', () => {
    expect(syncFindings('t', plan, all, ids, true).map((f) => f.code)).toEqual(['registry.unowned']);
  });
});

describe('planCounts', () => {
  it('counts in the past for an applied plan and as what is to come for a dry run', () => {
    const p = { ...planSync('t', [want('a', 'f')], [row('b', 'f')], true), migrate: [{ name: 'metrics' as const, type: 'JSON' as const }] };
    expect(planCounts(p)).toBe('1 column added, 1 inserted, 0 updated, 0 unchanged, 1 deleted');
    expect(planCounts(p, 'planned')).toBe('1 column to add, 1 to insert, 0 to update, 0 unchanged, 1 to delete');
  });
});

describe('refuseForeignIds and checkReason', () => {
  it('refuses a model another family owns; a row with no family is adopted', () => {
    expect(() => refuseForeignIds('m.json', [want('x', 'f')], [row('x', 'g')], 'f')).toThrow(/model x already belongs to family "g"/);
    expect(() => refuseForeignIds('m.json', [want('x', 'f')], [row('x', null)], 'f')).not.toThrow();
  });

  it('keeps a reason of one plain line', () => {
    expect(checkReason(undefined)).toBeNull();
    expect(checkReason('rollback after the 51.2% week')).toBe('rollback after the 51.2% week');
    for (const bad of [' ', 'a\nb', 'x\u202e', 'y'.repeat(1001)]) expect(() => checkReason(bad)).toThrow(InputError);
  });
});
