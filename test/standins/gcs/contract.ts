// Contract checks against the Cloud Storage JSON API discovery document shipped with the Google Cloud CLI (the
// apitools storage sample, storage_v1.json): each request is mapped to the discovery method it calls, its query
// parameters and JSON body are checked against that method, and each JSON answer against the method's response
// schema. A request the stand-in cannot map is a violation too (and answered 404), so a client calling a method the
// stand-in does not serve fails the test instead of passing against a made-up answer.
import { Ajv, type ValidateFunction } from 'ajv';
import {
  checkQueryParams,
  DATE_TIME,
  type DMethod,
  definitions,
  describeErrors,
  discoveryMethods,
  errorEnvelope,
  type LoadedDiscovery,
  loadSdkDiscovery,
} from '../discovery.js';

const REL = 'platform/gsutil/third_party/apitools/samples/storage_sample/storage_v1.json';

export const loadStorageDiscovery = (): LoadedDiscovery => loadSdkDiscovery(REL, 'Cloud Storage');

/** Media upload and download parameters: the upload protocol's, not any method's (the document names only `alt`). */
const PROTOCOL = ['uploadType', 'upload_id'];

export interface Violation {
  direction: 'request' | 'response';
  methodId: string;
  method: string;
  path: string;
  problems: string[];
}

export class StorageContract {
  readonly methods: Map<string, DMethod>;
  private ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false, validateSchema: false, code: { optimize: false } });
  private compiled = new Map<string, ValidateFunction>();

  constructor(private loaded: LoadedDiscovery = loadStorageDiscovery()) {
    const doc = loaded.doc;
    this.methods = discoveryMethods(doc);
    this.ajv.addFormat('date-time', DATE_TIME);
    for (const mode of ['request', 'response'] as const) this.ajv.addSchema({ $id: `gcs-${mode}`, definitions: definitions(doc, mode) });
    // Cloud Storage's error envelope has no `status`, unlike BigQuery's.
    this.ajv.addSchema({ $id: 'gcs-error', ...errorEnvelope(['code', 'message', 'errors']) });
  }

  get revision(): string {
    return this.loaded.doc.revision;
  }

  private validator(id: string): ValidateFunction {
    let v = this.compiled.get(id);
    if (!v) {
      v = this.ajv.getSchema(id) as ValidateFunction;
      this.compiled.set(id, v);
    }
    return v;
  }

  checkRequest(methodId: string, query: URLSearchParams, body?: unknown): string[] {
    const m = this.methods.get(methodId);
    if (!m) return [`no discovery method ${methodId}`];
    // `alt=media` is how a method that supports media download serves the bytes instead of the resource.
    const media = query.get('alt') === 'media' && (m as { supportsMediaDownload?: boolean }).supportsMediaDownload === true;
    const checked = new URLSearchParams([...query].filter(([k]) => !(media && k === 'alt')));
    const problems = checkQueryParams(this.loaded.doc, m, checked, PROTOCOL);
    if (body !== undefined && m.request) {
      const v = this.validator(`gcs-request#/definitions/${m.request.$ref}`);
      if (!v(body)) problems.push(...describeErrors(v.errors).map((d) => `${m.request?.$ref}${d}`));
    }
    return problems;
  }

  /** A JSON answer; media bodies and empty answers have no schema to meet. */
  checkResponse(methodId: string, status: number, body: unknown): string[] {
    if (status >= 400) {
      const v = this.validator('gcs-error');
      return v(body) ? [] : describeErrors(v.errors).map((d) => `error envelope${d}`);
    }
    const m = this.methods.get(methodId);
    if (!m?.response) return body === undefined ? [] : [`${methodId} has no response body in discovery`];
    const v = this.validator(`gcs-response#/definitions/${m.response.$ref}`);
    return v(body) ? [] : describeErrors(v.errors).map((d) => `${m.response?.$ref}${d}`);
  }
}

/**
 * The discovery method a request calls, from its HTTP method and path (see the server's route for the paths), or
 * undefined when it calls nothing the stand-in serves.
 */
export const methodOf = (method: string, pathname: string): string | undefined => {
  const segs = pathname.split('/').slice(1);
  if (segs[0] === 'resumable') segs.shift();
  const prefix = segs[0] === 'storage' ? '' : (segs.shift() ?? '');
  const [api, version, b, bucket, o, ...rest] = segs;
  if (api !== 'storage' || version !== 'v1' || b !== 'b' || !bucket) return undefined;
  const name = rest.join('/');
  if (prefix === 'upload') return (method === 'POST' || method === 'PUT') && o === 'o' && !name ? 'storage.objects.insert' : undefined;
  if (prefix === 'download') return method === 'GET' && o === 'o' && name ? 'storage.objects.get' : undefined;
  if (prefix !== '') return undefined;
  if (o === undefined) return method === 'GET' ? 'storage.buckets.get' : undefined;
  if (o !== 'o') return undefined;
  if (!name) return method === 'GET' ? 'storage.objects.list' : undefined;
  return { GET: 'storage.objects.get', PATCH: 'storage.objects.patch', DELETE: 'storage.objects.delete' }[method];
};
