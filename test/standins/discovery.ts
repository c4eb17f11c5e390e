// What the Google stand-ins share to check themselves (and whoever talks to them) against the discovery documents
// shipped with the Google Cloud CLI: finding a document in the SDK, turning its schemas into JSON Schema for Ajv, and
// saying what failed in one line per problem. The BigQuery and Cloud Storage contracts add their own quirks on top.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ErrorObject } from 'ajv';

export interface DSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, DSchema>;
  additionalProperties?: DSchema;
  items?: DSchema;
}
export interface DParam {
  type: string;
  location: string;
  format?: string;
  enum?: string[];
}
export interface DMethod {
  id: string;
  httpMethod: string;
  path?: string;
  request?: { $ref: string };
  response?: { $ref: string };
  parameters?: Record<string, DParam>;
}
export interface DResource {
  methods?: Record<string, DMethod>;
  resources?: Record<string, DResource>;
}
export interface DiscoveryDoc {
  schemas: Record<string, DSchema>;
  resources: Record<string, DResource>;
  parameters: Record<string, DParam>;
  revision: string;
}

const FALLBACK_ROOT = '/usr/lib/google-cloud-sdk';

/** The SDK root, cheaply: gcloud on PATH is a symlink into it; `gcloud info` is the slow oracle. */
function sdkRoot(rel: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'gcloud');
    if (existsSync(candidate)) {
      const root = dirname(dirname(realpathSync(candidate)));
      if (existsSync(join(root, rel))) return root;
      try {
        return execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8', timeout: 30_000 }).trim();
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface LoadedDiscovery {
  path: string;
  raw: string;
  doc: DiscoveryDoc;
}
const loaded = new Map<string, LoadedDiscovery>();

/** A discovery document at `rel` inside the Google Cloud CLI, read once per process. */
export function loadSdkDiscovery(rel: string, what: string): LoadedDiscovery {
  const hit = loaded.get(rel);
  if (hit) return hit;
  const root = sdkRoot(rel);
  const path = root && existsSync(join(root, rel)) ? join(root, rel) : join(FALLBACK_ROOT, rel);
  if (!existsSync(path)) throw new Error(`${what} discovery document not found (looked for ${path}); install the Google Cloud CLI`);
  const raw = readFileSync(path, 'utf8');
  const out = { path, raw, doc: JSON.parse(raw) as DiscoveryDoc };
  loaded.set(rel, out);
  return out;
}

/** Every method of the document by id (e.g. storage.objects.get). */
export const discoveryMethods = (doc: DiscoveryDoc): Map<string, DMethod> => {
  const out = new Map<string, DMethod>();
  const walk = (r: Record<string, DResource>) => {
    for (const res of Object.values(r)) {
      for (const m of Object.values(res.methods ?? {})) out.set(m.id, m);
      walk(res.resources ?? {});
    }
  };
  walk(doc.resources);
  return out;
};

export type Mode = 'request' | 'response';
export type JsonSchema = Record<string, unknown>;
const INT_STRING = { type: 'string', pattern: '^-?[0-9]+$' };

/**
 * A discovery schema as JSON Schema, with $refs into `#/definitions`. Unknown property names are refused (the real
 * APIs reject them: "Invalid JSON payload received. Unknown name ..."). Requests are read the way Google's proto-JSON
 * parser reads them (numbers or numeric strings for int64 and integers); responses strictly (int64 as a decimal
 * string). `special` lets a contract override one property by its dotted place (e.g. QueryParameterValue.value).
 */
export function convert(
  s: DSchema,
  mode: Mode,
  where: string,
  special?: (where: string, mode: Mode) => JsonSchema | undefined,
): JsonSchema {
  const own = special?.(where, mode);
  if (own) return own;
  if (s.$ref) return { $ref: `#/definitions/${s.$ref}` };
  const lenient = mode === 'request';
  switch (s.type) {
    case 'object': {
      const out: JsonSchema = { type: 'object' };
      if (s.properties) {
        out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, convert(v, mode, `${where}.${k}`, special)]));
        out.additionalProperties = false;
      }
      if (s.additionalProperties) out.additionalProperties = convert(s.additionalProperties, mode, `${where}.*`, special);
      return out;
    }
    case 'array':
      return { type: 'array', items: s.items ? convert(s.items, mode, `${where}[]`, special) : {} };
    case 'string':
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

/** The definitions of every schema of the document, for one direction. */
export const definitions = (doc: DiscoveryDoc, mode: Mode, special?: (where: string, mode: Mode) => JsonSchema | undefined) =>
  Object.fromEntries(Object.entries(doc.schemas).map(([n, s]) => [n, convert(s, mode, n, special)]));

/** The RFC 3339 timestamps Google's JSON APIs send. */
export const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

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
/** Google's JSON error envelope, which no discovery document describes. BigQuery always sends `status`. */
export const errorEnvelope = (required: string[]): JsonSchema => ({
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required,
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
});

/** Ajv's errors as one line each, an unknown property by its name. */
export function describeErrors(errs: ErrorObject[] | null | undefined): string[] {
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

/** Query parameters against the method's and the API's declared ones: name, location and type. */
export function checkQueryParams(doc: DiscoveryDoc, m: DMethod, query: URLSearchParams, protocol: readonly string[] = []): string[] {
  const problems: string[] = [];
  const params = { ...doc.parameters, ...m.parameters };
  for (const [name, value] of query) {
    if (protocol.includes(name)) continue;
    const p = params[name];
    if (p?.location !== 'query') problems.push(`query parameter "${name}" is not defined for ${m.id}`);
    else if (p.type === 'boolean' && !/^(true|false)$/.test(value)) problems.push(`query parameter ${name}=${value} is not a boolean`);
    else if (p.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query parameter ${name}=${value} is not an integer`);
    else if (p.format === 'int64' && !/^-?\d+$/.test(value)) problems.push(`query parameter ${name}=${value} is not an int64`);
    else if (p.enum && !p.enum.includes(value)) problems.push(`query parameter ${name}=${value} is not one of ${p.enum.join(', ')}`);
  }
  return problems;
}
