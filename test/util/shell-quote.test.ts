import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/util/shell-quote.js';

// What /bin/sh makes of the quoted words: node prints its arguments back.
const viaShell = (words: string[]): string[] =>
  JSON.parse(
    execFileSync(
      '/bin/sh',
      [
        '-c',
        `${shellQuote(process.execPath)} -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- ${words.map(shellQuote).join(' ')}`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    ),
  );

describe('shellQuote', () => {
  it.each([
    ['prediction-worker', 'prediction-worker'],
    ['gs://b/m.cbm', 'gs://b/m.cbm'],
    ['CATBOOST_V9_MODEL_PATH=gs://b/x.cbm', 'CATBOOST_V9_MODEL_PATH=gs://b/x.cbm'],
    ['', "''"],
    ['$(touch /tmp/pwned)', "'$(touch /tmp/pwned)'"],
    ['`id`', "'`id`'"],
    ["it's", "'it'\\''s'"],
    ["'", "''\\'''"],
    ['a"b', `'a"b'`],
    ['a b;c&&d|e>f', "'a b;c&&d|e>f'"],
    ['line1\nline2', "'line1\nline2'"],
    ['*', "'*'"],
    ['~root', "'~root'"],
    ['$HOME', "'$HOME'"],
    ['\\', "'\\'"],
  ])('%j → %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  it('a POSIX shell reads every quoted word back as exactly the value (no expansion, no splitting)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('$(id)', '`id`', "'", "'\\''", '"$HOME"', '*', '!!', '\n', '-e', '--', 'a b'),
    );
    fc.assert(
      fc.property(
        fc.array(
          hostile.filter((s) => !s.includes('\0')),
          { minLength: 1, maxLength: 5 },
        ),
        (words) => {
          expect(viaShell(words)).toEqual(words);
        },
      ),
      { numRuns: 15 },
    );
  });
});
