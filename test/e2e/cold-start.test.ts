// Cold start of the bundle for an offline mode: it loads dist/index.js alone (no Google client, no Octokit chunk),
// and its start-up is reported as a ratio to `node -e 0` measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../helpers/cli.js';
import { bundle } from './bundle.js';
import { inputEnv } from './runner.js';

let entry: string;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const timed = (args: string[], cwd: string, env: Record<string, string>): { ms: number; status: number | null; stderr: string } => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  return { ms: performance.now() - t, status: r.status, stderr: r.stderr };
};

describe('offline cold start', () => {
  it('lint-filenames loads only index.js and starts within a small multiple of node -e 0', () => {
    const ws = workspace();
    const temp = mkdtempSync(join(tmpdir(), 'mg-cold-'));
    const loads = join(temp, 'loads.txt');
    const hook = join(temp, 'record-loads.mjs');
    writeFileSync(loads, '');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregisterHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(loads)}, url + '\\n'); return next(url, context); } });\n`,
    );
    const env = {
      [inputEnv('mode')]: 'lint-filenames',
      [inputEnv('config')]: 'model-governance.yml',
      [inputEnv('report')]: 'summary',
      [inputEnv('fail-on')]: 'never',
      GITHUB_OUTPUT: join(temp, 'out.txt'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    };
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');

    const traced = timed(['--import', pathToFileURL(hook).href, entry], ws.dir, env);
    expect(traced.stderr).toBe('');
    expect(traced.status).toBe(0);
    const bundleDir = pathToFileURL(dirname(entry)).href;
    const ours = readFileSync(loads, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith(bundleDir));
    expect(ours).toEqual([pathToFileURL(entry).href]);

    const baseline: number[] = [];
    const action: number[] = [];
    for (let i = 0; i < 5; i++) {
      baseline.push(timed(['-e', '0'], ws.dir, {}).ms);
      action.push(timed([entry], ws.dir, env).ms);
    }
    const ratio = median(action) / median(baseline);
    console.log(
      `cold start: node -e 0 ${median(baseline).toFixed(0)} ms, lint-filenames ${median(action).toFixed(0)} ms, ratio ${ratio.toFixed(1)}`,
    );
    expect(ratio).toBeLessThan(12);
  }, 60_000);
});
