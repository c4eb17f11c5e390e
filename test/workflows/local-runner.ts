// A minimal local runner for this repository's reusable workflows (`on: workflow_call`): it runs the job's steps
// in order with the Actions runner's rules for inputs, expressions, `if:`, step failure and outputs, so that a test
// exercises exactly what the workflow file says. Anything it does not support throws (WorkflowError or
// ExpressionError) instead of being skipped, and every expression in the file is checked before a step runs, so a
// broken name in a step that this run skips still fails.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPOSITORY } from '../helpers/repository.js';
import { condition, evaluate, interpolate, Scope, str, truthy } from './expressions.js';
import { checkWorkflow, type Known, needsOf, obj } from './static-check.js';
import {
  type ActionMeta,
  type Annotation,
  checkout,
  checkWith,
  googleAuth,
  parseFileCommands,
  readAction,
  runNodeAction,
  runScript,
  type StepFiles,
  stepFiles,
  WorkflowError,
} from './uses.js';

export { WorkflowError } from './uses.js';

export interface RunOptions {
  /** The reusable workflow file. */
  workflow: string;
  /** The caller's checkout: GITHUB_WORKSPACE and the working directory of every step. */
  workspace: string;
  /** What a checkout of `actionRepository` yields: a directory with action.yml and the built dist/. */
  action: string;
  actionRepository?: string;
  event: { name: string; payload: Record<string, unknown> };
  /** owner/repo of the caller */
  repository: string;
  sha: string;
  ref: string;
  /** The caller's `with:` and `secrets:`. */
  inputs?: Record<string, string | boolean | number>;
  secrets?: Record<string, string>;
  /** github.token */
  token: string;
  apiUrl: string;
  /** The machine's environment beyond the runner's own variables (stand-in endpoints). */
  env?: Record<string, string>;
  /** What the Google auth emulation hands the job. */
  googleToken?: string;
  /** Required reviewers' answer per environment name; an environment not listed has no protection rule. */
  approvals?: Record<string, boolean>;
}

export type Result = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  name: string;
  id?: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
  /** Exit code of the process, for steps that run one. */
  code?: number | null;
  annotations: Annotation[];
  note?: string;
}

export interface JobRecord {
  result: Result;
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** The job summary: every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  concurrency?: string;
  /** The environment the job is bound to (`environment:`), evaluated. */
  environment?: string;
  note?: string;
}

export interface WorkflowRun {
  result: Result;
  jobs: Record<string, JobRecord>;
  /** The workflow_call outputs, as the caller sees them. */
  outputs: Record<string, string>;
}

const DEFAULT_ACTION_REPOSITORY = REPOSITORY;

type Obj = Record<string, unknown>;

/** Where a `uses:` goes: one of the emulated actions, the action a checkout placed, or a refusal. */
const kindOf = (uses: string): 'checkout' | 'auth' | 'local' => {
  if (/^actions\/checkout@/.test(uses)) return 'checkout';
  if (/^google-github-actions\/auth@/.test(uses)) return 'auth';
  if (uses.startsWith('./')) return 'local';
  throw new WorkflowError(`uses: ${uses} is not emulated by the local runner`);
};

const callerValues = (declared: Obj, given: Obj, what: 'input' | 'secret'): Obj => {
  for (const k of Object.keys(given))
    if (!(k in declared)) throw new WorkflowError(`the caller passes ${what} ${k}, which the workflow does not declare`);
  return Object.fromEntries(
    Object.entries(declared).map(([name, raw]) => {
      const d = obj(raw, `${what} ${name}`);
      const type = what === 'secret' ? 'string' : String(d.type);
      if (!['string', 'boolean', 'number'].includes(type)) throw new WorkflowError(`${what} ${name}: type ${type} is not supported`);
      const v = name in given ? given[name] : d.default;
      if (v === undefined) {
        if (d.required === true) throw new WorkflowError(`required ${what} ${name} was not passed`);
        return [name, type === 'boolean' ? false : type === 'number' ? 0 : ''];
      }
      if (typeof v !== type) throw new WorkflowError(`${what} ${name} is a ${type}, the caller passed ${JSON.stringify(v)}`);
      if (typeof v === 'string' && v.includes('{{')) throw new WorkflowError(`${what} ${name}: an expression default is not supported`);
      return [name, v];
    }),
  );
};

export const runWorkflow = async (o: RunOptions): Promise<WorkflowRun> => {
  const wf = obj(parseYaml(readFileSync(o.workflow, 'utf8')), 'workflow');
  const call = obj(obj(wf.on, 'on').workflow_call, 'on.workflow_call');
  const actionRepository = o.actionRepository ?? DEFAULT_ACTION_REPOSITORY;
  const temp = mkdtempSync(join(tmpdir(), 'mg-wf-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.event.payload));
  const jobsDecl = obj(wf.jobs, 'jobs');
  const localAction = readAction(o.action);

  const inputs = new Scope('inputs', callerValues(obj(call.inputs, 'inputs'), o.inputs ?? {}, 'input'));
  const secrets = new Scope('secrets', { ...callerValues(obj(call.secrets, 'secrets'), o.secrets ?? {}, 'secret'), GITHUB_TOKEN: o.token });
  const [owner] = o.repository.split('/');
  const pull = obj(o.event.payload.pull_request, 'pull_request');
  const githubEntries: Obj = {
    token: o.token,
    event: o.event.payload,
    event_name: o.event.name,
    event_path: eventPath,
    ref: o.ref,
    ref_name: o.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: o.sha,
    repository: o.repository,
    repository_owner: owner,
    workspace: o.workspace,
    run_id: '4242',
    run_attempt: '1',
    server_url: 'https://github.com',
    api_url: o.apiUrl,
    actor: str(obj(o.event.payload.sender, 'sender').login),
    workflow: str(wf.name),
    head_ref: str(obj(pull.head, 'head').ref),
    base_ref: str(obj(pull.base, 'base').ref),
  };
  const known: Known = {
    inputs: Object.keys(inputs.entries),
    secrets: Object.keys(secrets.entries),
    github: Object.keys(githubEntries),
    jobs: Object.keys(jobsDecl),
    localAction,
  };
  checkWorkflow(wf, known);

  const machine: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_REPOSITORY_OWNER: owner ?? '',
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_REF_NAME: str(githubEntries.ref_name),
    GITHUB_HEAD_REF: str(githubEntries.head_ref),
    GITHUB_BASE_REF: str(githubEntries.base_ref),
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_WORKFLOW: str(wf.name),
    GITHUB_ACTOR: str(githubEntries.actor),
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    // Retry waits and the spacing of GitHub writes, scaled down as in the e2e runs (test/e2e/runner.ts).
    MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
    ...o.env,
  };

  const jobs: Record<string, JobRecord> = {};
  for (const [id, raw] of Object.entries(jobsDecl)) {
    const github = new Scope('github', { ...githubEntries, job: id });
    const job = obj(raw, `jobs.${id}`);
    // A job whose needed jobs did not all succeed is skipped (no job here sets an if: that would run it anyway).
    if (needsOf(job.needs, `jobs.${id}`).some((n) => jobs[n]?.result !== 'success')) {
      if (job.if !== undefined) throw new WorkflowError(`jobs.${id}: if: together with needs: is not emulated`);
      jobs[id] = { result: 'skipped', steps: [], outputs: {}, summary: '' };
      continue;
    }
    jobs[id] = await runJob(id, job, {
      ...o,
      actionRepository,
      localAction,
      temp,
      machine: { ...machine, GITHUB_JOB: id },
      contexts: (steps?: Scope) => new Scope('context', { github, inputs, secrets, ...(steps ? { steps } : {}) }),
    });
  }
  const jobScope = new Scope(
    'jobs',
    Object.fromEntries(Object.entries(jobs).map(([id, j]) => [id, new Scope(`jobs.${id}`, { outputs: j.outputs, result: j.result })])),
  );
  const outputsScope = new Scope('context', { jobs: jobScope, inputs });
  const outputs = Object.fromEntries(
    Object.entries(obj(call.outputs, 'outputs')).map(([k, v]) => [k, str(interpolate(obj(v, `outputs.${k}`).value, outputsScope))]),
  );
  const results = Object.values(jobs).map((j) => j.result);
  const result = results.includes('failure') ? 'failure' : results.every((r) => r === 'skipped') ? 'skipped' : 'success';
  return { result, jobs, outputs };
};

interface JobContext extends RunOptions {
  actionRepository: string;
  localAction: ActionMeta;
  temp: string;
  machine: Record<string, string>;
  contexts: (steps?: Scope) => Scope;
}

const evalEnv = (env: unknown, scope: Scope, where: string): Record<string, string> =>
  Object.fromEntries(Object.entries(obj(env, where)).map(([k, v]) => [k, str(interpolate(v, scope))]));

const runJob = async (id: string, job: Obj, c: JobContext): Promise<JobRecord> => {
  const record: JobRecord = { result: 'skipped', steps: [], outputs: {}, summary: '' };
  if (job.if !== undefined && !truthy(evaluate(condition(job.if), c.contexts(), { failed: false }))) return record;
  const concurrency = obj(job.concurrency, `jobs.${id}.concurrency`).group;
  if (concurrency !== undefined) record.concurrency = str(interpolate(concurrency, c.contexts()));
  if (job.environment !== undefined) {
    const raw = typeof job.environment === 'string' ? job.environment : obj(job.environment, `jobs.${id}.environment`).name;
    record.environment = str(interpolate(raw, c.contexts()));
    // Required reviewers answer before any step runs; a rejection fails the job with nothing run.
    if (c.approvals?.[record.environment] === false) {
      record.result = 'failure';
      record.note = `the deployment to environment ${record.environment} was rejected`;
      return record;
    }
  }
  const permissions = obj(job.permissions, `jobs.${id}.permissions`);
  const stepsCtx: Obj = {};
  const stepsScope = new Scope('steps', stepsCtx);
  let exported: Record<string, string> = evalEnv(job.env, c.contexts(), `jobs.${id}.env`);
  let failed = false;

  for (const [i, raw] of (job.steps as unknown[]).entries()) {
    const step = obj(raw, `jobs.${id}.steps[${i}]`);
    const scope = c.contexts(stepsScope);
    const sid = typeof step.id === 'string' ? step.id : undefined;
    const name = str(interpolate(step.name ?? (step.uses ? `Run ${str(step.uses)}` : `Run ${str(step.run).split('\n')[0]}`), scope));
    const rec: StepRecord = { name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, stdout: '', stderr: '', annotations: [] };
    if (sid) rec.id = sid;
    record.steps.push(rec);
    const runs = truthy(evaluate(condition(step.if ?? 'success()'), scope, { failed }));
    if (runs) {
      const files = stepFiles(c.temp);
      const env = { ...c.machine, ...exported, ...evalEnv(step.env, scope, `${name}.env`), ...files.env };
      const ran = await runStep(step, name, scope, env, files, permissions, c);
      Object.assign(rec, ran.record);
      exported = { ...exported, ...ran.exported, ...parseFileCommands(readFileSync(files.env.GITHUB_ENV as string, 'utf8'), 'GITHUB_ENV') };
      const path = readFileSync(files.env.GITHUB_PATH as string, 'utf8')
        .split('\n')
        .filter(Boolean);
      if (path.length) exported.PATH = [...path.reverse(), exported.PATH ?? c.machine.PATH].join(':');
      record.summary += readFileSync(files.env.GITHUB_STEP_SUMMARY as string, 'utf8');
      const continueOnError = truthy(interpolate(step['continue-on-error'] ?? false, scope));
      rec.conclusion = rec.outcome === 'failure' && continueOnError ? 'success' : rec.outcome;
      if (rec.conclusion === 'failure') failed = true;
    }
    // A local action's declared outputs exist even when unset (null); a typo in a name is an error.
    const declared = str(step.uses).startsWith('./') ? Object.keys(c.localAction.outputs) : undefined;
    const outputs = declared
      ? new Scope(`steps.${sid}.outputs`, { ...Object.fromEntries(declared.map((k) => [k, null])), ...rec.outputs })
      : rec.outputs;
    if (sid) stepsCtx[sid] = new Scope(`steps.${sid}`, { outputs, outcome: rec.outcome, conclusion: rec.conclusion });
  }
  record.result = failed ? 'failure' : 'success';
  const final = c.contexts(stepsScope);
  record.outputs = Object.fromEntries(
    Object.entries(obj(job.outputs, `jobs.${id}.outputs`)).map(([k, v]) => [k, str(interpolate(v, final))]),
  );
  return record;
};

interface Ran {
  record: Partial<StepRecord>;
  exported?: Record<string, string>;
}

const runStep = async (
  step: Obj,
  name: string,
  scope: Scope,
  env: Record<string, string>,
  files: StepFiles,
  permissions: Obj,
  c: JobContext,
): Promise<Ran> => {
  const w = Object.fromEntries(Object.entries(obj(step.with, `${name}.with`)).map(([k, v]) => [k, str(interpolate(v, scope))]));
  const cwd = resolve(c.workspace, str(interpolate(step['working-directory'] ?? '.', scope)));
  const outputsOf = () => parseFileCommands(readFileSync(files.env.GITHUB_OUTPUT as string, 'utf8'), 'GITHUB_OUTPUT');
  if (typeof step.run === 'string') {
    const x = await runScript(step.run, files.dir, cwd, env);
    return { record: { ...x, outcome: x.code === 0 ? 'success' : 'failure', outputs: outputsOf() } };
  }
  const uses = str(step.uses);
  switch (kindOf(uses)) {
    case 'checkout': {
      const r = checkout(w, { workspace: c.workspace, repository: c.repository, actionRepository: c.actionRepository, action: c.action });
      return { record: { outcome: 'success', outputs: r.outputs, ...(r.note ? { note: r.note } : {}) } };
    }
    case 'auth': {
      const r = googleAuth(w, permissions, c.googleToken ?? 'stand-in-token');
      if ('error' in r)
        return { record: { outcome: 'failure', stdout: `::error::${r.error}\n`, annotations: [{ level: 'error', message: r.error }] } };
      return { record: { outcome: 'success', outputs: r.outputs }, exported: r.env };
    }
    case 'local': {
      const dir = resolve(c.workspace, uses);
      const meta = readAction(dir);
      checkWith(Object.keys(w), Object.keys(meta.inputs), `${name} (uses: ${uses})`);
      const defaults = c.contexts();
      const inputs: Record<string, string> = {};
      for (const [k, spec] of Object.entries(meta.inputs)) {
        const given = Object.keys(w).find((g) => g.toLowerCase() === k.toLowerCase());
        if (given !== undefined) inputs[k] = w[given] as string;
        else if (spec.default !== undefined) inputs[k] = str(interpolate(spec.default, defaults));
      }
      const x = await runNodeAction(dir, meta, inputs, c.workspace, env);
      return { record: { ...x, outcome: x.code === 0 ? 'success' : 'failure', outputs: outputsOf() } };
    }
  }
};
