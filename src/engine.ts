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
import { MODE_RUNNERS, NEEDS, WRITES } from './modes/index.js';
import type { Sources } from './ports.js';
import { type Finding, type Mode, makeReport, type Report } from './report/types.js';
import { limitSources, type ServiceLimits, serviceLimits } from './service-limits.js';
import { readBounded } from './util/bounded-read.js';
import { type Budget, budget, mapLimit } from './util/limit.js';
import { orderedLog } from './util/ordered-log.js';

/** How a front end swaps an adapter: the action reads CLAUDE.md through the GitHub API, its PR baseline reads the base branch. */
export interface EngineIo {
  adapt?: (sources: Sources, settings: FamilySettings) => Sources | Promise<Sources>;
  /** `within`: the root every match must resolve inside (settings.filenames.within), when the globs are confined. */
  listFiles?: (globs: string[], within?: string) => ReturnType<NonNullable<ModeContext['listFiles']>>;
  /** How many families of a reading mode run at once (default FAMILY_POOL); writing modes always run one at a time. */
  familyPool?: number;
  /** Manifest bytes the families of one run hold at once (default MANIFEST_BUDGET_BYTES). */
  manifestBudget?: number;
}

/**
 * Families that only read run this many at once: their waits on the network overlap, and the service limiters
 * (service-limits.ts) bound what each service sees. A family's drift is a chain of about four round trips (manifest
 * metadata → download → object stats, Cloud Run's service → revision beside them) around some 15 ms of CPU, so at
 * 50 ms a round trip the one thread idles unless a dozen or more families are on the way; with eight, twenty
 * families took three waves of that chain (the bench's "many families" row), and with sixteen two: the last four
 * started only as the first finished, a whole chain after the rest. Past about a dozen in flight the one thread's CPU
 * is the bound, so a larger pool costs no throughput; it only spares a config of up to 32 families a second wave.
 * Each family holds its parsed manifest while it waits, so the heap those take is bounded by MANIFEST_BUDGET_BYTES,
 * not by the pool.
 */
export const FAMILY_POOL = 32;

/**
 * Manifest bytes the families of one run hold parsed at once (each from its parse until its report is made): the size
 * limit of one manifest, so their parsed manifests never take more heap than one at the limit does, the case the
 * 512 MiB heap is tested with (test/e2e/input-limits.test.ts). The usual few-KiB manifests all fit at once; one at the
 * limit is parsed alone. What it does not count: a waiting family's raw bytes (a Buffer, outside the JavaScript heap),
 * and the second manifest a family may parse beside its own (gate's base branch, drift's mirror).
 */
export const MANIFEST_BUDGET_BYTES = 16 * 1024 * 1024; // manifest/parse.ts MANIFEST_MAX_BYTES, not imported: start-up

/**
 * Modes that write run their families one after another: families may share a registry table or a CLAUDE.md, and
 * each write is a compare-and-swap against what that family read (two at once on one table would make the second
 * fail, or on BigQuery wait on each other's DML).
 */
export const familyPool = (options: RunOptions, io: EngineIo = {}): number =>
  WRITES[options.mode](options) ? 1 : Math.max(1, io.familyPool ?? FAMILY_POOL);

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
  // Reports keep the config's order and each family's log lines print as if families ran one after another, so the
  // output is the same bytes whatever finished first.
  const logs = orderedLog(families.length, log);
  const limits = serviceLimits();
  const manifests = budget(io.manifestBudget ?? MANIFEST_BUDGET_BYTES);
  return mapLimit(families, familyPool(options, io), async (given, i) => {
    try {
      return await runFamily(given, options, logs.of(i), io, limits, manifests);
    } catch (e) {
      // One family's bad manifest or failed service is reported as that family's result, and the other families
      // still run; the exit code is the worst of them. A single family fails the run as before (one line, its code).
      if (families.length === 1) throw e;
      return failedReport(options.mode, given.name ?? given.manifest, e);
    } finally {
      logs.done(i);
    }
  });
};

const runFamily = async (
  given: FamilySettings,
  options: RunOptions,
  log: (line: string) => void,
  io: EngineIo,
  limits: ServiceLimits,
  manifests: Budget,
): Promise<Report> => {
  const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
  // The first manifest this family reads takes its size from the run's budget until the family is done.
  let held: Promise<() => void> | undefined;
  const holdManifest = async (bytes: number) => {
    held ??= manifests(bytes);
    await held;
  };
  const opened = await openSources(settings, NEEDS[options.mode]);
  try {
    const limited = limitSources(opened, settings, limits);
    const sources = io.adapt ? await io.adapt(limited, settings) : limited;
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
      holdManifest,
      log,
    });
    return skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report;
  } finally {
    if (held) (await held)();
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
