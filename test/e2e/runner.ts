// Run the bundled action the way the runner does: a node process with INPUT_* variables (action.yml defaults filled
// in, names upper-cased with hyphens kept), the GITHUB_* variables, an event payload file, and the step summary
// and output files. The network guard is preloaded, so the bundle can reach nothing but the loopback fake.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { collect } from '../helpers/process.js';
import type { FakeGitHub, LoggedRequest } from '../standins/github/index.js';

const GUARD = join(ROOT, 'test', 'setup', 'network-guard.ts');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** What the runner passes for inputs the workflow leaves out: action.yml's defaults (expressions are the caller's). */
const defaults = (): Record<string, string> => {
  const { inputs } = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, v]) => v.default !== undefined && !String(v.default).includes('${{'))
      .map(([k, v]) => [k, String(v.default)]),
  );
};

export const inputEnv = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  ms: number;
  /** Requests the fake saw during this run. */
  requests: LoggedRequest[];
}

export interface RunSpec {
  cwd: string;
  gh?: FakeGitHub;
  /** owner/repo, as in the payload */
  repository: string;
  eventName: string;
  event: unknown;
  sha: string;
  inputs: Record<string, string>;
  /** Extra environment for the action's process (e.g. the tests' retry and timeout scales). */
  env?: Record<string, string>;
}

const parseOutputs = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
};

export const runAction = (entry: string, spec: RunSpec): Promise<ActionRun> => {
  const temp = mkdtempSync(join(tmpdir(), 'mg-runner-'));
  const files = { event: join(temp, 'event.json'), summary: join(temp, 'summary.md'), output: join(temp, 'output.txt') };
  writeFileSync(files.event, JSON.stringify(spec.event));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const inputs = { ...defaults(), ...spec.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnv(k), v])),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: spec.repository,
    GITHUB_SHA: spec.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: spec.gh?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: spec.cwd,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
    // Retry waits and the spacing of GitHub writes, scaled down as in the other tests that wait on them.
    MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
    ...spec.env,
  };
  const before = spec.gh?.requests.length ?? 0;
  const started = performance.now();
  const child = spawn(process.execPath, ['--no-warnings', '--import', GUARD, entry], { cwd: spec.cwd, env });
  return collect(child).then(({ code, stdout, stderr }) => ({
    code,
    stdout,
    stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    ms: performance.now() - started,
    requests: spec.gh?.requests.slice(before) ?? [],
  }));
};

/** Requests that change something. */
export const writes = (requests: LoggedRequest[]): LoggedRequest[] => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

const EXAMPLES = join(ROOT, 'node_modules', '@octokit', 'webhooks-examples', 'api.github.com', 'index.json');

/** A real webhook payload from @octokit/webhooks-examples (a fresh copy). */
export const example = (name: string, action?: string): Record<string, unknown> => {
  const all = JSON.parse(readFileSync(EXAMPLES, 'utf8')) as { name: string; examples: Record<string, unknown>[] }[];
  const found = all.find((e) => e.name === name)?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no ${name}${action ? `.${action}` : ''} example`);
  return structuredClone(found);
};

interface PrPayload {
  number: number;
  pull_request: {
    number: number;
    base: { sha: string; ref: string; repo: { full_name: string } };
    head: { sha: string; ref: string; repo: { full_name: string; fork: boolean; owner: { login: string } } | null };
  };
}

/** A real pull_request payload pointed at commits of the fake; `fork` moves the head to another owner's repository. */
export const pullRequestEvent = (
  action: 'opened' | 'synchronize',
  o: { number: number; baseSha: string; headSha: string; headRef?: string; fork?: boolean },
): Record<string, unknown> => {
  const p = example('pull_request', action) as unknown as PrPayload;
  p.number = o.number;
  p.pull_request.number = o.number;
  p.pull_request.base.sha = o.baseSha;
  p.pull_request.head.sha = o.headSha;
  if (o.headRef) p.pull_request.head.ref = o.headRef;
  if (o.fork && p.pull_request.head.repo) {
    p.pull_request.head.repo.full_name = 'forker/Hello-World';
    p.pull_request.head.repo.fork = true;
    p.pull_request.head.repo.owner.login = 'forker';
  }
  return p as unknown as Record<string, unknown>;
};

/** GitHub sends no webhook for schedule; the runner's event file holds the cron and the repository. */
export const scheduleEvent = (repository: Record<string, unknown>): Record<string, unknown> => ({
  schedule: '17 */2 * * *',
  workflow: '.github/workflows/model-governance-drift.yml',
  repository,
});
