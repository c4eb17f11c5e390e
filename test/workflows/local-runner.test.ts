// The local runner itself, on a small workflow of its own: step failure and `if:` status functions,
// continue-on-error, GITHUB_OUTPUT and GITHUB_ENV, a node action's inputs and defaults, job and workflow outputs,
// the auth emulation's permission check, and expressions with GitHub's semantics. run-workflows.test.ts relies on
// all of these when it runs the real workflows.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { condition, evaluate, interpolate, parse, Scope } from './expressions.js';
import { type RunOptions, runWorkflow } from './local-runner.js';

/** A GitHub expression, written so that no plain string in this file holds one. */
const E = (body: string) => `\${{ ${body} }}`;
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
const AUTH = 'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093 # v3.0.0';

const WORKFLOW = `name: semantics
on:
  workflow_call:
    inputs:
      word:
        type: string
        default: hello
    outputs:
      said:
        value: ${E('jobs.one.outputs.said')}
permissions: {}
jobs:
  one:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      said: ${E('steps.say.outputs.said')}
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ${CHECKOUT}
        with:
          repository: model-governance/model-governance
          path: .act
      - id: echo
        uses: ./.act
        with:
          the-word: ${E('inputs.word')}
      - id: say
        env:
          WORD: ${E('steps.echo.outputs.echoed')}
        run: |
          echo "said=$WORD" >> "$GITHUB_OUTPUT"
          echo "LATER=from-env" >> "$GITHUB_ENV"
      - id: broken
        continue-on-error: true
        run: exit 3
      - name: after a tolerated failure
        env:
          OUTCOME: ${E('steps.broken.outcome')}/${E('steps.broken.conclusion')}
        run: test "$OUTCOME" = failure/success && test "$LATER" = from-env
      - name: fails
        run: exit 1
      - name: skipped after a failure
        run: echo never
      - name: auth without id-token
        if: always()
        uses: ${AUTH}
        with:
          workload_identity_provider: projects/1/locations/global/workloadIdentityPools/p/providers/q
          service_account: sa@proj.iam.gserviceaccount.com
      - name: on failure
        if: failure()
        run: echo "# failed" >> "$GITHUB_STEP_SUMMARY"
`;

/** A node action that echoes its input and its defaulted token into an output, in @actions/core's heredoc form. */
const echoAction = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-echo-'));
  writeFileSync(
    join(dir, 'action.yml'),
    `name: echo\ninputs:\n  the-word:\n    required: true\n  token:\n    default: ${E('github.token')}\noutputs:\n  echoed:\n    description: x\nruns:\n  using: node24\n  main: index.mjs\n`,
  );
  writeFileSync(
    join(dir, 'index.mjs'),
    [
      "import { appendFileSync } from 'node:fs';",
      "const value = process.env['INPUT_THE-WORD'] + ' (token ' + process.env.INPUT_TOKEN + ')';",
      "appendFileSync(process.env.GITHUB_OUTPUT, ['echoed<<ghadelimiter_1', value, 'ghadelimiter_1', ''].join('\\n'));",
      '',
    ].join('\n'),
  );
  return dir;
};

const options = (inputs: RunOptions['inputs']): RunOptions => {
  const root = mkdtempSync(join(tmpdir(), 'mg-semantics-'));
  const workspace = join(root, 'ws');
  mkdirSync(workspace);
  writeFileSync(join(root, 'semantics.yml'), WORKFLOW);
  return {
    workflow: join(root, 'semantics.yml'),
    workspace,
    action: echoAction(),
    event: { name: 'workflow_dispatch', payload: {} },
    repository: 'acme/models',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    inputs,
    token: 'T',
    apiUrl: 'http://127.0.0.1:9',
  };
};

describe('the local runner', () => {
  it('follows the runner: failures stop later steps unless if: says otherwise, outputs flow step → job → caller', async () => {
    const run = await runWorkflow(options({ word: 'hi' }));
    const job = run.jobs.one;
    expect(job?.steps.map((s) => [s.name, s.outcome, s.conclusion])).toEqual([
      [`Run ${CHECKOUT.split(' ')[0]}`, 'success', 'success'],
      [`Run ${CHECKOUT.split(' ')[0]}`, 'success', 'success'],
      ['Run ./.act', 'success', 'success'],
      ['Run echo "said=$WORD" >> "$GITHUB_OUTPUT"', 'success', 'success'],
      ['Run exit 3', 'failure', 'success'],
      ['after a tolerated failure', 'success', 'success'],
      ['fails', 'failure', 'failure'],
      ['skipped after a failure', 'skipped', 'skipped'],
      ['auth without id-token', 'failure', 'failure'],
      ['on failure', 'success', 'success'],
    ]);
    expect(job?.steps[8]?.annotations[0]?.message).toContain('id-token: write');
    expect(run.result).toBe('failure');
    expect(run.outputs).toEqual({ said: 'hi (token T)' });
    expect(job?.summary).toBe('# failed\n');
  });

  it.each([
    [{ nope: 'x' }, 'the caller passes input nope, which the workflow does not declare'],
    [{ word: true }, 'input word is a string, the caller passed true'],
  ])('refuses caller inputs %j', async (inputs, message) => {
    await expect(runWorkflow(options(inputs))).rejects.toThrow(message);
  });
});

describe('expressions, as GitHub evaluates them', () => {
  const scope = new Scope('context', {
    inputs: new Scope('inputs', { 'dry-run': false, mode: 'drift' }),
    github: new Scope('github', { ref: 'refs/heads/main', event: { repository: { default_branch: 'main' } } }),
  });
  const ev = (src: string) => evaluate(parse(src), scope);
  it('follows GitHub semantics for the constructs the workflows use', () => {
    expect(ev('github.event.pull_request.number || github.ref')).toBe('refs/heads/main');
    expect(ev("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)")).toBe(true);
    expect(ev("'DRIFT' == inputs.mode && !inputs.dry-run")).toBe(true);
    expect(ev("inputs.mode != 'drift' || 'fallback'")).toBe('fallback');
    expect(ev("contains('lint-filenames,drift', inputs.mode) && startsWith(github.ref, 'refs/')")).toBe(true);
    expect(interpolate('mode-$' + '{{ inputs.mode }}-$' + '{{ inputs.dry-run }}', scope)).toBe('mode-drift-false');
  });
  it('refuses what it cannot evaluate instead of making it empty', () => {
    expect(() => ev('inputs.fail-on')).toThrow('inputs.fail-on is not defined');
    expect(() => ev('vars.REGION')).toThrow('context.vars is not defined');
    expect(() => ev('github.event.*.name')).toThrow(/unsupported/);
    expect(() => ev('hashFiles(github.ref)')).toThrow('unsupported function hashFiles()');
    expect(() => ev('always()')).toThrow('always() is only allowed in if:');
    expect(() => condition('$' + "{{ inputs.mode }} == 'drift'")).toThrow(/mixes text and expressions/);
  });
});
