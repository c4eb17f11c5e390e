// Scale: 10,000 models against a 10,000-row DuckDB registry (sync plan, apply, drift, statements, peak
// memory), and claude-md on a 250 KB CLAUDE.md (the limit is 256 KiB). Baselines: `node -e 0` and a raw DuckDB INSERT of the same rows.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigClaudeMd, manifest, rows } from './fixtures.mjs';
import { median, NODE, peakRssKiB, ratio, runOnce, timeAll } from './lib.mjs';

const MODELS = 10_000;
const PROD = 5_000;
const SMALL = 10;

// A DuckDB file plus its write-ahead log; copying both restores a registry exactly.
const copyDb = (from, to) => {
  rmSync(`${to}.wal`, { force: true });
  copyFileSync(from, to);
};

export const scale = async ({ bundle, examples, work, runs }) => {
  const dir = join(work, 'scale');
  const cli = join(bundle, 'cli', 'index.js');
  const p = (n) => join(dir, n);
  // The registry holds models [0, 10000); the manifest [200, 10200): 200 inserts, 200 extra rows, and every
  // 20th shared model changed (notes, MAE), the rest unchanged.
  const before = manifest(0, MODELS, PROD);
  const after = manifest(200, MODELS + 200, PROD, (i) => i % 20 === 0);
  writeFileSync(p('before.json'), JSON.stringify(before, null, 2));
  writeFileSync(p('manifest.json'), JSON.stringify(after, null, 2));
  writeFileSync(p('rows.json'), JSON.stringify(rows(after)));
  // The same shape at 10 models (2 inserts, 2 extra, 8 shared): the baseline that leaves only the per-row cost.
  writeFileSync(p('before-10.json'), JSON.stringify(manifest(0, SMALL, 5), null, 2));
  writeFileSync(
    p('manifest-10.json'),
    JSON.stringify(
      manifest(2, SMALL + 2, 5, (i) => i % 20 === 0),
      null,
      2,
    ),
  );
  for (const [from, db] of [
    ['before.json', 'seed.duckdb'],
    ['before-10.json', 'seed-10.duckdb'],
  ]) {
    const seedRun = runOnce(NODE, [cli, 'sync', '--manifest', p(from), '--registry', `duckdb:${p(db)}`], { cwd: dir });
    if (seedRun.code !== 0) throw new Error(`bench: seeding the registry failed\n${seedRun.stderr}`);
  }
  // The floor writes into an empty table with the same schema.
  copyDb(p('seed.duckdb'), p('empty.duckdb'));
  const duck = await import('@duckdb/node-api');
  const db = await duck.DuckDBInstance.create(p('empty.duckdb'));
  const c = await db.connect();
  await c.run('DELETE FROM model_registry');
  await c.run('CHECKPOINT');
  c.closeSync();
  db.closeSync();
  // --check and --write get their own copies: round-robin order would otherwise let a write make the check pass.
  for (const f of ['check.md', 'write.md', 'orig.md']) writeFileSync(p(f), bigClaudeMd());

  const m = ['--manifest', p('manifest.json')];
  const reg = (f) => ['--registry', `duckdb:${p(f)}`];
  // The rows the sync actually writes (inserts and updates), for the second, tighter floor.
  const dry = runOnce(NODE, [cli, 'sync', ...m, ...reg('seed.duckdb'), '--dry-run', '--json'], { cwd: dir });
  const plan = JSON.parse(dry.stdout).plan;
  writeFileSync(p('plan-rows.json'), JSON.stringify([...plan.insert, ...plan.update.map((u) => u.row)]));
  const md = (f) => ['claude-md', '--manifest', join(examples, 'manifest.json'), '--claude-md', p(f)];
  const commands = [
    { key: 'node -e 0', cmd: NODE, args: ['-e', '0'] },
    { key: 'sync --dry-run (plan)', cmd: NODE, args: [cli, 'sync', ...m, ...reg('seed.duckdb'), '--dry-run', '--json'] },
    {
      key: 'sync --dry-run (plan, 10 models)',
      cmd: NODE,
      args: [cli, 'sync', '--manifest', p('manifest-10.json'), ...reg('seed-10.duckdb'), '--dry-run', '--json'],
    },
    {
      key: 'sync (apply)',
      cmd: NODE,
      args: [cli, 'sync', ...m, ...reg('run.duckdb')],
      opts: { before: () => copyDb(p('seed.duckdb'), p('run.duckdb')) },
    },
    ...[
      ['all 10,000 manifest rows', 'rows.json'],
      ['the plan’s rows', 'plan-rows.json'],
    ].map(([what, rowsFile]) => ({
      key: `floor: raw DuckDB INSERT of ${what}`,
      cmd: NODE,
      args: [join(import.meta.dirname, 'duck-floor.mjs'), p('floor.duckdb'), p(rowsFile)],
      opts: { before: () => copyDb(p('empty.duckdb'), p('floor.duckdb')) },
      keep: true,
    })),
    { key: 'drift (manifest ↔ registry, filenames)', cmd: NODE, args: [cli, 'drift', ...m, ...reg('seed.duckdb')], expect: [1] },
    { key: 'claude-md --check (250 KB)', cmd: NODE, args: [cli, ...md('check.md'), '--check'], expect: [1] },
    {
      key: 'claude-md --write (250 KB)',
      cmd: NODE,
      args: [cli, ...md('write.md'), '--write'],
      opts: { before: () => copyFileSync(p('orig.md'), p('write.md')) },
    },
  ];
  for (const c of commands) c.opts = { cwd: dir, ...c.opts };
  const timed = timeAll(commands, runs);
  const base = timed['node -e 0'].median;
  const floors = commands.filter((c) => c.key.startsWith('floor:')).map((c) => c.key);
  const floorInsertMs = Object.fromEntries(floors.map((k) => [k, median(timed[k].stdouts.map((s) => JSON.parse(s).insertMs))]));

  // One traced apply: every statement the sync sends, with its SQL and bound-parameter sizes.
  copyDb(p('seed.duckdb'), p('run.duckdb'));
  const trace = p('trace.json');
  const traced = runOnce(NODE, [join(import.meta.dirname, 'sql-trace.mjs'), trace, cli, 'sync', ...m, ...reg('run.duckdb')], { cwd: dir });
  if (traced.code !== 0) throw new Error(`bench: traced sync failed\n${traced.stderr}`);
  const statements = JSON.parse(readFileSync(trace, 'utf8'));
  const merges = statements.filter((s) => s.sql.startsWith('MERGE'));

  const rss = Object.fromEntries(commands.map((c) => [c.key, peakRssKiB(c.cmd, c.args, c.opts).kib]));
  return {
    models: MODELS,
    registryRows: MODELS,
    plan: { insert: plan.insert.length, update: plan.update.length, unchanged: plan.unchanged.length, extra: plan.extra.length },
    syncSummary: timed['sync (apply)'].last.stdout.trim().split('\n').pop(),
    statements: {
      total: statements.filter((s) => !s.sql.startsWith('APPEND')).length,
      merge: merges.length,
      mergeSqlBytes: merges.map((s) => s.sqlBytes),
      mergeParamBytes: merges.map((s) => s.paramBytes),
      list: statements.filter((s) => !s.sql.startsWith('APPEND')).map((s) => s.sql),
      appended: statements
        .filter((s) => s.sql.startsWith('APPEND'))
        .map((s) => ({ table: s.sql.slice(7), rows: s.rows, bytes: s.paramBytes })),
    },
    floorInsertMs,
    claudeMdBytes: Buffer.byteLength(bigClaudeMd()),
    rows: commands.map((c) => ({
      key: c.key,
      medianMs: timed[c.key].median,
      runsMs: timed[c.key].runs,
      ratio: ratio(timed[c.key].median, base),
      ratioToFloors: c.key === 'sync (apply)' ? floors.map((k) => ratio(timed[c.key].median, timed[k].median)) : null,
      peakRssMiB: rss[c.key] == null ? null : Number((rss[c.key] / 1024).toFixed(1)),
      exit: timed[c.key].code,
    })),
    baselineMs: base,
    // Issue 12: what 9,990 more models cost the plan, net of start-up and loading (same run, medians).
    planPerRowMs: Number((timed['sync --dry-run (plan)'].median - timed['sync --dry-run (plan, 10 models)'].median).toFixed(1)),
  };
};
