// Pick an adapter per source from its address. Google clients load only when a gs://, bigquery: or run: address asks.
import type { FamilySettings } from './config/settings.js';
import { fsDocFile } from './docs/file.js';
import { InputError } from './errors.js';
import { localManifest } from './manifest/local.js';
import type { Artifacts, Deployment, ManifestSource, Registry, Sources } from './ports.js';
import { parseBigQueryAddress } from './registry/bigquery-address.js';

export const manifestSource = async (address: string): Promise<ManifestSource> => {
  if (address.startsWith('gs://')) {
    const { gcsManifest } = await import('./manifest/gcs.js');
    return gcsManifest(address);
  }
  return localManifest(address);
};

/** node:http's idle timeout for every Google request of the run (util/idle-timeout.ts), loaded only when one may come. */
const idleTimeoutOn = async (): Promise<void> => (await import('./util/idle-timeout.js')).httpIdleTimeout();

export const registryFor = async (s: FamilySettings): Promise<Registry | undefined> => {
  const r = s.registry;
  if (r === undefined) return undefined;
  if (r.startsWith('duckdb:')) {
    const { duckdbRegistry } = await import('./registry/duckdb.js');
    return duckdbRegistry(r.slice('duckdb:'.length));
  }
  if (r.startsWith('bigquery:')) {
    const address = r.slice('bigquery:'.length);
    const { tableId } = parseBigQueryAddress(address);
    // On now, not when the client loads: requests another client starts before then (a token fetch) get it too.
    await idleTimeoutOn();
    return onFirstCall(tableId, async () => {
      const { bigqueryRegistry } = await import('./registry/bigquery.js');
      return bigqueryRegistry(address, { location: s.location, createTable: s.createTable });
    });
  }
  throw InputError.at(s.origin, `registry "${r}" must start with duckdb: or bigquery:`);
};

/**
 * A registry whose adapter, and with it the client library, loads on its first call rather than when it is opened:
 * BigQuery's is a large load, and drift asks the registry after its Cloud Storage reads are on the wire, so the load
 * runs while their answers are on the way instead of before they are asked. The address is checked here, up front.
 */
const onFirstCall = (name: string, open: () => Promise<Registry>): Registry => {
  let opened: Promise<Registry> | undefined;
  const registry = () => (opened ??= open());
  return {
    name,
    read: async (opts) => (await registry()).read(opts),
    migration: async () => (await registry()).migration(),
    apply: async (plan, family, audit) => (await registry()).apply(plan, family, audit),
    readHistory: async () => (await registry()).readHistory(),
    historyVersion: async () => (await registry()).historyVersion(),
  };
};

export const deploymentFor = async (s: FamilySettings): Promise<Deployment | undefined> => {
  const d = s.deployment;
  if (d === undefined) return undefined;
  if (!s.modelEnv) throw InputError.at(s.origin, 'a deployment needs model-env: the variable that names the served model file');
  if (d.startsWith('run:')) {
    // Cloud Run's calls carry their own timeout; its credentials' token fetch goes through node:http without one.
    await idleTimeoutOn();
    const { cloudRunDeployment } = await import('./deployment/cloud-run.js');
    return cloudRunDeployment(d.slice('run:'.length));
  }
  const { serviceYamlDeployment } = await import('./deployment/service-yaml.js');
  return serviceYamlDeployment(d);
};

/**
 * Model objects are checked when the manifest is on gs:// (Cloud Storage access is there already), or when
 * verify-artifacts is set explicitly; a local manifest alone (say, a fork PR's check) never needs GCS.
 */
export const artifactsFor = async (s: FamilySettings): Promise<Artifacts | undefined> => {
  if (s.verifyArtifacts === 'none' || !(s.manifest.startsWith('gs://') || s.verifyArtifactsExplicit)) return undefined;
  const { gcsArtifacts } = await import('./artifacts/gcs.js');
  return gcsArtifacts();
};

export const openSources = async (
  s: FamilySettings,
  need: { registry?: boolean; deployment?: boolean; doc?: boolean; artifacts?: boolean; mirror?: boolean },
): Promise<Sources> => {
  const [manifest, mirror, registry, deployment, artifacts] = await Promise.all([
    manifestSource(s.manifest),
    need.mirror && s.manifestMirror !== undefined ? manifestSource(s.manifestMirror) : undefined,
    need.registry ? registryFor(s) : undefined,
    need.deployment ? deploymentFor(s) : undefined,
    need.artifacts ? artifactsFor(s) : undefined,
  ]);
  return {
    family: s.name ?? '',
    manifest,
    ...(mirror ? { mirror } : {}),
    ...(registry ? { registry } : {}),
    ...(deployment ? { deployment } : {}),
    ...(need.doc ? { doc: fsDocFile(s.claudeMd, s.root) } : {}),
    ...(artifacts ? { artifacts } : {}),
  };
};
