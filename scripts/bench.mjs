// `npm run bench`: build a private bundle, time it against same-run baselines, write bench/results.{md,json}.
// Usage: node scripts/bench.mjs [--runs N] [--only cold,roundtrips,seeds,lint,hashing,scale,tests] [--files N] [--hash-mib N]
//   [--test-files 'FILE …'] [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coldStart } from './bench/cold-start.mjs';
import { hashing, roundTrips } from './bench/gcp.mjs';
import { machine, NODE } from './bench/lib.mjs';
import { lintScale } from './bench/lint-scale.mjs';
import { renderMarkdown } from './bench/report.mjs';
import { scale } from './bench/scale.mjs';
import { seedsWay } from './bench/seeds-way.mjs';
import { testWall } from './bench/test-wall.mjs';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '11' },
    only: { type: 'string', default: 'cold,roundtrips,seeds,lint,hashing,scale,tests' },
    'test-files': { type: 'string', default: '' },
    files: { type: 'string', default: '100000' },
    keep: { type: 'boolean', default: false },
    'hash-mib': { type: 'string', default: '1024' },
  },
});
const runs = Number(flags.runs);
const only = new Set(flags.only.split(','));
const root = resolve(import.meta.dirname, '..');
const examples = join(root, 'examples');

// The bundle lives under build/ (ignored by git) so its run-time import of @duckdb/node-api resolves to this
// checkout's node_modules, as it does from dist/. dist/ itself is never rebuilt.
mkdirSync(join(root, 'build'), { recursive: true });
const bundle = mkdtempSync(join(root, 'build', 'bench-'));
const work = mkdtempSync(join(tmpdir(), 'mg-bench-'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);
try {
  log(`building a private bundle in ${bundle}`);
  execFileSync(NODE, [join(root, 'scripts', 'build.mjs'), bundle], { stdio: ['ignore', 'ignore', 'inherit'] });
  const cli = join(bundle, 'cli', 'index.js');
  const seedRegistry = (dir) =>
    execFileSync(NODE, [cli, 'sync', '--manifest', 'manifest.json', '--registry', 'duckdb:registry.duckdb'], { cwd: dir, stdio: 'ignore' });
  const results = { machine: machine(), runs, node: NODE };
  if (only.has('cold')) {
    log('cold start');
    results.coldStart = coldStart({ bundle, examples, work, runs, seedRegistry });
  }
  if (only.has('lint')) {
    log(`lint-filenames on ${flags.files} files`);
    results.lintScale = lintScale({ bundle, root, work, runs, count: Number(flags.files) });
  }
  if (only.has('scale')) {
    log('scale: 10,000 models, 250 KB CLAUDE.md (the limit is 256 KiB)');
    mkdirSync(join(work, 'scale'));
    results.scale = await scale({ bundle, examples, work, runs });
  }
  if (only.has('roundtrips')) {
    log('round trips: stand-ins with 50 ms latency');
    results.roundTrips = await roundTrips({ bundle, work, runs });
  }
  if (only.has('seeds')) {
    log("seeds' way: gsutil / python / bq against the same stand-ins, side by side with this tool");
    results.seedsWay = await seedsWay({ bundle, work, runs: Math.min(runs, 5) });
  }
  if (only.has('hashing')) {
    log(`hashing: ${flags['hash-mib']} MiB from the GCS stand-in vs sha256sum`);
    results.hashing = await hashing({ bundle, work, runs: Math.min(runs, 3), sizeBytes: Number(flags['hash-mib']) * 2 ** 20 });
  }
  if (only.has('tests')) {
    log(`npm test${flags['test-files'] ? ` on ${flags['test-files']} only` : ''}: run once, wall time`);
    results.testWall = testWall({ root, files: flags['test-files'].split(' ').filter(Boolean) });
  }
  results.machine.loadavgAfter = machine().loadavg;
  const md = renderMarkdown(results);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'bench', 'results.md'), md);
  process.stdout.write(md);
} finally {
  rmSync(bundle, { recursive: true, force: true });
  if (flags.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
