// Repositories for the e2e tests: a temp workspace (the checkout) copied from examples/, and the same files on the
// fake GitHub's default branch.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { EXAMPLE_GATES, type Workspace, workspace } from '../helpers/cli.js';
import { type FakeGitHub, type GitHubOptions, startGitHub, WRITE_TOKEN } from '../standins/github/index.js';

export const LEGACY = ['catboost_v9_33features_20260201_011018.cbm', 'catboost_v9_feb_02_retrain.cbm'];

/** A workspace whose config has no registry: the bundle runs without node_modules, where DuckDB cannot load. */
export const checkout = (extra: string[] = []): Workspace => {
  const ws = workspace();
  writeFileSync(
    ws.config,
    [
      'name: catboost_v9',
      `manifest: ${ws.manifest}`,
      `deployment: ${ws.deployment}`,
      'model-env: CATBOOST_V9_MODEL_PATH',
      `claude-md: ${ws.claudeMd}`,
      'title: CatBoost V9',
      'filenames:',
      `  legacy: [${LEGACY.join(', ')}]`,
      ...extra,
      'gates:',
      EXAMPLE_GATES.trimEnd(),
      '',
    ].join('\n'),
  );
  return ws;
};

/** The governed files of a workspace, by repository path. */
export const repoFiles = (ws: Workspace): Record<string, string> =>
  Object.fromEntries(
    ['manifest.json', 'CLAUDE.md', 'prediction-worker.yaml', 'model-governance.yml'].map((f) => [f, readFileSync(join(ws.dir, f), 'utf8')]),
  );

export const fakeRepo = (owner: string, repo: string, files: Record<string, string>, o: GitHubOptions = {}): Promise<FakeGitHub> =>
  startGitHub({ owner, repo, files, ...o });

/** Push a branch with `files` and open a PR from it, as a contributor would. */
export const openPull = async (
  gh: FakeGitHub,
  files: Record<string, string>,
  branch = 'feature',
): Promise<{ number: number; head: string }> => {
  gh.state.createBranch(branch);
  const head = gh.state.commit(branch, files, 'Change models').sha;
  const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
  const { data } = await octokit.rest.pulls.create({
    owner: gh.state.owner,
    repo: gh.state.name,
    head: branch,
    base: 'main',
    title: 'Change models',
  });
  return { number: data.number, head };
};

interface Entry {
  file: string;
  gcs_path: string;
  training_start_date: string;
  training_end_date: string;
  [k: string]: unknown;
}

/** The manifest with `n` extra candidate models whose filenames break the convention, each on its own window. */
export const withBadModels = (manifest: string, n: number): string => {
  const m = JSON.parse(manifest) as { models: Record<string, Entry> };
  const template = m.models.catboost_v9_2026_02 as Entry;
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    m.models[`bad_model_${i}`] = {
      ...template,
      file: `bad_model_${i}.cbm`,
      gcs_path: `gs://nba-props-platform-models/catboost/v9/bad_model_${i}.cbm`,
      training_start_date: '2023-06-01',
      training_end_date: day,
      status: 'candidate',
    };
  }
  return `${JSON.stringify(m, null, 2)}\n`;
};

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export const positionOf = (text: string, needle: string): { line: number; column: number } => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};
