// Workflow-command injection corpus: hostile values in every place the tool reads text from (config name, service
// YAML metadata.name, file names found by globs, manifest ids/files/notes, the CLAUDE.md block, a bad input's file
// name) go through the CLI and the bundled action, and every output channel (stdout, stderr, the job summary, the
// outputs file) is parsed the way the runner parses it. The oracle is a benign twin of each case (the same structure,
// the payloads defused by hand): the runner must see exactly the same commands in both, i.e. only those the program
// composed itself. The CLI composes none at all.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, type Workspace, workspace } from '../helpers/cli.js';
import { commandTally, runnerCommands } from '../helpers/runner-commands.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, repoFiles } from './repo.js';
import { example, pullRequestEvent, runAction } from './runner.js';

type Flavour = 'hostile' | 'benign';

// Commands a value might smuggle: both runner syntaxes, indented, after each line break the runner knows.
const payload = (tag: string, f: Flavour): string => {
  const p = `${tag}\n::stop-commands::pwn${tag}\n  ::warning::inj${tag}\r::add-mask::m${tag}\r\n\t::error title=x::e${tag} ##[error]legacy${tag}`;
  return f === 'hostile'
    ? p
    : p
        .replaceAll('::', '--')
        .replaceAll('##[', '--(')
        .replace(/\r\n|\r|\n/g, ' ');
};
/** The same payload on one line (ids, file names in the manifest). */
const inline = (tag: string, f: Flavour): string => payload(tag, f).replace(/\s+/g, ' ');

const hostileWorkspace = (f: Flavour): Workspace & { globDir: string } => {
  const ws = workspace();
  // A model file named with the payload (Linux allows any byte but / and NUL).
  const globDir = join(ws.dir, 'models');
  mkdirSync(globDir);
  writeFileSync(join(globDir, `${payload('file', f).replaceAll('/', '_')}.cbm`), 'bytes');
  writeFileSync(
    ws.config,
    [
      `name: ${JSON.stringify(inline('family', f))}`,
      `manifest: ${ws.manifest}`,
      `deployment: ${ws.deployment}`,
      'model-env: CATBOOST_V9_MODEL_PATH',
      `claude-md: ${ws.claudeMd}`,
      `title: ${JSON.stringify(payload('title', f))}`,
      'filenames:',
      `  globs: [${JSON.stringify(join(globDir, '*.cbm'))}]`,
      '',
    ].join('\n'),
  );
  const svc = readFileSync(ws.deployment, 'utf8').replace(
    '  name: prediction-worker\n',
    `  name: ${JSON.stringify(payload('service', f))}\n`,
  );
  writeFileSync(ws.deployment, svc);
  const m = JSON.parse(readFileSync(ws.manifest, 'utf8')) as {
    family: string;
    models: Record<string, Record<string, unknown>>;
    production_model: string;
  };
  m.family = inline('family', f);
  const prod = m.models[m.production_model] as Record<string, unknown>;
  prod.notes = payload('notes', f);
  const file = `${inline('mfile', f).replaceAll('/', '_')}.cbm`;
  m.models[inline('id', f)] = { ...prod, status: 'candidate', file, gcs_path: `gs://bucket/models/${file}`, notes: null };
  writeFileSync(ws.manifest, JSON.stringify(m, null, 2));
  const doc = readFileSync(ws.claudeMd, 'utf8').replace('| MAE | 4.82 |\n', `| MAE | 4.82 |\n${payload('doc', f)}\n`);
  writeFileSync(ws.claudeMd, doc);
  return { ...ws, globDir };
};

const CLI_RUNS: [string, (ws: Workspace) => string[]][] = [
  ['drift', (ws) => ['drift', '--config', ws.config]],
  ['drift --format markdown', (ws) => ['drift', '--config', ws.config, '--format', 'markdown']],
  ['drift --json', (ws) => ['drift', '--config', ws.config, '--json']],
  ['lint-filenames', (ws) => ['lint-filenames', '--config', ws.config]],
  ['claude-md --check', (ws) => ['claude-md', '--config', ws.config, '--check']],
  ['claude-md (print)', (ws) => ['claude-md', '--config', ws.config]],
  ['sync --dry-run', (ws) => ['sync', '--config', ws.config, '--registry', `duckdb:${ws.registry}`, '--dry-run']],
  // The registry holds the examples' rows, so the hostile multi-line notes are a field change: in a drift finding's
  // message and in the plan's `notes: old → new` line.
  ['drift with a registry', (ws) => ['drift', '--config', ws.config, '--registry', `duckdb:${ws.registry}`]],
  [
    'drift with a registry --format markdown',
    (ws) => ['drift', '--config', ws.config, '--registry', `duckdb:${ws.registry}`, '--format', 'markdown'],
  ],
  ['duplicate', (ws) => ['duplicate', '--config', ws.config]],
];

describe('CLI: no hostile value becomes a workflow command', () => {
  const ws = { hostile: hostileWorkspace('hostile'), benign: hostileWorkspace('benign') };
  beforeAll(async () => {
    // The examples' models under the workspace's family, as an earlier sync would have left them.
    for (const f of ['hostile', 'benign'] as const) {
      const seed = join(ws[f].dir, 'seed.json');
      const m = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8')) as { family: string };
      writeFileSync(seed, JSON.stringify({ ...m, family: inline('family', f) }));
      const seeded = await runCli(['sync', '--manifest', seed, '--registry', `duckdb:${ws[f].registry}`]);
      expect(seeded.code, seeded.err).toBe(0);
    }
  });

  it.each(CLI_RUNS)('%s', async (_, args) => {
    const evil = await runCli(args(ws.hostile));
    const twin = await runCli(args(ws.benign));
    expect(evil.code).toBe(twin.code);
    // The run gets past the input checks, and the payloads reach the output (so the case tests something).
    expect(evil.code, evil.err).toBeLessThan(2);
    expect(`${evil.out}${evil.err}`).toContain('stop-commands');
    if (args(ws.hostile).includes(`duckdb:${ws.hostile.registry}`)) expect(evil.out).toContain('pwnnotes');
    expect(runnerCommands(evil.out)).toEqual([]);
    expect(runnerCommands(evil.err)).toEqual([]);
  });

  it('a bad input named with a payload', async () => {
    const bad = join(ws.hostile.dir, `${payload('bad', 'hostile').replaceAll('/', '_')}.json`);
    writeFileSync(bad, '{ not json');
    const r = await runCli(['drift', '--manifest', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('stop-commands');
    expect(runnerCommands(`${r.out}${r.err}`)).toEqual([]);
  });
});

describe('action: the runner sees only the commands the program composed', () => {
  let entry: string;
  beforeAll(async () => {
    entry = await bundle();
  }, 300_000);

  const channels = async (f: Flavour, inputs: Record<string, string>) => {
    const ws = hostileWorkspace(f);
    const r = await runAction(entry, {
      cwd: ws.dir,
      repository: 'Codertocat/Hello-World',
      eventName: 'push',
      event: example('push'),
      sha: 'a'.repeat(40),
      inputs: { config: ws.config, report: 'summary', ...inputs },
    });
    const outputs = Object.entries(r.outputs)
      .map(([k, v]) => `${k}\n${v}`)
      .join('\n');
    return { r, stdout: r.stdout, stderr: r.stderr, summary: r.summary, outputs };
  };

  it.each<[string, Record<string, string>]>([
    ['every mode', { mode: 'drift,lint-filenames,claude-md,duplicate' }],
    ['a bad input', { mode: 'drift', 'fail-on': 'sometimes' }],
  ])(
    '%s',
    async (_, inputs) => {
      const evil = await channels('hostile', inputs);
      const twin = await channels('benign', inputs);
      expect(evil.r.code).toBe(twin.r.code);
      expect(evil.r.code).toBe(inputs['fail-on'] ? 2 : 1);
      expect(commandTally(evil.stdout)).toEqual(commandTally(twin.stdout));
      expect(commandTally(evil.stdout).every((c) => /^(error|warning|notice|debug) x\d+$/.test(c))).toBe(true);
      for (const ch of ['stderr', 'summary', 'outputs'] as const) expect(runnerCommands(evil[ch]), ch).toEqual([]);
    },
    120_000,
  );

  it('the hostile values do reach stdout and the summary (so the case above tests something)', async () => {
    const evil = await channels('hostile', { mode: 'drift,lint-filenames' });
    expect(evil.stdout).toContain('stop-commands::pwnservice');
    expect(evil.stdout).toContain('stop-commands::pwnfamily');
    expect(evil.stdout).toContain('stop-commands::pwnfile');
    expect(evil.summary).toContain('pwnfile');
    expect(evil.outputs).toContain('pwnfile');
  }, 120_000);
});

describe('action on a PR: the baseline log line', () => {
  let entry: string;
  let gh: FakeGitHub | undefined;
  beforeAll(async () => {
    entry = await bundle();
  }, 300_000);
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  // The manifest is a file whose name is a command, and the base commit's copy has two problems, so the baseline
  // fails with a two-line message whose second line starts with that name: "No baseline for drift · …: <message>".
  const run = async (f: Flavour) => {
    const ws = checkout();
    const name = f === 'hostile' ? '::stop-commands::pwnbase.json' : '--stop-commands--pwnbase.json';
    const files = repoFiles(ws);
    const good = files['manifest.json'] as string;
    writeFileSync(join(ws.dir, name), good);
    writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(`manifest: ${ws.manifest}`, `manifest: ${name}`));
    const broken = good.replace('"schema_version": 1,', '"schema_version": 1, "family": "x", "family": "y",');
    gh = await fakeRepo('Codertocat', 'Hello-World', { ...files, [name]: broken });
    const baseSha = gh.state.headSha();
    const pr = await openPull(gh, { [name]: good });
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: 'Codertocat/Hello-World',
      eventName: 'pull_request',
      event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
      sha: pr.head,
      inputs: { mode: 'drift', config: ws.config, report: 'checks,summary', 'github-token': WRITE_TOKEN },
    });
    await gh.close();
    gh = undefined;
    return r;
  };

  it('carries the failure on one line, and the runner sees only composed commands', async () => {
    const evil = await run('hostile');
    const twin = await run('benign');
    expect(evil.stdout).toContain('No baseline for drift');
    expect(evil.stdout).toContain('stop-commands::pwnbase.json');
    expect(commandTally(evil.stdout)).toEqual(commandTally(twin.stdout));
    expect(runnerCommands(evil.summary)).toEqual([]);
  }, 120_000);
});
