import type { RunOptions } from '../config/settings.js';
import type { Mode, Report } from '../report/types.js';
import type { ModeContext } from './context.js';

type Runner = (ctx: ModeContext) => Promise<Report>;

// Each mode loads on demand, so a run pays start-up only for its own code (lint-filenames never parses
// the diff or template libraries).
export const MODE_RUNNERS: Record<Mode, () => Promise<Runner>> = {
  sync: async () => (await import('./sync.js')).sync,
  drift: async () => (await import('./drift.js')).drift,
  duplicate: async () => (await import('./duplicate.js')).duplicate,
  'claude-md': async () => (await import('./claude-md.js')).claudeMd,
  'lint-filenames': async () => (await import('./lint-filenames.js')).lintFilenamesMode,
  gate: async () => (await import('./gate.js')).gate,
  list: async () => (await import('./list.js')).list,
  history: async () => (await import('./history.js')).history,
  promote: async () => (await import('./promote.js')).promote,
};

/** Which ports a mode reads, so nothing else is opened (or loaded). */
export const NEEDS: Record<Mode, { registry?: boolean; deployment?: boolean; doc?: boolean; artifacts?: boolean; mirror?: boolean }> = {
  sync: { registry: true },
  drift: { registry: true, deployment: true, doc: true, artifacts: true, mirror: true },
  duplicate: { registry: true },
  'claude-md': { doc: true },
  'lint-filenames': {},
  gate: { registry: true },
  list: { registry: true },
  history: { registry: true },
  promote: { registry: true },
};

/**
 * Whether a run of the mode writes (the registry, a manifest or CLAUDE.md). Declared for every mode, so a new mode
 * says so: the engine runs a writing mode's families one after another (see familyPool).
 */
export const WRITES: Record<Mode, (options: RunOptions) => boolean> = {
  sync: () => true,
  drift: () => false,
  duplicate: () => false,
  'claude-md': (o) => o.claudeMdAction === 'write',
  'lint-filenames': () => false,
  gate: () => false,
  list: () => false,
  history: () => false,
  promote: () => true,
};
