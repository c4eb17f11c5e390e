// The one engine both front ends call: settings in, reports out.
import { openSources } from './backends.js';
import { offlineSettings } from './config/offline.js';
import type { FailOn, FamilySettings, RunOptions } from './config/settings.js';
import { TEMPLATE_MAX_BYTES } from './docs/limits.js';
import { EXIT, exitCodeFor, InputError, messageOf } from './errors.js';
import { listFiles } from './filenames/fs.js';
import { decodeUtf8 } from './manifest/json-source.js';
import { fsProblem } from './manifest/local.js';
import type { ModeContext } from './modes/context.js';
import { MODE_RUNNERS, NEEDS } from './modes/index.js';
import type { Sources } from './ports.js';
import { type Finding, type Mode, makeReport, type Report } from './report/types.js';
import { readBounded } from './util/bounded-read.js';

/** How a front end swaps an adapter: the action reads CLAUDE.md through the GitHub API, its PR baseline reads the base branch. */
export interface EngineIo {
  adapt?: (sources: Sources, settings: FamilySettings) => Sources | Promise<Sources>;
  /** `within`: the root every match must resolve inside (settings.filenames.within), when the globs are confined. */
  listFiles?: (globs: string[], within?: string) => ReturnType<NonNullable<ModeContext['listFiles']>>;
}

export const runFamilies = async (
  families: FamilySettings[],
  options: RunOptions,
  log: (line: string) => void,
  io: EngineIo = {},
): Promise<Report[]> => {
  // promote rewrites a manifest: run over every family, one bad family would come after another's write.
  if (options.mode === 'promote' && families.length > 1)
    throw InputError.at(
      families[0]?.origin ?? 'arguments',
      `promote changes one manifest; name its family with --family (the config lists ${families.length})`,
    );
  const reports: Report[] = [];
  for (const given of families) {
    try {
      reports.push(await runFamily(given, options, log, io));
    } catch (e) {
      // One family's bad manifest or failed service is reported as that family's result, and the other families
      // still run; the exit code is the worst of them. A single family fails the run as before (one line, its code).
      if (families.length === 1) throw e;
      reports.push(failedReport(options.mode, given.name ?? given.manifest, e));
    }
  }
  return reports;
};

const runFamily = async (given: FamilySettings, options: RunOptions, log: (line: string) => void, io: EngineIo): Promise<Report> => {
  const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
  const opened = await openSources(settings, NEEDS[options.mode]);
  try {
    const sources = io.adapt ? await io.adapt(opened, settings) : opened;
    const run = await MODE_RUNNERS[options.mode]();
    const report = await run({
      settings,
      options,
      sources,
      listFiles: (globs) => (io.listFiles ?? listFiles)(globs, settings.filenames.within),
      readTemplate: (p) =>
        readBounded(p, TEMPLATE_MAX_BYTES).then(
          (bytes) => decodeUtf8(p, bytes),
          (e) => Promise.reject(fsProblem(p, e, 'template')),
        ),
      log,
    });
    return skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report;
  } finally {
    await opened.registry?.close?.();
  }
};

/** A family that could not be checked: its error as findings (located where the input says), and its exit code. */
export const failedReport = (mode: Mode, family: string, e: unknown): Report => {
  const findings: Finding[] =
    e instanceof InputError
      ? e.problems.map((p) => ({
          code: 'input.invalid',
          severity: 'error',
          message: p.path ? `${p.path}: ${p.message}` : p.message,
          location: { file: p.file, ...(p.line === undefined ? {} : { line: p.line, column: p.column ?? 1 }) },
        }))
      : [{ code: 'service.failed', severity: 'error', message: messageOf(e) }];
  const why = e instanceof InputError ? 'bad input' : 'a service failed';
  return { ...makeReport(mode, family, findings, `Not checked: ${why} (exit ${exitCodeFor(e)})`), failure: exitCodeFor(e) };
};

/** Whether a finding fails the run at this fail-on level. */
export const blocks = (f: Finding, failOn: FailOn): boolean =>
  failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';

/** The worst of the families: a family that could not be checked (2 or 3) outranks findings (1). */
export const exitCodeOf = (reports: Report[], failOn: FailOn): number =>
  Math.max(
    reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? EXIT.findings : EXIT.clean,
    ...reports.map((r) => r.failure ?? EXIT.clean),
  );
