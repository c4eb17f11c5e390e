// One annotation per problem per run, from the bundle: drift repeats lint-filenames' filename findings and
// claude-md's stale block; the first mode in the run's order annotates each, in check runs and in workflow commands.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitHub, READ_TOKEN, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, openPull, repoFiles, withBadModels } from './repo.js';
import { example, pullRequestEvent, runAction, writes } from './runner.js';

const REPOSITORY = 'Codertocat/Hello-World';
const MODES = ['lint-filenames', 'duplicate', 'claude-md', 'drift'];
let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const countBy = (keys: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** The workflow-command annotations of a step's stdout placed in a file: `file:line:col title message` each. */
const commandAnnotations = (stdout: string): { key: string; title: string }[] =>
  stdout
    .split('\n')
    .map((l) => /^::(error|warning|notice) (title=([^,:]*),)?file=([^,:]+),line=(\d+)(,col=(\d+))?::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ key: `${m[4]}:${m[5]}:${m[7] ?? ''} ${m[8]}`, title: decodeURIComponent(m[3] ?? '') }));

describe('annotate once per run', () => {
  it('check runs: each problem is annotated on one check run (the first mode reporting it); each run still lists it', async () => {
    const ws = checkout();
    const base = repoFiles(ws);
    gh = await fakeRepo('Codertocat', 'Hello-World', base);
    const baseSha = gh.state.headSha();
    const manifest = withBadModels(base['manifest.json'] as string, 3);
    writeFileSync(ws.manifest, manifest);
    const pr = await openPull(gh, { 'manifest.json': manifest });
    const run = () =>
      runAction(entry, {
        cwd: ws.dir,
        gh: gh as FakeGitHub,
        repository: REPOSITORY,
        eventName: 'pull_request',
        event: pullRequestEvent('opened', { number: pr.number, baseSha, headSha: pr.head }),
        sha: pr.head,
        inputs: { mode: MODES.join(','), config: ws.config, report: 'checks,summary', 'github-token': WRITE_TOKEN },
      });
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const runs = gh.state.checkRuns;
    expect(runs).toHaveLength(MODES.length);
    const all = runs.flatMap((c) =>
      c.annotations.map((a) => ({ run: c.name, key: `${a.path}:${a.start_line}:${a.start_column} ${a.title} ${a.message}` })),
    );
    const counts = countBy(all.map((a) => a.key));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const on = (title: string, message: string) =>
      all.filter((a) => a.key.includes(` ${title} `) && a.key.includes(message)).map((a) => a.run);
    // Both problems are reported by drift as well; each is annotated once, by the mode listed first.
    for (let i = 0; i < 3; i++) expect(on('filename.convention', `bad_model_${i}.cbm`)).toEqual(['model-governance / lint-filenames']);
    expect(on('claude-md.stale', 'does not match the manifest')).toEqual(['model-governance / claude-md']);
    const drift = runs.find((c) => c.name === 'model-governance / drift');
    expect(drift?.annotations.some((a) => a.title === 'claude-md.stale' || a.title?.startsWith('filename.'))).toBe(false);
    // drift's own check run still lists them, and says where they are annotated.
    expect(drift?.output.summary).toContain('claude-md.stale');
    expect(drift?.output.summary).toContain('bad\\_model\\_0.cbm');
    expect(drift?.output.summary).toMatch(
      /Annotated once per run, on the check run of the first mode that reports it: \d+ on model-governance \/ lint-filenames, 1 on model-governance \/ claude-md\./,
    );
    expect(drift?.conclusion).toBe('failure');

    // The owner is the same on a re-run, so nothing is written.
    const again = await run();
    expect(again.code).toBe(1);
    expect(writes(again.requests)).toEqual([]);
    gh.assertNoViolations();
  }, 120_000);

  it('workflow commands: each problem is one `::error`/`::warning` line, titled by the first mode reporting it', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', repoFiles(ws));
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: REPOSITORY,
      eventName: 'push',
      event: example('push'),
      sha: gh.state.headSha(),
      inputs: { mode: MODES.join(','), config: ws.config, report: 'summary', 'github-token': READ_TOKEN },
    });
    expect(r.code).toBe(1);
    const annotations = commandAnnotations(r.stdout);
    const counts = countBy(annotations.map((a) => a.key));
    expect(annotations.length).toBeGreaterThan(2);
    expect([...counts.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(annotations.filter((a) => a.title.endsWith(': claude-md.stale')).map((a) => a.title)).toEqual(['claude-md: claude-md.stale']);
    const filenames = annotations.filter((a) => a.title.includes(': filename.'));
    expect(filenames.length).toBeGreaterThan(0);
    expect(filenames.every((a) => a.title.startsWith('lint-filenames: '))).toBe(true);
    expect(r.requests).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);
});
