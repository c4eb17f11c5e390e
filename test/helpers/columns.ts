// One changed value per registry column, for table-driven tests that every column is compared, written and read back.
import { COLUMNS, type Column, type ColumnType, type RegistryRow } from '../../src/registry/row.js';

/** The columns that hold a model's data; model_id and family say which row it is, so they are tested as identity. */
export const DATA_COLUMNS = COLUMNS.filter(([n]) => n !== 'model_id' && n !== 'family');

export const TYPE_OF: Record<Column, ColumnType> = Object.fromEntries(COLUMNS.map(([n, t]) => [n, t])) as Record<Column, ColumnType>;

/** A value of the column's type that differs from `v` (never NULL, so NOT NULL columns accept it). */
export const changed = (column: Column, v: RegistryRow[Column]): string | number | boolean => {
  switch (TYPE_OF[column]) {
    case 'STRING':
      return `${v ?? ''}-changed`;
    case 'INT64':
      return typeof v === 'number' ? v + 1 : 7;
    case 'FLOAT64':
      return typeof v === 'number' ? v + 0.5 : 1.5;
    case 'BOOL':
      return !v;
    case 'DATE':
      return v === '2020-01-01' ? '2020-01-02' : '2020-01-01';
    case 'TIMESTAMP':
      return v === '2020-01-01T00:00:00.000Z' ? '2020-01-02T00:00:00.000Z' : '2020-01-01T00:00:00.000Z';
    case 'JSON':
      return v === '{"changed":1}' ? '{"changed":2}' : '{"changed":1}';
  }
};

/** `row` with one column changed. */
export const withChanged = <R extends RegistryRow>(row: R, column: Column): R => ({ ...row, [column]: changed(column, row[column]) });
