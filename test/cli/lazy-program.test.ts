// The CLI builds only the invoked mode's options (cli/program.ts invokedMode): whatever the arguments, it must print
// and exit exactly as the program with every mode built does.
import { describe, expect, it } from 'vitest';
import { invokedMode, main } from '../../src/cli/program.js';
import { MODES } from '../../src/report/types.js';

const run = async (argv: string[], build: 'invoked' | 'all') => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, build);
  return { code, out: out.join(''), err: err.join('') };
};

const NAME = ['--family', 'catboost_v9', '--features', '33', '--train-start', '2025-11-02', '--train-end', '2026-01-08'];
const CASES: string[][] = [
  [],
  ['--help'],
  ['-h'],
  ['-V'],
  ['help'],
  ['help', 'drift'],
  ['help', 'nosuch'],
  ['nosuch'],
  ['drif'],
  ['--bogus'],
  ['--manifest', 'm.json', 'drift'],
  ...MODES.flatMap((m) => [
    [m, '--help'],
    [m, '--bogus'],
  ]),
  ['drift', '--regsitry', 'duckdb:x'],
  ['drift', '--dry-run'],
  ['drift', '--format', 'xml'],
  ['drift', '--manifest'],
  ['drift', 'extra'],
  ['drift', '--help', '--dry-run'],
  ['sync', '--train-start', '2025-01-01'],
  ['claude-md', '--check', '--write'],
  ['lint-filenames', 'name', '--help'],
  ['lint-filenames', 'name', '--family', 'catboost_v9'],
  ['lint-filenames', 'name', ...NAME, '--created-at', '2026-01-09T10:00:00Z'],
  ['lint-filenames', 'name', ...NAME, '--created-at', 'never'],
  ['lint-filenames', 'nosuch'],
];

describe('building only the invoked mode', () => {
  it('builds a mode only when the first word names it', () => {
    expect(invokedMode(['drift', '--help'])).toBe('drift');
    expect(invokedMode(['help', 'drift'])).toBeUndefined();
    expect(invokedMode(['--manifest', 'm.json', 'drift'])).toBeUndefined();
    expect(invokedMode([])).toBeUndefined();
  });

  it.each(CASES.map((argv) => [argv.join(' ') || '(no arguments)', argv]))('prints and exits as the full program: %s', async (_, argv) => {
    const lazy = await run(argv as string[], 'invoked');
    expect(lazy).toEqual(await run(argv as string[], 'all'));
    // The cases are about parsing: each ends before any mode runs, or prints a name.
    expect(lazy.out + lazy.err).not.toBe('');
  });
});
