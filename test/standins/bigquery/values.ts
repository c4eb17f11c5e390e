// Conversions between BigQuery's wire/schema types and DuckDB's typed values.
// Parameters are bound as DuckDB values (never spliced into SQL), cells go back out in
// BigQuery's exact JSON spellings, and bq.table() gets plain JS values for assertions.
import {
  BIGINT,
  BOOLEAN,
  DATE,
  DOUBLE,
  DuckDBDateValue,
  type DuckDBListType,
  DuckDBListValue,
  type DuckDBStructType,
  DuckDBStructValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBType,
  DuckDBTypeId,
  type DuckDBValue,
  LIST,
  STRUCT,
  TIMESTAMP,
  TIMESTAMPTZ,
  VARCHAR,
} from '@duckdb/node-api';
import { errors } from './errors.js';
import { formatDate, formatDatetime, formatTimestampIso, javaDouble, parseDate, parseTimestamp } from './time.js';

export interface TableFieldSchema {
  name: string;
  type: string;
  mode?: string;
  fields?: TableFieldSchema[];
  description?: string;
  defaultValueExpression?: string;
}
export interface QueryParameterType {
  type: string;
  arrayType?: QueryParameterType;
  structTypes?: { name?: string; type: QueryParameterType; description?: string }[];
}
export interface QueryParameterValue {
  value?: unknown;
  arrayValues?: QueryParameterValue[];
  structValues?: Record<string, QueryParameterValue>;
}
export interface QueryParameter {
  name?: string;
  parameterType: QueryParameterType;
  parameterValue?: QueryParameterValue;
}
export type Cell = { v: unknown };

// BigQuery reports legacy names (INTEGER, FLOAT, BOOLEAN, RECORD) in schemas whatever was sent.
const CANONICAL: Record<string, string> = {
  STRING: 'STRING',
  INT64: 'INTEGER',
  INTEGER: 'INTEGER',
  FLOAT64: 'FLOAT',
  FLOAT: 'FLOAT',
  BOOL: 'BOOLEAN',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  DATETIME: 'DATETIME',
  JSON: 'JSON',
  RECORD: 'RECORD',
  STRUCT: 'RECORD',
};
const SCALAR_DUCK: Record<string, DuckDBType> = {
  STRING: VARCHAR,
  INTEGER: BIGINT,
  FLOAT: DOUBLE,
  BOOLEAN: BOOLEAN,
  DATE,
  TIMESTAMP: TIMESTAMPTZ,
  DATETIME: TIMESTAMP,
  // A JSON column is DuckDB's JSON type (see engine.ts); values bind as their text.
  JSON: VARCHAR,
};

/** Validate and canonicalise a tables.insert schema (types, modes, names). */
export function normalizeFields(fields: TableFieldSchema[]): TableFieldSchema[] {
  const seen = new Set<string>();
  return fields.map((f) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,299}$/.test(f.name ?? ''))
      throw errors.invalid(
        `Invalid field name "${f.name}". Fields must contain only letters, numbers, and underscores, start with a letter or underscore, and be at most 300 characters long.`,
      );
    if (seen.has(f.name.toLowerCase())) throw errors.invalid(`Field ${f.name} already exists in schema`);
    seen.add(f.name.toLowerCase());
    const type = CANONICAL[String(f.type).toUpperCase()];
    if (!type) throw errors.invalid(`[stand-in] unsupported field type ${f.type} for field ${f.name}`);
    const mode = (f.mode ?? 'NULLABLE').toUpperCase();
    if (!['NULLABLE', 'REQUIRED', 'REPEATED'].includes(mode)) throw errors.invalid(`Invalid mode ${f.mode} for field ${f.name}`);
    if (type === 'RECORD' && !f.fields?.length) throw errors.invalid(`Field ${f.name} is type RECORD but has no schema`);
    const out: TableFieldSchema = { name: f.name, type, mode };
    if (type === 'RECORD') out.fields = normalizeFields(f.fields ?? []);
    if (f.description !== undefined) out.description = f.description;
    if (f.defaultValueExpression !== undefined) {
      // BigQuery takes any constant expression; the stand-in hands the default to DuckDB, so only literals both
      // read alike (no backslash escapes) are taken.
      if (!/^(?:'[^'\\]*'|-?\d+(?:\.\d+)?|TRUE|FALSE|NULL)$/i.test(f.defaultValueExpression))
        throw errors.invalid(`[stand-in] unsupported default value expression for field ${f.name}: only plain literals`);
      out.defaultValueExpression = f.defaultValueExpression;
    }
    return out;
  });
}

export function fieldDuckType(f: TableFieldSchema): DuckDBType {
  const base =
    f.type === 'RECORD'
      ? STRUCT(Object.fromEntries((f.fields ?? []).map((c) => [c.name, fieldDuckType(c)])))
      : (SCALAR_DUCK[f.type] ?? VARCHAR);
  return f.mode === 'REPEATED' ? LIST(base) : base;
}

/** DuckDB result column type → BigQuery result schema field. */
export function duckTypeToField(name: string, t: DuckDBType): TableFieldSchema {
  switch (t.typeId) {
    case DuckDBTypeId.LIST: {
      const inner = duckTypeToField(name, (t as DuckDBListType).valueType);
      if (inner.mode === 'REPEATED') throw errors.invalidQuery('Cannot return an ARRAY of ARRAYs');
      return { ...inner, mode: 'REPEATED' };
    }
    case DuckDBTypeId.STRUCT: {
      const s = t as DuckDBStructType;
      return {
        name,
        type: 'RECORD',
        mode: 'NULLABLE',
        fields: s.entryNames.map((n, i) => duckTypeToField(n, s.entryTypes[i] as DuckDBType)),
      };
    }
    default: {
      const type = SCALAR_BQ[t.typeId];
      if (!type) throw errors.invalidQuery(`[stand-in] query returns DuckDB type ${t.toString()}, which has no BigQuery mapping here`);
      return { name, type, mode: 'NULLABLE' };
    }
  }
}
const SCALAR_BQ: Partial<Record<DuckDBTypeId, string>> = {
  [DuckDBTypeId.BOOLEAN]: 'BOOLEAN',
  [DuckDBTypeId.TINYINT]: 'INTEGER',
  [DuckDBTypeId.SMALLINT]: 'INTEGER',
  [DuckDBTypeId.INTEGER]: 'INTEGER',
  [DuckDBTypeId.BIGINT]: 'INTEGER',
  [DuckDBTypeId.HUGEINT]: 'INTEGER',
  [DuckDBTypeId.UTINYINT]: 'INTEGER',
  [DuckDBTypeId.USMALLINT]: 'INTEGER',
  [DuckDBTypeId.UINTEGER]: 'INTEGER',
  [DuckDBTypeId.UBIGINT]: 'INTEGER',
  [DuckDBTypeId.FLOAT]: 'FLOAT',
  [DuckDBTypeId.DOUBLE]: 'FLOAT',
  [DuckDBTypeId.VARCHAR]: 'STRING',
  [DuckDBTypeId.DATE]: 'DATE',
  [DuckDBTypeId.TIMESTAMP_TZ]: 'TIMESTAMP',
  [DuckDBTypeId.TIMESTAMP]: 'DATETIME',
  [DuckDBTypeId.SQLNULL]: 'INTEGER',
};

// ---- query parameters → DuckDB --------------------------------------------------------------

const PARAM_ALIASES: Record<string, string> = {
  INT64: 'INTEGER',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  BIGINT: 'INTEGER',
  SMALLINT: 'INTEGER',
  TINYINT: 'INTEGER',
  BYTEINT: 'INTEGER',
  FLOAT64: 'FLOAT',
  FLOAT: 'FLOAT',
  BOOL: 'BOOLEAN',
  BOOLEAN: 'BOOLEAN',
  STRING: 'STRING',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  DATETIME: 'DATETIME',
  JSON: 'JSON',
  ARRAY: 'ARRAY',
  STRUCT: 'STRUCT',
};

export function paramDuckType(t: QueryParameterType, where: string): DuckDBType {
  const kind = PARAM_ALIASES[String(t?.type).toUpperCase()];
  if (!kind) throw errors.invalidQuery(`[stand-in] unsupported query parameter type ${t?.type} for ${where}`);
  if (kind === 'ARRAY') {
    if (!t.arrayType) throw errors.invalidQuery(`Query parameter ${where} of type ARRAY is missing arrayType`);
    if (PARAM_ALIASES[String(t.arrayType.type).toUpperCase()] === 'ARRAY')
      throw errors.invalidQuery(`Query parameter ${where}: arrays of arrays are not supported`);
    return LIST(paramDuckType(t.arrayType, `${where}[]`));
  }
  if (kind === 'STRUCT') {
    const entries: Record<string, DuckDBType> = {};
    for (const [i, st] of (t.structTypes ?? []).entries()) {
      if (!st.name) throw errors.invalidQuery(`[stand-in] STRUCT parameter ${where} needs field names (field ${i})`);
      entries[st.name] = paramDuckType(st.type, `${where}.${st.name}`);
    }
    return STRUCT(entries);
  }
  return SCALAR_DUCK[kind] as DuckDBType;
}

export function paramDuckValue(t: QueryParameterType, v: QueryParameterValue | undefined, where: string): DuckDBValue {
  const kind = PARAM_ALIASES[String(t.type).toUpperCase()];
  if (kind === 'ARRAY') {
    // A NULL array parameter reads as an empty array in BigQuery; NULL elements are rejected.
    return new DuckDBListValue(
      (v?.arrayValues ?? []).map((item, i) => {
        const isNull = item === null || ((item.value === null || item.value === undefined) && !item.arrayValues && !item.structValues);
        if (isNull)
          throw errors.invalidQuery(`Query parameter ${where}: Array cannot have a null element; error in writing field ${where}[${i}]`);
        return paramDuckValue(t.arrayType as QueryParameterType, item, `${where}[${i}]`);
      }),
    );
  }
  if (kind === 'STRUCT') {
    if (!v || (!v.structValues && (v.value === null || v.value === undefined))) return null;
    const entries: Record<string, DuckDBValue> = {};
    for (const st of t.structTypes ?? []) {
      const name = st.name as string;
      entries[name] = paramDuckValue(st.type, v.structValues?.[name], `${where}.${name}`);
    }
    return new DuckDBStructValue(entries);
  }
  const raw = v?.value;
  if (raw === null || raw === undefined) return null;
  const bad = () => errors.invalidQuery(`Query parameter '${where}' has an invalid value ${JSON.stringify(raw)} for type ${t.type}`);
  const text = String(raw);
  switch (kind) {
    case 'STRING':
      return text;
    case 'JSON':
      try {
        JSON.parse(text);
      } catch {
        throw bad();
      }
      return text;
    case 'INTEGER': {
      if (!/^[+-]?\d+$/.test(text.trim())) throw bad();
      const n = BigInt(text.trim());
      if (n > 9223372036854775807n || n < -9223372036854775808n) throw bad();
      return n;
    }
    case 'FLOAT': {
      const s = text.trim().toLowerCase();
      const special: Record<string, number> = {
        nan: Number.NaN,
        inf: Infinity,
        '+inf': Infinity,
        '-inf': -Infinity,
        infinity: Infinity,
        '-infinity': -Infinity,
      };
      if (s in special) return special[s] as number;
      if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) throw bad();
      return Number(s);
    }
    case 'BOOLEAN': {
      const s = text.toLowerCase();
      if (s !== 'true' && s !== 'false') throw bad();
      return s === 'true';
    }
    case 'DATE': {
      const days = parseDate(text);
      if (days === undefined) throw bad();
      return new DuckDBDateValue(days);
    }
    case 'TIMESTAMP': {
      const micros = parseTimestamp(text);
      if (micros === undefined) throw bad();
      return new DuckDBTimestampTZValue(micros);
    }
    case 'DATETIME': {
      const micros = parseTimestamp(text, false);
      if (micros === undefined) throw bad();
      return new DuckDBTimestampValue(micros);
    }
  }
  throw bad();
}

// ---- DuckDB → wire cells and plain values ---------------------------------------------------

export interface WireOptions {
  /** formatOptions.useInt64Timestamp: TIMESTAMP as integer micros instead of float seconds. */
  int64Timestamp: boolean;
}

/** One cell's `v`, spelled exactly as BigQuery's REST API spells it. */
export function wireValue(f: TableFieldSchema, value: DuckDBValue, opts: WireOptions): unknown {
  if (value === null) return f.mode === 'REPEATED' ? [] : null;
  if (f.mode === 'REPEATED') {
    const inner = { ...f, mode: 'NULLABLE' };
    return (value as DuckDBListValue).items.map((item) => ({ v: wireValue(inner, item, opts) }));
  }
  switch (f.type) {
    case 'RECORD': {
      const s = value as DuckDBStructValue;
      return { f: (f.fields ?? []).map((c) => ({ v: wireValue(c, s.entries[c.name] ?? null, opts) })) };
    }
    case 'FLOAT':
      return javaDouble(Number(value));
    case 'BOOLEAN':
      return value ? 'true' : 'false';
    case 'DATE':
      return formatDate((value as DuckDBDateValue).days);
    case 'TIMESTAMP': {
      const micros = (value as DuckDBTimestampTZValue).micros;
      return opts.int64Timestamp ? micros.toString() : javaDouble(Number(micros) / 1e6);
    }
    case 'DATETIME':
      return formatDatetime((value as DuckDBTimestampValue).micros);
    default:
      return String(value);
  }
}

/** Plain JS for test assertions: INT64→number (throws past 2^53), DATE→'YYYY-MM-DD', TIMESTAMP→ISO 'Z'. */
export function plainValue(f: TableFieldSchema, value: DuckDBValue): unknown {
  if (value === null) return f.mode === 'REPEATED' ? [] : null;
  if (f.mode === 'REPEATED') return (value as DuckDBListValue).items.map((i) => plainValue({ ...f, mode: 'NULLABLE' }, i));
  switch (f.type) {
    case 'RECORD': {
      const s = value as DuckDBStructValue;
      return Object.fromEntries((f.fields ?? []).map((c) => [c.name, plainValue(c, s.entries[c.name] ?? null)]));
    }
    case 'INTEGER': {
      const n = Number(value);
      if (!Number.isSafeInteger(n)) throw new Error(`bq.table(): ${f.name}=${value} is not a safe JS integer`);
      return n;
    }
    case 'DATE':
      return formatDate((value as DuckDBDateValue).days);
    case 'TIMESTAMP':
      return formatTimestampIso((value as DuckDBTimestampTZValue).micros);
    case 'DATETIME':
      return formatDatetime((value as DuckDBTimestampValue).micros);
    default:
      return value;
  }
}

/** Seeding helper input (same shapes plainValue returns; Date/bigint/number also accepted). */
export function plainToDuck(f: TableFieldSchema, value: unknown): DuckDBValue {
  if (value === null || value === undefined) return f.mode === 'REPEATED' ? new DuckDBListValue([]) : null;
  if (f.mode === 'REPEATED') {
    if (!Array.isArray(value)) throw new Error(`insertRows: ${f.name} must be an array`);
    return new DuckDBListValue(value.map((i) => plainToDuck({ ...f, mode: 'NULLABLE' }, i)));
  }
  const fail = () => new Error(`insertRows: bad ${f.type} value for ${f.name}: ${String(value)}`);
  switch (f.type) {
    case 'RECORD': {
      const o = value as Record<string, unknown>;
      return new DuckDBStructValue(Object.fromEntries((f.fields ?? []).map((c) => [c.name, plainToDuck(c, o[c.name])])));
    }
    case 'INTEGER':
      return BigInt(value as number | bigint | string);
    case 'FLOAT':
      return Number(value);
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw fail();
      return value;
    case 'DATE': {
      const days = parseDate(String(value));
      if (days === undefined) throw fail();
      return new DuckDBDateValue(days);
    }
    case 'TIMESTAMP':
    case 'DATETIME': {
      const micros = value instanceof Date ? BigInt(value.getTime()) * 1000n : parseTimestamp(String(value), f.type === 'TIMESTAMP');
      if (micros === undefined) throw fail();
      return f.type === 'TIMESTAMP' ? new DuckDBTimestampTZValue(micros) : new DuckDBTimestampValue(micros);
    }
    case 'JSON':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}
