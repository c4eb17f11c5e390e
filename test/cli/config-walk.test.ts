// With no --config, the CLI finds .github/model-governance.yml from the working directory up to the repository root,
// and the config's relative paths name files from that root.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const start = process.cwd();
afterEach(() => process.chdir(start));

const repo = (withGit = true) => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-walk-'));
  if (withGit) mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'models', 'v9'), { recursive: true });
  cpSync(join(EXAMPLES, 'manifest.json'), join(dir, 'models', 'manifest.json'));
  cpSync(join(EXAMPLES, 'CLAUDE.md'), join(dir, 'CLAUDE.md'));
  writeFileSync(join(dir, '.github', 'model-governance.yml'), 'manifest: models/manifest.json\ntitle: Walked\n');
  return dir;
};

describe('config found by walking up', () => {
  it('from a subdirectory, with paths from the repository root (the default CLAUDE.md included)', async () => {
    const dir = repo();
    process.chdir(join(dir, 'models', 'v9'));
    const r = await runCli(['claude-md', '--check', '--json']);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out);
    expect(report.block).toMatch(/^## ML Model - Walked /);
    expect(report.summary).toBe(`${join(dir, 'CLAUDE.md')}: the MODEL block is stale`);
  });

  it('stops at the repository root: a config above it is not used', async () => {
    const outer = repo();
    const inner = join(outer, 'nested');
    mkdirSync(join(inner, '.git'), { recursive: true });
    process.chdir(inner);
    const r = await runCli(['lint-filenames']);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      'model-governance: .github/model-governance.yml: no config file and no --manifest: nothing to check',
    ]);
  });

  it('outside a repository, only the working directory is searched (a config planted in a shared parent is ignored)', async () => {
    const outer = repo(false);
    const inner = join(outer, 'models', 'v9');
    process.chdir(inner);
    const r = await runCli(['lint-filenames']);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      'model-governance: .github/model-governance.yml: no config file and no --manifest: nothing to check',
    ]);
  });

  it('--config still names the file, and its paths stay relative to the working directory', async () => {
    const dir = repo();
    process.chdir(dir);
    const r = await runCli(['lint-filenames', '--config', '.github/model-governance.yml', '--json']);
    expect(JSON.parse(r.out).findings.some((f: { location?: { file: string } }) => f.location?.file === 'models/manifest.json')).toBe(true);
  });
});
