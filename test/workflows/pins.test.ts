// Every third-party action is pinned to a commit whose action.yml declares node24: hosted runners no longer provide
// node20. The list below is this test's own copy of what each pinned commit declares (read from each action's
// repository at that commit, as in ../shared/pins.json on 2026-12-03); a pin that is not in it, or that declares
// another runtime, fails here until someone has looked at that commit's action.yml.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_RE } from '../helpers/repository.js';

const root = resolve(import.meta.dirname, '..', '..');

interface Pin {
  tag: string;
  using: string;
}
const RUNTIMES: Record<string, Pin> = {
  'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1': { tag: 'v7.0.1', using: 'node24' },
  'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020': { tag: 'v7.0.0', using: 'node24' },
  'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f': { tag: 'v7.0.0', using: 'node24' },
  'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093': { tag: 'v3.0.0', using: 'node24' },
  'actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3': { tag: 'v3.1.1', using: 'node24' },
  // Pins this repository used before; kept so the check is shown to refuse them.
  'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4': { tag: 'v5.0.0', using: 'node20' },
  'google-github-actions/auth@ba79af03959ebeac9769e648f473a284504d9193': { tag: 'v2.1.10', using: 'node20' },
};

/** Our own reusable workflows, called from the copy-paste examples; they are not node actions. */
const OWN = new RegExp(`^${REPOSITORY_RE}/\\.github/workflows/`);

/** One problem per third-party `uses:` line that is not a known node24 pin with its version comment. */
const pinProblems = (text: string, file: string): string[] => {
  const out: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(\S+))?/.exec(line);
    if (!m) continue;
    const [, uses = '', comment] = m;
    if (uses.startsWith('./') || uses.startsWith('docker://') || OWN.test(uses)) continue;
    const at = `${file}:${i + 1}`;
    const pin = RUNTIMES[uses];
    if (!pin) out.push(`${at}: ${uses} is not a recorded pin (check its action.yml's runs.using, then add it here)`);
    else if (pin.using !== 'node24') out.push(`${at}: ${uses} (${pin.tag}) declares ${pin.using}, not node24`);
    else if (comment !== pin.tag) out.push(`${at}: ${uses} is ${pin.tag}, but its comment says ${comment ?? 'nothing'}`);
  }
  return out;
};

const workflowFiles = (): string[] =>
  ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
      .map((f) => `${dir}/${f}`),
  );

describe('action pins', () => {
  it('every third-party action runs on node24, at the commit its version comment names', () => {
    const files = workflowFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const used = files.flatMap((f) => readFileSync(join(root, f), 'utf8').match(/uses:\s*[\w.-]+\/[\w.-]+@[0-9a-f]{40}/g) ?? []);
    expect(used.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => pinProblems(readFileSync(join(root, f), 'utf8'), f))).toEqual([]);
  });

  it.each([
    ['a node20 pin', 'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0', /declares node20, not node24/],
    ['a node20 pin as a job step', 'google-github-actions/auth@ba79af03959ebeac9769e648f473a284504d9193 # v2.1.10', /declares node20/],
    ['an unrecorded commit', 'actions/checkout@0000000000000000000000000000000000000000 # v7.0.1', /not a recorded pin/],
    ['a tag', 'actions/checkout@v7', /not a recorded pin/],
    [
      'a wrong version comment',
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v5.0.0',
      /is v7\.0\.1, but its comment says v5\.0\.0/,
    ],
  ])('refuses %s', (_, uses, problem) => {
    const text = `jobs:\n  a:\n    steps:\n      - uses: ${uses}\n`;
    const problems = pinProblems(text, 'w.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(problems[0]).toMatch(/^w\.yml:4: /);
  });

  it('accepts local actions and our own reusable workflows', () => {
    const text =
      'steps:\n  - uses: ./\n  - uses: ./.model-governance-action\njobs:\n  x:\n    uses: model-governance/model-governance/.github/workflows/sync.yml@v1\n';
    expect(pinProblems(text, 'w.yml')).toEqual([]);
  });
});
