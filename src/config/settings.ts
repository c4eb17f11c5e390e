// One typed settings object for both front ends (CLI flags and action inputs) per model family.
import { DEFAULT_MARKERS, type Markers } from '../docs/marker-config.js';
import { DEFAULT_PATTERN } from '../filenames/grammar.js';
import type { Mode } from '../report/types.js';
import type { FamilyConfig } from './schema.js';

export interface FamilySettings {
  /** Where these settings came from (config path or "arguments"), named in errors about them. */
  origin: string;
  /** Config label; the manifest's own family when absent. */
  name: string | undefined;
  manifest: string;
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
  filenames: { pattern: string; globs: string[]; legacy: string[] };
}

export type FailOn = 'error' | 'warning' | 'never';
export type Format = 'text' | 'json' | 'markdown';

export interface RunOptions {
  mode: Mode;
  dryRun: boolean;
  prune: boolean;
  force: boolean;
  trainStart: string | undefined;
  trainEnd: string | undefined;
  /** claude-md: print the block, check it, or write it. */
  claudeMdAction: 'print' | 'check' | 'write';
  failOn: FailOn;
  /** Skip cloud sources (a PR check without credentials) instead of failing. */
  offline: boolean;
}

export const familySettings = (c: FamilyConfig, origin: string): FamilySettings => ({
  origin,
  name: c.name,
  manifest: c.manifest,
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
  filenames: {
    pattern: c.filenames?.pattern ?? DEFAULT_PATTERN,
    globs: c.filenames?.globs ?? [],
    legacy: c.filenames?.legacy ?? [],
  },
});
