// The CLI as a training machine installs it: `npm pack`, then `npm install -g` of the tarball into a temp prefix.
// The package is staged from the current tree's build (dist/ is only rebuilt at commit time). The installed command
// runs on the test's Node (24), and also on Node 22 when MG_NODE22 names a Node 22 binary (CI runs both, ci.yml `cli`):
//   npm i --prefix /tmp/n22 node@22 && MG_NODE22=/tmp/n22/node_modules/node/bin/node npx vitest run test/e2e/npm-pack.test.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/cli.js';
import { bundle } from './bundle.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let prefix: string;
let packed: string[];

beforeAll(async () => {
  const dist = dirname(await bundle());
  const stage = mkdtempSync(join(tmpdir(), 'mg-pack-'));
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml']) cpSync(join(ROOT, f), join(stage, f));
  cpSync(dist, join(stage, 'dist'), { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'mg-tgz-'));
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }));
  packed = info.files.map((f: { path: string }) => f.path);
  prefix = mkdtempSync(join(tmpdir(), 'mg-prefix-'));
  // --prefer-offline: the dependencies come from the npm cache that `npm ci` filled, so the test needs no new downloads.
  execFileSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(out, info.filename)],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } },
  );
}, 600_000);

const NODE22 = process.env.MG_NODE22;
const withNode = (node: string) => ({ ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` });

/** The installed command; with `node`, that Node runs it (first on PATH, as its `#!/usr/bin/env node` line finds it). */
const cliOn = (node: string | undefined, ...args: string[]) =>
  spawnSync(join(prefix, 'bin', 'model-governance'), args, {
    encoding: 'utf8',
    cwd: mkdtempSync(join(tmpdir(), 'mg-cwd-')),
    env: node ? withNode(node) : process.env,
  });
const cli = (...args: string[]) => cliOn(undefined, ...args);

describe('npm pack + npm install -g', () => {
  it('packs the bundle, action.yml and the docs, and no sources or tests', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'action.yml', 'dist/cli/index.js', 'dist/index.js']),
    );
    expect(packed.filter((p) => /^(src|test|scripts|bench)\//.test(p))).toEqual([]);
  });

  it('installs a model-governance command that prints its version', () => {
    const r = cli('--version');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${pkg.version}\n`, '']);
  });

  it('runs a mode from any directory', () => {
    const r = cli('duplicate', '--manifest', join(EXAMPLES, 'manifest.json'), '--train-start', '2026-03-01', '--train-end', '2026-03-31');
    expect([r.status, r.stdout.trim().split('\n').at(-1), r.stderr]).toEqual([0, 'No model is trained on 2026-03-01..2026-03-31', '']);
  });

  it('finds the optional DuckDB addon installed beside it, so sync runs on a training machine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-global-duck-'));
    const r = cli('sync', '--manifest', join(EXAMPLES, 'manifest.json'), '--registry', `duckdb:${join(dir, 'r.duckdb')}`);
    expect([r.status, r.stderr]).toEqual([0, 'Applying plan to model_registry: 3 inserted, 0 updated, 0 unchanged\n']);
    expect(r.stdout).toContain('Synced 3 models to model_registry: 3 inserted, 0 updated, 0 unchanged');
    expect(readdirSync(dir)).toContain('r.duckdb');
  });

  // The bundle loads the addon itself on Linux (src/registry/duckdb-addon.ts): the package's entry would import
  // node:child_process through detect-libc, a cost on every cold sync. It must still be the package's addon file.
  it.runIf(process.platform === 'linux')('loads the DuckDB addon without node:child_process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-global-duck-cp-'));
    const registry = `duckdb:${join(dir, 'r.duckdb')}`;
    expect(cli('sync', '--manifest', join(EXAMPLES, 'manifest.json'), '--registry', registry).status).toBe(0);
    const seen = join(dir, 'seen.json');
    const hook = join(dir, 'seen.mjs');
    writeFileSync(
      hook,
      `import { createRequire } from 'node:module';\nimport { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(seen)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(createRequire(import.meta.url).cache) })));\n`,
    );
    const r = spawnSync(
      join(prefix, 'bin', 'model-governance'),
      ['sync', '--manifest', join(EXAMPLES, 'manifest.json'), '--registry', registry, '--dry-run'],
      { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` } },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Plan for model_registry (dry run, nothing written): 0 to insert, 0 to update, 3 unchanged');
    const { builtins, files } = JSON.parse(readFileSync(seen, 'utf8')) as { builtins: string[]; files: string[] };
    expect(builtins.filter((m) => m.includes('child_process'))).toEqual([]);
    // glibc or musl: the one the package's entry would pick here (test/registry/duckdb-addon.test.ts compares them).
    const addons = files.filter((f) => f.endsWith('duckdb.node')).map((f) => f.split(/[\\/]node_modules[\\/]/).at(-1));
    expect(addons).toEqual([expect.stringMatching(new RegExp(`^@duckdb/node-bindings-linux-${process.arch}(-musl)?/duckdb\\.node$`))]);
  });
});

describe.skipIf(!NODE22)('the installed command on Node 22 (MG_NODE22)', () => {
  const on22 = (...args: string[]) => cliOn(NODE22, ...args);

  it('is Node 22 that the command’s `#!/usr/bin/env node` finds', () => {
    const r = spawnSync('/usr/bin/env', ['node', '-p', 'process.versions.node'], { encoding: 'utf8', env: withNode(NODE22 as string) });
    expect(r.stdout.split('.')[0]).toBe('22');
  });

  it('prints its version, runs duplicate, and syncs to DuckDB through the addon', () => {
    expect([on22('--version').status, on22('--version').stdout]).toEqual([0, `${pkg.version}\n`]);
    const r = on22(
      'duplicate',
      '--manifest',
      join(EXAMPLES, 'manifest.json'),
      '--train-start',
      '2026-03-01',
      '--train-end',
      '2026-03-31',
      '--json',
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ mode: 'duplicate', ok: true, findings: [] })]);
    const dir = mkdtempSync(join(tmpdir(), 'mg-global-duck22-'));
    const s = on22('sync', '--manifest', join(EXAMPLES, 'manifest.json'), '--registry', `duckdb:${join(dir, 'r.duckdb')}`);
    expect([s.status, s.stderr]).toEqual([0, 'Applying plan to model_registry: 3 inserted, 0 updated, 0 unchanged\n']);
  });
});
