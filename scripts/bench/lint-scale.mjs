// lint-filenames on 100,000 files: our CLI, ls-lint with the same regex, and the floor (a bare regex loop).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest, writeNames } from './fixtures.mjs';
import { median, NODE, ratio, timeAll } from './lib.mjs';

// src/filenames/grammar.ts DEFAULT_PATTERN, copied so the floor measures the regex and nothing else.
export const DEFAULT_PATTERN =
  '^(?<family>[a-z0-9]+(?:_[a-z0-9]+)*?)_(?<features>\\d+)f_train(?<start>\\d{8})-(?<end>\\d{8})_(?<created>\\d{8}[T_]\\d{6})\\.cbm$';

// ls-lint matches the name without its extension, anchored, with Go's RE2: drop the anchors, the
// extension and the group names (same language, nothing else changes).
const lsLintRegex = DEFAULT_PATTERN.replace(/^\^/, '')
  .replace(/\\\.cbm\$$/, '')
  .replace(/\(\?<\w+>/g, '(');

const countLsLint = (r) => {
  const text = (r.stderr + r.stdout).trim();
  try {
    return text ? Object.keys(JSON.parse(text)).length : 0;
  } catch {
    throw new Error(`bench: ls-lint did not print its JSON report:\n${text.slice(0, 500)}`);
  }
};

export const lintScale = ({ bundle, root, work, runs, count }) => {
  const grammar = readFileSync(join(root, 'src', 'filenames', 'grammar.ts'), 'utf8');
  const patternInSync = grammar.includes(JSON.stringify(DEFAULT_PATTERN).slice(1, -1));
  const dir = join(work, 'names');
  const expectedBad = writeNames(dir, count);
  const tiny = join(work, 'tiny-manifest.json');
  writeFileSync(tiny, JSON.stringify(manifest(0, 1, 0)));
  writeFileSync(join(work, '.ls-lint.yml'), `ls:\n  names:\n    .cbm: regex:${lsLintRegex}\n`);
  const lsLint = join(
    root,
    'node_modules',
    '@ls-lint',
    'ls-lint',
    'bin',
    `ls-lint-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`,
  );
  const commands = [
    {
      key: 'floor: node + readdir + regex loop',
      cmd: NODE,
      args: [join(import.meta.dirname, 'floor-regex.mjs'), dir, DEFAULT_PATTERN],
      keep: true,
    },
    {
      key: 'model-governance lint-filenames',
      cmd: NODE,
      args: [join(bundle, 'cli', 'index.js'), 'lint-filenames', '--manifest', tiny, '--glob', `${dir}/*.cbm`, '--json'],
      expect: [1],
    },
    ...(existsSync(lsLint)
      ? [
          {
            key: 'ls-lint (Go binary)',
            cmd: lsLint,
            args: ['-config', join(work, '.ls-lint.yml'), '-error-output-format', 'json'],
            opts: { cwd: work },
            expect: [1],
          },
        ]
      : []),
  ];
  const timed = timeAll(commands, runs);
  const floors = timed[commands[0].key].stdouts.map((s) => JSON.parse(s));
  const floor = { bad: floors[0].bad, loopMs: median(floors.map((f) => f.loopMs)), readdirMs: median(floors.map((f) => f.readdirMs)) };
  const ours = JSON.parse(timed[commands[1].key].last.stdout);
  const counts = {
    generated: expectedBad,
    floor: floor.bad,
    'model-governance': ours.findings.filter((f) => f.code === 'filename.convention').length,
    ...(commands[2] ? { 'ls-lint': countLsLint(timed[commands[2].key].last) } : {}),
  };
  const base = timed[commands[0].key].median;
  return {
    files: count,
    patternInSync,
    lsLintRegex,
    lsLintAvailable: Boolean(commands[2]),
    floorLoopMs: floor.loopMs,
    floorReaddirMs: floor.readdirMs,
    counts,
    countsAgree: new Set(Object.values(counts)).size === 1,
    rows: commands.map((c) => ({
      key: c.key,
      medianMs: timed[c.key].median,
      runsMs: timed[c.key].runs,
      ratio: ratio(timed[c.key].median, base),
      ratioToLoop: ratio(timed[c.key].median, floor.loopMs),
    })),
  };
};
