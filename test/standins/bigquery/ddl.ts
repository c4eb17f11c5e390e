// The one DDL statement the stand-in runs through jobs.query, as BigQuery does (statementType ALTER_TABLE):
//   ALTER TABLE [IF EXISTS] `project.dataset.table` ADD COLUMN [IF NOT EXISTS] name TYPE [, ADD COLUMN ...]
// TYPE is a GoogleSQL scalar type name (STRING, INT64, FLOAT64, BOOL, DATE, TIMESTAMP, DATETIME, JSON, and the
// aliases BigQuery accepts). As in BigQuery: an added column is NULLABLE (NOT NULL is refused), an existing name is
// "Column already exists" unless IF NOT EXISTS, and the statement applies all of its columns or none.
import { errors } from './errors.js';
import { at, type Tok, tokenize } from './sql-lexer.js';
import type { TableRef } from './translate.js';

export interface AlterAddColumns {
  ref: TableRef;
  ifExists: boolean;
  columns: { name: string; type: string; ifNotExists: boolean }[];
}

export const isAlter = (sql: string): boolean => /^\s*ALTER\b/i.test(sql.replace(/^(\s*(--[^\n]*\n|\/\*[\s\S]*?\*\/))*/, ''));

/** GoogleSQL DDL type names → the schema's legacy names, as tables.get then reports them. */
const DDL_TYPES: Record<string, string> = {
  STRING: 'STRING',
  INT64: 'INTEGER',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  BIGINT: 'INTEGER',
  SMALLINT: 'INTEGER',
  TINYINT: 'INTEGER',
  BYTEINT: 'INTEGER',
  FLOAT64: 'FLOAT',
  BOOL: 'BOOLEAN',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  DATETIME: 'DATETIME',
  JSON: 'JSON',
};

export const parseAlter = (
  sql: string,
  defaultProject: string,
  defaultDataset?: { projectId?: string; datasetId: string },
): AlterAddColumns => {
  const toks = tokenize(sql);
  while (toks.at(-1)?.k === 'op' && (toks.at(-1) as { v: string }).v === ';') toks.pop();
  let i = 0;
  const fail = (what: string, t: Tok | undefined = toks[i]) => errors.invalidQuery(`${what} ${at(sql, t?.pos ?? sql.length)}`);
  const word = (j = i): string | undefined => {
    const t = toks[j];
    return t?.k === 'word' ? t.up : undefined;
  };
  const expect = (...words: string[]) => {
    for (const w of words) {
      if (word() !== w) throw fail(`Syntax error: Expected keyword ${w} but got ${describe(toks[i])}`);
      i++;
    }
  };
  const optional = (...words: string[]): boolean => {
    if (!words.every((w, k) => word(i + k) === w)) return false;
    i += words.length;
    return true;
  };
  expect('ALTER', 'TABLE');
  const ifExists = optional('IF', 'EXISTS');
  // The table: `a.b.c`, a.b.c, `a.b`.c … joined then split on dots.
  const parts: string[] = [];
  for (;;) {
    const t = toks[i];
    if (t?.k === 'quoted') parts.push(...t.v.split('.'));
    else if (t?.k === 'word' && t.up !== 'ADD') parts.push(t.v);
    else break;
    i++;
    if (toks[i]?.k === 'op' && (toks[i] as { v: string }).v === '.') i++;
    else break;
  }
  let ref: TableRef;
  if (parts.length === 3) ref = { project: parts[0] as string, dataset: parts[1] as string, table: parts[2] as string };
  else if (parts.length === 2) ref = { project: defaultProject, dataset: parts[0] as string, table: parts[1] as string };
  else if (parts.length === 1 && defaultDataset)
    ref = { project: defaultDataset.projectId ?? defaultProject, dataset: defaultDataset.datasetId, table: parts[0] as string };
  else throw fail(`Table "${parts.join('.')}" must be qualified with a dataset (e.g. dataset.table).`);
  const columns: AlterAddColumns['columns'] = [];
  for (;;) {
    if (word() !== 'ADD') throw fail(`[stand-in] only ALTER TABLE … ADD COLUMN is supported; got ${describe(toks[i])}`);
    expect('ADD', 'COLUMN');
    const ifNotExists = optional('IF', 'NOT', 'EXISTS');
    const nameTok = toks[i];
    if (nameTok?.k !== 'word' && nameTok?.k !== 'quoted') throw fail('Syntax error: Expected column name');
    i++;
    const typeTok = toks[i];
    const type = typeTok?.k === 'word' ? DDL_TYPES[typeTok.up] : undefined;
    if (!type) throw fail(`[stand-in] unsupported column type ${describe(typeTok)} (scalar GoogleSQL types only)`, typeTok);
    i++;
    if (word() === 'NOT' && word(i + 1) === 'NULL') throw fail('ALTER TABLE ADD COLUMN cannot add a REQUIRED (NOT NULL) column');
    columns.push({ name: nameTok.v, type, ifNotExists });
    if (i >= toks.length) break;
    const comma = toks[i];
    if (comma?.k !== 'op' || comma.v !== ',') throw fail(`Syntax error: Expected end of input but got ${describe(comma)}`);
    i++;
  }
  return { ref, ifExists, columns };
};

const describe = (t: Tok | undefined): string =>
  !t ? 'end of input' : t.k === 'word' ? `keyword ${t.up}` : t.k === 'string' ? 'string literal' : `"${t.v}"`;
