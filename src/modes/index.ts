import type { Mode, Report } from '../report/types.js';
import { claudeMd } from './claude-md.js';
import type { ModeContext } from './context.js';
import { drift } from './drift.js';
import { duplicate } from './duplicate.js';
import { lintFilenamesMode } from './lint-filenames.js';
import { sync } from './sync.js';

export const MODE_RUNNERS: Record<Mode, (ctx: ModeContext) => Promise<Report>> = {
  sync,
  drift,
  duplicate,
  'claude-md': claudeMd,
  'lint-filenames': lintFilenamesMode,
};

/** Which ports a mode reads, so nothing else is opened (or loaded). */
export const NEEDS: Record<Mode, { registry?: boolean; deployment?: boolean; doc?: boolean; artifacts?: boolean }> = {
  sync: { registry: true },
  drift: { registry: true, deployment: true, doc: true, artifacts: true },
  duplicate: { registry: true },
  'claude-md': { doc: true },
  'lint-filenames': {},
};
