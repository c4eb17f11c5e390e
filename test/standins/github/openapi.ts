// Checks traffic against GitHub's published OpenAPI description (@octokit/openapi, api.github.com).
// The 13 MB spec is parsed once per process; component schemas are handed to ajv lazily, only when an
// operation that reaches them is first validated, and compiled validators are cached at module level.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// biome-ignore lint/suspicious/noExplicitAny: raw JSON Schema / OpenAPI nodes
type Node = any;

interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Node;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  params: Param[];
  /** JSON request body schema, when the operation takes one. */
  body?: { required: boolean; schema: Node | undefined; contentTypes: string[] };
  /** status (or "default") → content type → schema (undefined for a body-less response). */
  responses: Record<string, Record<string, Node | undefined>>;
  segments: string[];
  literals: number;
}

const SCHEMA_BASE = 'https://openapi.github.test/schemas/';
const SKIP_KEYS = new Set(['description', 'example', 'examples', 'title', 'discriminator', 'externalDocs']);

let spec: Node | undefined;
let operations: Map<string, Operation[]> | undefined;
let ajv: Ajv | undefined;
const registered = new Set<string>();
const validators = new Map<string, ValidateFunction>();

/** Timings, for reporting startup cost. */
export const openapiStats = { loadMs: 0, compileMs: 0, compiled: 0 };

/** Parse the spec now (≈0.2 s, once per process) rather than on the first request. */
export const preloadSpec = (): void => void load();

function load(): { spec: Node; operations: Map<string, Operation[]> } {
  if (spec && operations) return { spec, operations };
  const started = performance.now();
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  spec = JSON.parse(readFileSync(file, 'utf8'));
  operations = new Map();
  for (const [template, item] of Object.entries<Node>(spec.paths)) {
    for (const [method, raw] of Object.entries<Node>(item)) {
      if (method === 'parameters') continue;
      const op = toOperation(method.toUpperCase(), template, raw);
      const list = operations.get(op.method) ?? [];
      list.push(op);
      operations.set(op.method, list);
    }
  }
  openapiStats.loadMs = performance.now() - started;
  return { spec, operations };
}

const deref = (node: Node): Node => {
  let out = node;
  while (out && typeof out.$ref === 'string') {
    out = out.$ref
      .slice(2)
      .split('/')
      .reduce((acc: Node, key: string) => acc[key], spec);
  }
  return out;
};

function toOperation(method: string, template: string, raw: Node): Operation {
  const params: Param[] = (raw.parameters ?? []).map(deref).map((p: Node) => ({
    name: p.name,
    in: p.in,
    required: p.required === true,
    schema: p.schema ?? {},
  }));
  let body: Operation['body'];
  if (raw.requestBody) {
    const rb = deref(raw.requestBody);
    const content = rb.content ?? {};
    body = { required: rb.required === true, schema: content['application/json']?.schema, contentTypes: Object.keys(content) };
  }
  const responses: Operation['responses'] = {};
  for (const [status, r] of Object.entries<Node>(raw.responses ?? {})) {
    const res = deref(r);
    const byType: Record<string, Node | undefined> = {};
    for (const [type, media] of Object.entries<Node>(res.content ?? {})) byType[type] = media.schema;
    responses[status] = byType;
  }
  const segments = template.split('/').slice(1);
  const literals = segments.filter((s) => !s.startsWith('{')).length;
  return { id: raw.operationId, method, template, params, body, responses, segments, literals };
}

/** The documented operation serving `method rawPath` (path still percent-encoded), with decoded path params. */
export function matchOperation(method: string, rawPath: string): { op: Operation; params: Record<string, string> } | undefined {
  const list = load().operations.get(method.toUpperCase()) ?? [];
  const segs = rawPath.split('/').slice(1);
  let best: { op: Operation; params: Record<string, string>; rank: string } | undefined;
  for (const op of list) {
    const m = matchSegments(op, segs);
    if (!m) continue;
    // A literal segment beats a parameter at the first position where candidates differ.
    const rank = m.greedy ? `0${String(op.literals).padStart(3, '0')}` : `1${op.segments.map((s) => (s.startsWith('{') ? 0 : 1)).join('')}`;
    if (!best || rank > best.rank) best = { op, params: m.params, rank };
  }
  return best && { op: best.op, params: best.params };
}

// Parameters whose values may contain slashes when a client sends them unencoded.
const SLASHY = new Set(['{path}', '{ref}', '{branch}']);

// Exact segment match first; failing that, one slash-bearing parameter may swallow several segments
// (e.g. contents/{path} sent with raw slashes).
function matchSegments(op: Operation, segs: string[]): { params: Record<string, string>; greedy: boolean } | undefined {
  const t = op.segments;
  const extra = segs.length - t.length;
  if (extra < 0) return undefined;
  for (let wide = 0; wide < t.length; wide++) {
    if (extra > 0 && !SLASHY.has(t[wide] ?? '')) continue;
    const params: Record<string, string> = {};
    let j = 0;
    let ok = true;
    for (let i = 0; i < t.length && ok; i++) {
      const part = t[i] as string;
      const take = i === wide ? extra + 1 : 1;
      const raw = segs.slice(j, j + take).join('/');
      j += take;
      const value = safeDecode(raw);
      if (part.startsWith('{')) {
        if (raw === '') ok = false;
        else params[part.slice(1, -1)] = value;
      } else if (part !== value) ok = false;
    }
    if (ok) return { params, greedy: extra > 0 };
    if (extra === 0) return undefined;
  }
  return undefined;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  const addFormats = ((formatsModule as Node).default ?? formatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  for (const name of ['repo.nwo', 'timestamp', 'binary', 'int32', 'int64', 'double', 'float', 'uri-template']) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
  return ajv;
}

// OpenAPI 3.0 → JSON Schema as ajv reads it: `nullable` becomes a null type, component $refs become
// absolute ids (registered on first use), and `oneOf` is read as `anyOf` because GitHub's oneOf
// branches overlap (e.g. content-file vs content-symlink) and would reject valid payloads.
function prepare(node: Node): Node {
  if (Array.isArray(node)) return node.map(prepare);
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/components/schemas/', '');
    register(name);
    const ref = { $ref: SCHEMA_BASE + encodeURIComponent(name) };
    return node.nullable === true ? { anyOf: [{ type: 'null' }, ref] } : ref;
  }
  const out: Node = {};
  for (const [key, value] of Object.entries<Node>(node)) {
    if (SKIP_KEYS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries<Node>(value).map(([k, v]) => [k, prepare(v)]));
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key === 'oneOf' ? 'anyOf' : key] = value.map(prepare);
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = typeof value === 'object' ? prepare(value) : value;
    } else out[key] = value;
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

function register(name: string): void {
  if (registered.has(name)) return;
  registered.add(name);
  const raw = load().spec.components.schemas[name];
  if (!raw) throw new Error(`openapi: unknown component schema ${name}`);
  getAjv().addSchema({ ...prepare(raw), $id: SCHEMA_BASE + encodeURIComponent(name) });
}

function compiled(key: string, schema: () => Node): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    const started = performance.now();
    v = getAjv().compile(prepare(schema()));
    openapiStats.compileMs += performance.now() - started;
    openapiStats.compiled++;
    validators.set(key, v);
  }
  return v;
}

const explain = (errors: ErrorObject[] | null | undefined, at: string): string[] =>
  (errors ?? []).slice(0, 12).map((e) => {
    const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
    return `${at}${e.instancePath || ''} ${e.message ?? 'invalid'}${extra}`;
  });

/** Request parameters, typed per their schemas; names the spec does not declare are reported as unknown. */
export function coerceQuery(op: Operation, query: URLSearchParams): { values: Record<string, unknown>; unknown: string[] } {
  const values: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const name of new Set(query.keys())) {
    const param = op.params.find((p) => p.in === 'query' && p.name === name);
    const all = query.getAll(name);
    if (!param) {
      unknown.push(name);
      values[name] = all.at(-1);
      continue;
    }
    values[name] = coerce(param.schema, all);
  }
  return { values, unknown };
}

function coerce(schema: Node, all: string[]): unknown {
  const s = deref(schema);
  const last = all.at(-1) ?? '';
  if (s.type === 'array') return all.length > 1 ? all : last.split(',');
  if ((s.type === 'integer' || s.type === 'number') && /^-?\d+(\.\d+)?$/.test(last)) return Number(last);
  if (s.type === 'boolean' && (last === 'true' || last === 'false')) return last === 'true';
  return last;
}

export function coercePath(op: Operation, params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    out[name] = param ? coerce(param.schema, [value]) : value;
  }
  return out;
}

/** Problems with a request: parameters (path + query) and the JSON body. */
export function validateRequest(
  op: Operation,
  path: Record<string, unknown>,
  query: Record<string, unknown>,
  body: unknown,
  hasBody: boolean,
): string[] {
  const problems: string[] = [];
  for (const where of ['path', 'query'] as const) {
    const declared = op.params.filter((p) => p.in === where);
    const v = compiled(`${op.method} ${op.template} ${where}`, () => ({
      type: 'object',
      properties: Object.fromEntries(declared.map((p) => [p.name, p.schema])),
      required: declared.filter((p) => p.required).map((p) => p.name),
    }));
    if (!v(where === 'path' ? path : query)) problems.push(...explain(v.errors, `${where}`));
  }
  if (!op.body) {
    if (hasBody) problems.push('body: operation takes no request body');
    return problems;
  }
  if (!hasBody) {
    if (op.body.required) problems.push('body: required request body missing');
    return problems;
  }
  const schema = op.body.schema;
  if (!schema) return [...problems, `body: JSON not accepted (content types: ${op.body.contentTypes.join(', ')})`];
  const v = compiled(`${op.method} ${op.template} body`, () => schema);
  if (!v(body)) problems.push(...explain(v.errors, 'body'));
  return problems;
}

/** Body properties that the operation's top-level schema does not name (GitHub ignores them; usually a typo). */
export function unknownBodyKeys(op: Operation, body: unknown): string[] {
  const schema = op.body?.schema && deref(op.body.schema);
  if (!schema?.properties || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body).filter((k) => !(k in schema.properties));
}

/** Problems with a response: its status must be documented and its JSON body must match the schema. */
export function validateResponse(op: Operation, status: number, body: unknown, contentType: string): string[] {
  const docs = op.responses[String(status)] ?? op.responses.default;
  if (!docs) {
    // The spec lists few of the errors GitHub really sends (401, 403 on most writes, …), so only an
    // undocumented success is a mismatch.
    if (status >= 400) return [];
    return [`response: status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`];
  }
  const types = Object.keys(docs);
  // GitHub sends an error body even where the spec documents none (e.g. 422 on DELETE git/refs).
  if (types.length === 0) {
    return body === undefined || status >= 400 ? [] : [`response ${status}: documented without a body but one was sent`];
  }
  const type = types.includes(contentType) ? contentType : types.includes('application/json') ? 'application/json' : types[0];
  const schema = docs[type as string];
  if (!schema) return [];
  const v = compiled(`${op.method} ${op.template} ${status} ${type}`, () => schema);
  return v(body) ? [] : explain(v.errors, `response ${status}`);
}
