// Adopting an existing registry table: which of our columns it lacks (sync --migrate adds them), which columns have a
// type or mode the sync cannot write, and which columns are not ours (kept, never written). Pure: the adapters read
// the table's columns (type, mode, default) in their backend's terms; this decides.
import { InputError } from '../errors.js';
import { COLUMNS, type Column, type ColumnType, type RegistryRow } from '../registry/row.js';

/** One `ALTER TABLE … ADD COLUMN`: always nullable (a column added to a table with rows has no value yet). */
export interface ColumnAdd {
  name: Column;
  type: ColumnType;
}

/** One column of a table, as its backend reports it. */
export interface TableColumn {
  /** The backend's type name, upper case. */
  type: string;
  /** REQUIRED: NOT NULL (DuckDB) or REQUIRED (BigQuery). REPEATED: a BigQuery array. */
  mode: 'NULLABLE' | 'REQUIRED' | 'REPEATED';
  /** The backend fills the column itself when an INSERT leaves it out (a DEFAULT). */
  hasDefault: boolean;
}

/** A table's columns under the names its backend spells them (either backend matches names in any case). */
export type TableColumns = ReadonlyMap<string, TableColumn>;

/** The backend type names each of our column types accepts (a table someone else made may say INTEGER or INT64). */
export type TypeNames = Record<ColumnType, readonly string[]>;

/** What a backend accepts for our columns, and how it names a required column in its own DDL. */
export interface Dialect {
  types: TypeNames;
  required: 'NOT NULL' | 'REQUIRED';
}

export interface Migration {
  add: ColumnAdd[];
  /** Columns the table has that are not ours: kept untouched, never written. */
  foreign: string[];
}

/**
 * The names of `want` the table lacks. DuckDB and BigQuery both match column names case-insensitively, so `Status`
 * is our `status` (an ADD COLUMN status would be a no-op or an error, and SQL naming status reads it).
 */
export const missingNames = (have: Iterable<string>, want: readonly string[]): string[] => {
  const lower = new Set([...have].map((n) => n.toLowerCase()));
  return want.filter((n) => !lower.has(n.toLowerCase()));
};

/**
 * What adopting `have` takes. Bad input (exit 2), decided before any ALTER: a column of ours with a type outside
 * `dialect.types` (--migrate never retypes a column, and writing our values into it would fail or change them); a column
 * of ours the sync cannot write as it is (REPEATED; or required where the manifest may have no value); a column not
 * ours that is required with no default (the sync inserts rows naming only our columns, so the insert would fail —
 * after BigQuery's ALTER had already committed). A required column with a default is fine: the backend fills it.
 */
export const planMigration = (where: string, table: string, have: TableColumns, dialect: Dialect): Migration => {
  const byLower = new Map([...have].map(([n, c]) => [n.toLowerCase(), c]));
  const ours = COLUMNS.flatMap(([name, type, required]) => {
    const c = byLower.get(name);
    return c ? [{ name, type, required, c }] : [];
  });
  const wrong = ours.filter((o) => !dialect.types[o.type].includes(o.c.type));
  if (wrong.length > 0)
    throw InputError.at(
      where,
      `table ${table} has ${wrong.map((o) => `column ${o.name} of type ${o.c.type} (expected ${dialect.types[o.type][0]})`).join(', ')}; --migrate only adds columns, it never changes a type`,
    );
  const ourNames = new Set<string>(COLUMNS.map(([n]) => n));
  const foreign = [...have].filter(([n]) => !ourNames.has(n.toLowerCase()));
  const unwritable = [
    ...ours.filter((o) => o.c.mode === 'REPEATED').map((o) => `column ${o.name} REPEATED: the sync writes one value, not an array`),
    ...ours
      .filter((o) => o.c.mode === 'REQUIRED' && !o.required)
      .map((o) => `column ${o.name} ${dialect.required}: the sync writes NULL into it when the manifest has no value`),
    ...foreign
      .filter(([, c]) => c.mode === 'REQUIRED' && !c.hasDefault)
      .map(([n]) => `column ${n} ${dialect.required} with no default: the sync inserts rows without it`),
  ];
  if (unwritable.length > 0)
    throw InputError.at(
      where,
      `table ${table} has ${unwritable.join(', ')}; --migrate never changes an existing column: change ${unwritable.length === 1 ? 'it' : 'them'} first (nothing was written)`,
    );
  return {
    add: COLUMNS.filter(([n]) => !byLower.has(n)).map(([name, type]) => ({ name, type })),
    foreign: foreign.map(([n]) => n).sort(),
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
