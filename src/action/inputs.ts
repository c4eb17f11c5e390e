// Action inputs → the same typed settings and options the CLI builds. Conflicts are rejected here, up front.
import * as core from '@actions/core';
import type { Overrides } from '../config/load.js';
import type { FailOn } from '../config/settings.js';
import { InputError } from '../errors.js';
import { isCalendarDate } from '../manifest/schema.js';
import { MODES, type Mode } from '../report/types.js';

export const REPORTERS = ['checks', 'comment', 'summary', 'pr', 'issue'] as const;
export type Reporter = (typeof REPORTERS)[number];
/** Reporters that write to GitHub and so need the token. */
export const GITHUB_REPORTERS: readonly Reporter[] = ['checks', 'comment', 'pr', 'issue'];

export interface ActionInputs {
  modes: Mode[];
  config: string | undefined;
  family: string | undefined;
  overrides: Overrides;
  dryRun: boolean;
  prune: boolean;
  migrate: boolean;
  force: boolean;
  /** claude-md: `check` reports a stale block; `pr` refreshes it through the fixed-branch pull request. */
  claudeMd: 'check' | 'pr';
  /** claude-md: with no markers yet, the heading of the section to adopt (input `adopt-section`). */
  adoptSection: string | undefined;
  trainStart: string | undefined;
  trainEnd: string | undefined;
  scope: 'family' | 'all';
  /** drift, list: the day staleness is measured to; today (UTC) when unset. */
  asOf?: string;
  /** history: which model was production at this instant. */
  at: string | undefined;
  reporters: Reporter[];
  failOn: FailOn;
  offline: boolean;
  /** gate: the model to evaluate; empty in a PR check means the model the PR makes production. */
  model: string | undefined;
  token: string;
  /** promote: promoted_at (input `date`), default today (UTC). */
  date: string | undefined;
  /** promote: why (required with force); sync: why, recorded in the history (input `reason`). */
  reason: string | undefined;
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined;

// The runner always passes action.yml's default, so an empty value only happens outside a runner: use the default.
// Anything else must be a YAML 1.2 boolean, so a typo such as `ture` is an error rather than false.
const bool = (name: string, fallback: boolean): boolean => {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw InputError.at(`input ${name}`, `"${core.getInput(name)}" is not a boolean (true | false)`);
  }
};

const list = <T extends string>(name: string, allowed: readonly T[], fallback: T[]): T[] => {
  const raw = core.getInput(name);
  if (!raw) return fallback;
  const items = raw.split(/[,\s]+/).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i as T));
  if (bad.length)
    throw InputError.at(`input ${name}`, `unknown value ${bad.map((b) => `"${b}"`).join(', ')}; expected ${allowed.join(' | ')}`);
  return [...new Set(items as T[])];
};

const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
  const raw = core.getInput(name) || fallback;
  if (!allowed.includes(raw as T)) throw InputError.at(`input ${name}`, `"${raw}" is not ${allowed.join(' | ')}`);
  return raw as T;
};

export const readInputs = (): ActionInputs => {
  const failOn = core.getInput('fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) throw InputError.at('input fail-on', `"${failOn}" is not error | warning | never`);
  const modes = list('mode', MODES, []);
  if (modes.length === 0) throw InputError.at('input mode', `is required: ${MODES.join(' | ')} (or a comma list)`);
  const reporters = list('report', REPORTERS, ['summary']);
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const inputs: ActionInputs = {
    modes,
    config: optional('config'),
    family: optional('family'),
    overrides: {
      manifest: optional('manifest'),
      registry: optional('registry'),
      location: optional('location'),
      deployment: optional('deployment'),
      'model-env': optional('model-env'),
      'claude-md': optional('claude-md'),
    },
    dryRun: bool('dry-run', false),
    prune: bool('prune', false),
    migrate: bool('migrate', false),
    force: bool('force', false),
    claudeMd: claudeMdAction(reporters),
    adoptSection: optional('adopt-section'),
    trainStart: optional('train-start'),
    trainEnd: optional('train-end'),
    scope: oneOf('scope', ['family', 'all'], 'family'),
    ...asOf(),
    at: optional('at'),
    reporters,
    failOn: failOn as FailOn,
    offline: bool('offline', false),
    model: optional('model'),
    token,
    date: optional('date'),
    reason: optional('reason'),
  };
  rejectConflicts(inputs);
  return inputs;
};

const asOf = (): { asOf?: string } => {
  const v = optional('as-of');
  if (v !== undefined && !isCalendarDate(v)) throw InputError.at('input as-of', `"${v}" is not a real date YYYY-MM-DD`);
  return v === undefined ? {} : { asOf: v };
};

// `check` defaults to the opposite of `report: pr`; saying both `check: true` and `pr` asks for two different things.
const claudeMdAction = (reporters: Reporter[]): 'check' | 'pr' => {
  const pr = reporters.includes('pr');
  const check = bool('check', !pr);
  if (check && pr) throw InputError.at('input check', 'is true but report includes pr; set check: false to refresh CLAUDE.md through a PR');
  if (!check && !pr)
    throw InputError.at(
      'input check',
      'is false but report lacks pr; the action never rewrites CLAUDE.md in the workspace, add pr to report',
    );
  return pr ? 'pr' : 'check';
};

const rejectConflicts = (i: ActionInputs): void => {
  if (i.reporters.includes('pr') && !i.modes.includes('claude-md'))
    throw InputError.at('input report', 'includes pr, which refreshes CLAUDE.md: add claude-md to mode');
  if (i.adoptSection !== undefined && !i.modes.includes('claude-md'))
    throw InputError.at('input adopt-section', 'adopts a CLAUDE.md section: add claude-md to mode');
  // sync's own switches: set for another mode they would be silently ignored (the CLI refuses them the same way).
  if (i.migrate && !i.modes.includes('sync'))
    throw InputError.at('input migrate', "adds the registry's missing columns in sync: add sync to mode");
  if (i.prune && !i.modes.includes('sync')) throw InputError.at('input prune', 'deletes registry rows in sync: add sync to mode');
  if (i.reporters.includes('issue') && !i.modes.includes('drift'))
    throw InputError.at('input report', 'includes issue, which tracks drift: add drift to mode');
  if (!i.token && i.reporters.some((r) => GITHUB_REPORTERS.includes(r)))
    throw InputError.at(
      'input github-token',
      `is empty, but report includes ${i.reporters.filter((r) => GITHUB_REPORTERS.includes(r)).join(', ')}`,
    );
};
