// What the local runner does for each kind of step: a node action run from its action.yml the way the Actions
// runner runs it, a `run:` script under `bash -e`, and emulations of the two third-party actions our workflows use
// (checkout and Google auth). The step's files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY) are
// fresh per step, as on the runner.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { inputEnv } from '../e2e/runner.js';
import { ROOT } from '../helpers/cli.js';
import { collect } from '../helpers/process.js';

const GUARD = join(ROOT, 'test', 'setup', 'network-guard.ts');

export class WorkflowError extends Error {}

/** Inputs of the pinned third-party actions (from their action.yml at the pinned commit), so a misspelled key fails here too. */
export const CHECKOUT_INPUTS = [
  'repository',
  'ref',
  'token',
  'ssh-key',
  'ssh-known-hosts',
  'ssh-strict',
  'ssh-user',
  'persist-credentials',
  'path',
  'clean',
  'filter',
  'sparse-checkout',
  'sparse-checkout-cone-mode',
  'fetch-depth',
  'fetch-tags',
  'show-progress',
  'lfs',
  'submodules',
  'set-safe-directory',
  'github-server-url',
  'allow-unsafe-pr-checkout',
];
export const AUTH_INPUTS = [
  'project_id',
  'workload_identity_provider',
  'service_account',
  'audience',
  'credentials_json',
  'create_credentials_file',
  'export_environment_variables',
  'token_format',
  'delegates',
  'universe',
  'request_reason',
  'cleanup_credentials',
  'access_token_lifetime',
  'access_token_scopes',
  'access_token_subject',
  'id_token_audience',
  'id_token_include_email',
];

export interface ActionMeta {
  inputs: Record<string, { default?: unknown }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export const readAction = (dir: string): ActionMeta => {
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new WorkflowError(`no action.yml in ${dir}`);
  const m = parseYaml(readFileSync(file, 'utf8')) as Partial<ActionMeta>;
  // pre:/post: scripts would be skipped silently; refuse them until they are emulated.
  const extra = Object.keys(m.runs ?? {}).filter((k) => k !== 'using' && k !== 'main');
  if (extra.length) throw new WorkflowError(`${file}: runs.${extra.join(', runs.')} is not emulated`);
  return { inputs: m.inputs ?? {}, outputs: m.outputs ?? {}, runs: m.runs ?? { using: '', main: '' } };
};

/** Every `with:` key must be an input of the action; the runner only warns, this fails. */
export const checkWith = (keys: string[], declared: string[], where: string): void => {
  const unknown = keys.filter((k) => !declared.some((d) => d.toLowerCase() === k.toLowerCase()));
  if (unknown.length)
    throw new WorkflowError(
      `${where}: unexpected input(s) ${unknown.map((k) => `'${k}'`).join(', ')}; valid inputs are ${declared.join(', ')}`,
    );
};

export interface StepFiles {
  dir: string;
  env: Record<string, string>;
}

export const stepFiles = (temp: string): StepFiles => {
  const dir = mkdtempSync(join(temp, 'step-'));
  const names = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STEP_SUMMARY: 'summary.md' };
  const env = Object.fromEntries(Object.entries(names).map(([k, f]) => [k, join(dir, f)]));
  for (const f of Object.values(env)) writeFileSync(f, '');
  return { dir, env };
};

/** The runner's file-command format: `name=value` lines, or `name<<DELIMITER` … `DELIMITER`. */
export const parseFileCommands = (text: string, what: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) out[line.slice(0, eq)] = line.slice(eq + 1);
    else if (heredoc > 0) {
      const end = lines.indexOf(line.slice(heredoc + 2), i + 1);
      if (end < 0) throw new WorkflowError(`${what}: no closing delimiter for ${line}`);
      out[line.slice(0, heredoc)] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else throw new WorkflowError(`${what}: malformed line ${JSON.stringify(line)}`);
  }
  return out;
};

export interface Annotation {
  level: string;
  message: string;
}

const unescapeData = (s: string) => s.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%25', '%');
const annotations = (stdout: string): Annotation[] =>
  [...stdout.matchAll(/^::(error|warning|notice)(?: [^\n]*?)?::(.*)$/gm)].map((m) => ({
    level: m[1] as string,
    message: unescapeData(m[2] as string),
  }));

export interface Executed {
  code: number | null;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
}

const exec = (cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<Executed> =>
  collect(spawn(cmd, args, { cwd, env })).then(({ code, stdout, stderr }) => ({ code, stdout, stderr, annotations: annotations(stdout) }));

/** A node action: INPUT_* from `with:` and the action's defaults, run from the workspace like the runner does. */
export const runNodeAction = (
  dir: string,
  meta: ActionMeta,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string>,
): Promise<Executed> => {
  const major = `node${process.versions.node.split('.')[0]}`;
  if (meta.runs.using !== major) throw new WorkflowError(`${dir}: runs.using is ${meta.runs.using}; this test runs ${major}`);
  const entry = resolve(dir, meta.runs.main);
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnv(k), v]));
  return exec(process.execPath, ['--no-warnings', '--import', GUARD, entry], cwd, { ...env, ...vars, GITHUB_ACTION_PATH: dir });
};

/** A `run:` step without `shell:`: the runner's default on Linux is `bash -e {0}`. */
export const runScript = (script: string, dir: string, cwd: string, env: Record<string, string>): Promise<Executed> => {
  const file = join(dir, 'script.sh');
  writeFileSync(file, script);
  return exec('bash', ['-e', file], cwd, env);
};

/**
 * actions/checkout: the workspace is already the checkout of the repository. A checkout of the action repository
 * into a path is served by linking the locally built action there (its action.yml and dist/).
 */
export const checkout = (
  w: Record<string, string>,
  o: { workspace: string; repository: string; actionRepository: string; action: string },
): { outputs: Record<string, string>; note?: string } => {
  const repository = w.repository || o.repository;
  if (!w.path) {
    if (repository.toLowerCase() !== o.repository.toLowerCase())
      throw new WorkflowError(`checkout of ${repository} into the workspace root is not emulated`);
    return { outputs: {} };
  }
  if (repository !== o.actionRepository) throw new WorkflowError(`checkout of ${repository}: only ${o.actionRepository} is served locally`);
  const target = resolve(o.workspace, w.path);
  if (relative(o.workspace, target).startsWith('..')) throw new WorkflowError(`checkout path ${w.path} leaves the workspace`);
  rmSync(target, { recursive: true, force: true });
  symlinkSync(o.action, target);
  return { outputs: { ref: w.ref ?? '' }, note: `${repository}@${w.ref ?? ''} served from the local build` };
};

const WIF = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/;
const SERVICE_ACCOUNT = /^[^@\s]+@([a-z][a-z0-9-]+)\.iam\.gserviceaccount\.com$/;

/**
 * google-github-actions/auth with Workload Identity Federation. The real action exchanges the job's OIDC token
 * (only issued with `id-token: write`) and writes a credentials file for ADC; here the job gets a token for the
 * stand-ins in GOOGLE_OAUTH_ACCESS_TOKEN, the product's documented alternative to ADC, and the project variables
 * the action exports. Returns the failure message the action would print, or the exported variables.
 */
export const googleAuth = (
  w: Record<string, string>,
  permissions: Record<string, unknown>,
  token: string,
): { error: string } | { env: Record<string, string>; outputs: Record<string, string> } => {
  if (w.credentials_json !== undefined) throw new WorkflowError('auth with credentials_json is not emulated (and not wanted)');
  if (permissions['id-token'] !== 'write')
    return { error: 'GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN: the job needs id-token: write' };
  if (!WIF.test(w.workload_identity_provider ?? ''))
    return { error: `workload_identity_provider "${w.workload_identity_provider ?? ''}" is not a full provider name` };
  const project = SERVICE_ACCOUNT.exec(w.service_account ?? '')?.[1];
  if (!project) return { error: `service_account "${w.service_account ?? ''}" is not a service account email` };
  const vars = ['CLOUDSDK_CORE_PROJECT', 'CLOUDSDK_PROJECT', 'GCLOUD_PROJECT', 'GCP_PROJECT', 'GOOGLE_CLOUD_PROJECT'];
  return {
    env: { GOOGLE_OAUTH_ACCESS_TOKEN: token, ...Object.fromEntries(vars.map((v) => [v, project])) },
    outputs: { project_id: project },
  };
};
