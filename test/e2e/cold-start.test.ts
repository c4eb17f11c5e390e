// An offline mode's start-up loads no Google client and no Octokit chunk. Its time is measured by `npm run bench`
// as a ratio to `node -e 0`; tests hold no timing thresholds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../helpers/cli.js';
import { bundle } from './bundle.js';
import { inputEnv } from './runner.js';

let entry: string;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

// Library code in a chunk shows as its package path or its own identifiers (ncc keeps module comments).
const CLOUD_OR_GITHUB =
  /node_modules\/@google-cloud\/|node_modules\/@octokit\/|@google-cloud\/storage|@google-cloud\/bigquery|google-gax|octokit-core\.js/;

describe('offline cold start', () => {
  it('lint-filenames loads no Google client and no Octokit chunk', () => {
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

    // Without node's compile cache the runtime imports every chunk, so the hook sees each one; with it, chunks run as
    // scripts (src/bundle/code-cache.ts), but which chunks load is the runtime's choice either way.
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, entry], {
      cwd: ws.dir,
      env: { PATH: process.env.PATH ?? '', NODE_DISABLE_COMPILE_CACHE: '1', ...env },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Each output's heredoc delimiter is a fresh version-4 UUID (the bundle's @actions/core reads /dev/urandom).
    const delimiters = [...readFileSync(env.GITHUB_OUTPUT, 'utf8').matchAll(/^[^\n<]+<<(.*)$/gm)].map((m) => m[1]);
    expect(delimiters.length).toBeGreaterThanOrEqual(2);
    for (const d of delimiters) expect(d).toMatch(/^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(delimiters).size).toBe(delimiters.length);
    const dir = dirname(entry);
    const loaded = readFileSync(loads, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith(pathToFileURL(dir).href))
      .map((u) => fileURLToPath(u));
    expect(loaded[0]).toBe(entry);
    expect(loaded.length).toBeGreaterThan(1);
    const all = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dir, f));
    const heavy = all.filter((f) => CLOUD_OR_GITHUB.test(readFileSync(f, 'utf8')));
    // The marker must find the library chunks, or the check below proves nothing.
    expect(heavy.length).toBeGreaterThanOrEqual(3);
    expect(loaded.filter((f) => heavy.includes(f))).toEqual([]);
    // Nor @actions/core's OIDC client, with @actions/http-client and undici: the build makes it a chunk that only
    // getIDToken loads (scripts/build.mjs lazyActionsCore).
    const http = all.filter((f) => /undici:request|actions\/oidc-client/.test(readFileSync(f, 'utf8')));
    expect(http.length).toBeGreaterThanOrEqual(1);
    expect(loaded.filter((f) => http.includes(f))).toEqual([]);
  }, 60_000);

  it('runs the same from a code cache: the first run writes it (not on a hosted runner), the next uses it, with the same output', () => {
    const ws = workspace();
    const temp = mkdtempSync(join(tmpdir(), 'mg-cold-'));
    const cacheDir = join(temp, 'compile-cache');
    // NODE_COMPILE_CACHE turns node's compile cache on whatever the program asks: `cache` null leaves it unset.
    const run = (extra: Record<string, string> = {}, cache: string | null = cacheDir) => {
      const env = {
        ...extra,
        [inputEnv('mode')]: 'lint-filenames',
        [inputEnv('config')]: 'model-governance.yml',
        [inputEnv('report')]: 'summary',
        [inputEnv('fail-on')]: 'never',
        GITHUB_OUTPUT: join(temp, 'out.txt'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
        ...(cache === null ? {} : { NODE_COMPILE_CACHE: cache }),
      };
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      const r = spawnSync(process.execPath, [entry], { cwd: ws.dir, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') };
    };
    const caches = () =>
      readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.v8cache'))
        .map((f) => join(cacheDir, f));
    // A hosted runner's machine lives for one job, where the action mostly runs once: no cache is written there,
    // neither ours nor node's own (in TMPDIR's node-compile-cache, where the environment names no directory).
    const hostedTmp = join(temp, 'hosted-tmp');
    mkdirSync(hostedTmp);
    const hosted = run({ RUNNER_ENVIRONMENT: 'github-hosted', TMPDIR: hostedTmp }, null);
    expect(hosted.status).toBe(0);
    expect(existsSync(join(hostedTmp, 'node-compile-cache'))).toBe(false);
    expect(existsSync(cacheDir)).toBe(false);
    const first = run();
    expect(first).toEqual(hosted);
    expect(first.summary).toContain('lint-filenames');
    const written = caches();
    expect(written.length).toBeGreaterThanOrEqual(1);
    const mtimes = written.map((f) => statSync(f).mtimeMs);
    expect(run()).toEqual(first);
    expect(caches()).toEqual(written);
    expect(written.map((f) => statSync(f).mtimeMs)).toEqual(mtimes);
  }, 60_000);
});
