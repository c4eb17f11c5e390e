// Per-mode --help: each mode lists exactly its options, each of them is read when the mode runs, and an option the
// mode does not read is a usage error naming both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/cli/options.js';
import { optionsFor } from '../../src/cli/program.js';
import { resolveSettings } from '../../src/config/load.js';
import type { FamilySettings, RunOptions } from '../../src/config/settings.js';
import { runFamilies } from '../../src/engine.js';
import { NEEDS } from '../../src/modes/index.js';
import { MODES, type Mode } from '../../src/report/types.js';
import { useBigQueryStandIn } from '../helpers/bigquery.js';
import { runCli, workspace } from '../helpers/cli.js';

// What a user of each mode should see, written out (not derived from OPTIONS), so a change to a mode's set shows here.
const FRONT = ['--config', '--family', '--manifest', '--format', '--json', '--fail-on', '--offline'];
const REGISTRY = ['--registry', '--location'];
const EXPECTED: Record<Mode, string[]> = {
  sync: [...FRONT, ...REGISTRY, '--dry-run', '--prune', '--migrate', '--create-table', '--reason'],
  drift: [
    ...FRONT,
    ...REGISTRY,
    '--deployment',
    '--model-env',
    '--claude-md',
    '--template',
    '--title',
    '--verify-artifacts',
    '--as-of',
    '--pattern',
    '--glob',
    '--legacy',
  ],
  duplicate: [...FRONT, ...REGISTRY, '--train-start', '--train-end', '--force', '--scope'],
  'claude-md': [...FRONT, '--claude-md', '--template', '--title', '--dry-run', '--check', '--write', '--adopt-section'],
  'lint-filenames': [...FRONT, '--pattern', '--glob', '--legacy'],
  gate: [...FRONT, ...REGISTRY, '--model'],
  list: [...FRONT, ...REGISTRY, '--as-of'],
  history: [...FRONT, ...REGISTRY, '--model', '--at'],
  promote: [...FRONT, ...REGISTRY, '--dry-run', '--reason', '--model', '--force', '--date'],
};

const helpFlags = (out: string): string[] =>
  [...(out.split(/^Options:$/m)[1]?.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm) ?? [])]
    .map((m) => m[1] as string)
    .filter((f) => f !== '--help');

describe('model-governance <mode> --help', () => {
  it.each(MODES)('%s lists exactly the options it uses', async (mode) => {
    const r = await runCli([mode, '--help']);
    expect(r.code).toBe(0);
    expect(helpFlags(r.out).sort()).toEqual([...EXPECTED[mode]].sort());
  });

  it('the top-level --help still lists every mode', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const mode of MODES) expect(r.out).toMatch(new RegExp(`^ {2}${mode}\\b`, 'm'));
  });

  it('refuses (exit 2, one line) an option the mode does not use, naming both; a value is not taken for a flag', async () => {
    const ws = workspace();
    const r = await runCli(['claude-md', '--config', ws.config, '--deployment', 'x.yaml', '--train-start', '2026-01-01', '--check']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'model-governance: arguments: claude-md does not use --deployment, --train-start; see model-governance claude-md --help for its options\n',
    );
    expect(r.out).toBe('');
    const lint = await runCli(['lint-filenames', '--config', ws.config, '--registry', 'duckdb:x.duckdb']);
    expect([lint.code, lint.err]).toEqual([2, expect.stringContaining('lint-filenames does not use --registry')]);
  });
});

// --- Every listed option is read: run each mode with recording proxies over its settings and options. ---

/** Where each mode option lands (the front end's own options are read by the front end, for every mode). */
const FIELD: Record<string, `settings.${keyof FamilySettings}` | `options.${keyof RunOptions}` | 'front'> = {
  '--config': 'front',
  '--family': 'front',
  '--format': 'front',
  '--json': 'front',
  '--fail-on': 'front',
  '--manifest': 'settings.manifest',
  '--registry': 'settings.registry',
  '--location': 'settings.location',
  '--create-table': 'settings.createTable',
  '--deployment': 'settings.deployment',
  '--model-env': 'settings.modelEnv',
  '--claude-md': 'settings.claudeMd',
  '--template': 'settings.template',
  '--title': 'settings.title',
  '--verify-artifacts': 'settings.verifyArtifacts',
  '--pattern': 'settings.filenames',
  '--glob': 'settings.filenames',
  '--legacy': 'settings.filenames',
  '--offline': 'options.offline',
  '--dry-run': 'options.dryRun',
  '--prune': 'options.prune',
  '--migrate': 'options.migrate',
  '--reason': 'options.reason',
  '--model': 'options.model',
  '--at': 'options.at',
  '--as-of': 'options.asOf',
  '--train-start': 'options.trainStart',
  '--train-end': 'options.trainEnd',
  '--force': 'options.force',
  '--scope': 'options.scope',
  '--check': 'options.claudeMdAction',
  '--write': 'options.claudeMdAction',
  '--adopt-section': 'options.adoptSection',
  '--date': 'options.date',
};

const PROD = 'catboost_v9_33features_20260201_011018';
// Runs that between them reach every option of the mode (flags as commander hands them over).
const RUNS: Record<Mode, Record<string, unknown>[]> = {
  sync: [{ dryRun: true, prune: true, reason: 'r' }],
  drift: [{ asOf: '2026-02-10' }],
  duplicate: [{ trainStart: '2025-11-02', trainEnd: '2026-01-08', force: true }],
  'claude-md': [{ check: true }, { write: true, dryRun: true, adoptSection: 'x' }],
  'lint-filenames': [{}],
  gate: [{ model: PROD }],
  list: [{ asOf: '2026-02-10' }],
  history: [{ model: PROD, at: '2026-02-10' }],
  promote: [{ model: PROD, dryRun: true, date: '2026-02-10', force: true, reason: 'r' }],
};

const recording = <T extends object>(target: T, prefix: string, seen: Set<string>): T =>
  new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') seen.add(`${prefix}.${key}`);
      return Reflect.get(t, key, receiver);
    },
  });

describe('each listed option is read by its mode', () => {
  // --location and --create-table are BigQuery's: the registry modes run once more against the stand-in.
  useBigQueryStandIn('help');
  const BIGQUERY = { registry: 'bigquery:test-project.help.model_registry', 'create-table': true };

  it('covers every option in the table', () => {
    expect(OPTIONS.map((o) => o.flag).sort()).toEqual(Object.keys(FIELD).sort());
  });

  it.each(MODES)('%s', async (mode) => {
    // stale-after-days: drift and list measure staleness to --as-of.
    const ws = workspace('stale-after-days: 14');
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const seen = new Set<string>();
    const variants = NEEDS[mode].registry ? [{}, BIGQUERY] : [{}];
    for (const flags of RUNS[mode])
      for (const overrides of variants) {
        const families = await resolveSettings({ configPath: ws.config, overrides });
        const settings = families.map((s) => recording(s, 'settings', seen));
        const options = recording(optionsFor(mode, { ...flags, format: 'text', failOn: 'error' }), 'options', seen);
        await runFamilies(settings, options, () => {}).catch(() => {});
      }
    const unread = OPTIONS.filter((o) => o.modes.includes(mode))
      .map((o) => [o.flag, FIELD[o.flag]])
      .filter(([, field]) => field !== 'front' && !seen.has(field as string));
    expect(unread).toEqual([]);
    // The runs really ran the mode: the examples' manifest was read.
    expect(readFileSync(ws.manifest, 'utf8')).toContain(PROD);
  });
});
