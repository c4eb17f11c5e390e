// The drift tracking issue end to end from the bundle: opened on the first drift, left alone while nothing changes,
// its body edited without a comment when only the wording changes, a comment when the set of drift findings
// changes, and closed with a comment when the drift is gone.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { bundle } from './bundle.js';
import { checkout, fakeRepo, LEGACY, repoFiles } from './repo.js';
import { example, runAction, scheduleEvent, writes } from './runner.js';

let entry: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('drift tracking issue', () => {
  it('is opened, left alone, updated, commented when the set changes, and closed when drift is gone', async () => {
    const ws = checkout();
    gh = await fakeRepo('Codertocat', 'Hello-World', repoFiles(ws));
    const push = example('push');
    const run = (event: 'schedule' | 'push') =>
      runAction(entry, {
        cwd: ws.dir,
        gh: gh as FakeGitHub,
        repository: 'Codertocat/Hello-World',
        eventName: event,
        event: event === 'push' ? push : scheduleEvent(push.repository as Record<string, unknown>),
        sha: (gh as FakeGitHub).state.headSha(),
        inputs: { mode: 'drift', config: ws.config, report: 'issue,summary', 'github-token': WRITE_TOKEN },
      });
    const editManifest = (edit: (m: { models: Record<string, Record<string, unknown>> }) => void) => {
      const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
      edit(m);
      writeFileSync(ws.manifest, `${JSON.stringify(m, null, 2)}\n`);
    };

    // The examples drift: a stale CLAUDE.md block and a filename encoding another window.
    const first = await run('schedule');
    expect(first.code).toBe(1);
    expect(gh.state.label('model-drift')).toBeDefined();
    const [issue] = gh.state.issues;
    expect(issue).toMatchObject({ state: 'open', labels: ['model-drift'], title: 'Model drift: catboost_v9' });
    expect(issue?.body).toMatch(/^<!-- model-governance:drift-issue -->\n<!-- model-governance:drift-digest=[0-9a-f]{64} -->/);
    expect(issue?.body).toContain('filename.window');
    expect(first.outputs['issue-url']).toBe(`https://github.com/Codertocat/Hello-World/issues/${issue?.number}`);

    // Same drift: no write at all.
    const second = await run('push');
    expect(second.code).toBe(1);
    expect(writes(second.requests)).toEqual([]);

    // A new legacy-listed file adds a warning: the body changes, the set of drift errors does not, so no comment.
    writeFileSync(
      ws.config,
      readFileSync(ws.config, 'utf8').replace(`legacy: [${LEGACY.join(', ')}]`, `legacy: [${[...LEGACY, 'old_model.cbm'].join(', ')}]`),
    );
    editManifest((m) => {
      m.models.old_model = {
        ...m.models.catboost_v9_feb_02_retrain,
        file: 'old_model.cbm',
        gcs_path: 'gs://nba-props-platform-models/catboost/v9/old_model.cbm',
        training_start_date: '2024-01-01',
        training_end_date: '2024-02-01',
        eval_start_date: null,
        eval_end_date: null,
      };
    });
    const third = await run('schedule');
    expect(third.code).toBe(1);
    expect(writes(third.requests).map((q) => q.operationId)).toEqual(['issues/update']);
    expect(gh.state.issues[0]?.body).toContain('old\\_model.cbm');
    expect(gh.state.commentsOn(issue?.number ?? 0)).toEqual([]);

    // The filename's window is fixed: the set changed, so the body is updated and a comment says what went away.
    editManifest((m) => {
      (m.models.catboost_v9_2026_02 as Record<string, unknown>).training_end_date = '2026-01-08';
    });
    const fourth = await run('push');
    expect(fourth.code).toBe(1);
    expect(writes(fourth.requests).map((q) => q.operationId)).toEqual(['issues/update', 'issues/create-comment']);
    const comments = gh.state.commentsOn(issue?.number ?? 0);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/^The set of drift findings changed at [0-9a-f]{7}/);
    expect(comments[0]?.body).toContain('- resolved: `filename.window` catboost\\_v9 · catboost\\_v9\\_2026\\_02 · file');
    expect(comments[0]?.body).not.toContain('- new:');

    // The block is rewritten: only warnings remain, so the issue is closed with a comment and the run passes.
    expect((await runCli(['claude-md', '--write', '--config', ws.config])).code).toBe(0);
    const fifth = await run('schedule');
    expect(fifth.code).toBe(0);
    expect(gh.state.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(gh.state.commentsOn(issue?.number ?? 0).at(-1)?.body).toMatch(
      /^No drift at [0-9a-f]{7} \(\[run\]\(https:\/\/github.com\/Codertocat\/Hello-World\/actions\/runs\/4242\)\)\. Closing\.$/,
    );
    expect(fifth.outputs['issue-url']).toBe(first.outputs['issue-url']);
    console.log(`drift issue runs: ${[first, second, third, fourth, fifth].map((r) => `${r.ms.toFixed(0)} ms`).join(', ')}`);
    gh.assertNoViolations();
  }, 120_000);
});
