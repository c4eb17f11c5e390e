// The one engine both front ends call: settings in, reports out.
import { readFile } from 'node:fs/promises';
import { openSources } from './backends.js';
import type { FailOn, FamilySettings, RunOptions } from './config/settings.js';
import { EXIT } from './errors.js';
import { listFiles } from './filenames/fs.js';
import { fsProblem } from './manifest/local.js';
import { MODE_RUNNERS, NEEDS } from './modes/index.js';
import type { Finding, Report } from './report/types.js';

export const runFamilies = async (families: FamilySettings[], options: RunOptions, log: (line: string) => void): Promise<Report[]> => {
  const reports: Report[] = [];
  for (const settings of families) {
    const sources = await openSources(settings, NEEDS[options.mode]);
    try {
      reports.push(
        await MODE_RUNNERS[options.mode]({
          settings,
          options,
          sources,
          listFiles,
          readTemplate: (p) => readFile(p, 'utf8').catch((e) => Promise.reject(fsProblem(p, e, 'template'))),
          log,
        }),
      );
    } finally {
      await sources.registry?.close?.();
    }
  }
  return reports;
};

const blocks = (f: Finding, failOn: FailOn): boolean =>
  failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';

export const exitCodeOf = (reports: Report[], failOn: FailOn): number =>
  reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? EXIT.findings : EXIT.clean;
