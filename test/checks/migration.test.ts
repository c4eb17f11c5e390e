import { describe, expect, it } from 'vitest';
import {
  type Dialect,
  familyRows,
  missingColumns,
  missingNames,
  planMigration,
  type TableColumn,
  type TableColumns,
  unownedRows,
} from '../../src/checks/migration.js';
import { isEmptyPlan, type Plan, planCounts } from '../../src/checks/plan.js';
import { InputError } from '../../src/errors.js';
import { COLUMNS, type ManifestRow, type RegistryRow } from '../../src/registry/row.js';
import { planTable } from '../../src/report/markdown.js';
import { planText } from '../../src/report/text.js';

const ACCEPTED: Dialect = {
  types: {
    STRING: ['STRING'],
    INT64: ['INTEGER', 'INT64'],
    FLOAT64: ['FLOAT'],
    BOOL: ['BOOLEAN'],
    DATE: ['DATE'],
    TIMESTAMP: ['TIMESTAMP'],
    JSON: ['JSON'],
  },
  required: 'REQUIRED',
};
const LEGACY: Record<string, string> = { INT64: 'INTEGER', FLOAT64: 'FLOAT', BOOL: 'BOOLEAN' };
const col = (type: string, mode: TableColumn['mode'] = 'NULLABLE', hasDefault = false): TableColumn => ({ type, mode, hasDefault });
const table = (entries: [string, string | TableColumn][]): TableColumns =>
  new Map(entries.map(([n, c]) => [n, typeof c === 'string' ? col(c) : c]));
const full = table(COLUMNS.map(([n, t]) => [n, LEGACY[t] ?? t]));
/** The seeds' table: every registry column but family, file, gcs_path (and the newer metrics). */
const seeds = new Map([...full].filter(([n]) => !['family', 'file', 'gcs_path', 'metrics'].includes(n)));
const refusal = (have: TableColumns): string => {
  try {
    planMigration('bigquery:p.d.t', 'model_registry', have, ACCEPTED);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('planMigration accepted the table');
};

describe('planMigration', () => {
  it('adds exactly the missing columns, in registry column order, nullable', () => {
    expect(planMigration('x', 't', seeds, ACCEPTED).add).toEqual([
      { name: 'family', type: 'STRING' },
      { name: 'file', type: 'STRING' },
      { name: 'gcs_path', type: 'STRING' },
      { name: 'metrics', type: 'JSON' },
    ]);
  });

  it('plans nothing for a table that has every column', () => {
    expect(planMigration('x', 't', full, ACCEPTED)).toEqual({ add: [], foreign: [] });
  });

  it('keeps columns that are not ours, and never adds or drops them', () => {
    const theirs = new Map([...full, ['team_owner', col('STRING')], ['a_score', col('FLOAT')]]);
    const m = planMigration('x', 't', theirs, ACCEPTED);
    expect(m.add).toEqual([]);
    expect(m.foreign).toEqual(['a_score', 'team_owner']);
  });

  it('accepts each type spelling the backend reports, and refuses a wrong type naming the column (exit 2)', () => {
    expect(planMigration('x', 't', new Map([...full, ['feature_count', col('INT64')]]), ACCEPTED).add).toEqual([]);
    const wrong = new Map([...full, ['training_end_date', col('STRING')], ['metrics', col('STRING')]]);
    expect(refusal(wrong)).toBe(
      'bigquery:p.d.t: table model_registry has column training_end_date of type STRING (expected DATE), column metrics of type STRING (expected JSON); --migrate only adds columns, it never changes a type',
    );
  });

  it('matches column names in any case, as both backends do: Status is our status, never added again nor foreign', () => {
    const recased = table([...seeds].map(([n, c]): [string, TableColumn] => [n === 'status' ? 'Status' : n.toUpperCase(), c]));
    const m = planMigration('x', 't', recased, ACCEPTED);
    expect(m.add.map((c) => c.name)).toEqual(['family', 'file', 'gcs_path', 'metrics']);
    expect(m.foreign).toEqual([]);
    // A wrong type is found whatever the spelling, and named as ours.
    expect(refusal(new Map([...full].map(([n, c]) => (n === 'status' ? ['STATUS', col('INTEGER')] : [n, c]))))).toMatch(
      /has column status of type INTEGER \(expected STRING\)/,
    );
    expect(missingNames(['SEQ', 'Model_Id'], ['model_id', 'seq', 'change'])).toEqual(['change']);
  });

  it('refuses a column not ours that is required with no default: the sync inserts rows without it', () => {
    expect(refusal(new Map([...seeds, ['owner', col('STRING', 'REQUIRED')]]))).toBe(
      'bigquery:p.d.t: table model_registry has column owner REQUIRED with no default: the sync inserts rows without it; --migrate never changes an existing column: change it first (nothing was written)',
    );
    // With a default the backend fills it on insert: adopted, and kept as a column not ours.
    const m = planMigration('x', 't', new Map([...seeds, ['owner', col('STRING', 'REQUIRED', true)]]), ACCEPTED);
    expect(m.foreign).toEqual(['owner']);
    expect(m.add).toHaveLength(4);
    // A nullable or a REPEATED column not ours is never written either: fine.
    expect(planMigration('x', 't', new Map([...full, ['tags', col('STRING', 'REPEATED')]]), ACCEPTED).foreign).toEqual(['tags']);
  });

  it('refuses a column of ours the sync cannot write as it is: REPEATED, or required where the manifest may have no value', () => {
    const msg = refusal(new Map([...full, ['notes', col('STRING', 'REPEATED')], ['promoted_at', col('DATE', 'REQUIRED', true)]]));
    expect(msg).toBe(
      'bigquery:p.d.t: table model_registry has column notes REPEATED: the sync writes one value, not an array, column promoted_at REQUIRED: the sync writes NULL into it when the manifest has no value; --migrate never changes an existing column: change them first (nothing was written)',
    );
    expect(msg).not.toContain('\n');
    // Our always-filled columns may be required (the tables we create say so).
    const strict = new Map([...full].map(([n, c]) => [n, COLUMNS.find(([k]) => k === n)?.[2] ? { ...c, mode: 'REQUIRED' as const } : c]));
    expect(planMigration('x', 't', strict, ACCEPTED)).toEqual({ add: [], foreign: [] });
  });

  it('without --migrate: one line naming the missing columns and the flag', () => {
    const e = missingColumns('reg.duckdb', 'model_registry', planMigration('x', 't', seeds, ACCEPTED).add);
    expect(e.message).toBe(
      'reg.duckdb: table model_registry has no column family, file, gcs_path, metrics; sync --migrate adds them (ALTER TABLE ADD COLUMN, nothing dropped or changed)',
    );
    expect(e.message).not.toContain('\n');
  });
});

const row = (id: string, family: string | null): RegistryRow => ({ model_id: id, family }) as unknown as RegistryRow;
const desiredRow = (id: string, family: string): ManifestRow => row(id, family) as ManifestRow;

describe('adopting rows with no family', () => {
  const all = [row('a', 'f'), row('b', null), row('c', null), row('d', 'g')];
  it('a family plans against its own rows and the unowned rows its manifest lists', () => {
    expect(familyRows(all, 'f', new Set(['a', 'b'])).map((r) => r.model_id)).toEqual(['a', 'b']);
    expect(familyRows(all, 'g', new Set(['d'])).map((r) => r.model_id)).toEqual(['d']);
  });
  it('an unowned row no manifest lists stays nobody’s (never extra, never pruned)', () => {
    expect(unownedRows(all, new Set(['a', 'b'])).map((r) => r.model_id)).toEqual(['c']);
  });
});

describe('a plan with a migration', () => {
  const plan: Plan = {
    migrate: [
      { name: 'family', type: 'STRING' },
      { name: 'metrics', type: 'JSON' },
    ],
    table: 'model_registry',
    insert: [],
    update: [{ row: desiredRow('m1', 'f'), changes: [{ field: 'family', old: null, new: 'f' }] }],
    unchanged: [],
    extra: [],
    delete: [],
  };
  it('is not empty, counts the columns, and shows them first (text, markdown, JSON)', () => {
    expect(isEmptyPlan({ ...plan, update: [] })).toBe(false);
    expect(isEmptyPlan({ ...plan, migrate: [], update: [] })).toBe(true);
    expect(planCounts(plan)).toBe('2 columns added, 0 inserted, 1 updated, 0 unchanged');
    expect(planText(plan).slice(0, 4)).toEqual([
      'Plan for model_registry:',
      '  + column    family STRING (ALTER TABLE ADD COLUMN)',
      '  + column    metrics JSON (ALTER TABLE ADD COLUMN)',
      '  ~ update    m1',
    ]);
    expect(planTable(plan).split('\n').slice(2, 5)).toEqual([
      '| add column | | family STRING |',
      '| add column | | metrics JSON |',
      '| update | m1 | family: NULL → f |',
    ]);
    expect(Object.keys(JSON.parse(JSON.stringify(plan)))[0]).toBe('migrate');
  });
});
