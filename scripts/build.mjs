// Build: tsc → build/src, then ncc bundles the action and the CLI, then the JSON Schemas.
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares that with dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

rmSync(join(root, 'build', 'src'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
rmSync(out, { recursive: true, force: true });
// DuckDB is native: left external and loaded lazily, so dist/ holds no binary.
const ncc = (entry, dir) =>
  run(bin('ncc'), [
    'build',
    join(root, 'build', 'src', entry),
    '-o',
    dir,
    '-e',
    '@duckdb/node-api',
    '--license',
    'licenses.txt',
    '--quiet',
  ]);
ncc('index.js', out);
ncc(join('cli', 'index.js'), join(out, 'cli'));

const { schemas } = await import(pathToFileURL(join(root, 'build', 'src', 'schemas.js')).href);
for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(out, file), `${JSON.stringify(schema, null, 2)}\n`);
mkdirSync(out, { recursive: true });
