// The ports modes load their sources through. Adapters (one file per backend) implement them;
// they are the only code that does I/O.
import type { Migration } from './checks/migration.js';
import type { Plan } from './checks/plan.js';
import type { SourcePosition } from './errors.js';
import type { Audit, HistoryRow } from './registry/history-row.js';
import type { RegistryRow } from './registry/row.js';

/** What one load read: the bytes and, for gs://, the generation they are. */
export interface ManifestRead {
  bytes: Uint8Array;
  generation?: string;
}

export interface ManifestSource {
  /** Path or gs:// URL, as shown in messages. */
  readonly name: string;
  load(): Promise<ManifestRead>;
  /**
   * Replace the manifest with `bytes` in one step, only if it is still what `read` was (same bytes, or the same
   * gs:// generation); otherwise a ServiceError (exit 3) and nothing written.
   */
  write?(bytes: Uint8Array, read: ManifestRead): Promise<void>;
}

export interface Registry {
  /** Table name as shown in messages, e.g. `model_registry`. */
  readonly name: string;
  /**
   * Every row (all families) in one read, so it can run beside the manifest read; an absent table reads as empty.
   * A table that lacks some of our columns is bad input (exit 2) unless `migrate`: then those columns read as NULL.
   */
  read(opts?: { migrate?: boolean }): Promise<RegistryRow[]>;
  /** What adopting the table takes (columns to add, columns not ours); null when there is no table yet. */
  migration(): Promise<Migration | null>;
  /**
   * Apply the plan and append its audit rows to the history table beside the registry, as one atomic change
   * (the baseline rows only when the history is still empty). `plan.migrate` columns are added first.
   */
  apply(plan: Plan, family: string, audit?: Audit): Promise<void>;
  /** Every history row (all families), oldest first; an absent history table reads as empty. */
  readHistory(): Promise<HistoryRow[]>;
  /** How many history rows there are (0 without a table): read before read(), it dates the plan (Audit.seen). */
  historyVersion(): Promise<number>;
  close?(): Promise<void>;
}

export interface ServedModel {
  /** The variable's value, or null when it comes from a secret or is absent. */
  value: string | null;
  fromSecret: boolean;
  /** Share of traffic this revision receives, 0–100. */
  percent: number;
  revision: string | null;
  container: string;
  location?: SourcePosition;
  /** This revision holds traffic but the source does not show its containers (a service YAML describes only its template). */
  unseen?: boolean;
}

export interface DeploymentSnapshot {
  source: string;
  service: string;
  region: string | null;
  project: string | null;
  env: string;
  served: ServedModel[];
  /** The live service is mid-rollout: traffic may still move, so this is a snapshot of a moving target. */
  reconciling?: boolean;
  /** false when the source shows what was asked for but not what is served (a YAML exported without `status`). */
  trafficSeen?: boolean;
}

export interface Deployment {
  readonly name: string;
  read(env: string): Promise<DeploymentSnapshot>;
}

export interface DocFile {
  readonly name: string;
  /** null when the file does not exist. */
  read(): Promise<Uint8Array | null>;
  /** Replace the file, failing if it changed since `previous` was read. */
  write(bytes: Uint8Array, previous: Uint8Array): Promise<void>;
}

/** What a stat of one model object found; just `exists: false` when it is absent. */
export interface ArtifactStat {
  exists: boolean;
  size?: number;
  /** The generation read, so a later hash reads exactly these bytes. */
  generation?: string;
  /** The object's custom metadata `sha256`, lowercased when it is 64 hex characters: a claim, not a proof. */
  metadataSha256?: string;
}

/** Model objects (the manifest's gcs_path of each model). */
export interface Artifacts {
  /** The store as named in messages, e.g. `Cloud Storage`. */
  readonly name: string;
  stat(gcsPath: string): Promise<ArtifactStat>;
  /** SHA-256 (hex) of that generation's bytes, streamed: the object is never held in memory. */
  sha256(gcsPath: string, generation: string, onProgress?: (bytes: number) => void): Promise<string>;
}

/** The manifest as the pull request's base commit has it (the PR check's gate); null when the base lacks the file. */
export interface BaseManifest {
  readonly name: string;
  load(): Promise<Uint8Array | null>;
}

export interface Sources {
  family: string;
  manifest: ManifestSource;
  /** The other copy of the manifest (manifest-mirror), when drift compares the two. */
  mirror?: ManifestSource;
  registry?: Registry;
  deployment?: Deployment;
  doc?: DocFile;
  artifacts?: Artifacts;
  baseManifest?: BaseManifest;
}
