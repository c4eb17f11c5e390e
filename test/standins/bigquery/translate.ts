// GoogleSQL → DuckDB translator for the subset model-governance is allowed to rely on.
// Anything outside it is a 400 invalidQuery, so the product cannot silently depend on SQL
// the stand-in never really checked. Values never enter the SQL text: @name → $name, bound
// as typed DuckDB values; literals in the incoming text are re-quoted, identifiers re-quoted.
//
// Supported subset:
//  statements  SELECT / WITH ... SELECT (one statement, optional trailing ';'),
//              INSERT [INTO] t [(cols)] VALUES|SELECT, UPDATE t SET ... WHERE, DELETE [FROM] t WHERE,
//              MERGE [INTO] t [AS] T USING (subquery)|table [AS] S ON cond
//                WHEN MATCHED [AND c] THEN UPDATE SET col = e, ... | DELETE
//                WHEN NOT MATCHED [BY TARGET] [AND c] THEN INSERT (cols) VALUES (...)
//                WHEN NOT MATCHED BY SOURCE [AND c] THEN UPDATE SET ... | DELETE
//              (a target row matched by several source rows is an error, as in BigQuery)
//  tables      `project.dataset.table`, `dataset.table` (+ defaultDataset), WITH names;
//              an unaliased table gets its last name part as alias, as in BigQuery
//  clauses     SELECT [DISTINCT] ... FROM / [INNER|LEFT|RIGHT|FULL [OUTER]|CROSS] JOIN ... ON|USING,
//              WHERE, GROUP BY, HAVING, ORDER BY [ASC|DESC] [NULLS FIRST|LAST], LIMIT, OFFSET,
//              UNION ALL|DISTINCT, subqueries, EXISTS
//  expressions = <> != < <= > >= + - * / ||, AND OR NOT, IS [NOT] NULL|TRUE|FALSE,
//              IS [NOT] DISTINCT FROM, [NOT] IN (list|subquery), x [NOT] IN UNNEST(@array),
//              [NOT] BETWEEN, [NOT] LIKE, CASE, CAST / SAFE_CAST(x AS STRING|INT64|FLOAT64|BOOL|
//              DATE|TIMESTAMP|DATETIME|NUMERIC), DATE 'literal', TIMESTAMP 'literal'
//  params      @name of STRING, INT64, FLOAT64, BOOL, DATE, TIMESTAMP, DATETIME, ARRAY<...>, STRUCT<...>;
//              FROM UNNEST(@array_of_struct) [AS] S exposes the struct fields as columns;
//              FROM UNNEST(@array_of_scalar) AS x (alias required). MERGE ... USING UNNEST(@p) is
//              rejected as BigQuery does: wrap it as USING (SELECT * FROM UNNEST(@p)) AS S.
//  functions   COUNT SUM MIN MAX AVG COALESCE IFNULL NULLIF IF LOWER UPPER TRIM LTRIM RTRIM LENGTH
//              CONCAT (NULL if any arg is NULL) ABS ROUND STARTS_WITH ENDS_WITH ARRAY_LENGTH
//              LOGICAL_AND LOGICAL_OR CURRENT_TIMESTAMP[()] CURRENT_DATE[()] DATE(x) TIMESTAMP(x)
//              FORMAT_DATE / FORMAT_TIMESTAMP('literal using %Y %m %d %H %M %S %F %T %%', x[, 'UTC'])
//              PARSE_JSON(text[, wide_number_mode => 'exact'|'round']) TO_JSON_STRING(x) JSON_VALUE(json, 'path')
//  DDL         ALTER TABLE … ADD COLUMN (ddl.ts, run as its own job; everything else goes through tables.insert)
import { errors } from './errors.js';
import { at, type Tok, tokenize } from './sql-lexer.js';
import type { QueryParameterType } from './values.js';

export interface TableRef {
  project: string;
  dataset: string;
  table: string;
}
export interface TranslateContext {
  defaultProject: string;
  defaultDataset?: { projectId?: string; datasetId: string };
  /** lower-cased parameter name → declared type */
  paramTypes: Map<string, QueryParameterType>;
  /** Quoted DuckDB identifier for a BigQuery table; throws notFound. */
  resolveTable(ref: TableRef): string;
}
/** ALTER_TABLE: the one DDL statement, run by ddl.ts (never translated here). */
export type StatementKind = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE' | 'ALTER_TABLE';
export interface Translation {
  kind: StatementKind;
  sql: string;
  params: string[];
  tables: TableRef[];
  target?: TableRef;
  /** MERGE only: returns a row iff some target row matches several source rows. */
  mergeCheck?: { sql: string; params: string[] };
}

const KEYWORDS = new Set(
  (
    'SELECT FROM WHERE GROUP BY HAVING ORDER ASC DESC LIMIT OFFSET AND OR NOT IS NULL TRUE FALSE DISTINCT IN AS ON ' +
    'JOIN INNER LEFT RIGHT FULL OUTER CROSS USING WITH UNION ALL EXISTS BETWEEN LIKE CASE WHEN THEN ELSE END ' +
    'MERGE INTO MATCHED UPDATE SET INSERT VALUES DELETE NULLS'
  ).split(' '),
);
// Reserved in GoogleSQL but outside the subset: refuse rather than guess.
const UNSUPPORTED = new Set(
  (
    'ANY ARRAY ASSERT_ROWS_MODIFIED AT COLLATE CONTAINS CREATE CUBE CURRENT DEFAULT DEFINE ENUM ESCAPE EXCEPT ' +
    'EXCLUDE EXTRACT FETCH FOLLOWING FOR GROUPING GROUPS HASH IGNORE INTERSECT INTERVAL LATERAL LOOKUP NATURAL NEW ' +
    'NO OF OVER PARTITION PRECEDING PROTO QUALIFY RANGE RECURSIVE RESPECT ROLLUP ROWS SOME STRUCT TABLESAMPLE TO ' +
    'TREAT UNBOUNDED WINDOW WITHIN TRUNCATE DROP ALTER'
  ).split(' '),
);
const FUNCTIONS: Record<string, string> = {
  COUNT: 'count',
  SUM: 'sum',
  MIN: 'min',
  MAX: 'max',
  AVG: 'avg',
  COALESCE: 'coalesce',
  IFNULL: 'coalesce',
  NULLIF: 'nullif',
  IF: 'if',
  LOWER: 'lower',
  UPPER: 'upper',
  TRIM: 'trim',
  LTRIM: 'ltrim',
  RTRIM: 'rtrim',
  LENGTH: 'length',
  ABS: 'abs',
  ROUND: 'round',
  STARTS_WITH: 'starts_with',
  ENDS_WITH: 'ends_with',
  ARRAY_LENGTH: 'len',
  LOGICAL_AND: 'bool_and',
  LOGICAL_OR: 'bool_or',
};
const TYPES: Record<string, string> = {
  STRING: 'VARCHAR',
  INT64: 'BIGINT',
  INT: 'BIGINT',
  INTEGER: 'BIGINT',
  BIGINT: 'BIGINT',
  FLOAT64: 'DOUBLE',
  BOOL: 'BOOLEAN',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMPTZ',
  DATETIME: 'TIMESTAMP',
  NUMERIC: 'DECIMAL(38, 9)',
};
const TABLE_POSITION = new Set(['FROM', 'JOIN', 'INTO', 'MERGE', 'USING', 'UPDATE', 'DELETE', 'INSERT']);
const ident = (s: string): string => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) throw errors.invalidQuery(`[stand-in] unsupported identifier \`${s}\``);
  return `"${s}"`;
};

class Emitter {
  out: { s: string; src: number }[] = [];
  params = new Set<string>();
  tables: TableRef[] = [];
  // SET-clause tracking, to drop the `T.` BigQuery allows on assignment targets.
  private inSet = false;
  private setNest = 0;
  private nest = 0;
  private assignmentStart = false;

  constructor(
    private sql: string,
    private toks: Tok[],
    private ctx: TranslateContext,
    private ctes: Set<string>,
  ) {}

  private fail(what: string, pos: number) {
    return errors.invalidQuery(`${what} ${at(this.sql, pos)}`);
  }
  private push(s: string, src: number) {
    this.out.push({ s, src });
  }
  private word(i: number): string | undefined {
    const t = this.toks[i];
    return t?.k === 'word' ? t.up : undefined;
  }
  private isOp(i: number, v: string): boolean {
    const t = this.toks[i];
    return t?.k === 'op' && t.v === v;
  }
  /** Index of the ')' matching the '(' at i. */
  close(i: number): number {
    let depth = 0;
    for (let j = i; j < this.toks.length; j++) {
      if (this.isOp(j, '(')) depth++;
      if (this.isOp(j, ')') && --depth === 0) return j;
    }
    throw this.fail('Syntax error: Unbalanced parentheses', this.toks[i]?.pos ?? 0);
  }
  /** Top-level comma-separated argument ranges between parens at open..close. */
  private args(open: number, close: number): [number, number][] {
    const ranges: [number, number][] = [];
    let start = open + 1;
    for (let j = open + 1; j < close; j++) {
      if (this.isOp(j, '(')) j = this.close(j);
      else if (this.isOp(j, ',')) {
        ranges.push([start, j]);
        start = j + 1;
      }
    }
    if (start < close) ranges.push([start, close]);
    return ranges;
  }
  private text(a: number, b: number): string {
    const mark = this.out.length;
    this.range(a, b);
    return this.out
      .splice(mark)
      .map((p) => p.s)
      .join(' ');
  }

  range(a: number, b: number): void {
    for (let i = a; i < b; ) i = this.one(i);
  }

  /** Emit the token(s) starting at i; returns the next index. */
  private one(i: number): number {
    const t = this.toks[i] as Tok;
    const prev = this.word(i - 1);
    const assign = this.assignmentStart;
    this.assignmentStart = false;
    switch (t.k) {
      case 'string':
        this.push(`'${t.v.replaceAll("'", "''")}'`, i);
        return i + 1;
      case 'number':
        this.push(t.float ? `(${t.v}::DOUBLE)` : t.v, i);
        return i + 1;
      case 'param':
        return this.param(t, i);
      case 'op':
        if (t.v === ';') throw this.fail('[stand-in] multi-statement scripts are not supported', t.pos);
        if (t.v === ',' && this.inSet && this.nest === this.setNest) this.assignmentStart = true;
        if (t.v === '(') this.nest++;
        if (t.v === ')') this.nest--;
        this.push(t.v, i);
        return i + 1;
      case 'quoted':
        return this.path(i, assign);
    }
    const up = t.up;
    const next = this.toks[i + 1];
    if (UNSUPPORTED.has(up)) throw this.fail(`[stand-in] unsupported GoogleSQL keyword ${up}`, t.pos);
    if ((up === 'TARGET' || up === 'SOURCE') && prev === 'BY' && this.word(i - 2) === 'MATCHED') return this.kw(up, i);
    if ((up === 'FIRST' || up === 'LAST') && prev === 'NULLS') return this.kw(up, i);
    if (KEYWORDS.has(up)) return this.keyword(up, i);
    if (next?.k === 'op' && next.v === '(') return this.call(up, i);
    if ((up === 'DATE' || up === 'TIMESTAMP' || up === 'DATETIME') && next?.k === 'string') {
      this.push(`CAST('${next.v.replaceAll("'", "''")}' AS ${TYPES[up]})`, i);
      return i + 2;
    }
    if (up === 'CURRENT_TIMESTAMP' || up === 'CURRENT_DATE') {
      this.push(up === 'CURRENT_DATE' ? 'current_date' : 'now()', i);
      return i + 1;
    }
    return this.path(i, assign);
  }

  private kw(up: string, i: number): number {
    this.push(up, i);
    return i + 1;
  }

  private keyword(up: string, i: number): number {
    const t = this.toks[i] as Tok;
    if (up === 'UNION' && !['ALL', 'DISTINCT'].includes(this.word(i + 1) ?? '')) {
      throw this.fail('Syntax error: Expected keyword ALL or keyword DISTINCT but got end of UNION', t.pos);
    }
    if (up === 'INSERT' && this.word(i + 1) === 'ROW') throw this.fail('[stand-in] INSERT ROW is not supported; list the columns', t.pos);
    if (up === 'SET') {
      this.inSet = true;
      this.setNest = this.nest;
      this.assignmentStart = true;
    } else if (up === 'WHEN' || up === 'WHERE' || up === 'FROM') this.inSet = false;
    this.push(up, i);
    // DuckDB needs the optional words GoogleSQL lets you drop.
    const nextStartsTable = this.toks[i + 1]?.k === 'quoted' || (this.toks[i + 1]?.k === 'word' && !KEYWORDS.has(this.word(i + 1) ?? ''));
    if (up === 'MERGE' && nextStartsTable) this.push('INTO', i);
    if (up === 'DELETE' && i === 0 && nextStartsTable) this.push('FROM', i);
    if (up === 'INSERT' && i === 0 && nextStartsTable) this.push('INTO', i);
    return i + 1;
  }

  private param(t: Tok & { k: 'param' }, i: number): number {
    if (!this.ctx.paramTypes.has(t.v)) throw this.fail(`Query parameter '${t.v}' not found`, t.pos);
    this.params.add(t.v);
    this.push(`$${t.v}`, i);
    return i + 1;
  }

  private call(up: string, i: number): number {
    const open = i + 1;
    const close = this.close(open);
    const args = this.args(open, close);
    this.nest++;
    try {
      this.callBody(up, i, open, close, args);
    } finally {
      this.nest--;
    }
    return close + 1;
  }

  private callBody(up: string, i: number, open: number, close: number, args: [number, number][]): void {
    const t = this.toks[i] as Tok;
    const emitArgs = () => args.map(([a, b]) => this.text(a, b)).join(', ');
    if (up === 'UNNEST') this.unnest(i, close);
    else if (up === 'CAST' || up === 'SAFE_CAST') {
      const asAt = [...Array(close - open).keys()]
        .map((k) => open + k)
        .filter((j) => this.word(j) === 'AS' && this.depth(open, j) === 1)
        .at(-1);
      const type = asAt !== undefined && asAt + 2 === close ? TYPES[this.word(asAt + 1) ?? ''] : undefined;
      if (asAt === undefined || !type) throw this.fail(`[stand-in] unsupported ${up} target type`, t.pos);
      this.push(`${up === 'CAST' ? 'CAST' : 'TRY_CAST'}(${this.text(open + 1, asAt)} AS ${type})`, i);
    } else if (up === 'FORMAT_DATE' || up === 'FORMAT_TIMESTAMP') {
      const [fmt, value, zone] = args;
      const fmtTok = fmt && fmt[1] - fmt[0] === 1 ? this.toks[fmt[0]] : undefined;
      if (fmtTok?.k !== 'string' || !value || /%[^YmdHMSFT%]/.test(fmtTok.v))
        throw this.fail(`[stand-in] ${up} needs a literal format using only %Y %m %d %H %M %S %F %T %%`, t.pos);
      const zoneTok = zone ? this.toks[zone[0]] : undefined;
      if (zone && (zoneTok?.k !== 'string' || zoneTok.v !== 'UTC' || up === 'FORMAT_DATE'))
        throw this.fail(`[stand-in] ${up} supports only the 'UTC' time zone`, t.pos);
      const duckFmt = fmtTok.v.replaceAll('%F', '%Y-%m-%d').replaceAll('%T', '%H:%M:%S').replaceAll("'", "''");
      this.push(`strftime(${this.text(value[0], value[1])}, '${duckFmt}')`, i);
    } else if (up === 'CONCAT') {
      this.push(`(${args.map(([a, b]) => `(${this.text(a, b)})`).join(' || ')})`, i);
    } else if ((up === 'DATE' || up === 'TIMESTAMP') && args.length === 1) {
      this.push(`CAST(${emitArgs()} AS ${TYPES[up]})`, i);
    } else if ((up === 'CURRENT_TIMESTAMP' || up === 'CURRENT_DATE') && args.length === 0) {
      this.push(up === 'CURRENT_DATE' ? 'current_date' : 'now()', i);
    } else if (up === 'PARSE_JSON' && (args.length === 1 || args.length === 2)) {
      // wide_number_mode decides how BigQuery stores a number a double cannot hold exactly; DuckDB keeps the text.
      const mode = args[1];
      if (mode) {
        const [name, arrow, value] = [this.toks[mode[0]], this.toks[mode[0] + 1], this.toks[mode[0] + 2]];
        const ok =
          mode[1] - mode[0] === 3 &&
          name?.k === 'word' &&
          name.up === 'WIDE_NUMBER_MODE' &&
          arrow?.k === 'op' &&
          arrow.v === '=>' &&
          value?.k === 'string' &&
          (value.v === 'exact' || value.v === 'round');
        if (!ok) throw this.fail("[stand-in] PARSE_JSON's second argument must be wide_number_mode => 'exact' | 'round'", t.pos);
      }
      const [a, b] = args[0] as [number, number];
      this.push(`CAST(${this.text(a, b)} AS JSON)`, i);
    } else if (up === 'TO_JSON_STRING' && args.length === 1) {
      // BigQuery spells a NULL as the JSON text null.
      this.push(`coalesce(CAST(to_json(${emitArgs()}) AS VARCHAR), 'null')`, i);
    } else if (up === 'JSON_VALUE' && args.length === 2) {
      // A scalar as STRING; an object or array is NULL, as in BigQuery.
      const [value, path] = args.map(([a, b]) => this.text(a, b));
      this.push(
        `(CASE WHEN json_type(${value}, ${path}) IN ('OBJECT', 'ARRAY') THEN NULL ELSE json_extract_string(${value}, ${path}) END)`,
        i,
      );
    } else if (FUNCTIONS[up]) {
      this.push(`${FUNCTIONS[up]}(${emitArgs()})`, i);
    } else {
      throw this.fail(`Function not found: ${(t as { v: string }).v} (outside the stand-in's GoogleSQL subset)`, t.pos);
    }
  }

  private depth(open: number, j: number): number {
    let d = 0;
    for (let k = open; k < j; k++) d += this.isOp(k, '(') ? 1 : this.isOp(k, ')') ? -1 : 0;
    return d;
  }

  private unnest(i: number, close: number): void {
    const t = this.toks[i] as Tok;
    const p = this.toks[i + 2];
    const prev = this.word(i - 1);
    if (p?.k !== 'param' || close !== i + 3) throw this.fail('[stand-in] UNNEST is supported only on a single @parameter', t.pos);
    const type = this.ctx.paramTypes.get(p.v);
    if (!type) throw this.fail(`Query parameter '${p.v}' not found`, p.pos);
    if (type.type.toUpperCase() !== 'ARRAY')
      throw this.fail(`Values referenced in UNNEST must be arrays. UNNEST contains expression of type ${type.type}`, p.pos);
    this.params.add(p.v);
    if (prev === 'IN') {
      this.push(`(SELECT UNNEST($${p.v}))`, i);
      return;
    }
    if (prev === 'USING')
      throw this.fail(
        'Syntax error: Expected "(" or keyword SELECT but got keyword UNNEST (MERGE needs USING (SELECT * FROM UNNEST(@p)) AS S)',
        t.pos,
      );
    if (prev !== 'FROM' && prev !== 'JOIN')
      throw this.fail('[stand-in] UNNEST(@p) is supported after FROM/JOIN and in x IN UNNEST(@p)', t.pos);
    if (type.arrayType?.type.toUpperCase() === 'STRUCT') {
      this.push(`(SELECT UNNEST("__u") FROM (SELECT UNNEST($${p.v}) AS "__u"))`, i);
      return;
    }
    const aliasAt = this.word(close + 1) === 'AS' ? close + 2 : close + 1;
    const alias = this.toks[aliasAt];
    if (alias?.k !== 'word' || KEYWORDS.has(alias.up)) throw this.fail('[stand-in] FROM UNNEST(@scalar_array) needs an alias', t.pos);
    this.push(`(SELECT UNNEST($${p.v}) AS ${ident(alias.v)})`, i);
  }

  /** A dotted name: table reference in table position, else column / alias path. */
  private path(i: number, assign: boolean): number {
    const prev = this.word(i - 1);
    const parts: string[] = [];
    let j = i;
    for (;;) {
      const t = this.toks[j];
      if (t?.k === 'quoted') parts.push(...t.v.split('.'));
      else if (t?.k === 'word') parts.push(t.v);
      else break;
      if (!this.isOp(j + 1, '.')) break;
      const after = this.toks[j + 2];
      if (after?.k === 'op' && after.v === '*') {
        this.push(`${parts.map(ident).join('.')}.*`, i);
        return j + 3;
      }
      j += 2;
    }
    const isTable =
      prev !== undefined &&
      TABLE_POSITION.has(prev) &&
      !(prev === 'FROM' && this.word(i - 2) === 'DISTINCT') && // IS [NOT] DISTINCT FROM x
      !(parts.length === 1 && this.ctes.has((parts[0] ?? '').toLowerCase()));
    if (this.inSet && assign && this.isOp(j + 1, '=')) {
      // MERGE/UPDATE SET T.col = ...: BigQuery allows the qualifier, DuckDB does not.
      this.push(ident(parts.at(-1) ?? ''), i);
      return j + 1;
    }
    if (!isTable) {
      this.push(parts.map(ident).join('.'), i);
      return j + 1;
    }
    this.push(this.table(parts, this.toks[i]?.pos ?? 0), i);
    const next = this.toks[j + 1];
    const hasAlias = this.word(j + 1) === 'AS' || (next?.k === 'word' && !KEYWORDS.has(next.up));
    const insertTarget = prev === 'INSERT' || (prev === 'INTO' && this.word(i - 2) === 'INSERT');
    if (!hasAlias && !insertTarget) this.push(`AS ${ident(parts.at(-1) ?? '')}`, i);
    return j + 1;
  }

  private table(parts: string[], pos: number): string {
    const dd = this.ctx.defaultDataset;
    let ref: TableRef;
    if (parts.length === 3) ref = { project: parts[0] as string, dataset: parts[1] as string, table: parts[2] as string };
    else if (parts.length === 2) ref = { project: this.ctx.defaultProject, dataset: parts[0] as string, table: parts[1] as string };
    else if (parts.length === 1 && dd)
      ref = { project: dd.projectId ?? this.ctx.defaultProject, dataset: dd.datasetId, table: parts[0] as string };
    else throw this.fail(`Table "${parts.join('.')}" must be qualified with a dataset (e.g. dataset.table).`, pos);
    this.tables.push(ref);
    return this.ctx.resolveTable(ref);
  }
}

function cteNames(toks: Tok[]): Set<string> {
  const names = new Set<string>();
  if (toks[0]?.k !== 'word' || toks[0].up !== 'WITH') return names;
  let depth = 0;
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j] as Tok;
    if (t.k === 'op' && t.v === '(') depth++;
    if (t.k === 'op' && t.v === ')') depth--;
    const before = toks[j - 1];
    const isStart = before?.k === 'word' ? before.up === 'WITH' : before?.k === 'op' && before.v === ',';
    const as = toks[j + 1];
    if (depth === 0 && isStart && t.k === 'word' && as?.k === 'word' && as.up === 'AS') names.add(t.v.toLowerCase());
  }
  return names;
}

export function translate(sql: string, ctx: TranslateContext): Translation {
  const toks = tokenize(sql);
  while (toks.at(-1)?.k === 'op' && (toks.at(-1) as { v: string }).v === ';') toks.pop();
  const first = toks.find((t) => !(t.k === 'op' && t.v === '('));
  const lead = first?.k === 'word' ? first.up : '';
  const kind: StatementKind | undefined =
    lead === 'WITH' ? 'SELECT' : (['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE'] as const).find((k) => k === lead);
  if (!kind)
    throw errors.invalidQuery(
      `[stand-in] unsupported statement ${lead || '(empty)'}; DDL goes through tables.insert (ALTER TABLE … ADD COLUMN alone runs as its own job)`,
    );
  const em = new Emitter(sql, toks, ctx, cteNames(toks));
  const topLevel = (word: string): number[] => {
    const hits: number[] = [];
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j] as Tok;
      if (t.k === 'op' && t.v === '(') j = em.close(j);
      else if (t.k === 'word' && t.up === word) hits.push(j);
    }
    return hits;
  };
  if ((kind === 'UPDATE' || kind === 'DELETE') && topLevel('WHERE').length === 0) {
    throw errors.invalidQuery(`${kind} must have a WHERE clause at [1:1]`);
  }
  em.range(0, toks.length);
  const slice = (a: number, b: number) =>
    em.out
      .filter((p) => p.src >= a && p.src < b)
      .map((p) => p.s)
      .join(' ');
  const result: Translation = { kind, sql: slice(0, toks.length), params: [...em.params], tables: em.tables };
  if (kind !== 'SELECT') result.target = em.tables[0];
  if (kind === 'MERGE') {
    const using = topLevel('USING')[0];
    const on = topLevel('ON').find((j) => j > (using ?? 0));
    const when = topLevel('WHEN')[0];
    if (using === undefined || on === undefined || when === undefined)
      throw errors.invalidQuery('Syntax error: MERGE needs USING ... ON ... WHEN ... at [1:1]');
    result.sql += ' RETURNING merge_action';
    const targetPieces = em.out.filter((p) => p.src < using);
    const alias = (targetPieces.at(-1)?.s ?? '').replace(/^AS /, '');
    if (topLevel('MATCHED').some((j) => (toks[j - 1] as { up?: string }).up === 'WHEN')) {
      const checkSql = `SELECT 1 FROM ${slice(1, using).replace(/^INTO /, '')} JOIN ${slice(using + 1, on)} ON ${slice(on + 1, when)} GROUP BY ${alias}.rowid HAVING count(*) > 1 LIMIT 1`;
      result.mergeCheck = { sql: checkSql, params: result.params.filter((p) => new RegExp(`\\$${p}\\b`).test(checkSql)) };
    }
  }
  return result;
}
