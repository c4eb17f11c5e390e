// Paths from the config file stay inside the repository (config/confine.ts), through the CLI: every key, with absolute
// paths, `..`, links inside the checkout that lead out, and .git. A path typed on the command line is the user's choice.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globBase } from '../../src/config/confine.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';

const CANARY = 'mg-canary-7f3a9c';

/** A directory outside every workspace, holding a template and a model file whose contents must never show. */
const outsideDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-outside-'));
  writeFileSync(join(dir, 'block.mustache'), `leaked ${CANARY}\n`);
  writeFileSync(join(dir, `${CANARY}_33features_20260101_000000.cbm`), '');
  writeFileSync(join(dir, 'manifest.json'), readFileSync(join(import.meta.dirname, '../../examples/manifest.json')));
  writeFileSync(join(dir, 'service.yaml'), readFileSync(join(import.meta.dirname, '../../examples/prediction-worker.yaml')));
  writeFileSync(join(dir, 'CLAUDE.md'), readFileSync(join(import.meta.dirname, '../../examples/CLAUDE.md')));
  return dir;
};

/** Set `key: value` in the workspace's config (replacing the line when the key is there). */
const setKey = (ws: Workspace, key: string, value: string): string => {
  const lines = readFileSync(ws.config, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (i >= 0) lines[i] = `${key}: ${value}`;
  else lines.splice(1, 0, `${key}: ${value}`);
  writeFileSync(ws.config, lines.join('\n'));
  return lines.join('\n');
};

const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;

type Case = { name: string; mode: string; key: string; json: string; value: (ws: Workspace, out: string) => string };

const CASES: Case[] = [
  { name: 'template: /proc/self/environ', mode: 'claude-md', key: 'template', json: '$.template', value: () => '/proc/self/environ' },
  { name: 'template: an outside file', mode: 'claude-md', key: 'template', json: '$.template', value: (_, o) => join(o, 'block.mustache') },
  {
    name: 'template: ../ climbing out',
    mode: 'claude-md',
    key: 'template',
    json: '$.template',
    value: (ws, o) => relative(process.cwd(), join(ws.dir, relative(ws.dir, join(o, 'block.mustache')))),
  },
  {
    name: 'template: a link in the checkout to /proc/self/environ',
    mode: 'claude-md',
    key: 'template',
    json: '$.template',
    value: (ws) => {
      symlinkSync('/proc/self/environ', join(ws.dir, 'block.mustache'));
      return join(ws.dir, 'block.mustache');
    },
  },
  {
    name: 'template: link/.. climbs from the link target, not from the link',
    mode: 'claude-md',
    key: 'template',
    json: '$.template',
    value: (ws, o) => {
      mkdirSync(join(o, 'deep'));
      symlinkSync(join(o, 'deep'), join(ws.dir, 'up'));
      // Spelled out: path.join would fold `up/..` away, which is exactly the mistake under test.
      return `${ws.dir}/up/../block.mustache`;
    },
  },
  {
    name: 'template: .git/config (where actions/checkout keeps the token)',
    mode: 'claude-md',
    key: 'template',
    json: '$.template',
    value: (ws) => {
      mkdirSync(join(ws.dir, '.git'));
      writeFileSync(join(ws.dir, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${CANARY}\n`);
      return join(ws.dir, '.git', 'config');
    },
  },
  { name: 'manifest outside', mode: 'drift', key: 'manifest', json: '$.manifest', value: (_, o) => join(o, 'manifest.json') },
  {
    name: 'manifest-mirror outside (drift would print every value that differs)',
    mode: 'drift',
    key: 'manifest-mirror',
    json: '$.manifest-mirror',
    value: (_, o) => join(o, 'manifest.json'),
  },
  { name: 'deployment outside', mode: 'drift', key: 'deployment', json: '$.deployment', value: (_, o) => join(o, 'service.yaml') },
  { name: 'claude-md outside', mode: 'claude-md', key: 'claude-md', json: '$.claude-md', value: (_, o) => join(o, 'CLAUDE.md') },
  {
    name: 'registry duckdb: outside (sync would create it)',
    mode: 'sync',
    key: 'registry',
    json: '$.registry',
    value: (_, o) => `duckdb:${join(o, 'registry.duckdb')}`,
  },
];

describe('config paths outside the repository: exit 2 naming the key, nothing read or written', () => {
  it.each(CASES)('$name', async (c) => {
    const ws = workspace();
    const out = outsideDir();
    const text = setKey(ws, c.key, c.value(ws, out));
    const r = await runCli([c.mode, '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`model-governance: ${ws.config}:${lineOf(text, c.key)}:${c.key.length + 3}: ${c.json}: `);
    expect(r.err).toContain(`resolves outside the workspace; paths from the config and inputs must stay inside the workspace ${ws.dir}`);
    expect(`${r.out}${r.err}`).not.toContain(CANARY);
    expect(() => readFileSync(join(out, 'registry.duckdb'))).toThrow(/ENOENT/);
  });

  it.each([
    ['an absolute glob', (o: string) => `${o}/*`],
    ['a glob climbing out with ..', (o: string) => `${relative(process.cwd(), o)}/*.cbm`],
    ['/etc/ssh/*', () => '/etc/ssh/*'],
  ])('filenames.globs: %s', async (_, glob) => {
    const ws = workspace();
    const out = outsideDir();
    writeFileSync(ws.config, `${readFileSync(ws.config, 'utf8').replace('filenames:', `filenames:\n  globs: ['${glob(out)}']`)}\n`);
    const r = await runCli(['lint-filenames', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/: \$\.filenames\.globs\[0\]: ".*" resolves outside the workspace/);
    expect(`${r.out}${r.err}`).not.toContain(CANARY);
  });

  it('filenames.globs: a match that is a link leading out is refused without naming the outside file', async () => {
    const ws = workspace();
    const out = outsideDir();
    symlinkSync(join(out, `${CANARY}_33features_20260101_000000.cbm`), join(ws.dir, 'catboost_v9_feb_02_retrain.cbm'));
    writeFileSync(ws.config, `${readFileSync(ws.config, 'utf8').replace('filenames:', `filenames:\n  globs: ['${ws.dir}/*.cbm']`)}\n`);
    const r = await runCli(['lint-filenames', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('matches a file through a symbolic link that leads outside the workspace');
    expect(`${r.out}${r.err}`).not.toContain(CANARY);
  });

  it.each([
    [
      'a loop of links',
      (ws: Workspace) => {
        symlinkSync('loop.md', join(ws.dir, 'loop.md'));
        return join(ws.dir, 'loop.md');
      },
      'cannot be resolved (ELOOP)',
    ],
    ['a NUL byte', (ws: Workspace) => `"${ws.dir}/a\\0b"`, 'cannot be resolved'],
    [
      'a dangling link',
      (ws: Workspace) => {
        symlinkSync('/nonexistent/x', join(ws.dir, 'gone.md'));
        return join(ws.dir, 'gone.md');
      },
      'is a symbolic link to a missing file',
    ],
  ])('template: %s cannot be judged, so it is refused (exit 2)', async (_, value, why) => {
    const ws = workspace();
    setKey(ws, 'template', value(ws));
    const r = await runCli(['claude-md', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`$.template: `);
    expect(r.err).toContain(why);
  });

  it('paths inside (plain, through an inside link, relative with ..) are fine', async () => {
    const ws = workspace();
    mkdirSync(join(ws.dir, 'docs'));
    symlinkSync('../CLAUDE.md', join(ws.dir, 'docs', 'CLAUDE.md'));
    setKey(ws, 'claude-md', join(ws.dir, 'docs', 'CLAUDE.md'));
    writeFileSync(join(ws.dir, 'block.mustache'), 'Model {{production_model}}\n');
    setKey(ws, 'template', join(ws.dir, 'docs', '..', 'block.mustache'));
    const r = await runCli(['claude-md', '--config', ws.config]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Model catboost\\_v9\\_33features\\_20260201\\_011018');
  });

  it('a path typed on the command line is the user’s own choice', async () => {
    const ws = workspace();
    const out = outsideDir();
    writeFileSync(join(out, 'block.mustache'), 'Model {{production_model}}\n');
    const r = await runCli(['claude-md', '--config', ws.config, '--template', join(out, 'block.mustache')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Model catboost\\_v9\\_33features\\_20260201\\_011018');
  });
});

describe('globBase', () => {
  it.each([
    ['models/v9/*.cbm', 'models/v9'],
    ['*.cbm', '.'],
    ['/etc/ssh/*', '/etc/ssh'],
    ['/*', '/'],
    ['../../x/*', '../../x'],
    ['a/{b,c}/d', 'a'],
    ['models/plain.cbm', 'models'],
    ['a/[x]/y', 'a'],
  ])('%s → %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });
});

describe('the default config, found in the working directory', () => {
  it('is refused (exit 2), never parsed, when it is a link to /proc/self/environ', async () => {
    const ws = workspace();
    mkdirSync(join(ws.dir, '.github'));
    symlinkSync('/proc/self/environ', join(ws.dir, '.github', 'model-governance.yml'));
    const before = process.cwd();
    process.env.MG_CANARY = CANARY;
    process.chdir(ws.dir);
    try {
      const r = await runCli(['claude-md']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `model-governance: .github/model-governance.yml: config ".github/model-governance.yml" resolves outside the workspace; paths from the config and inputs must stay inside the workspace ${ws.dir}\n`,
      );
    } finally {
      process.chdir(before);
      delete process.env.MG_CANARY;
    }
  });
});
