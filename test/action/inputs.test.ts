// Action inputs through the real input path (INPUT_* variables): strict booleans and conflicts rejected up front.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/errors.js';
import { inputEnv } from '../e2e/runner.js';

const set: string[] = [];
const given = (inputs: Record<string, string>) => {
  for (const [k, v] of Object.entries(inputs)) {
    process.env[inputEnv(k)] = v;
    set.push(inputEnv(k));
  }
};
// readInputs masks the token with a workflow command on stdout (core.setSecret): captured here, so the test log carries
// no stray `::add-mask::` line, and asserted below.
let stdout: string[] = [];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const k of set.splice(0)) delete process.env[k];
  delete process.env['INPUT_GITHUB-TOKEN'];
});

const problem = (inputs: Record<string, string>): string => {
  given(inputs);
  try {
    readInputs();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('no InputError');
};

describe('readInputs', () => {
  it('reads the typed settings, with the runner-style names', () => {
    given({ mode: 'drift, lint-filenames', report: 'checks,comment', 'github-token': 'ghs_x', 'dry-run': 'true', 'fail-on': 'warning' });
    expect(readInputs()).toMatchObject({
      modes: ['drift', 'lint-filenames'],
      reporters: ['checks', 'comment'],
      token: 'ghs_x',
      dryRun: true,
      prune: false,
      failOn: 'warning',
      claudeMd: 'check',
    });
  });

  it('reads migrate for sync, false unless set', () => {
    given({ mode: 'sync' });
    expect(readInputs().migrate).toBe(false);
    given({ migrate: 'true' });
    expect(readInputs()).toMatchObject({ modes: ['sync'], migrate: true });
  });

  it('reads gate with a model, and leaves model undefined when empty (a PR check then gates the new production model)', () => {
    given({ mode: 'gate', model: 'catboost_v9_2026_03' });
    expect(readInputs()).toMatchObject({ modes: ['gate'], model: 'catboost_v9_2026_03' });
    given({ model: '' });
    expect(readInputs().model).toBeUndefined();
  });

  it('reads promote with model, reason, date and force; empty reason and date are undefined', () => {
    given({ mode: 'promote', model: 'm2', reason: 'all six gates pass', date: '2026-03-01', force: 'true' });
    expect(readInputs()).toMatchObject({ modes: ['promote'], model: 'm2', reason: 'all six gates pass', date: '2026-03-01', force: true });
    given({ reason: '', date: '' });
    expect(readInputs()).toMatchObject({ reason: undefined, date: undefined });
  });

  it('masks the token in the runner log before anything else can print it, and only the token', () => {
    given({ mode: 'drift', report: 'checks', 'github-token': 'ghs_secret' });
    readInputs();
    expect(stdout.join('')).toBe('::add-mask::ghs_secret\n');
    stdout.length = 0;
    for (const k of set.splice(0)) delete process.env[k];
    given({ mode: 'drift' });
    readInputs();
    expect(stdout).toEqual([]);
  });

  it('refreshes CLAUDE.md through the PR when report includes pr (check defaults to false then)', () => {
    given({ mode: 'claude-md', report: 'pr,summary', 'github-token': 'ghs_x' });
    expect(readInputs().claudeMd).toBe('pr');
  });

  it('reads adopt-section for claude-md (kept as given; the mode trims it)', () => {
    given({ mode: 'claude-md', report: 'pr', 'github-token': 'ghs_x', 'adopt-section': 'ML Model - CatBoost V9 [Keyword: MODEL]' });
    expect(readInputs().adoptSection).toBe('ML Model - CatBoost V9 [Keyword: MODEL]');
  });

  it.each([
    [{ mode: 'drift', 'adopt-section': 'ML Model' }, /input adopt-section: adopts a CLAUDE.md section: add claude-md to mode/],
    [{ mode: 'drift', 'dry-run': 'ture' }, /input dry-run: "ture" is not a boolean/],
    [{ mode: 'drift', force: 'yes' }, /input force: "yes" is not a boolean/],
    [{ mode: 'sync', migrate: 'yes' }, /input migrate: "yes" is not a boolean/],
    [{ mode: 'drift', migrate: 'true' }, /input migrate: adds the registry's missing columns in sync: add sync to mode/],
    [{ mode: 'drift,claude-md', prune: 'true' }, /input prune: deletes registry rows in sync: add sync to mode/],
    [{ mode: 'drift,drfit' }, /input mode: unknown value "drfit"/],
    [{ mode: '' }, /input mode: is required/],
    [{ mode: 'drift', report: 'checks,slack', 'github-token': 'x' }, /input report: unknown value "slack"/],
    [{ mode: 'drift', 'fail-on': 'errors' }, /input fail-on: "errors" is not error \| warning \| never/],
    [{ mode: 'claude-md', report: 'pr', check: 'true', 'github-token': 'x' }, /input check: is true but report includes pr/],
    [{ mode: 'claude-md', check: 'false' }, /input check: is false but report lacks pr/],
    [{ mode: 'drift', report: 'pr', 'github-token': 'x' }, /report: includes pr, which refreshes CLAUDE.md: add claude-md to mode/],
    [{ mode: 'lint-filenames', report: 'issue', 'github-token': 'x' }, /includes issue, which tracks drift: add drift to mode/],
    [{ mode: 'drift', report: 'checks,summary' }, /input github-token: is empty, but report includes checks/],
  ])('rejects %j', (inputs, message) => {
    expect(problem(inputs)).toMatch(message);
  });
});
