// Hardening rules for every workflow (RELIABILITY.md "Workflows"). Each rule is shown to bite on a small bad
// fixture, and a clean fixture shows the checker accepts good input, so no test here can pass vacuously.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { REPOSITORY_RE } from '../helpers/repository.js';

const root = resolve(import.meta.dirname, '..', '..');

type Rule =
  | 'top-permissions'
  | 'job-permissions'
  | 'write-all'
  | 'expression-in-run'
  | 'pull-request-target'
  | 'unpinned-uses'
  | 'version-comment'
  | 'timeout'
  | 'persist-credentials'
  | 'paths-filter'
  | 'schedule-minute-zero'
  | 'schedule-without-dispatch'
  | 'workflow-run-pr-checkout';

interface Finding {
  rule: Rule;
  where: string;
  message: string;
}

/** Jobs that must push and so keep checkout's credentials, by workflow path. */
const PERSIST_CREDENTIALS_OK: Record<string, string[]> = { '.github/workflows/release.yml': ['release'] };
/** Workflows whose check is meant to be required: a paths filter would leave it "Expected" forever. */
const REQUIRED_CHECKS = ['.github/workflows/pr-check.yml', '.github/workflows/ci.yml'];
/**
 * The copy-paste callers reference this repository's reusable workflows by their major tag: no release SHA exists
 * to put there, and the README tells users to pin a SHA. Only that exact shape, only in examples/.
 */
const EXAMPLE_CALL = new RegExp(`^${REPOSITORY_RE}/\\.github/workflows/[a-z-]+\\.yml@v\\d+$`);

const SHA = /^[^@\s]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+(\.\d+){0,2}\b/;
const isLocal = (uses: string) => uses.startsWith('./') || uses.startsWith('../') || uses.startsWith('docker://');

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A GitHub expression, written so that no plain string in this file holds `${{`. */
const expr = (body: string) => `\${{ ${body} }}`;

/** Every `uses:` in the document with the full text of its source line (the version comment lives there). */
const usesLines = (text: string): Map<string, string[]> => {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = text.split('\n');
  const found = new Map<string, string[]>();
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (
          isPair(pair) &&
          isScalar(pair.key) &&
          pair.key.value === 'uses' &&
          isScalar(pair.value) &&
          typeof pair.value.value === 'string'
        ) {
          const line = lines[counter.linePos(pair.value.range?.[0] ?? 0).line - 1] ?? '';
          found.set(pair.value.value, [...(found.get(pair.value.value) ?? []), line]);
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return found;
};

/** `run:` strings anywhere in the document. */
const runs = (node: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> => {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) runs(n, `${at}[${i}]`, out);
  else if (obj(node))
    for (const [k, v] of Object.entries(node as Obj)) {
      if (k === 'run' && typeof v === 'string') out.push([`${at}.run`, v]);
      else runs(v, `${at}.${k}`, out);
    }
  return out;
};

const scalarsEqual = (node: unknown, value: string, at: string, out: string[] = []): string[] => {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) scalarsEqual(n, value, `${at}[${i}]`, out);
  else if (obj(node)) for (const [k, v] of Object.entries(node as Obj)) scalarsEqual(v, value, `${at}.${k}`, out);
  else if (node === value) out.push(at);
  return out;
};

/** Triggers as a map, whichever of the three shapes `on:` takes. */
const triggersOf = (wf: Obj): Obj => {
  const on = wf.on ?? wf.true; // YAML 1.1 readers turn a bare `on` into true; the yaml package (1.2) does not.
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((t) => [String(t), null]));
  return obj(on) ?? {};
};

const checkWorkflow = (text: string, path: string): Finding[] => {
  const findings: Finding[] = [];
  const flag = (rule: Rule, where: string, message: string) => findings.push({ rule, where: `${path} ${where}`, message });
  const wf = obj(parseDocument(text).toJS()) ?? {};
  const on = triggersOf(wf);
  const jobs = obj(wf.jobs) ?? {};

  const top = obj(wf.permissions);
  if (!('permissions' in wf)) flag('top-permissions', '', 'no top-level permissions (write `permissions: {}`)');
  else if (!top || Object.keys(top).length > 0) flag('top-permissions', 'permissions', 'top-level permissions must be {}; grant per job');

  for (const at of scalarsEqual(wf, 'write-all', '$')) flag('write-all', at, 'write-all grants every scope');

  for (const [at, script] of runs(wf, '$'))
    if (script.includes('${{')) flag('expression-in-run', at, 'expression inside run: pass it through env: instead');

  if ('pull_request_target' in on) flag('pull-request-target', 'on', 'pull_request_target runs fork code with a write token');

  if (REQUIRED_CHECKS.includes(path)) {
    const pr = obj(on.pull_request);
    for (const key of ['paths', 'paths-ignore'])
      if (pr && key in pr) flag('paths-filter', `on.pull_request.${key}`, 'a required check must run on every PR');
  }

  if ('schedule' in on) {
    for (const s of arr(on.schedule)) {
      const cron = String(obj(s)?.cron ?? '');
      if (/^0+\s/.test(cron)) flag('schedule-minute-zero', 'on.schedule', `cron "${cron}" runs at :00, the busiest minute`);
    }
    if (!('workflow_dispatch' in on)) flag('schedule-without-dispatch', 'on', 'keep workflow_dispatch beside a schedule');
  }

  const lines = usesLines(text);
  const checkUses = (uses: string, where: string, exampleCall: boolean) => {
    if (isLocal(uses) || (exampleCall && path.startsWith('examples/workflows/') && EXAMPLE_CALL.test(uses))) return;
    if (!SHA.test(uses)) {
      flag('unpinned-uses', where, `${uses} is not pinned to a full commit SHA`);
      return;
    }
    if (!(lines.get(uses) ?? []).every((l) => VERSION_COMMENT.test(l)))
      flag('version-comment', where, `${uses} has no "# vX.Y.Z" comment naming its version`);
  };

  for (const [id, raw] of Object.entries(jobs)) {
    const job = obj(raw) ?? {};
    if (!('permissions' in job)) flag('job-permissions', `jobs.${id}`, 'job has no explicit permissions');
    if (typeof job.uses === 'string') {
      // A job that calls a reusable workflow cannot set timeout-minutes; the called jobs carry their own.
      checkUses(job.uses, `jobs.${id}.uses`, true);
      continue;
    }
    if (!('timeout-minutes' in job)) flag('timeout', `jobs.${id}`, 'job has no timeout-minutes');
    arr(job.steps).forEach((raw, i) => {
      const step = obj(raw) ?? {};
      const where = `jobs.${id}.steps[${i}]`;
      if (typeof step.uses !== 'string') return;
      checkUses(step.uses, where, false);
      if (!/^actions\/checkout@/.test(step.uses)) return;
      const w = obj(step.with) ?? {};
      const persist = w['persist-credentials'];
      if (persist !== false && persist !== 'false' && !(PERSIST_CREDENTIALS_OK[path] ?? []).includes(id))
        flag('persist-credentials', where, 'checkout must set persist-credentials: false');
      if ('workflow_run' in on && /head_sha|head_branch|head\.sha|head\.ref|pull_request/.test(String(w.ref ?? '')))
        flag('workflow-run-pr-checkout', where, 'workflow_run must not check out pull-request code');
    });
  }
  return findings;
};

const workflowFiles = (): string[] =>
  ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const load = (rel: string): Obj => obj(parseDocument(read(rel)).toJS()) ?? {};
const job = (wf: Obj, id: string): Obj => obj(obj(wf.jobs)?.[id]) ?? {};

describe('the hardening checker', () => {
  const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
  const GOOD = `on:
  pull_request:
  workflow_dispatch:
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ./
      - uses: docker://alpine:3.20
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/other.yml
`;
  const PATH = '.github/workflows/fixture.yml';
  const rules = (text: string, path = PATH) => [...new Set(checkWorkflow(text, path).map((f) => f.rule))];
  /** GOOD with one edit; fails if the edit does not apply, so a fixture can never silently equal GOOD. */
  const bad = (from: string, to: string): string => {
    expect(GOOD).toContain(from);
    return GOOD.replace(from, to);
  };

  it('accepts the clean fixture', () => {
    expect(checkWorkflow(GOOD, PATH)).toEqual([]);
  });

  const cases: Array<[string, Rule, () => string, string?]> = [
    ['no top-level permissions', 'top-permissions', () => bad('permissions: {}\n', '')],
    ['top-level grants', 'top-permissions', () => bad('permissions: {}\n', 'permissions:\n  contents: read\n')],
    ['a job without permissions', 'job-permissions', () => bad('    permissions:\n      contents: read\n    steps:', '    steps:')],
    ['write-all', 'write-all', () => bad('    permissions:\n      contents: read\n    steps:', '    permissions: write-all\n    steps:')],
    [
      'an expression inside run',
      'expression-in-run',
      () => bad('run: echo "$TITLE"', `run: echo "${expr('github.event.pull_request.title')}"`),
    ],
    ['a harmless-looking expression inside run', 'expression-in-run', () => bad('run: echo "$TITLE"', `run: echo ${expr('github.sha')}`)],
    ['pull_request_target', 'pull-request-target', () => bad('  pull_request:\n', '  pull_request_target:\n')],
    ['a tag instead of a SHA', 'unpinned-uses', () => bad(CHECKOUT, 'actions/checkout@v5')],
    ['a short SHA', 'unpinned-uses', () => bad(CHECKOUT, 'actions/checkout@3d3c42e # v7.0.1')],
    [
      'an unpinned reusable workflow',
      'unpinned-uses',
      () => bad('uses: ./.github/workflows/other.yml', 'uses: someone/repo/.github/workflows/x.yml@v1'),
    ],
    ['a SHA with no version comment', 'version-comment', () => bad(' # v7.0.1', '')],
    ['a job without timeout-minutes', 'timeout', () => bad('    timeout-minutes: 5\n', '')],
    [
      'checkout without persist-credentials: false',
      'persist-credentials',
      () => bad('persist-credentials: false', 'persist-credentials: true'),
    ],
    ['checkout with no with:', 'persist-credentials', () => bad('        with:\n          persist-credentials: false\n', '')],
    [
      'a paths filter on the PR check',
      'paths-filter',
      () => bad('  pull_request:\n', '  pull_request:\n    paths: [models/**]\n'),
      '.github/workflows/pr-check.yml',
    ],
    [
      'paths-ignore on CI',
      'paths-filter',
      () => bad('  pull_request:\n', '  pull_request:\n    paths-ignore: [docs/**]\n'),
      '.github/workflows/ci.yml',
    ],
    [
      'a schedule at :00',
      'schedule-minute-zero',
      () => bad('  workflow_dispatch:\n', "  workflow_dispatch:\n  schedule:\n    - cron: '0 */2 * * *'\n"),
    ],
    [
      'a schedule without dispatch',
      'schedule-without-dispatch',
      () => bad('  workflow_dispatch:\n', "  schedule:\n    - cron: '17 */2 * * *'\n"),
    ],
    [
      'workflow_run checking out the PR head',
      'workflow-run-pr-checkout',
      () =>
        bad('  pull_request:\n', '  workflow_run:\n    workflows: [x]\n').replace(
          'persist-credentials: false',
          `persist-credentials: false\n          ref: ${expr('github.event.workflow_run.head_sha')}`,
        ),
    ],
  ];
  it.each(cases)('flags %s', (_name, rule, fixture, path) => {
    expect(rules(fixture(), path)).toEqual([rule]);
  });

  it('scopes the paths rule to required checks', () => {
    expect(rules(bad('  pull_request:\n', '  pull_request:\n    paths: [models/**]\n'), '.github/workflows/other.yml')).toEqual([]);
  });

  it('allows persisted credentials only in the release job of release.yml', () => {
    const persisting = bad('persist-credentials: false', 'persist-credentials: true').replace('  build:\n', '  release:\n');
    expect(rules(persisting, '.github/workflows/release.yml')).toEqual([]);
    expect(rules(persisting, '.github/workflows/ci.yml')).toEqual(['persist-credentials']);
    expect(rules(bad('persist-credentials: false', 'persist-credentials: true'), '.github/workflows/release.yml')).toEqual([
      'persist-credentials',
    ]);
  });

  it('allows the @v1 reusable-workflow call only in examples/', () => {
    const call = bad('uses: ./.github/workflows/other.yml', 'uses: model-governance/model-governance/.github/workflows/pr-check.yml@v1');
    expect(rules(call, 'examples/workflows/pr-check.yml')).toEqual([]);
    expect(rules(call, '.github/workflows/caller.yml')).toEqual(['unpinned-uses']);
  });
});

describe('the repository workflows', () => {
  const files = workflowFiles();

  it('are all there (so the checks below cannot pass on an empty list)', () => {
    for (const name of ['ci', 'release', 'pr-check', 'drift-schedule', 'sync', 'claude-md-refresh', 'promote'])
      expect(files).toContain(`.github/workflows/${name}.yml`);
    for (const name of ['pr-check', 'drift-schedule', 'sync', 'claude-md-refresh', 'promote'])
      expect(files).toContain(`examples/workflows/${name}.yml`);
  });

  it.each(files)('%s passes every hardening rule', (file) => {
    expect(checkWorkflow(read(file), file)).toEqual([]);
  });

  it('use concurrency groups as RELIABILITY.md says', () => {
    const group = (file: string, id: string) => obj(job(load(file), id).concurrency) ?? {};
    expect(group('.github/workflows/pr-check.yml', 'check')).toMatchObject({ 'cancel-in-progress': true });
    expect(String(group('.github/workflows/pr-check.yml', 'check').group)).toContain('github.event.pull_request.number');
    expect(group('.github/workflows/sync.yml', 'sync')).toEqual({ group: 'model-governance-sync', 'cancel-in-progress': false });
    expect(group('.github/workflows/claude-md-refresh.yml', 'refresh')).toEqual({
      group: 'model-governance-claude-md',
      'cancel-in-progress': false,
    });
    // A promotion writes the manifest and the registry: never at the same time as a sync, nor two refreshes at once.
    expect(group('.github/workflows/promote.yml', 'promote')).toEqual({ group: 'model-governance-sync', 'cancel-in-progress': false });
    expect(group('.github/workflows/promote.yml', 'refresh')).toEqual({
      group: 'model-governance-claude-md',
      'cancel-in-progress': false,
    });
  });

  it('bind the promote job to the environment the caller names (default model-promotion), after the plan', () => {
    const wf = load('.github/workflows/promote.yml');
    const inputs = obj(obj(obj(wf.on)?.workflow_call)?.inputs) ?? {};
    expect(obj(inputs.environment)).toMatchObject({ type: 'string', default: 'model-promotion' });
    expect(job(wf, 'promote')).toMatchObject({ needs: 'plan', environment: expr('inputs.environment') });
    expect(job(wf, 'refresh').needs).toBe('promote');
    // The plan job is a dry run: nothing is written before a reviewer approves.
    const planSteps = arr(job(wf, 'plan').steps).map((s) => obj(s) ?? {});
    expect(planSteps.filter((s) => s.uses === './.model-governance-action').map((s) => obj(s.with)?.['dry-run'])).toEqual(['true']);
    const caller = load('examples/workflows/promote.yml');
    const dispatch = obj(obj(obj(caller.on)?.workflow_dispatch)?.inputs) ?? {};
    expect(Object.keys(dispatch)).toEqual(expect.arrayContaining(['model', 'reason']));
    // Whoever starts the run must not pick the environment (and so its reviewers): the caller's file names it.
    expect(Object.keys(dispatch)).not.toContain('environment');
    const calls = arr(Object.values(obj(caller.jobs) ?? {})).map((j) => obj(obj(j)?.with) ?? {});
    expect(calls.map((w) => w.environment)).toEqual(['model-promotion']);
  });

  it('pin the third-party actions of new workflows to the node24 releases of /work/shared/pins.json', () => {
    const uses = arr(Object.values(obj(load('.github/workflows/promote.yml').jobs) ?? {}))
      .flatMap((j) => arr(obj(j)?.steps))
      .map((s) => String(obj(s)?.uses ?? ''))
      .filter((u) => u && !u.startsWith('./'));
    expect(new Set(uses)).toEqual(
      new Set([
        'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
        'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093',
      ]),
    );
  });

  it('grant each job only what the brief lists', () => {
    const perms = (file: string, id: string) => job(load(file), id).permissions;
    expect(perms('.github/workflows/pr-check.yml', 'check')).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    expect(perms('.github/workflows/drift-schedule.yml', 'drift')).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write' });
    expect(perms('.github/workflows/sync.yml', 'sync')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(perms('.github/workflows/claude-md-refresh.yml', 'refresh')).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(perms('.github/workflows/release.yml', 'verify')).toEqual({ contents: 'read' });
    expect(perms('.github/workflows/release.yml', 'release')).toEqual({ contents: 'write' });
    // Each caller grants exactly what its reusable workflow's job asks for (more is refused at start-up, less too).
    for (const [name, id] of [
      ['pr-check', 'governance'],
      ['drift-schedule', 'drift'],
      ['sync', 'sync'],
      ['claude-md-refresh', 'refresh'],
    ] as const) {
      const reusable = Object.values(obj(load(`.github/workflows/${name}.yml`).jobs) ?? {}).map((j) => obj(j)?.permissions);
      expect(perms(`examples/workflows/${name}.yml`, id)).toEqual(reusable[0]);
    }
    // promote: least privilege per job; the caller grants their union, which caps every job.
    expect(perms('.github/workflows/promote.yml', 'plan')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(perms('.github/workflows/promote.yml', 'promote')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(perms('.github/workflows/promote.yml', 'refresh')).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
    expect(perms('examples/workflows/promote.yml', 'promote')).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
  });

  it('upload the expected dist/ when check-dist fails', () => {
    const steps = arr(job(load('.github/workflows/ci.yml'), 'check-dist').steps).map((s) => obj(s) ?? {});
    const upload = steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    const condition = String(upload?.if ?? '');
    expect(condition).toContain('failure()');
    const ids = [...condition.matchAll(/steps\.([\w-]+)\./g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(steps.map((s) => s.id)).toContain(id);
    expect(obj(upload?.with)).toMatchObject({ path: '.check-dist/', 'include-hidden-files': true });
  });

  it('run the action from this checkout in CI', () => {
    const steps = arr(job(load('.github/workflows/ci.yml'), 'action').steps).map((s) => obj(s) ?? {});
    expect(steps.some((s) => s.uses === './')).toBe(true);
  });

  it('test the CLI from a packed tarball on Node 22 and 24 in CI', () => {
    const cli = job(load('.github/workflows/ci.yml'), 'cli');
    expect(obj(obj(cli.strategy)?.matrix)?.node).toEqual([22, 24]);
    const steps = arr(cli.steps).map((s) => obj(s) ?? {});
    const setup = steps.find((s) => String(s.uses).startsWith('actions/setup-node@'));
    expect(obj(setup?.with)?.['node-version']).toBe(expr('matrix.node'));
    const script = steps.map((s) => String(s.run ?? '')).join('\n');
    for (const part of [/npm pack --pack-destination "\$RUNNER_TEMP"/, /npm install --global --prefix "\$RUNNER_TEMP\/prefix"/])
      expect(script).toMatch(part);
    // Run from the installed prefix and checked, not only started: the Node major, --version, one mode's output.
    expect(script).toMatch(/PATH="\$RUNNER_TEMP\/prefix\/bin:\$PATH"/);
    expect(script).toMatch(/test "\$found" = "\$NODE_MAJOR"/);
    expect(script).toMatch(/version=\$\(model-governance --version\)/);
    expect(script).toMatch(/model-governance duplicate .*--json/);
  });
});

describe('scripts/lint-workflows.mjs', () => {
  const script = join(root, 'scripts', 'lint-workflows.mjs');
  const temp = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('passes on the repository', () => {
    const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^lint-workflows: \d+ file\(s\) clean/);
  });

  it('fails with file:line:col on a broken workflow', () => {
    const file = join(temp, 'broken.yml');
    writeFileSync(
      file,
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    needs: [missing]\n    steps:\n      - run: echo ${expr('github.event.head_commit.message')}\n`,
    );
    const r = spawnSync(process.execPath, [script, file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.yml:\d+:\d+: .*missing/);
    expect(r.stderr).toMatch(/broken\.yml:9:\d+: .*untrusted/);
  });

  it('fails on a schema error in an action.yml', () => {
    const file = join(temp, 'action.yml');
    writeFileSync(file, 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n');
    const r = spawnSync(process.execPath, [script, file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/action\.yml:4:\d+: .*\/runs\/using/);
  });
});
