// Cold start: each offline mode of the CLI bundle, and the action bundle, against `node -e 0`;
// plus which bundle chunks each run opens, to show offline modes never load the Google clients.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NODE, ratio, timeAll } from './lib.mjs';

// What a chunk holds, from strings only that code would contain.
const TAGS = [
  ['google-cloud', /@google-cloud\/|google-auth-library|GoogleAuth\b/],
  ['octokit', /@octokit\//],
  // webpack's export of the adapter's function, with its comment as ncc writes it or minified (scripts/bundle/compact.mjs)
  ['duckdb-adapter', /\/\* binding \*\/ duckdbRegistry\b|\bduckdbRegistry:\(\)=>duckdbRegistry\b/],
];

/** Every .js file of the bundle with its size and tags. */
export const bundleFiles = (bundle) =>
  readdirSync(bundle, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const text = readFileSync(join(bundle, f), 'utf8');
      return { file: f, bytes: statSync(join(bundle, f)).size, tags: TAGS.filter(([, re]) => re.test(text)).map(([t]) => t) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));

/**
 * The bundle files and native addons one run opens. strace sees every open(2), whatever loads the file;
 * without strace, NODE_DEBUG=esm lists the ES modules node links (chunks are ES modules), which misses only
 * addons. Neither needs a --require/--import hook that could change what loads.
 */
const opened = (bundle, cmd, args, opts) => {
  const inBundle = (p) => (p.startsWith(bundle) ? relative(bundle, p) : p.endsWith('.node') ? p : null);
  if (existsSync('/usr/bin/strace')) {
    const log = join(opts.cwd, '.strace');
    spawnSync('/usr/bin/strace', ['-f', '-qq', '-e', 'trace=openat,open', '-o', log, cmd, ...args], { ...opts, stdio: 'ignore' });
    const text = readFileSync(log, 'utf8');
    rmSync(log);
    const paths = [...text.matchAll(/open(?:at)?\([^"]*"([^"]+)"[^)]*\)\s*=\s*\d+/g)].map((m) => m[1]);
    return { how: 'strace -e trace=openat', files: [...new Set(paths.map(inBundle).filter(Boolean))].sort() };
  }
  const r = spawnSync(cmd, args, { ...opts, encoding: 'utf8', env: { ...opts.env, NODE_DEBUG: 'esm' } });
  const urls = [...r.stderr.matchAll(/file:\/\/(\S+?\.js)\b/g)].map((m) => decodeURI(m[1]));
  return { how: 'NODE_DEBUG=esm', files: [...new Set(urls.map(inBundle).filter(Boolean))].sort() };
};

export const coldStart = ({ bundle, examples, work, runs, seedRegistry }) => {
  const dir = join(work, 'cold');
  cpSync(examples, dir, { recursive: true });
  seedRegistry(dir);
  const cli = join(bundle, 'cli', 'index.js');
  const action = join(bundle, 'index.js');
  const summary = join(dir, 'summary.md');
  const outputs = join(dir, 'outputs.txt');
  const actionEnv = {
    ...process.env,
    INPUT_MODE: 'lint-filenames',
    INPUT_CONFIG: 'model-governance.yml',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
  };
  const reset = () => {
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
  };
  const emptyCache = join(work, 'empty-code-cache');
  const m = ['--manifest', 'manifest.json'];
  const modes = [
    ['lint-filenames', ['lint-filenames', '--config', 'model-governance.yml'], [1]],
    ['duplicate', ['duplicate', ...m, '--train-start', '2025-11-02', '--train-end', '2026-01-08'], [1]],
    ['claude-md --check', ['claude-md', ...m, '--claude-md', 'CLAUDE.md', '--check'], [1]],
    [
      'drift (service YAML, no registry)',
      ['drift', ...m, '--deployment', 'prediction-worker.yaml', '--model-env', 'CATBOOST_V9_MODEL_PATH', '--claude-md', 'CLAUDE.md'],
      [1],
    ],
    ['sync --dry-run (duckdb)', ['sync', ...m, '--registry', 'duckdb:registry.duckdb', '--dry-run'], [0]],
  ];
  const commands = [
    { key: 'node -e 0', cmd: NODE, args: ['-e', '0'], opts: { cwd: dir } },
    ...modes.map(([key, args, expect]) => ({ key: `cli ${key}`, cmd: NODE, args: [cli, ...args], opts: { cwd: dir }, expect })),
    { key: 'action lint-filenames', cmd: NODE, args: [action], opts: { cwd: dir, env: actionEnv, before: reset }, expect: [1] },
    // The runs above find the code cache earlier runs wrote (src/bundle/code-cache.ts); these start from an empty
    // one each time, as on a new machine: the CLI pays for writing it; the action runs as on a GitHub-hosted runner,
    // which writes none. A new machine's empty cache is an empty temporary directory, where node keeps its compile
    // cache when the environment names none (NODE_COMPILE_CACHE would turn node's cache on whatever the program asks).
    ...[
      ['action lint-filenames', action, [], { ...actionEnv, RUNNER_ENVIRONMENT: 'github-hosted' }, reset, [1]],
      ['cli drift (service YAML, no registry)', cli, modes[3][1], process.env, () => undefined, [1]],
    ].map(([key, entry, args, env, before, expect]) => ({
      key: `${key}, first run (empty code cache)`,
      cmd: NODE,
      args: [entry, ...args],
      opts: {
        cwd: dir,
        env: { ...env, TMPDIR: emptyCache },
        before: () => {
          rmSync(emptyCache, { recursive: true, force: true });
          mkdirSync(emptyCache);
          before();
        },
      },
      expect,
    })),
  ];
  const timed = timeAll(commands, runs);
  const base = timed['node -e 0'].median;
  const files = bundleFiles(bundle);
  const tagsOf = new Map(files.map((f) => [f.file, f.tags]));
  const rows = commands.map((c) => {
    const t = timed[c.key];
    const loads = c.key === 'node -e 0' ? null : opened(bundle, c.cmd, c.args, { ...c.opts, env: c.opts.env ?? process.env });
    c.opts.before?.();
    const chunks = loads?.files.filter((f) => !f.startsWith('/')) ?? [];
    return {
      key: c.key,
      medianMs: t.median,
      runsMs: t.runs,
      ratio: ratio(t.median, base),
      exit: t.code,
      chunks,
      native: loads?.files.filter((f) => f.startsWith('/')).map((f) => f.split('/').pop()) ?? [],
      loadsGoogle: chunks.some((f) => tagsOf.get(f)?.includes('google-cloud')),
      how: loads?.how,
    };
  });
  return { baselineMs: base, rows, bundle: files };
};
