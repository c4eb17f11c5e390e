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
import { Ajv, type ValidateFunction } from 'ajv';
import {
  checkQueryParams,
  DATE_TIME,
  type DiscoveryDoc,
  type DMethod,
  type DSchema,
  definitions,
  describeErrors,
  discoveryMethods,
  errorEnvelope,
  type JsonSchema,
  type LoadedDiscovery,
  loadSdkDiscovery,
  type Mode,
} from '../discovery.js';

export type { DiscoveryDoc, DMethod } from '../discovery.js';

const REL = 'platform/bq/discovery_next/bigquery.json';

export const loadDiscovery = (): LoadedDiscovery => loadSdkDiscovery(REL, 'BigQuery');

/** The official Node client sends numbers and booleans as query parameter values; the proto-JSON parser takes them. */
const special = (where: string, mode: Mode): JsonSchema | undefined =>
  where === 'QueryParameterValue.value' && mode === 'request' ? { type: ['string', 'number', 'boolean'] } : undefined;

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

export class ContractValidator {
  readonly methods: Map<string, DMethod>;
  private ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false, validateSchema: false, code: { optimize: false } });
  private compiled = new Map<string, ValidateFunction>();

  constructor(readonly doc: DiscoveryDoc) {
    this.methods = discoveryMethods(doc);
    this.ajv.addFormat('date-time', DATE_TIME);
    for (const mode of ['request', 'response'] as const)
      this.ajv.addSchema({ $id: `bq-${mode}`, definitions: definitions(doc, mode, special) });
    this.ajv.addSchema({ $id: 'bq-error', ...errorEnvelope(['code', 'message', 'errors', 'status']) });
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
    const problems = checkQueryParams(this.doc, m, query);
    if (m.request) {
      if (body === undefined) problems.push(`${methodId} needs a ${m.request.$ref} body`);
      else {
        const v = this.validator(`bq-request#/definitions/${m.request.$ref}`);
        if (!v(stripNulls(withoutTolerated(methodId, body))))
          problems.push(...describeErrors(v.errors).map((d) => `${m.request?.$ref}${d}`));
      }
    } else if (body !== undefined) problems.push(`${methodId} takes no request body`);
    return problems;
  }

  checkResponse(methodId: string, status: number, body: unknown): string[] {
    const m = this.methods.get(methodId);
    if (status >= 400) {
      const v = this.validator('bq-error');
      return v(body) ? [] : describeErrors(v.errors).map((d) => `error envelope${d}`);
    }
    if (!m?.response) return body === undefined || body === '' ? [] : [`${methodId} has no response body in discovery`];
    const v = this.validator(`bq-response#/definitions/${m.response.$ref}`);
    return v(body) ? [] : describeErrors(v.errors).map((d) => `${m.response?.$ref}${d}`);
  }
}
