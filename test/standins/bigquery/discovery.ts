// Contract checks against the BigQuery discovery document shipped with the Google Cloud CLI,
// so the stand-in (and whoever talks to it) stays honest to the real API surface: every
// request and response body is validated, and unknown property names are violations, since
// the real API rejects them ("Invalid JSON payload received. Unknown name ...").
//
// BigQuery itself ignores unknown names in request bodies (the Node client relies on that,
// see TOLERATED), so a violation is recorded for the test to fail on, not answered with 400,
// unless the stand-in runs with strict: true.
//
// Request bodies are checked the way Google's proto-JSON parser reads them: null means
// "unset", int64/int32/double fields accept numbers or numeric strings, and
// QueryParameterValue.value accepts JSON scalars (the official Node client sends numbers and
// booleans there). Responses are checked strictly: int64 must be a decimal string, etc.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const REL = 'platform/bq/discovery_next/bigquery.json';
const FALLBACK = `/usr/lib/google-cloud-sdk/${REL}`;

interface DSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, DSchema>;
  additionalProperties?: DSchema;
  items?: DSchema;
}
interface DParam {
  type: string;
  location: string;
  enum?: string[];
}
export interface DMethod {
  id: string;
  httpMethod: string;
  request?: { $ref: string };
  response?: { $ref: string };
  parameters?: Record<string, DParam>;
}
interface DResource {
  methods?: Record<string, DMethod>;
  resources?: Record<string, DResource>;
}
export interface DiscoveryDoc {
  schemas: Record<string, DSchema>;
  resources: Record<string, DResource>;
  parameters: Record<string, DParam>;
  revision: string;
}

/** The SDK root, cheaply: gcloud on PATH is a symlink into it; `gcloud info` is the slow oracle. */
function sdkRoot(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'gcloud');
    if (existsSync(candidate)) {
      const root = dirname(dirname(realpathSync(candidate)));
      if (existsSync(join(root, REL))) return root;
      try {
        return execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8', timeout: 30_000 }).trim();
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

let cached: { path: string; raw: string; doc: DiscoveryDoc } | undefined;
export function loadDiscovery(): { path: string; raw: string; doc: DiscoveryDoc } {
  if (cached) return cached;
  const root = sdkRoot();
  const path = root && existsSync(join(root, REL)) ? join(root, REL) : FALLBACK;
  if (!existsSync(path)) throw new Error(`BigQuery discovery document not found (looked for ${path}); install the Google Cloud CLI`);
  const raw = readFileSync(path, 'utf8');
  cached = { path, raw, doc: JSON.parse(raw) as DiscoveryDoc };
  return cached;
}

type Mode = 'request' | 'response';
type JsonSchema = Record<string, unknown>;
const INT_STRING = { type: 'string', pattern: '^-?[0-9]+$' };

function convert(s: DSchema, mode: Mode, where: string): JsonSchema {
  if (s.$ref) return { $ref: `#/definitions/${s.$ref}` };
  const lenient = mode === 'request';
  switch (s.type) {
    case 'object': {
      const out: JsonSchema = { type: 'object' };
      if (s.properties) {
        out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, convert(v, mode, `${where}.${k}`)]));
        out.additionalProperties = false;
      }
      if (s.additionalProperties) out.additionalProperties = convert(s.additionalProperties, mode, `${where}.*`);
      return out;
    }
    case 'array':
      return { type: 'array', items: s.items ? convert(s.items, mode, `${where}[]`) : {} };
    case 'string':
      if (where === 'QueryParameterValue.value' && lenient) return { type: ['string', 'number', 'boolean'] };
      if (s.format === 'int64' || s.format === 'uint64') return lenient ? { anyOf: [INT_STRING, { type: 'integer' }] } : INT_STRING;
      if (s.enum) return { type: 'string', enum: s.enum };
      if (s.format === 'google-datetime' || s.format === 'date-time') return { type: 'string', format: 'date-time' };
      return { type: 'string' };
    case 'integer':
      return lenient ? { anyOf: [{ type: 'integer' }, INT_STRING] } : { type: 'integer' };
    case 'number':
      return {
        anyOf: [
          { type: 'number' },
          lenient ? { type: 'string', pattern: '^[-+0-9.eE]+$|^(NaN|-?Infinity)$' } : { enum: ['NaN', 'Infinity', '-Infinity'] },
        ],
      };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return {}; // "any"
  }
}

const ERROR_PROTO = {
  type: 'object',
  required: ['message', 'reason'],
  additionalProperties: false,
  properties: {
    message: { type: 'string' },
    reason: { type: 'string' },
    domain: { type: 'string' },
    location: { type: 'string' },
    locationType: { type: 'string' },
    debugInfo: { type: 'string' },
  },
};
/** Google's JSON error envelope; the discovery document does not describe it. */
const ERROR_ENVELOPE = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'errors', 'status'],
      additionalProperties: false,
      properties: {
        code: { type: 'integer' },
        message: { type: 'string' },
        status: { type: 'string' },
        errors: { type: 'array', items: ERROR_PROTO },
        details: { type: 'array' },
      },
    },
  },
};

/**
 * Extra fields the official @google-cloud/bigquery client sends by design and BigQuery
 * ignores: createQueryJob leaves its `types` option inside configuration.query.
 */
const TOLERATED: Record<string, string[][]> = {
  'bigquery.jobs.insert': [['configuration', 'query', 'types']],
};

function withoutTolerated(methodId: string, body: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  for (const path of TOLERATED[methodId] ?? []) {
    let node: unknown = copy;
    for (const k of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
    if (node && typeof node === 'object') delete (node as Record<string, unknown>)[path.at(-1) as string];
  }
  return copy;
}

const stripNulls = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stripNulls)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== null)
            .map(([k, x]) => [k, stripNulls(x)]),
        )
      : v;

function describe(errs: ErrorObject[] | null | undefined): string[] {
  const out = new Set<string>();
  for (const e of errs ?? []) {
    if (e.keyword === 'anyOf') continue; // its branches already explain
    const at = e.instancePath || '/';
    out.add(
      e.keyword === 'additionalProperties'
        ? `${at}: unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : `${at}: ${e.message}`,
    );
  }
  return [...out];
}

export class ContractValidator {
  readonly methods = new Map<string, DMethod>();
  private ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false, validateSchema: false, code: { optimize: false } });
  private compiled = new Map<string, ValidateFunction>();

  constructor(readonly doc: DiscoveryDoc) {
    const walk = (r: Record<string, DResource>) => {
      for (const res of Object.values(r)) {
        for (const m of Object.values(res.methods ?? {})) this.methods.set(m.id, m);
        walk(res.resources ?? {});
      }
    };
    walk(doc.resources);
    this.ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    for (const mode of ['request', 'response'] as const) {
      const definitions = Object.fromEntries(Object.entries(doc.schemas).map(([n, s]) => [n, convert(s, mode, n)]));
      this.ajv.addSchema({ $id: `bq-${mode}`, definitions });
    }
    this.ajv.addSchema({ $id: 'bq-error', ...ERROR_ENVELOPE });
  }

  private validator(id: string): ValidateFunction {
    let v = this.compiled.get(id);
    if (!v) {
      v = this.ajv.getSchema(id) as ValidateFunction;
      this.compiled.set(id, v);
    }
    return v;
  }

  /**
   * A request fragment as the server would echo it after parsing into its proto: unknown names
   * and nulls dropped, int64 as strings, scalar parameter values as strings.
   */
  canonical(ref: string, value: unknown): unknown {
    return this.canon(this.doc.schemas[ref] ?? {}, value, ref);
  }

  private canon(s: DSchema, v: unknown, where: string): unknown {
    if (v === null || v === undefined) return undefined;
    if (s.$ref) return this.canon(this.doc.schemas[s.$ref] ?? {}, v, s.$ref);
    if (s.type === 'array' && Array.isArray(v))
      return v.map((x) => this.canon(s.items ?? {}, x, `${where}[]`)).filter((x) => x !== undefined);
    if (s.type === 'object' && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const sub = s.properties?.[k] ?? s.additionalProperties;
        const c = sub ? this.canon(sub, x, `${where}.${k}`) : undefined;
        if (c !== undefined) out[k] = c;
      }
      return out;
    }
    if (s.type === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
    return v;
  }

  checkRequest(methodId: string, query: URLSearchParams, body: unknown): string[] {
    const m = this.methods.get(methodId);
    if (!m) return [`no discovery method ${methodId}`];
    const problems: string[] = [];
    const params = { ...this.doc.parameters, ...m.parameters };
    for (const [name, value] of query) {
      const p = params[name];
      if (p?.location !== 'query') problems.push(`query parameter "${name}" is not defined for ${methodId}`);
      else if (p.type === 'boolean' && !/^(true|false)$/.test(value)) problems.push(`query parameter ${name}=${value} is not a boolean`);
      else if (p.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query parameter ${name}=${value} is not an integer`);
      else if (p.enum && !p.enum.includes(value)) problems.push(`query parameter ${name}=${value} is not one of ${p.enum.join(', ')}`);
    }
    if (m.request) {
      if (body === undefined) problems.push(`${methodId} needs a ${m.request.$ref} body`);
      else {
        const v = this.validator(`bq-request#/definitions/${m.request.$ref}`);
        if (!v(stripNulls(withoutTolerated(methodId, body)))) problems.push(...describe(v.errors).map((d) => `${m.request?.$ref}${d}`));
      }
    } else if (body !== undefined) problems.push(`${methodId} takes no request body`);
    return problems;
  }

  checkResponse(methodId: string, status: number, body: unknown): string[] {
    const m = this.methods.get(methodId);
    if (status >= 400) {
      const v = this.validator('bq-error');
      return v(body) ? [] : describe(v.errors).map((d) => `error envelope${d}`);
    }
    if (!m?.response) return body === undefined || body === '' ? [] : [`${methodId} has no response body in discovery`];
    const v = this.validator(`bq-response#/definitions/${m.response.$ref}`);
    return v(body) ? [] : describe(v.errors).map((d) => `${m.response?.$ref}${d}`);
  }
}
