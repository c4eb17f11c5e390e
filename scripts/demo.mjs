// The README's first command: every mode on examples/, on a temporary copy so the checkout stays clean.
// Story: the registry holds the seeds' wrong training_end_date and one filename is off; drift finds both,
// the filename is fixed, sync and claude-md --write repair the rest, and drift comes back clean.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'model-governance-demo-'));
cpSync(join(root, 'examples'), dir, { recursive: true });

// Seed the embedded registry with what BigQuery held before Session 164 (bound parameters, like the product).
const seed = JSON.parse(readFileSync(join(dir, 'registry-rows.json'), 'utf8'));
{
  const db = await DuckDBInstance.create(join(dir, 'registry.duckdb'));
  const c = await db.connect();
  const cols = Object.keys(seed[0]);
  // With the metrics column (empty), so the story starts at drift; a table without it is adopted by sync --migrate.
  await c.run(`CREATE TABLE model_registry (${cols.map((k) => `${k} ${typeOf(k)}`).join(', ')}, metrics JSON, PRIMARY KEY (model_id))`);
  for (const row of seed)
    await c.run(
      `INSERT INTO model_registry (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
      cols.map((k) => row[k]),
    );
  c.closeSync();
  db.closeSync();
}
function typeOf(k) {
  if (k === 'is_production') return 'BOOLEAN';
  if (k === 'feature_count' || k === 'graded_edge_3plus_n') return 'BIGINT';
  if (k === 'hit_rate_edge_3plus' || k === 'evaluation_mae') return 'DOUBLE';
  if (k === 'created_at') return 'TIMESTAMP';
  return k.endsWith('_date') || k === 'promoted_at' ? 'DATE' : 'VARCHAR';
}

const step = (title, args, expectCode) => {
  process.stdout.write(`\n\x1b[1m$ model-governance ${args.join(' ')}\x1b[0m   # ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  process.stdout.write(r.stdout + r.stderr);
  process.stdout.write(`(exit ${r.status})\n`);
  if (expectCode !== undefined && r.status !== expectCode) {
    process.stderr.write(`demo: expected exit ${expectCode}, got ${r.status}\n`);
    process.exitCode = 1;
  }
  return r;
};
const cfg = ['--config', 'model-governance.yml'];

console.log(`Demo scenario copied to ${dir}`);
// A fixed day, so the staleness warning (stale-after-days: 14) reads the same on every run.
const asOf = ['--as-of', '2026-02-15'];
step('the registry holds the wrong training_end_date; one filename is off', ['drift', ...cfg, ...asOf], 1);
step('filenames alone', ['lint-filenames', ...cfg], 1);
step(
  'before training again on the production window',
  ['duplicate', ...cfg, '--train-start', '2025-11-02', '--train-end', '2026-01-08'],
  1,
);
step('windows shared inside the manifest', ['duplicate', ...cfg], 0);

const name = step(
  'the compliant name for the off file',
  [
    'lint-filenames',
    'name',
    '--family',
    'catboost_v9',
    '--features',
    '33',
    '--train-start',
    '2025-11-02',
    '--train-end',
    '2026-01-31',
    '--created-at',
    '2026-02-08T14:47:49Z',
  ],
  0,
).stdout.trim();
const manifestPath = join(dir, 'manifest.json');
const manifest = readFileSync(manifestPath, 'utf8').replaceAll('catboost_v9_33f_train20251102-20260108_20260208T144749.cbm', name);
writeFileSync(manifestPath, manifest);
console.log(`(renamed the object and updated the manifest entry to ${name})`);

step('what sync would do', ['sync', ...cfg, '--dry-run'], 0);
step('apply it: one transaction (the MERGE and its history rows)', ['sync', ...cfg], 0);
step('again: nothing to do', ['sync', ...cfg], 0);
step('the CLAUDE.md block is stale', ['claude-md', ...cfg, '--check'], 1);
step('rewrite only between the markers', ['claude-md', ...cfg, '--write'], 0);
step('everything agrees now', ['drift', ...cfg, ...asOf], 0);
step('the registry, its training windows and production periods', ['list', ...cfg, ...asOf], 0);
step(
  'Session 163: the retrain that dropped the hit rate to 51.2%, against the six gates',
  ['gate', ...cfg, '--model', 'catboost_v9_feb_02_retrain'],
  1,
);
step(
  'promote refuses a candidate that fails its gates; the manifest is not touched',
  ['promote', ...cfg, '--model', 'catboost_v9_2026_02'],
  1,
);
step('the audit trail the syncs wrote', ['history', ...cfg], 0);

rmSync(dir, { recursive: true, force: true });
console.log(
  process.exitCode ? '\nDemo FAILED: see above.' : '\nDemo finished: drift found, repaired, and clean. The checkout was not touched.',
);
