// The one place a Cloud Storage client is built, and its failures classified. Loaded only for gs:// addresses.
import { EventEmitter } from 'node:events';
import { type Bucket, type File, Storage } from '@google-cloud/storage';
import { InputError, ServiceError } from '../errors.js';
import { tokenAuth } from '../util/google.js';
import { httpIdleTimeout } from '../util/idle-timeout.js';
import { isNetworkFailure } from '../util/retry.js';
import { runWide } from '../util/shared.js';
import { fastCrc32c } from './crc32c.js';

export interface GcsClientOptions {
  /** A JSON API emulator, `host:port` or `http://host:port`; default STORAGE_EMULATOR_HOST, else Google with ADC. */
  endpoint?: string;
}

export interface GsUrl {
  url: string;
  bucket: string;
  object: string;
}

export const parseGsUrl = (url: string): GsUrl => {
  const m = /^gs:\/\/([^/]+)\/(.+)$/.exec(url);
  if (!m) throw InputError.at(url, 'must be gs://BUCKET/OBJECT');
  return { url, bucket: m[1] as string, object: m[2] as string };
};

/** `host:port`, `http://host:port` or `…/storage/v1` → the origin the client wants as apiEndpoint. */
const emulatorOrigin = (raw: string): string =>
  (/^https?:\/\//.test(raw) ? raw : `http://${raw}`).replace(/\/+$/, '').replace(/\/storage\/v1$/, '');

/**
 * Client retries are off: a retried media download crashes the process (teeny-request 11.1.1,
 * googleapis/google-cloud-node#8670), so every call is retried by us instead (`transient`, withRetry),
 * with one policy for metadata and media alike.
 */
/**
 * A media download whose body is cut off ends with 11 'error' and 'close' listeners on its response body (node-fetch,
 * teeny-request, the client's pipelines and Node's pipeline cleanup): one request, not a leak. Node warns on stderr
 * above 10, a stray line in the user's log, so a process with a Cloud Storage client allows a few more.
 */
export const allowDownloadListeners = (): void => {
  if (EventEmitter.defaultMaxListeners < 16) EventEmitter.defaultMaxListeners = 16;
};

/**
 * One client per endpoint, project and token for the whole run, shared by every family and by a family's manifest
 * and object reads: each client would otherwise make its own credentials object (with Application Default Credentials,
 * its own credential lookup and token fetch) and its own request wrappers, all the same for every family.
 */
export const storageClient = (opts: GcsClientOptions = {}): Storage => {
  const raw = opts.endpoint ?? process.env.STORAGE_EMULATOR_HOST ?? '';
  const key = JSON.stringify(['gcs', raw, process.env.GOOGLE_CLOUD_PROJECT ?? '', process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '']);
  return runWide(key, () => newStorageClient(raw));
};

const newStorageClient = (raw: string): Storage => {
  httpIdleTimeout();
  allowDownloadListeners();
  if (raw === '') return new Storage({ retryOptions: { autoRetry: false }, crc32cGenerator: fastCrc32c, ...tokenAuth() });
  const origin = emulatorOrigin(raw);
  // With a custom endpoint the client sends no credentials.
  const storage = new Storage({
    apiEndpoint: origin,
    projectId: process.env.GOOGLE_CLOUD_PROJECT,
    retryOptions: { autoRetry: false },
    crc32cGenerator: fastCrc32c,
  });
  // The client takes STORAGE_EMULATOR_HOST verbatim as the JSON API base (no /storage/v1), whatever
  // apiEndpoint says; pin the base so metadata and media URLs agree with the real API's paths.
  (storage as unknown as { baseUrl: string }).baseUrl = `${origin}/storage/v1`;
  return storage;
};

/**
 * Bucket handles, kept per client: the library builds a bucket's ACL and IAM helpers (dozens of closures) in its
 * constructor, and every object read names its bucket, nearly always the same one. A few hundred names at most (a
 * manifest's objects may name any number of buckets).
 */
const buckets = new WeakMap<Storage, Map<string, Bucket>>();
const BUCKETS_KEPT = 256;

/** The object `at` (one generation of it when given) through the shared bucket handle. */
export const gcsFile = (storage: Storage, at: GsUrl, generation?: string): File => {
  const kept = buckets.get(storage) ?? new Map<string, Bucket>();
  buckets.set(storage, kept);
  let bucket = kept.get(at.bucket);
  if (!bucket) {
    if (kept.size >= BUCKETS_KEPT) kept.clear();
    bucket = storage.bucket(at.bucket);
    kept.set(at.bucket, bucket);
  }
  return generation === undefined ? bucket.file(at.object) : bucket.file(at.object, { generation });
};

const statusOf = (e: unknown): number | undefined => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
};

/** What the client library would retry: 408, 429, 5xx, and network failures (reset, cut off mid-body, DNS). */
export const transient = (e: unknown): boolean => {
  const status = statusOf(e);
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  return isNetworkFailure(e);
};

export const isNotFound = (e: unknown): boolean => statusOf(e) === 404;

/** The server's own words: a media error arrives as the raw JSON error body. */
const detailOf = (e: unknown): string => {
  const msg = e instanceof Error ? e.message : String(e);
  try {
    const parsed = JSON.parse(msg) as { error?: { message?: string } };
    return parsed.error?.message ?? msg;
  } catch {
    return msg;
  }
};

/** A failure after retries, as the typed error the entry point maps to an exit code. */
export const gcsFailure = (e: unknown, operation: string, at: GsUrl): Error => {
  if (e instanceof InputError || e instanceof ServiceError) return e;
  const status = statusOf(e);
  const detail = detailOf(e);
  const hint =
    status === 403
      ? `permission denied: the caller needs storage.objects.get on bucket ${at.bucket} (roles/storage.objectViewer)`
      : status === 401
        ? 'not authenticated: set up Application Default Credentials (google-github-actions/auth in workflows)'
        : (e as { code?: unknown }).code === 'CONTENT_DOWNLOAD_MISMATCH'
          ? 'the downloaded bytes did not match the CRC32C/MD5 the server sent'
          : undefined;
  return new ServiceError('Cloud Storage', `${operation} ${at.url}`, hint ? `${hint} (${detail})` : detail, { cause: e });
};
