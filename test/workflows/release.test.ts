// A dry run of release.yml: its own `run:` scripts, in order, against a clone whose origin is a local bare repository
// (no GitHub involved). Releasing 1.0.0 pushes main with the CHANGELOG section, tags v1.0.0 and moves v1 to it; a
// re-run changes nothing; a version that is not package.json's, or not X.Y.Z, or not from main, stops in verify.
// The last step (gh release create) talks to GitHub only and is not run here.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8'));
const steps = (job: string): Step[] => workflow.jobs[job].steps;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** Run one step's script as the runner does (bash -e), with its env resolved for this dispatch. */
const runStep = (step: Step, cwd: string, inputs: { version: string; ref: string }, outputs: string) => {
  const env: Record<string, string> = {
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? '/tmp',
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_OUTPUT: outputs,
    RUNNER_TEMP: cwd,
  };
  for (const [k, v] of Object.entries(step.env ?? {}))
    env[k] = v.replace(/\$\{\{\s*inputs\.version\s*\}\}/, inputs.version).replace(/\$\{\{\s*github\.ref\s*\}\}/, inputs.ref);
  return spawnSync('bash', ['-e', '-c', step.run ?? ''], { cwd, env, encoding: 'utf8' });
};

/** A repository with package.json at `version` and an Unreleased section, pushed to a bare origin, and a clone. */
const repo = (version: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-release-'));
  const origin = join(dir, 'origin.git');
  const work = join(dir, 'work');
  git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  // init + remote rather than clone: git warns on stderr when it clones an empty repository.
  git(dir, 'init', '-q', '-b', 'main', work);
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'config', 'user.email', 'dev@example.com');
  git(work, 'config', 'user.name', 'dev');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'model-governance', version }, null, 2));
  writeFileSync(join(work, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- The first release.\n');
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'init');
  git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  return { origin, work, outputs: join(dir, 'outputs') };
};

/** The release job's steps, skipping those whose `if:` says tagged == 'false' when this run found the tag. */
const release = (r: ReturnType<typeof repo>, version: string) => {
  writeFileSync(r.outputs, '');
  const ran: string[] = [];
  for (const step of steps('release')) {
    if (step.uses?.startsWith('actions/checkout@')) continue; // the clone is the checkout (fetch-depth 0)
    if (step.run?.includes('gh release')) continue;
    const tagged = /tagged=true/.test(readFileSync(r.outputs, 'utf8'));
    if (step.if && /steps\.state\.outputs\.tagged == 'false'/.test(step.if) && tagged) continue;
    const res = runStep(step, r.work, { version, ref: 'refs/heads/main' }, r.outputs);
    expect(res.status, `${step.name}: ${res.stderr}${res.stdout}`).toBe(0);
    ran.push(step.name ?? '');
  }
  return ran;
};

describe('release.yml, dry run against a local origin', () => {
  it('releases 1.0.0: main carries the CHANGELOG section, v1.0.0 is tagged and v1 moved to it; a re-run changes nothing', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.version).toBe('1.0.0');
    const r = repo(pkg.version);
    const ran = release(r, '1.0.0');
    expect(ran).toContain('Commit and tag');
    const tag = git(r.origin, 'rev-parse', 'v1.0.0^{commit}');
    expect(git(r.origin, 'rev-parse', 'v1^{commit}')).toBe(tag);
    expect(git(r.origin, 'rev-parse', 'main')).toBe(tag);
    const changelog = git(r.origin, 'show', 'v1.0.0:CHANGELOG.md');
    expect(changelog).toMatch(/^## Unreleased\n\n## \[1\.0\.0\] - \d{4}-\d\d-\d\d\n\n- The first release\.$/m);
    expect(git(r.origin, 'log', '-1', '--format=%s', 'main')).toBe('Release v1.0.0');

    const again = release(r, '1.0.0');
    expect(again).not.toContain('Commit and tag');
    expect(git(r.origin, 'rev-parse', 'v1^{commit}')).toBe(tag);
    expect(git(r.origin, 'rev-parse', 'main')).toBe(tag);
  }, 120_000);

  it.each([
    ["a version that is not package.json's", '1.0.1', 'refs/heads/main', /package\.json says 1\.0\.0, not 1\.0\.1/],
    ['a version with a leading v', 'v1.0.0', 'refs/heads/main', /version must be X\.Y\.Z/],
    ['a release from another branch', '1.0.0', 'refs/heads/feature', /release from main only/],
  ])('stops in verify on %s', { timeout: 60_000 }, (_, version, ref, message) => {
    const r = repo('1.0.0');
    const out: string[] = [];
    let failed = false;
    for (const step of steps('verify')) {
      if (!step.run || step.run.includes('npm ')) continue; // npm ci and npm test belong to CI, not to this dry run
      const res = runStep(step, r.work, { version, ref }, r.outputs);
      out.push(res.stdout, res.stderr);
      if (res.status !== 0) {
        failed = true;
        break;
      }
    }
    expect(failed).toBe(true);
    expect(out.join('')).toMatch(message);
  });
});
