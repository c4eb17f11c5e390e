// Action inputs → the same typed settings and options the CLI builds. Conflicts are rejected here, up front.
import * as core from '@actions/core';
import type { Overrides } from '../config/load.js';
import type { FailOn } from '../config/settings.js';
import { InputError } from '../errors.js';
import { MODES, type Mode } from '../report/types.js';

export const REPORTERS = ['checks', 'comment', 'summary', 'pr', 'issue'] as const;
export type Reporter = (typeof REPORTERS)[number];

export interface ActionInputs {
  modes: Mode[];
  config: string | undefined;
  family: string | undefined;
  overrides: Overrides;
  dryRun: boolean;
  prune: boolean;
  force: boolean;
  check: boolean;
  trainStart: string | undefined;
  trainEnd: string | undefined;
  reporters: Reporter[];
  failOn: FailOn;
  token: string;
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined;

const bool = (name: string): boolean => {
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

export const readInputs = (): ActionInputs => {
  const failOn = core.getInput('fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) throw InputError.at('input fail-on', `"${failOn}" is not error | warning | never`);
  const modes = list('mode', MODES, []);
  if (modes.length === 0) throw InputError.at('input mode', `is required: ${MODES.join(' | ')} (or a comma list)`);
  return {
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
    dryRun: bool('dry-run'),
    prune: bool('prune'),
    force: bool('force'),
    check: bool('check'),
    trainStart: optional('train-start'),
    trainEnd: optional('train-end'),
    reporters: list('report', REPORTERS, ['summary']),
    failOn: failOn as FailOn,
    token: core.getInput('github-token'),
  };
};
