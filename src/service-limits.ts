// Families run at once, but each Google service sees a bounded number of calls from the whole run, whatever the
// number of families: one limiter per service, shared by every family, wrapped around the ports (never the clients).
import type { FamilySettings } from './config/settings.js';
import type { Artifacts, Deployment, ManifestSource, Registry, Sources } from './ports.js';
import { type Limiter, limiter } from './util/limit.js';

/**
 * Calls in flight per service, across all families of one run. Why these numbers:
 * - gcs 32: Cloud Storage has no per-project request quota for reads (a bucket starts at about 5,000 object reads a
 *   second and scales up); the bound is open sockets. Object stats are many and tiny (16 per family at most already).
 * - gcsStream 4: hashing is bandwidth-bound; four streamed downloads fill the link, more only share it (and hold memory).
 * - bigquery 32: each read is a jobs.query, which counts against the project's concurrent interactive queries (100,
 *   shared with every other user of the project) and the 100 API requests per second per user; 32 is under a third,
 *   and as many as the family pool (engine.ts FAMILY_POOL), so no family of a full pool waits on another's query.
 * - run 32: the Cloud Run Admin API's read quota counts requests per minute and region; a run makes about two reads a
 *   family (GetService, then the revisions holding traffic) whatever the concurrency, so the bound only keeps a big
 *   config from arriving as one burst. As many services at once as the family pool: with 4, twenty families waited
 *   five rounds of two round trips on Cloud Run alone (seen in the bench's CPU profile as idle time).
 * - duckdb 1: a DuckDB file is opened by one instance at a time in this process (a second open of the same file in one
 *   process is not something DuckDB promises to allow); its reads are local and fast, so families queue.
 */
export const SERVICE_LIMITS = { gcs: 32, gcsStream: 4, bigquery: 32, run: 32, duckdb: 1 } as const;
export type Service = keyof typeof SERVICE_LIMITS;

export type ServiceLimits = Record<Service, Limiter>;

export const serviceLimits = (limits: Record<Service, number> = SERVICE_LIMITS): ServiceLimits =>
  Object.fromEntries(Object.entries(limits).map(([k, n]) => [k, limiter(n)])) as ServiceLimits;

const serviceOfManifest = (address: string): Service | undefined => (address.startsWith('gs://') ? 'gcs' : undefined);
const serviceOfRegistry = (address: string | undefined): Service | undefined =>
  address?.startsWith('bigquery:') ? 'bigquery' : address?.startsWith('duckdb:') ? 'duckdb' : undefined;
const serviceOfDeployment = (address: string | undefined): Service | undefined => (address?.startsWith('run:') ? 'run' : undefined);

const limitManifest = (m: ManifestSource, l: Limiter | undefined): ManifestSource =>
  l
    ? {
        name: m.name,
        load: () => l(() => m.load()),
        ...(m.write ? { write: (bytes, read) => l(() => (m.write as NonNullable<ManifestSource['write']>)(bytes, read)) } : {}),
      }
    : m;

const limitRegistry = (r: Registry, l: Limiter | undefined): Registry =>
  l
    ? {
        name: r.name,
        read: (opts) => l(() => r.read(opts)),
        migration: () => l(() => r.migration()),
        apply: (plan, family, audit) => l(() => r.apply(plan, family, audit)),
        readHistory: () => l(() => r.readHistory()),
        historyVersion: () => l(() => r.historyVersion()),
        ...(r.close ? { close: () => (r.close as NonNullable<Registry['close']>)() } : {}),
      }
    : r;

const limitDeployment = (d: Deployment, l: Limiter | undefined): Deployment =>
  l ? { name: d.name, read: (env) => l(() => d.read(env)) } : d;

const limitArtifacts = (a: Artifacts, stat: Limiter, stream: Limiter): Artifacts => ({
  name: a.name,
  stat: (path) => stat(() => a.stat(path)),
  sha256: (path, generation, onProgress) => stream(() => a.sha256(path, generation, onProgress)),
});

/** The family's sources with each Google (and DuckDB) call waiting for its service's limiter. */
export const limitSources = (s: Sources, settings: FamilySettings, limits: ServiceLimits): Sources => {
  const of = (service: Service | undefined) => (service ? limits[service] : undefined);
  return {
    ...s,
    manifest: limitManifest(s.manifest, of(serviceOfManifest(settings.manifest))),
    ...(s.mirror && settings.manifestMirror !== undefined
      ? { mirror: limitManifest(s.mirror, of(serviceOfManifest(settings.manifestMirror))) }
      : {}),
    ...(s.registry ? { registry: limitRegistry(s.registry, of(serviceOfRegistry(settings.registry))) } : {}),
    ...(s.deployment ? { deployment: limitDeployment(s.deployment, of(serviceOfDeployment(settings.deployment))) } : {}),
    ...(s.artifacts ? { artifacts: limitArtifacts(s.artifacts, limits.gcs, limits.gcsStream) } : {}),
  };
};
