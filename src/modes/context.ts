// What every mode receives: settings, options and ports. Modes compose; they do no I/O of their own.
import type { ExtraName } from '../checks/filenames.js';
import { gateMetrics } from '../checks/gates.js';
import type { FamilySettings, RunOptions } from '../config/settings.js';
import { InputError } from '../errors.js';
import { type ParsedManifest, parseManifest } from '../manifest/parse.js';
import type { ManifestRead, ManifestSource, Sources } from '../ports.js';
import { handedOff } from '../util/handoff.js';

export interface ModeContext {
  settings: FamilySettings;
  options: RunOptions;
  sources: Sources;
  /** Filesystem listing for filename globs; an adapter, so lint stays pure. */
  listFiles?: (globs: string[]) => Promise<ExtraName[]>;
  /** A user template for the CLAUDE.md block, already read. */
  readTemplate?: (path: string) => Promise<string>;
  /**
   * Waits until the run's manifest budget has room for this family's manifest (engine.ts): parsed manifests are the
   * big heap cost of families that run at once. Held until the family's report is made.
   */
  holdManifest?: (bytes: number) => Promise<void>;
  log: (line: string) => void;
}

export const loadManifest = async (ctx: ModeContext): Promise<ParsedManifest> => (await readManifest(ctx)).parsed;

/** From this size on (about 30 ms of parse), a manifest is parsed after the registry's query is with DuckDB. */
const HANDOFF_FIRST_BYTES = 1024 * 1024;

/** The parsed manifest and the read it came from (bytes and generation), for a mode that writes it back (promote). */
export const readManifest = async (ctx: ModeContext): Promise<{ parsed: ParsedManifest; read: ManifestRead }> => {
  const read = await ctx.sources.manifest.load();
  const { bytes, generation } = read;
  await ctx.holdManifest?.(bytes.byteLength);
  // A registry read started beside this one hands its query to DuckDB first: it then runs during a long parse. A
  // small manifest's parse is shorter than that wait, and goes first, as it did.
  if (bytes.byteLength >= HANDOFF_FIRST_BYTES) await handedOff();
  if (generation !== undefined) ctx.log(`read ${ctx.sources.manifest.name} generation ${generation}`);
  const metrics = gateMetrics(ctx.settings.gates);
  const parsed = {
    ...parseManifest(ctx.sources.manifest.name, bytes, { metrics }),
    ...(generation === undefined ? {} : { generation }),
  };
  const want = ctx.settings.name;
  if (want !== undefined && want !== parsed.manifest.family)
    throw InputError.at(parsed.file, `family is "${parsed.manifest.family}" but the config names "${want}"`, {
      ...parsed.source.locate(['family']),
      path: '$.family',
    });
  return { parsed, read };
};

/** The other copy of the manifest, parsed by the same rules (a bad copy is bad input, named by its own address). */
export const loadMirror = async (mirror: ManifestSource): Promise<ParsedManifest> => {
  const { bytes, generation } = await mirror.load();
  return { ...parseManifest(mirror.name, bytes), ...(generation === undefined ? {} : { generation }) };
};

/**
 * Run independent reads at once (drift is one wave of reads). When several fail,
 * the earliest-listed failure wins, so a bad manifest is reported before a service error.
 */
export const inParallel = async <T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> => {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
};

export const familyOf = (ctx: ModeContext, parsed: ParsedManifest): string => ctx.settings.name ?? parsed.manifest.family;
