// The command-line front end: flags → the same typed settings the action builds → the engine.
import { Command, CommanderError } from 'commander';
import { type Overrides, resolveSettings } from '../config/load.js';
import type { FailOn, Format, RunOptions } from '../config/settings.js';
import { exitCodeOf, runFamilies } from '../engine.js';
import { EXIT, exitCodeFor, InputError, messageOf } from '../errors.js';
import { formatName } from '../filenames/grammar.js';
import { isCalendarDate } from '../manifest/schema.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderPrintableText } from '../report/text.js';
import { MODES, type Mode } from '../report/types.js';
import { printable } from '../util/printable.js';
import { logLine, safeLines } from '../util/workflow-commands.js';
import { addModeOptions } from './options.js';
import { VERSION } from './version.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface Flags {
  config?: string;
  family?: string;
  manifest?: string;
  registry?: string;
  location?: string;
  createTable?: boolean;
  deployment?: string;
  modelEnv?: string;
  claudeMd?: string;
  template?: string;
  title?: string;
  format: Format;
  json?: boolean;
  failOn: FailOn;
  offline?: boolean;
  dryRun?: boolean;
  prune?: boolean;
  migrate?: boolean;
  force?: boolean;
  trainStart?: string;
  trainEnd?: string;
  scope?: 'family' | 'all';
  check?: boolean;
  write?: boolean;
  pattern?: string;
  glob?: string[];
  legacy?: string[];
  verifyArtifacts?: 'production' | 'all' | 'none';
  model?: string;
  asOf?: string;
  reason?: string;
  at?: string;
  date?: string;
  adoptSection?: string;
}

const HELP: Record<Mode, string> = {
  sync: 'Upsert the manifest into the registry table with one atomic MERGE (plan first; --dry-run writes nothing).',
  drift: 'Compare the manifest with the registry, the deployment, the CLAUDE.md block and the filenames.',
  duplicate: 'Check whether a training window is already trained (before training), or list shared windows.',
  'claude-md': 'Render the MODEL block; --check exits 1 when stale, --write rewrites only between the markers.',
  'lint-filenames': 'Check model filenames against the naming convention and their training windows.',
  gate: "Evaluate the family's promotion gates for one model: exit 1 when any fails.",
  list: "List the registry's rows for the family (the manifest's when no registry is configured), with a gantt chart in markdown.",
  history: 'Show the registry history (newest first); --at: which model was production at that instant.',
  promote: 'Run the gates for one model, then make it production in the manifest (only those fields change).',
};

/**
 * The mode `argv` runs, when its first word names one: then only that mode's options are built (building all nine
 * modes' 30-odd options is a few milliseconds of every start). Everything else (help, an unknown command, no
 * command) gets the whole program. test/cli/lazy-program.test.ts checks both print and exit alike.
 */
export const invokedMode = (argv: readonly string[]): Mode | undefined => MODES.find((m) => m === argv[0]);

/** `only`: build that mode's options and action alone; the other modes are still named (for "unknown command"). */
export const buildProgram = (io: Io, done: (code: number) => void, only?: Mode): Command => {
  const program = new Command('model-governance')
    .description('Keep model metadata in the manifest, the registry, CLAUDE.md and filenames from drifting apart.')
    .version(VERSION, '-V, --version', 'print the version')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .enablePositionalOptions()
    .showHelpAfterError();

  for (const mode of MODES) {
    const cmd = program.command(mode).description(HELP[mode]).exitOverride();
    if (only !== undefined && mode !== only) continue;
    const { unused } = addModeOptions(cmd, mode);
    if (mode === 'lint-filenames') {
      cmd
        .enablePositionalOptions()
        .command('name')
        .description('Print the compliant filename for a family, feature count and training window.')
        .requiredOption('--family <name>', 'model family, e.g. catboost_v9')
        .requiredOption('--features <n>', 'feature count')
        .requiredOption('--train-start <date>', 'YYYY-MM-DD')
        .requiredOption('--train-end <date>', 'YYYY-MM-DD')
        .option('--created-at <iso>', 'creation time (default: now)')
        .exitOverride()
        .action((o: { family: string; features: string; trainStart: string; trainEnd: string; createdAt?: string }) => {
          io.out(`${nameCommand(o)}\n`);
          done(EXIT.clean);
        });
    }
    cmd.action(async (flags: Flags) => {
      const foreign = unused(flags);
      if (foreign.length)
        throw InputError.at('arguments', `${mode} does not use ${foreign.join(', ')}; see model-governance ${mode} --help for its options`);
      done(await runCli(mode, flags, io));
    });
  }
  return program;
};

const nameCommand = (o: { family: string; features: string; trainStart: string; trainEnd: string; createdAt?: string }): string => {
  const features = Number(o.features);
  if (!Number.isInteger(features) || features <= 0)
    throw InputError.at('arguments', `--features ${o.features} is not a positive whole number`);
  if (!/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(o.family))
    throw InputError.at('arguments', `--family ${o.family} must be lowercase letters, digits and underscores`);
  for (const d of [o.trainStart, o.trainEnd])
    if (!isCalendarDate(d)) throw InputError.at('arguments', `${d} is not a real date YYYY-MM-DD`);
  if (o.trainStart > o.trainEnd) throw InputError.at('arguments', `--train-start ${o.trainStart} is after --train-end ${o.trainEnd}`);
  const createdAt = o.createdAt === undefined ? new Date() : new Date(o.createdAt);
  if (Number.isNaN(createdAt.getTime())) throw InputError.at('arguments', `--created-at ${o.createdAt} is not a timestamp`);
  return formatName({ family: o.family, features, start: o.trainStart, end: o.trainEnd, createdAt });
};

export const optionsFor = (mode: Mode, f: Partial<Flags>): RunOptions => {
  if (f.check && f.write) throw InputError.at('arguments', '--check and --write exclude each other');
  if (f.adoptSection !== undefined && !f.check && !f.write)
    throw InputError.at('arguments', '--adopt-section goes with --write (or --check, to see the diff): it changes the file');
  if (f.adoptSection !== undefined && f.adoptSection.trim() === '')
    throw InputError.at('arguments', '--adopt-section names a heading; it is empty');
  if (f.asOf !== undefined && !isCalendarDate(f.asOf)) throw InputError.at('arguments', `--as-of ${f.asOf} is not a real date YYYY-MM-DD`);
  return {
    mode,
    dryRun: f.dryRun ?? false,
    prune: f.prune ?? false,
    migrate: f.migrate ?? false,
    force: f.force ?? false,
    trainStart: f.trainStart,
    trainEnd: f.trainEnd,
    claudeMdAction: f.check ? 'check' : f.write ? 'write' : 'print',
    failOn: f.failOn ?? 'error',
    offline: f.offline ?? false,
    scope: f.scope ?? 'family',
    ...(f.model === undefined ? {} : { model: f.model }),
    ...(f.asOf === undefined ? {} : { asOf: f.asOf }),
    reason: f.reason,
    at: f.at,
    ...(f.date === undefined ? {} : { date: f.date }),
    ...(f.adoptSection === undefined ? {} : { adoptSection: f.adoptSection }),
  };
};

const overridesFrom = (f: Flags): Overrides => ({
  manifest: f.manifest,
  registry: f.registry,
  location: f.location,
  'create-table': f.createTable,
  deployment: f.deployment,
  'model-env': f.modelEnv,
  'claude-md': f.claudeMd,
  template: f.template,
  title: f.title,
  'verify-artifacts': f.verifyArtifacts,
  ...(f.pattern || f.glob || f.legacy ? { filenames: { pattern: f.pattern, globs: f.glob, legacy: f.legacy } as never } : {}),
});

const runCli = async (mode: Mode, flags: Flags, io: Io): Promise<number> => {
  const options = optionsFor(mode, flags);
  // The config's paths stay inside its repository; paths typed here are the user's own choice (config/confine.ts).
  const families = await resolveSettings({
    configPath: flags.config,
    family: flags.family,
    overrides: overridesFrom(flags),
    confine: { inputs: false },
    walkUp: true,
  });
  const reports = await runFamilies(families, options, (line) => io.err(`${logLine(line)}\n`));
  const format = flags.json ? 'json' : flags.format;
  io.out(
    format === 'json' ? renderJson(reports) : format === 'markdown' ? printable(renderMarkdown(reports)) : renderPrintableText(reports),
  );
  return exitCodeOf(reports, options.failOn);
};

/** Parse and run; never throws, always resolves to an exit code. */
export const main = async (argv: string[], given: Io, build: 'invoked' | 'all' = 'invoked'): Promise<number> => {
  // The CLI composes no workflow command, so every line it prints, on either stream, passes the guard.
  const io: Io = { out: (s) => given.out(safeLines(s)), err: (s) => given.err(safeLines(s)) };
  let code: number = EXIT.clean;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    build === 'invoked' ? invokedMode(argv) : undefined,
  );
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.input;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.clean : EXIT.input;
    for (const line of messageOf(e).split('\n')) io.err(`model-governance: ${line}\n`);
    return exitCodeFor(e);
  }
};
