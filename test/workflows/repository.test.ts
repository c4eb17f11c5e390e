// The owner/name is written once, in package.json `repository`; everything that names this repository agrees with it:
// the README's `uses:` lines and schema URL, the reusable workflows' `action-repository` default, the copy-paste
// callers, and the `$id` the build writes into the published schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryOf, schemaUrl } from '../../src/repository.js';
import { schemasFor } from '../../src/schemas.js';
import { ROOT } from '../helpers/cli.js';
import { REPOSITORY, REPOSITORY_RE } from '../helpers/repository.js';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${dir}/${f}`);

describe('the repository name', () => {
  it('is read from package.json in each form npm takes', () => {
    expect(REPOSITORY).toMatch(/^[\w.-]+\/[\w.-]+$/);
    for (const field of [
      'git+https://github.com/acme/tool.git',
      'https://github.com/acme/tool',
      'git@github.com:acme/tool.git',
      'github:acme/tool',
      'acme/tool',
      { type: 'git', url: 'git+https://github.com/acme/tool.git' },
    ])
      expect(repositoryOf(field)).toBe('acme/tool');
    expect(() => repositoryOf({ type: 'git' })).toThrow(/does not name a GitHub owner\/name/);
  });

  it('is the one the README uses, with no placeholder left', () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/\bOWNER\/|<owner>|YOUR_ORG/);
    const uses = [...readme.matchAll(/uses: ([\w.-]+\/[\w.-]+)[@/]/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(2);
    const own = uses.filter((u) => u?.split('/')[1] === REPOSITORY.split('/')[1]);
    expect(own.length).toBeGreaterThan(2);
    expect(new Set(own)).toEqual(new Set([REPOSITORY]));
    expect(readme).toMatch(new RegExp(`^- uses: ${REPOSITORY_RE}@v1$`, 'm'));
    const schemas = [...readme.matchAll(/\$schema=(\S+)/g)].map((m) => m[1]);
    expect(schemas).toEqual([schemaUrl(REPOSITORY, 'config.schema.json')]);
  });

  it('is the default action-repository of every reusable workflow and the one every example calls', () => {
    const defaults = yamlFiles('.github/workflows').flatMap((f) => {
      const inputs = parse(read(f))?.on?.workflow_call?.inputs ?? {};
      return 'action-repository' in inputs ? [[f, inputs['action-repository'].default]] : [];
    });
    expect(defaults.length).toBe(5);
    for (const [f, d] of defaults) expect(d, f).toBe(REPOSITORY);
    for (const f of yamlFiles('examples/workflows')) {
      const calls = Object.values(parse(read(f)).jobs as Record<string, { uses?: string }>).map((j) => j.uses);
      expect(calls.length, f).toBeGreaterThan(0);
      for (const u of calls) expect(u, f).toMatch(new RegExp(`^${REPOSITORY_RE}/\\.github/workflows/[a-z-]+\\.yml@v1$`));
    }
  });

  it('names the published schemas, at the URL the README gives', () => {
    const schemas = schemasFor(REPOSITORY);
    expect(schemas['config.schema.json'].$id).toBe(schemaUrl(REPOSITORY, 'config.schema.json'));
    expect(schemas['manifest.schema.json'].$id).toBe(`https://raw.githubusercontent.com/${REPOSITORY}/v1/dist/manifest.schema.json`);
  });
});
