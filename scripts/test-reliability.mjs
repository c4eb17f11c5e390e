// `npm run test:reliability`: the reliability suite at full size (10,000 cases per fuzz target), after a timed
// run of the fast subset `npm test` runs; writes bench/reliability.md from the tallies the tests append.
// Usage: node scripts/test-reliability.mjs [--runs N] [--full-only]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, 'full-only': { type: 'boolean' } } });
const root = resolve(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'mg-reliability-'));

/** Run the suite with this many cases per target; returns wall seconds, exit code and the tallies. */
const suite = (runs) => {
  const log = join(tmp, `tally-${runs}.jsonl`);
  writeFileSync(log, '');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [vitest, 'run', 'test/reliability'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RELIABILITY_RUNS: String(runs), RELIABILITY_LOG: log },
  });
  const seconds = (performance.now() - t0) / 1000;
  const tallies = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { runs, seconds, code: r.status, tallies };
};

const fast = flags['full-only'] ? null : suite(300);
const full = suite(Number(flags.runs));
rmSync(tmp, { recursive: true, force: true });

const t = full.tallies;
const sum = (k) => t.reduce((a, x) => a + x[k], 0);
const lost = t.flatMap((x) => x.lost.map((l) => `${x.target}: ${l}`));
const known = [...new Set(t.filter((x) => x.knownBug).map((x) => x.knownBug))];
const unexpected = t.filter((x) => x.passed < x.tried && !x.knownBug);
const cell = (s) => String(s).replaceAll('|', '\\|').replaceAll('\n', ' ');
const outcomes = (o) =>
  Object.entries(o ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const md = [
  '# Reliability suite',
  '',
  `Run by \`npm run test:reliability\` on ${new Date().toISOString()}: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, node ${process.version}.`,
  `Full run: ${full.runs.toLocaleString('en')} cases per fuzz target (a sample of ${Math.max(12, Math.ceil(full.runs / 25))} through the whole CLI), ${full.seconds.toFixed(1)} s, vitest exit ${full.code}.`,
  fast ? `Fast subset (what \`npm test\` runs, 300 cases per target): ${fast.seconds.toFixed(1)} s, vitest exit ${fast.code}.` : '',
  'Seeds are fixed per target (RELIABILITY_SEED, default 20260208, mixed with the target name): a failure replays exactly.',
  '',
  `**Cases tried: ${sum('tried').toLocaleString('en')}; passed: ${sum('passed').toLocaleString('en')}; lost: ${lost.length ? `**${lost.length}**` : 'nothing'}.**`,
  known.length
    ? `Known product bugs (their tests are marked \`.fails\`): ${known.map((k) => `\n- ${k}`).join('')}`
    : 'No known product bugs.',
  unexpected.length
    ? `\n**Unexpected failures:** ${unexpected.map((x) => `\n- ${x.target}: ${x.failure ?? 'see the vitest output'}`).join('')}`
    : '',
  '',
  '| target | kind | seed | tried | passed | outcomes | lost | note |',
  '|---|---|---|---|---|---|---|---|',
  ...t.map((x) =>
    [
      '',
      x.target,
      x.kind,
      x.seed ?? '—',
      x.tried,
      x.passed,
      outcomes(x.outcomes) || '—',
      x.lost.length ? x.lost.join('; ') : 'nothing',
      x.knownBug ? `known bug: ${x.knownBug}` : (x.failure ?? ''),
      '',
    ]
      .map(cell)
      .join(' | ')
      .trim(),
  ),
  '',
].join('\n');
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'reliability.md'), md);
process.stdout.write(`\n${md}`);
process.exit(full.code || (fast?.code ?? 0) || (lost.length ? 1 : 0));
