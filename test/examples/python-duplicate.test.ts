// examples/python/check_duplicate.py, as a training script calls it: the system python3, the bundled CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../e2e/bundle.js';
import { EXAMPLES, workspace } from '../helpers/cli.js';

const SCRIPT = join(EXAMPLES, 'python', 'check_duplicate.py');
let cli: string;

beforeAll(async () => {
  cli = join(dirname(await bundle()), 'cli', 'index.js');
}, 300_000);

// The bundle lives outside node_modules, where the optional DuckDB addon does not resolve: the manifest alone.
const manifestOnly = () => {
  const ws = workspace();
  const config = join(ws.dir, 'manifest-only.yml');
  writeFileSync(config, `manifest: ${ws.manifest}\n`);
  return config;
};

const check = (config: string, ...args: string[]) =>
  spawnSync('python3', [SCRIPT, '--config', config, ...args], {
    encoding: 'utf8',
    env: { ...process.env, MODEL_GOVERNANCE_BIN: `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}` },
  });

describe('examples/python/check_duplicate.py', () => {
  it('refuses the production window (exit 1, naming the model), passes a new one, and --force passes with the warning', () => {
    const config = manifestOnly();
    const dup = check(config, '--train-start', '2025-11-02', '--train-end', '2026-01-08');
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(
      /^error: training window 2025-11-02\.\.2026-01-08 is already trained: catboost_v9_33features_20260201_011018 /m,
    );

    const fresh = check(config, '--train-start', '2026-03-01', '--train-end', '2026-03-31');
    expect([fresh.status, fresh.stdout.trim(), fresh.stderr]).toEqual([0, 'No model is trained on 2026-03-01..2026-03-31', '']);

    const forced = check(config, '--train-start', '2025-11-02', '--train-end', '2026-01-08', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/^warning: training window 2025-11-02\.\.2026-01-08 is already trained/m);
  });

  it('reads the array for several families: both summaries, exit 1 when one family already trained the window', () => {
    const ws = workspace();
    const other = JSON.parse(readFileSync(ws.manifest, 'utf8')) as { family: string; models: Record<string, Record<string, unknown>> };
    other.family = 'xgboost_v1';
    for (const m of Object.values(other.models)) m.training_start_date = '2024-01-01';
    writeFileSync(join(ws.dir, 'other.json'), JSON.stringify(other, null, 2));
    const config = join(ws.dir, 'two.yml');
    writeFileSync(config, `families:\n  - manifest: ${ws.manifest}\n  - manifest: ${join(ws.dir, 'other.json')}\n`);
    const r = check(config, '--train-start', '2025-11-02', '--train-end', '2026-01-08');
    expect(r.status).toBe(1);
    expect(r.stderr.match(/^error: /gm)).toHaveLength(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^1 model\(s\) already trained on 2025-11-02\.\.2026-01-08/),
      'No model is trained on 2025-11-02..2026-01-08 (3 overlapping)',
    ]);
  });

  it('exits 3 when the CLI prints JSON that is not the array it documents', () => {
    const r = spawnSync('python3', [SCRIPT, '--train-start', '2026-03-01', '--train-end', '2026-03-31'], {
      encoding: 'utf8',
      env: { ...process.env, MODEL_GOVERNANCE_BIN: `python3 -c "print('{}')"` },
    });
    expect([r.status, r.stderr.trim()]).toEqual([
      3,
      'check_duplicate: the CLI printed JSON that is not an array; is it older than this script?',
    ]);
  });

  it('passes the CLI’s bad-input exit 2 and its message through', () => {
    const r = check(manifestOnly(), '--train-start', '2026-02-30', '--train-end', '2026-03-31');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--train-start 2026-02-30 is not a real date YYYY-MM-DD');
  });

  it('exits 3 when the CLI cannot be run', () => {
    const r = spawnSync('python3', [SCRIPT, '--train-start', '2026-03-01', '--train-end', '2026-03-31'], {
      encoding: 'utf8',
      env: { ...process.env, MODEL_GOVERNANCE_BIN: '/nonexistent/model-governance' },
    });
    expect([r.status, r.stderr.trim()]).toEqual([
      3,
      'check_duplicate: cannot run /nonexistent/model-governance: No such file or directory',
    ]);
  });
});
