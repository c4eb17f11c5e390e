// Every command-line option, once, with the modes that read it: each mode's --help lists exactly its own, and an
// option given to a mode that does not read it is a usage error naming both (rather than silently ignored).
// Adding an option is one line here. Where the mode set follows from the ports a mode opens (modes/index.ts NEEDS),
// it is derived from them, so a mode that starts reading the registry also starts taking --registry.
import { Option } from 'commander';
import { NEEDS } from '../modes/index.js';
import { MODES, type Mode } from '../report/types.js';

export interface OptionSpec {
  /** The long flag, e.g. `--dry-run`. */
  flag: string;
  modes: readonly Mode[];
  make: (mode: Mode) => Option;
}

type Port = keyof (typeof NEEDS)[Mode];
const every = (_: Mode) => true;
const opens =
  (...ports: Port[]) =>
  (m: Mode) =>
    ports.some((p) => NEEDS[m][p] === true);
const collect = (v: string, prev: string[] = []) => [...prev, v];

/**
 * `help` is one text for the modes `uses` selects, or a text per mode (then those modes use it). `tune` adds
 * choices, a default or a parser.
 */
const opt = (
  flags: string,
  help: string | Partial<Record<Mode, string>>,
  uses: readonly Mode[] | ((m: Mode) => boolean) = every,
  tune: (o: Option) => Option = (o) => o,
): OptionSpec => {
  const modes =
    typeof help !== 'string'
      ? MODES.filter((m) => help[m] !== undefined)
      : typeof uses === 'function'
        ? MODES.filter(uses)
        : MODES.filter((m) => uses.includes(m));
  const flag = flags.split(/[ ,]/).find((f) => f.startsWith('--')) as string;
  return { flag, modes, make: (m) => tune(new Option(flags, typeof help === 'string' ? help : (help[m] as string))) };
};

export const OPTIONS: readonly OptionSpec[] = [
  opt('--config <path>', 'config file (default .github/model-governance.yml when it exists)'),
  opt('--family <name>', 'which family of the config file'),
  opt('--manifest <path|gs://url>', 'manifest.json, the source of truth'),
  opt('--registry <duckdb:path|bigquery:project.dataset.table>', 'registry table', opens('registry')),
  opt('--location <location>', 'BigQuery location', opens('registry')),
  opt('--deployment <path|run:projects/P/locations/R/services/S>', 'exported Cloud Run service YAML or live service', opens('deployment')),
  opt('--model-env <name>', 'the env var naming the served model file', opens('deployment')),
  opt('--claude-md <path>', 'the CLAUDE.md holding the MODEL block', opens('doc')),
  // drift renders the block to compare it, so the template and title are its options too.
  opt('--template <path>', 'mustache template replacing the built-in block', opens('doc')),
  opt('--title <text>', 'block title', opens('doc')),
  opt('--format <format>', 'output format', every, (o) => o.choices(['text', 'json', 'markdown']).default('text')),
  opt('--json', 'same as --format json'),
  opt('--fail-on <level>', 'findings that make the exit code 1', every, (o) => o.choices(['error', 'warning', 'never']).default('error')),
  // Every mode: besides skipping cloud sources, it refuses a gs:// manifest, so a CI step can promise no cloud access.
  opt('--offline', 'skip cloud sources (bigquery:, run:, artifacts) with a notice instead of reading them'),
  opt('--dry-run', {
    sync: 'print the plan, write nothing',
    'claude-md': 'with --write: show the diff, write nothing',
    promote: 'print the manifest diff, write nothing',
  }),
  opt('--prune', 'delete registry rows the manifest lacks', ['sync']),
  opt('--migrate', 'add the registry columns an existing table lacks (ALTER TABLE ADD COLUMN), before the MERGE', ['sync']),
  opt('--create-table', 'create the BigQuery table when absent', ['sync']),
  opt('--reason <text>', {
    sync: 'why: recorded in the history with every changed row',
    promote: "why; recorded in the manifest as the model entry's promotion.reason",
  }),
  opt('--model <id>', {
    history: 'only this model',
    gate: 'the model to evaluate (a key of the manifest models)',
    promote: 'the model to promote',
  }),
  opt('--at <timestamp>', 'which model was production at this instant (YYYY-MM-DD or ISO 8601 date-time)', ['history']),
  opt('--verify-artifacts <which>', 'hash-check model objects', opens('artifacts'), (o) => o.choices(['production', 'all', 'none'])),
  opt('--as-of <date>', 'the day staleness and production periods are measured to, YYYY-MM-DD (default: today, UTC)', ['drift', 'list']),
  opt('--train-start <date>', 'training start YYYY-MM-DD', ['duplicate']),
  opt('--train-end <date>', 'training end YYYY-MM-DD', ['duplicate']),
  opt('--force', {
    duplicate: 'exit 0 even when the window is already trained',
    promote: 'promote despite failed gates or a deprecated model (needs --reason)',
  }),
  opt('--scope <scope>', 'compare windows inside the family, or across every family in the registry', ['duplicate'], (o) =>
    o.choices(['family', 'all']).default('family'),
  ),
  opt('--check', 'exit 1 and print a diff when the block is stale', ['claude-md']),
  opt('--write', 'rewrite the block between the markers', ['claude-md']),
  opt('--adopt-section <heading>', 'with no markers yet: wrap the section under this heading in them (exact text)', ['claude-md']),
  opt('--date <YYYY-MM-DD>', 'promoted_at (default: today, UTC)', ['promote']),
  // drift checks the filenames too, with the same convention.
  opt('--pattern <regex>', 'filename convention with named groups start and end', ['lint-filenames', 'drift']),
  opt('--glob <glob>', 'also check files matching this glob (repeatable)', ['lint-filenames', 'drift'], (o) => o.argParser(collect)),
  opt('--legacy <name>', 'a filename that is a warning, not an error (repeatable)', ['lint-filenames', 'drift'], (o) =>
    o.argParser(collect),
  ),
];

/**
 * Add a mode's options, and the others hidden: those still parse (so a value is not taken for the next flag) and
 * come back as `unused` to be refused by name.
 */
export const addModeOptions = (cmd: { addOption(o: Option): unknown }, mode: Mode): { unused: (flags: object) => string[] } => {
  for (const spec of OPTIONS)
    cmd.addOption(spec.modes.includes(mode) ? spec.make(mode) : new Option(spec.make(spec.modes[0] as Mode).flags).hideHelp());
  const foreign = OPTIONS.filter((s) => !s.modes.includes(mode));
  return {
    unused: (flags) => foreign.filter((s) => (flags as Record<string, unknown>)[attr(s.flag)] !== undefined).map((s) => s.flag),
  };
};

/** Commander's property name for a long flag: --train-start → trainStart. */
const attr = (flag: string): string => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
