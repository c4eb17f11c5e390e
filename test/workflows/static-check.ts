// The local runner's check of a whole workflow before any step runs: only the keys it implements, every expression
// parsed, every name an expression reads declared (inputs, secrets, earlier steps and their action's outputs, job
// outputs), and every `with:` key an input of the action it goes to. Steps that a given run skips are checked too.
import { condition, parse, pieces, references } from './expressions.js';
import { type ActionMeta, AUTH_INPUTS, CHECKOUT_INPUTS, checkWith, WorkflowError } from './uses.js';

type Obj = Record<string, unknown>;

export const obj = (v: unknown, what: string): Obj => {
  if (v === undefined || v === null) return {};
  if (typeof v === 'object' && !Array.isArray(v)) return v as Obj;
  throw new WorkflowError(`${what} must be a mapping`);
};

export interface Known {
  inputs: string[];
  secrets: string[];
  github: string[];
  jobs: string[];
  /** The action a checkout of the action repository places. */
  localAction: ActionMeta;
}

const ALLOWED = {
  workflow: ['name', 'on', 'permissions', 'jobs'],
  call: ['inputs', 'outputs', 'secrets'],
  job: ['name', 'if', 'runs-on', 'timeout-minutes', 'permissions', 'concurrency', 'outputs', 'env', 'steps', 'needs', 'environment'],
  step: ['id', 'name', 'if', 'uses', 'with', 'run', 'env', 'continue-on-error', 'working-directory', 'timeout-minutes'],
};

const onlyKeys = (o: Obj, allowed: string[], where: string) => {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length) throw new WorkflowError(`${where}: ${extra.join(', ')} not supported by the local runner`);
};

const has = (list: string[], x: string) => list.some((l) => l.toLowerCase() === x.toLowerCase());

/** Declared outputs per step id (undefined for a step whose outputs are whatever it writes). */
type Steps = Map<string, string[] | undefined>;

interface Where {
  at: string;
  known: Known;
  steps?: Steps;
  jobOutputs?: Record<string, string[]>;
}

const checkRef = ([root, key, sub, out]: string[], w: Where): void => {
  // Typed as a declaration, so that TypeScript narrows after a call.
  const fail: (m: string) => never = (m) => {
    throw new WorkflowError(`${w.at}: ${m}`);
  };
  const list = root === 'inputs' ? w.known.inputs : root === 'secrets' ? w.known.secrets : root === 'github' ? w.known.github : undefined;
  if (list) {
    if (key !== undefined && !has(list, key)) fail(`${root}.${key} is not defined`);
    return;
  }
  if (root === 'steps' && w.steps) {
    if (key === undefined) return;
    const id = [...w.steps.keys()].find((s) => s.toLowerCase() === key.toLowerCase());
    if (id === undefined) fail(`steps.${key} is not an earlier step`);
    if (sub !== undefined && !['outputs', 'outcome', 'conclusion'].includes(sub)) fail(`steps.${key}.${sub} does not exist`);
    const declared = w.steps.get(id);
    if (sub === 'outputs' && out !== undefined && declared && !has(declared, out))
      fail(`steps.${key}.outputs.${out} is not an output of the action`);
    return;
  }
  if (root === 'jobs' && w.jobOutputs) {
    if (key === undefined) return;
    const outputs = w.jobOutputs[key];
    if (!outputs) fail(`jobs.${key} is not a job of this workflow`);
    if (sub !== undefined && !['outputs', 'result'].includes(sub)) fail(`jobs.${key}.${sub} does not exist`);
    if (sub === 'outputs' && out !== undefined && !has(outputs, out)) fail(`jobs.${key}.outputs.${out} is not an output of the job`);
    return;
  }
  fail(`context ${root} is not supported here by the local runner`);
};

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

const checkValue = (v: unknown, w: Where) => {
  for (const s of strings(v)) for (const p of pieces(s)) if ('expr' in p) for (const r of references(parse(p.expr))) checkRef(r, w);
};
const checkIf = (v: unknown, w: Where) => {
  if (v !== undefined) for (const r of references(condition(v))) checkRef(r, { ...w, at: `${w.at}.if` });
};

/** `needs:` as a list of job ids. */
export const needsOf = (v: unknown, at: string): string[] => {
  if (v === undefined) return [];
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
  if (!list?.every((x) => typeof x === 'string')) throw new WorkflowError(`${at}.needs must be a job id or a list of them`);
  return list as string[];
};

export const checkWorkflow = (wf: Obj, known: Known): void => {
  onlyKeys(wf, ALLOWED.workflow, 'workflow');
  const call = obj(obj(wf.on, 'on').workflow_call, 'on.workflow_call');
  onlyKeys(call, ALLOWED.call, 'on.workflow_call');
  const jobOutputs: Record<string, string[]> = {};
  for (const [id, raw] of Object.entries(obj(wf.jobs, 'jobs'))) {
    const job = obj(raw, `jobs.${id}`);
    const at = `jobs.${id}`;
    onlyKeys(job, ALLOWED.job, at);
    if (!/^ubuntu-/.test(String(job['runs-on']))) throw new WorkflowError(`${at}: runs-on ${String(job['runs-on'])} is not emulated`);
    checkIf(job.if, { at, known });
    checkValue([job.concurrency, job.env, job.environment], { at, known });
    // Jobs run in file order here, so a job may need only jobs above it (GitHub allows any order without cycles).
    for (const need of needsOf(job.needs, at))
      if (!(need in jobOutputs)) throw new WorkflowError(`${at}: needs ${need}, which is not a job above it`);
    const steps: Steps = new Map();
    const placed: string[] = [];
    for (const [i, rawStep] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
      const step = obj(rawStep, `${at}.steps[${i}]`);
      const named = typeof step.name === 'string' ? ` "${step.name}"` : '';
      const where: Where = { at: `${at}.steps[${i}]${named}`, known, steps };
      onlyKeys(step, ALLOWED.step, where.at);
      checkIf(step.if, where);
      checkValue([step.name, step.with, step.env, step['continue-on-error'], step['working-directory']], where);
      if (step.run !== undefined && step.uses !== undefined) throw new WorkflowError(`${where.at}: a step has uses: or run:, not both`);
      if (typeof step.run === 'string') {
        if (step.run.includes('{{')) throw new WorkflowError(`${where.at}: an expression inside run: is not emulated (use env:)`);
      } else checkUses(step, where, placed);
      if (typeof step.id === 'string') {
        if (steps.has(step.id)) throw new WorkflowError(`${where.at}: duplicate step id ${step.id}`);
        steps.set(step.id, String(step.uses ?? '').startsWith('./') ? Object.keys(known.localAction.outputs) : undefined);
      }
    }
    checkValue(job.outputs, { at: `${at}.outputs`, known, steps });
    jobOutputs[id] = Object.keys(obj(job.outputs, `${at}.outputs`));
  }
  checkValue(call.outputs, { at: 'on.workflow_call.outputs', known: { ...known, github: [], secrets: [] }, jobOutputs });
};

/** `with:` keys against the action each `uses:` resolves to; a local path must be where a checkout put the action. */
const checkUses = (step: Obj, w: Where, placed: string[]) => {
  const uses = step.uses;
  if (typeof uses !== 'string') throw new WorkflowError(`${w.at}: a step needs uses: or run:`);
  if (step['working-directory'] !== undefined) throw new WorkflowError(`${w.at}: working-directory applies to run: steps only`);
  const keys = Object.keys(obj(step.with, `${w.at}.with`));
  const at = `${w.at} (uses: ${uses})`;
  if (/^actions\/checkout@/.test(uses)) {
    checkWith(keys, CHECKOUT_INPUTS, at);
    const path = obj(step.with, at).path;
    // Where the action lands decides what a later `uses:` finds, so the path must be literal.
    if (typeof path === 'string' && path.includes('{{')) throw new WorkflowError(`${at}: an expression in path is not emulated`);
    if (typeof path === 'string' && path !== '') placed.push(`./${path}`.replace(/\/$/, ''));
  } else if (/^google-github-actions\/auth@/.test(uses)) checkWith(keys, AUTH_INPUTS, at);
  else if (uses.startsWith('./')) {
    if (!placed.includes(uses.replace(/\/$/, ''))) throw new WorkflowError(`${at}: no earlier checkout put an action at ${uses}`);
    checkWith(keys, Object.keys(w.known.localAction.inputs), at);
  } else throw new WorkflowError(`${at}: not emulated by the local runner`);
};
