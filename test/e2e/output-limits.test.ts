// GitHub's size limits end to end: 6,000 findings through the bundled action. Every channel stays within its budget
// with a visible "truncated, N more" line, and the findings-file output holds the whole JSON contract.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, utf8Bytes } from '../../src/report/budget.js';
import { runnerCommands } from '../helpers/runner-commands.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, repoFiles, withBadModels } from './repo.js';
import { example, runAction } from './runner.js';

let entry: string;
let gh: FakeGitHub | undefined;
beforeAll(async () => {
  entry = await bundle();
}, 300_000);
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const N = 6000;

describe('6,000 findings', () => {
  it('fit the job summary, the outputs, the check run and its annotations; findings-file has all', async () => {
    const ws = checkout();
    const files = repoFiles(ws);
    // Long names, so the findings make well over 1 MiB of markdown.
    writeFileSync(
      ws.manifest,
      withBadModels(files['manifest.json'] as string, N).replaceAll('bad_model_', `bad_model_${'x'.repeat(120)}_`),
    );
    gh = await fakeRepo('Codertocat', 'Hello-World', files);
    const r = await runAction(entry, {
      cwd: ws.dir,
      gh,
      repository: 'Codertocat/Hello-World',
      eventName: 'push',
      event: example('push'),
      sha: gh.state.headSha(),
      inputs: { mode: 'lint-filenames', config: ws.config, report: 'checks,summary', 'github-token': WRITE_TOKEN },
    });
    expect(r.code).toBe(1);
    expect(utf8Bytes(r.summary)).toBeLessThanOrEqual(BUDGET.summaryBytes);
    expect(r.summary).toMatch(/truncated, [\d,]+ more findings/);
    for (const [name, value] of Object.entries(r.outputs)) expect(utf8Bytes(value), name).toBeLessThanOrEqual(BUDGET.outputBytes);
    const cut = JSON.parse(r.outputs.findings ?? '') as { findings: unknown[]; truncated?: string };
    expect(cut.truncated).toMatch(/^truncated, [\d,]+ more findings; the full JSON is in the findings-file output$/);
    const all = JSON.parse(readFileSync(r.outputs['findings-file'] ?? '', 'utf8')) as { findings: unknown[] };
    expect(all.findings.length).toBeGreaterThanOrEqual(N);
    expect(r.outputs['error-count']).toBe(String(all.findings.filter((f) => (f as { severity: string }).severity === 'error').length));
    const run = gh.state.checkRuns[0];
    expect(run?.annotations).toHaveLength(BUDGET.annotationsPerRun);
    expect((run?.output.summary ?? '').length).toBeLessThanOrEqual(BUDGET.checkText);
    expect(run?.output.summary).toMatch(/annotations truncated, [\d,]+ more findings/);
    gh.assertNoViolations();
  }, 180_000);

  it('as workflow commands: at most 10 annotations a severity, and the summary says how many more', async () => {
    const ws = checkout();
    writeFileSync(ws.manifest, withBadModels(repoFiles(ws)['manifest.json'] as string, 30));
    const r = await runAction(entry, {
      cwd: ws.dir,
      repository: 'Codertocat/Hello-World',
      eventName: 'push',
      event: example('push'),
      sha: 'a'.repeat(40),
      inputs: { mode: 'lint-filenames', config: ws.config, report: 'summary' },
    });
    const errors = runnerCommands(r.stdout).filter((c) => c.name === 'error' && !c.line.includes('findings that fail the run'));
    expect(errors).toHaveLength(BUDGET.commandAnnotationsPerSeverity);
    expect(r.summary).toMatch(/Annotations of this step: truncated, \d+ more findings/);
  }, 60_000);
});
