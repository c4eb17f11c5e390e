// Adopting an existing registry table: which of our columns it lacks (sync --migrate adds them), which of them has a
// type we cannot write, and which columns are not ours (kept, never written). Pure: the adapters read the table's
// columns and their backend's type names; this decides.
import { InputError } from '../errors.js';
import { COLUMNS, type Column, type ColumnType, type RegistryRow } from '../registry/row.js';

/** One `ALTER TABLE … ADD COLUMN`: always nullable (a column added to a table with rows has no value yet). */
export interface ColumnAdd {
  name: Column;
  type: ColumnType;
}

/** A table's columns as its backend names them: column name → type name (upper case). */
export type TableColumns = ReadonlyMap<string, string>;

/** The backend type names each of our column types accepts (a table someone else made may say INTEGER or INT64). */
export type TypeNames = Record<ColumnType, readonly string[]>;

export interface Migration {
  add: ColumnAdd[];
  /** Columns the table has that are not ours: kept untouched, never written. */
  foreign: string[];
}

/**
 * What adopting `have` takes. A column of ours with a type outside `accepted` is bad input (exit 2): --migrate
 * never retypes a column, and writing our values into it would fail or change them.
 */
export const planMigration = (where: string, table: string, have: TableColumns, accepted: TypeNames): Migration => {
  const wrong = COLUMNS.filter(([n, t]) => have.has(n) && !accepted[t].includes(have.get(n) as string));
  if (wrong.length > 0)
    throw InputError.at(
      where,
      `table ${table} has ${wrong.map(([n, t]) => `column ${n} of type ${have.get(n)} (expected ${accepted[t][0]})`).join(', ')}; --migrate only adds columns, it never changes a type`,
    );
  const ours = new Set<string>(COLUMNS.map(([n]) => n));
  return {
    add: COLUMNS.filter(([n]) => !have.has(n)).map(([name, type]) => ({ name, type })),
    foreign: [...have.keys()].filter((n) => !ours.has(n)).sort(),
  };
};

/** The refusal without --migrate: one line naming the missing columns and the flag that adds them. */
export const missingColumns = (where: string, table: string, add: ColumnAdd[]): InputError =>
  InputError.at(
    where,
    `table ${table} has no column ${add.map((c) => c.name).join(', ')}; sync --migrate adds ${add.length === 1 ? 'it' : 'them'} (ALTER TABLE ADD COLUMN, nothing dropped or changed)`,
  );

/** How a plan line names one added column. */
export const columnAddLine = (c: ColumnAdd): string => `${c.name} ${c.type}`;

/**
 * The rows a family's sync plans against: its own, and the rows with no family (what --migrate leaves in an adopted
 * table) whose model_id its manifest lists: the sync adopts them (their family, file and gcs_path are filled from the
 * manifest). A row with no family that no manifest lists is nobody's: never planned, updated or pruned.
 */
export const familyRows = (all: RegistryRow[], family: string, manifestIds: ReadonlySet<string>): RegistryRow[] =>
  all.filter((r) => r.family === family || (r.family === null && manifestIds.has(r.model_id)));

/** Rows with no family that this manifest does not list: kept as they are. */
export const unownedRows = (all: RegistryRow[], manifestIds: ReadonlySet<string>): RegistryRow[] =>
  all.filter((r) => r.family === null && !manifestIds.has(r.model_id));
