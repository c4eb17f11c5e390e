// The ports modes load their sources through. Adapters (one file per backend) implement them;
// they are the only code that does I/O.
import type { Plan } from './checks/plan.js';
import type { SourcePosition } from './errors.js';
import type { RegistryRow } from './registry/row.js';

export interface ManifestSource {
  /** Path or gs:// URL, as shown in messages. */
  readonly name: string;
  load(): Promise<{ bytes: Uint8Array; generation?: string }>;
}

export interface Registry {
  /** Table name as shown in messages, e.g. `model_registry`. */
  readonly name: string;
  /** Every row (all families) in one read, so it can run beside the manifest read; an absent table reads as empty. */
  read(): Promise<RegistryRow[]>;
  /** Apply the plan as one atomic statement. */
  apply(plan: Plan, family: string): Promise<void>;
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
}

export interface DeploymentSnapshot {
  source: string;
  service: string;
  region: string | null;
  project: string | null;
  env: string;
  served: ServedModel[];
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

export interface Sources {
  family: string;
  manifest: ManifestSource;
  registry?: Registry;
  deployment?: Deployment;
  doc?: DocFile;
}
