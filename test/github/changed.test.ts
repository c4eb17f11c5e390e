// Which PRs have "nothing to check": the governed paths of the settings, compared with the PR's files.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FamilyConfig } from '../../src/config/schema.js';
import { familySettings } from '../../src/config/settings.js';
import { governedFiles, resolveGoverned, touchesGoverned } from '../../src/github/changed.js';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = process.cwd();
});
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

const settings = (c: Partial<FamilyConfig>) => familySettings({ manifest: 'models/manifest.json', ...c } as FamilyConfig, 'test');

describe('governed files', () => {
  const governed = () =>
    governedFiles(
      [
        settings({
          deployment: 'deploy/service.yaml',
          'model-env': 'M',
          template: '.github/block.mustache',
          filenames: { globs: ['models/*.cbm'] },
        }),
        settings({ manifest: 'gs://bucket/v10/manifest.json', 'claude-md': 'docs/CLAUDE.md', registry: 'bigquery:p.d.t' }),
      ],
      undefined,
    );

  it('lists repository paths, not remote sources', () => {
    expect([...governed().paths].sort()).toEqual([
      '.github/block.mustache',
      '.github/model-governance.yml',
      'CLAUDE.md',
      'deploy/service.yaml',
      'docs/CLAUDE.md',
      'models/manifest.json',
    ]);
  });

  it.each([
    [['README.md', 'src/app.py'], false],
    [['models/manifest.json'], true],
    [['.github/model-governance.yml'], true],
    [['models/new_model.cbm'], true],
    [['models/sub/deep.cbm'], false],
    [['docs/CLAUDE.md'], true],
  ])('%j touches governed files: %s', (changed, expected) => {
    expect(touchesGoverned(changed, governed())).toBe(expected);
  });
});

describe('governed files behind symlinks', () => {
  // A checkout whose manifest is a link into models/, whose filename glob runs through a linked directory, and
  // whose config is given by an absolute path, as the action gets it.
  const repo = () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mg-changed-')));
    mkdirSync(join(dir, 'models'));
    mkdirSync(join(dir, 'releases/2026'), { recursive: true });
    writeFileSync(join(dir, 'models/current.json'), '{}');
    writeFileSync(join(dir, 'releases/2026/a.cbm'), 'x');
    symlinkSync('models/current.json', join(dir, 'manifest.json'));
    symlinkSync('releases/2026', join(dir, 'artifacts'));
    process.env.GITHUB_WORKSPACE = dir;
    return dir;
  };
  const governed = (dir: string, over: Partial<FamilyConfig> = {}) =>
    resolveGoverned(
      governedFiles(
        [settings({ manifest: join(dir, 'manifest.json'), filenames: { globs: [join(dir, 'artifacts/*.cbm')] }, ...over })],
        undefined,
      ),
      dir,
    );

  it.each([
    [['models/current.json'], true, 'the target of the linked manifest'],
    [['manifest.json'], true, 'the link itself'],
    [['models'], true, 'a directory (or a link) on the way to the target'],
    [['releases/2026/a.cbm'], true, 'a file a glob finds through a linked directory'],
    [['releases/2026/b.txt', 'README.md'], false, 'files nothing reads'],
  ])('%j touches governed files: %s (%s)', async (changed, expected) => {
    const g = await governed(repo());
    expect(g).toBeDefined();
    expect(touchesGoverned(changed, g as NonNullable<typeof g>)).toBe(expected);
  });

  it('is in doubt (so the PR is checked) when a governed link leaves the checkout', async () => {
    const dir = repo();
    const outside = mkdtempSync(join(tmpdir(), 'mg-outside-'));
    writeFileSync(join(outside, 'CLAUDE.md'), 'x');
    symlinkSync(join(outside, 'CLAUDE.md'), join(dir, 'CLAUDE.md'));
    expect(await governed(dir, { 'claude-md': join(dir, 'CLAUDE.md') })).toBeUndefined();
  });

  it('is in doubt when a governed link loops', async () => {
    const dir = repo();
    symlinkSync('loop.md', join(dir, 'loop.md'));
    expect(await governed(dir, { 'claude-md': join(dir, 'loop.md') })).toBeUndefined();
  });

  it('skips a governed path that is absent (a removal is in the PR list itself)', async () => {
    const dir = repo();
    const g = await governed(dir, { 'claude-md': join(dir, 'missing.md') });
    expect(g?.paths.has('missing.md')).toBe(true);
  });
});
