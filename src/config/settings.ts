// One typed settings object for both front ends (CLI flags and action inputs) per model family.

import type { GateSite } from '../checks/gates.js';
import { DEFAULT_MARKERS, type Markers } from '../docs/marker-config.js';
import type { BlockConfig } from '../docs/render.js';
import type { SourcePosition } from '../errors.js';
import { DEFAULT_PATTERN } from '../filenames/grammar.js';
import { jsonPath, type PathSegment } from '../manifest/json-source.js';
import type { Mode } from '../report/types.js';
import type { FamilyConfig } from './schema.js';

export interface FamilySettings {
  /** Where these settings came from (config path or "arguments"), named in errors about them. */
  origin: string;
  /** Config label; the manifest's own family when absent. */
  name: string | undefined;
  manifest: string;
  /** The other copy of the manifest, compared by drift. */
  manifestMirror: string | undefined;
  registry: string | undefined;
  location: string | undefined;
  createTable: boolean;
  deployment: string | undefined;
  modelEnv: string | undefined;
  verifyArtifacts: 'production' | 'all' | 'none';
  /** Whether verify-artifacts was set (flag or config): then a local manifest's objects are checked too. */
  verifyArtifactsExplicit: boolean;
  claudeMd: string;
  /** Whether claude-md was named explicitly (then a missing file is an error, not a skip). */
  claudeMdExplicit: boolean;
  markers: Markers;
  template: string | undefined;
  title: string | undefined;
  block: BlockConfig | undefined;
  filenames: {
    pattern: string;
    globs: string[];
    legacy: string[];
    /** When set, every glob match must resolve inside this root (the globs came from the config or an input). */
    within?: string;
  };
  /** The repository root (the workspace in the action): symbolic links written through must lead inside it. */
  root: string;
  /** Promotion gates in config order, each with its config key and line:column (named in bad-input errors). */
  gates: GateSite[];
  /** drift and list warn (model.stale) when the production model's training ended more days ago; unset: never. */
  staleAfterDays: number | undefined;
}

/** Where a family sits in its config file: the path prefix (`families[i]` or none) and positions. */
export interface ConfigWhere {
  prefix: PathSegment[];
  locate(path: readonly PathSegment[]): SourcePosition;
}

export type FailOn = 'error' | 'warning' | 'never';
export type Format = 'text' | 'json' | 'markdown';

export interface RunOptions {
  mode: Mode;
  dryRun: boolean;
  prune: boolean;
  /** sync: add the registry columns an existing table lacks (ALTER TABLE ADD COLUMN) before the MERGE. */
  migrate?: boolean;
  force: boolean;
  trainStart: string | undefined;
  trainEnd: string | undefined;
  /** claude-md: print the block, check it, or write it. */
  claudeMdAction: 'print' | 'check' | 'write';
  /** claude-md: when the file has no markers, wrap the section under this heading in them (`--adopt-section`). */
  adoptSection?: string;
  failOn: FailOn;
  /** Skip cloud sources (a PR check without credentials) instead of failing. */
  offline: boolean;
  /** duplicate: compare windows inside the family (default) or across every family in the registry. */
  scope?: 'family' | 'all';
  /** gate: the model to evaluate; history: only this model's changes (`--model`, input `model`). */
  model?: string;
  /** drift and list: the day staleness and production periods are measured to (YYYY-MM-DD); today (UTC) when unset. */
  asOf?: string;
  /** sync: why this change was made, recorded in the history; promote: why (required with force, recorded in the manifest). */
  reason?: string | undefined;
  /** history: which model was production at this instant (as given; the mode checks it). */
  at?: string | undefined;
  /** promote: the promoted_at date (`--date`, input `date`); default today (UTC). */
  date?: string;
}

export const familySettings = (c: FamilyConfig, origin: string, where?: ConfigWhere, root = process.cwd()): FamilySettings => ({
  origin,
  name: c.name,
  manifest: c.manifest,
  manifestMirror: c['manifest-mirror'],
  registry: c.registry,
  location: c.location,
  createTable: c['create-table'] ?? false,
  deployment: c.deployment,
  modelEnv: c['model-env'],
  verifyArtifacts: c['verify-artifacts'] ?? 'production',
  verifyArtifactsExplicit: c['verify-artifacts'] !== undefined,
  claudeMd: c['claude-md'] ?? 'CLAUDE.md',
  claudeMdExplicit: c['claude-md'] !== undefined,
  markers: c.markers ?? DEFAULT_MARKERS,
  template: c.template,
  title: c.title,
  block: c.block,
  filenames: {
    pattern: c.filenames?.pattern ?? DEFAULT_PATTERN,
    globs: c.filenames?.globs ?? [],
    legacy: c.filenames?.legacy ?? [],
  },
  gates: (c.gates ?? []).map((gate, i) => {
    const path = [...(where?.prefix ?? []), 'gates', i];
    return { gate, key: jsonPath(path), at: where ? where.locate(path) : { file: origin } };
  }),
  staleAfterDays: c['stale-after-days'],
  root,
});
