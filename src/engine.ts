// The one engine both front ends call: settings in, reports out.
import { openSources } from './backends.js';
import { offlineSettings } from './config/offline.js';
import type { FailOn, FamilySettings, RunOptions } from './config/settings.js';
import { TEMPLATE_MAX_BYTES } from './docs/render.js';
import { EXIT } from './errors.js';
import { listFiles } from './filenames/fs.js';
import { decodeUtf8 } from './manifest/json-source.js';
import { fsProblem } from './manifest/local.js';
import type { ModeContext } from './modes/context.js';
import { MODE_RUNNERS, NEEDS } from './modes/index.js';
import type { Sources } from './ports.js';
import type { Finding, Report } from './report/types.js';
import { readBounded } from './util/bounded-read.js';

/** How a front end swaps an adapter: the action reads CLAUDE.md through the GitHub API, its PR baseline reads the base branch. */
export interface EngineIo {
  adapt?: (sources: Sources, settings: FamilySettings) => Sources | Promise<Sources>;
  listFiles?: ModeContext['listFiles'];
}

export const runFamilies = async (
  families: FamilySettings[],
  options: RunOptions,
  log: (line: string) => void,
  io: EngineIo = {},
): Promise<Report[]> => {
  const reports: Report[] = [];
  for (const given of families) {
    const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
    const opened = await openSources(settings, NEEDS[options.mode]);
    try {
      const sources = io.adapt ? await io.adapt(opened, settings) : opened;
      const run = await MODE_RUNNERS[options.mode]();
      const report = await run({
        settings,
        options,
        sources,
        listFiles: io.listFiles ?? listFiles,
        readTemplate: (p) =>
          readBounded(p, TEMPLATE_MAX_BYTES).then(
            (bytes) => decodeUtf8(p, bytes),
            (e) => Promise.reject(fsProblem(p, e, 'template')),
          ),
        log,
      });
      reports.push(skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report);
    } finally {
      await opened.registry?.close?.();
    }
  }
  return reports;
};

/** Whether a finding fails the run at this fail-on level. */
export const blocks = (f: Finding, failOn: FailOn): boolean =>
  failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';

export const exitCodeOf = (reports: Report[], failOn: FailOn): number =>
  reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? EXIT.findings : EXIT.clean;
