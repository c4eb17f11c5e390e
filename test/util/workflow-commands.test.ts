// The workflow-command guard: what the runner would parse out of text before and after it, and that every source
// file prints through it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indentContinuation, logLine, neutraliseLine, safeJson, safeLines } from '../../src/util/workflow-commands.js';
import { ROOT } from '../helpers/cli.js';
import { runnerCommands } from '../helpers/runner-commands.js';

// Each of these is a command for the runner as it stands (checked by the oracle in the first test).
const HOSTILE = [
  '::stop-commands::pwned',
  '::warning file=a.ts::fake',
  '  ::error::indented',
  '\t::add-mask::secret',
  '\u00a0\u3000::debug::unicode white space',
  '\u2028::notice::after a line separator',
  'text then ##[warning]legacy anywhere',
  '##[add-mask]secret',
  '###[error]three hashes',
  '::set-output name=ok::true',
];

describe('neutraliseLine', () => {
  it.each(HOSTILE)('%j is a command before and none after', (line) => {
    expect(runnerCommands(line)).toHaveLength(1);
    expect(runnerCommands(neutraliseLine(line))).toEqual([]);
  });

  it.each([
    ['plain text', 'plain text'],
    ['a :: b', 'a :: b'],
    [':single colon', ':single colon'],
    ['::stop-commands::x', '\\u003a:stop-commands::x'],
    ['  ::warning::x', '  \\u003a:warning::x'],
    ['see ##[error]x', 'see \\u0023#[error]x'],
    ['# [not] a command', '# [not] a command'],
  ])('%j → %j', (line, want) => expect(neutraliseLine(line)).toBe(want));
});

describe('safeLines', () => {
  it('checks every line, whatever ends it (LF, CR, CRLF), and keeps the rest', () => {
    const text = 'ok\n::warning::a\r::error::b\r\n  ::stop-commands::c\nlast ##[debug]d\n';
    expect(runnerCommands(text)).toHaveLength(4);
    const safe = safeLines(text);
    expect(runnerCommands(safe)).toEqual([]);
    expect(safe).toBe('ok\n\\u003a:warning::a\n\\u003a:error::b\n  \\u003a:stop-commands::c\nlast \\u0023#[debug]d\n');
  });
});

describe('safeLines, the text it leaves as it is', () => {
  it('gives what checking every line gives, on text made of the characters that matter', () => {
    const slow = (t: string) =>
      t
        .split(/\r\n|\r|\n/)
        .map(neutraliseLine)
        .join('\n');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(':', '#', '[', '\r', '\n', ' ', '\t', '\u0085', '\u2028', 'a', '"'), { maxLength: 30 }),
        (cs) => {
          const text = cs.join('');
          expect(safeLines(text)).toBe(slow(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('logLine', () => {
  it('keeps a value with line breaks on one line', () => {
    const line = logLine('drift · svc\n::stop-commands::x\r::warning::y\u2028::error::z: summary');
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(line).toBe('drift · svc\\n::stop-commands::x\\u000d::warning::y\\u2028::error::z: summary');
    expect(runnerCommands(line)).toEqual([]);
  });
  it('neutralises a line that is one hostile value', () => expect(runnerCommands(logLine('::stop-commands::x'))).toEqual([]));
});

describe('indentContinuation', () => {
  it('hangs continuation lines under the first', () =>
    expect(indentContinuation('notes: a\n::warning::b\r\nc', '    ')).toBe('notes: a\n    ::warning::b\n    c'));
});

describe('safeJson', () => {
  it.each([['##[add-mask]x'], ['a\u2028b\u2029c'], ['\\##[error]x'], ['###[x]']])('%j keeps its value and leaves no command', (v) => {
    const json = safeJson(JSON.stringify({ v, n: [v] }, null, 2));
    expect(JSON.parse(json)).toEqual({ v, n: [v] });
    expect(runnerCommands(json)).toEqual([]);
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });
});

// The guard only works if nothing prints around it. Printing is allowed in the guard's own users, listed here; a new
// mode or reporter logs through the `log` it is handed (the action's log.info, the CLI's stderr), never directly.
// A write to stdout or stderr: node's streams, or their descriptors (util/stdout.ts).
const PRINTS =
  /\bcore\.info\(|\bconsole\.(log|info|warn|error|debug)\(|process\.(stdout|stderr)\.write\(|\bfdWriter\(|\bwrite(Stdout|Stderr)\(|\bwriteSync\([12]\b/;
const ALLOWED = new Map([
  ['src/action/log.ts', 'core.info through logLine'],
  ['src/cli/index.ts', 'the io that program.ts main() wraps in safeLines'],
  ['src/util/stdout.ts', "the bytes below the two above: the CLI's io and the bundle's @actions/core (scripts/build.mjs)"],
]);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('every printed line goes through the guard', () => {
  it('no source file prints raw text except the guard itself', () => {
    const offenders = sources(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !ALLOWED.has(f))
      .filter((f) => PRINTS.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders, 'print through src/action/log.ts info() or the log handed to a mode').toEqual([]);
  });
});
