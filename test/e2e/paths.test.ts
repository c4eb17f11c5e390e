// The bundled action confines every path from the config file or an input to GITHUB_WORKSPACE (config/confine.ts).
// Each case is a pull request whose checkout names a path outside: the run exits 2 naming the key, writes nothing to
// GitHub, and no byte of the outside file (here a canary in the environment or beside the workspace) reaches a
// check run, a comment, the summary or the log.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../helpers/cli.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, repoFiles } from './repo.js';
import { pullRequestEvent, runAction, writes } from './runner.js';

const CANARY = 'mg-canary-5b1e0d';
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const outsideDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-outside-'));
  writeFileSync(join(dir, 'block.mustache'), `leaked ${CANARY}\n`);
  writeFileSync(join(dir, `${CANARY}_33features_20260101_000000.cbm`), '');
  for (const f of ['manifest.json', 'prediction-worker.yaml', 'CLAUDE.md'])
    writeFileSync(join(dir, f), readFileSync(join(import.meta.dirname, '../../examples', f)));
  writeFileSync(
    join(dir, 'config.yml'),
    `name: catboost_v9\nmanifest: ${join(dir, 'manifest.json')}\ntemplate: ${join(dir, 'block.mustache')}\n`,
  );
  return dir;
};

interface Case {
  name: string;
  mode: string;
  /** What the error names: a JSON path of the config, or `input <name>`. */
  key: string;
  /** Config lines to add (replacing a key already there), given the workspace and the outside directory. */
  config?: (ws: Workspace, out: string) => Record<string, string>;
  inputs?: (ws: Workspace, out: string) => Record<string, string>;
}

const CASES: Case[] = [
  { name: 'template: /proc/self/environ', mode: 'claude-md', key: '$.template', config: () => ({ template: '/proc/self/environ' }) },
  {
    name: 'template: a link in the checkout to /proc/self/environ',
    mode: 'claude-md',
    key: '$.template',
    config: (ws) => {
      symlinkSync('/proc/self/environ', join(ws.dir, 'block.mustache'));
      return { template: 'block.mustache' };
    },
  },
  {
    name: 'template: .git/config, where actions/checkout keeps the token',
    mode: 'claude-md',
    key: '$.template',
    config: (ws) => {
      mkdirSync(join(ws.dir, '.git'));
      writeFileSync(join(ws.dir, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${CANARY}\n`);
      return { template: '.git/config' };
    },
  },
  {
    name: 'template: ../ out of the workspace',
    mode: 'claude-md',
    key: '$.template',
    config: (ws, o) => ({ template: relative(ws.dir, join(o, 'block.mustache')) }),
  },
  { name: 'manifest in the config', mode: 'drift', key: '$.manifest', config: (_, o) => ({ manifest: join(o, 'manifest.json') }) },
  {
    name: 'deployment in the config',
    mode: 'drift',
    key: '$.deployment',
    config: (_, o) => ({ deployment: join(o, 'prediction-worker.yaml') }),
  },
  { name: 'claude-md in the config', mode: 'claude-md', key: '$.claude-md', config: (_, o) => ({ 'claude-md': join(o, 'CLAUDE.md') }) },
  { name: 'registry in the config', mode: 'sync', key: '$.registry', config: (_, o) => ({ registry: `duckdb:${join(o, 'r.duckdb')}` }) },
  {
    name: 'filenames.globs ../../x/*',
    mode: 'lint-filenames',
    key: '$.filenames.globs[0]',
    config: (ws, o) => ({ globs: `${relative(ws.dir, o)}/*` }),
  },
  { name: 'filenames.globs /etc/ssh/*', mode: 'lint-filenames', key: '$.filenames.globs[0]', config: () => ({ globs: '/etc/ssh/*' }) },
  {
    name: 'filenames.globs: a matched file that links out',
    mode: 'lint-filenames',
    key: 'filenames.globs: "*.cbm" matches a file through a symbolic link',
    config: (ws, o) => {
      symlinkSync(join(o, `${CANARY}_33features_20260101_000000.cbm`), join(ws.dir, 'catboost_v9_feb_02_retrain.cbm'));
      return { globs: '*.cbm' };
    },
  },
  { name: 'input manifest', mode: 'drift', key: 'input manifest', inputs: (_, o) => ({ manifest: join(o, 'manifest.json') }) },
  {
    name: 'input deployment',
    mode: 'drift',
    key: 'input deployment',
    inputs: (_, o) => ({ deployment: join(o, 'prediction-worker.yaml') }),
  },
  { name: 'input claude-md', mode: 'claude-md', key: 'input claude-md', inputs: (_, o) => ({ 'claude-md': join(o, 'CLAUDE.md') }) },
  { name: 'input registry', mode: 'sync', key: 'input registry', inputs: (_, o) => ({ registry: `duckdb:${join(o, 'r.duckdb')}` }) },
  { name: 'input config', mode: 'claude-md', key: 'input config', inputs: (_, o) => ({ config: join(o, 'config.yml') }) },
  {
    name: 'the default config is a link to /proc/self/environ',
    mode: 'claude-md',
    key: '.github/model-governance.yml',
    inputs: (ws) => {
      mkdirSync(join(ws.dir, '.github'));
      symlinkSync('/proc/self/environ', join(ws.dir, '.github', 'model-governance.yml'));
      return { config: '' };
    },
  },
];

const withConfig = (ws: Workspace, set: Record<string, string>): void => {
  let lines = readFileSync(ws.config, 'utf8').split('\n');
  for (const [k, v] of Object.entries(set)) {
    if (k === 'globs') {
      lines = lines.map((l) => (l === 'filenames:' ? `filenames:\n  globs: ['${v}']` : l));
      continue;
    }
    const i = lines.findIndex((l) => l.startsWith(`${k}:`));
    if (i >= 0) lines[i] = `${k}: ${v}`;
    else lines.splice(1, 0, `${k}: ${v}`);
  }
  writeFileSync(ws.config, lines.join('\n'));
};

describe('action: paths from the config and inputs stay inside GITHUB_WORKSPACE', () => {
  it.each(CASES)(
    '$name: exit 2 naming the key, nothing written, nothing leaked',
    async (c) => {
      const ws = checkout();
      const out = outsideDir();
      const base = repoFiles(ws);
      gh = await fakeRepo('Codertocat', 'Hello-World', { ...base, 'config.yml': readFileSync(ws.config, 'utf8') });
      const baseSha = gh.state.headSha();
      withConfig(ws, c.config?.(ws, out) ?? {});
      const extra = c.inputs?.(ws, out) ?? {};
      // The PR changes the config, so the check runs rather than saying "nothing to check".
      const pr = await openPull(gh, { 'config.yml': readFileSync(ws.config, 'utf8') });
      const r = await runAction(entry, {
        cwd: ws.dir,
        gh,
        repository: 'Codertocat/Hello-World',
        eventName: 'pull_request',
        event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
        sha: pr.head,
        inputs: { mode: c.mode, config: ws.config, report: 'checks,comment,summary', 'github-token': WRITE_TOKEN, ...extra },
        env: { MG_SECRET: CANARY },
      });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^::error::.*resolves outside the workspace|^::error::.*leads outside the workspace/m);
      expect(r.stdout).toContain(c.key);
      expect(r.stdout).toContain(`must stay inside the workspace ${ws.dir}`);
      expect(writes(r.requests)).toEqual([]);
      const everything = JSON.stringify([r.stdout, r.stderr, r.summary, r.outputs, r.requests.map((q) => q.body)]);
      expect(everything).not.toContain(CANARY);
      gh.assertNoViolations();
    },
    60_000,
  );
});
