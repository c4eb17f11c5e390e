// Which PRs have "nothing to check": the governed paths of the settings, compared with the PR's files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FamilyConfig } from '../../src/config/schema.js';
import { familySettings } from '../../src/config/settings.js';
import { governedFiles, touchesGoverned } from '../../src/github/changed.js';

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
