// Build: tsc → build/tsc-*, then ncc bundles the action and the CLI, then the JSON Schemas.
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares that with dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
mkdirSync(join(root, 'build'), { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

// A private tsc output per build, so concurrent builds never share files. ncc runs from inside it:
// its chunk ids derive from paths relative to the working directory, which are then the same every time.
const lib = mkdtempSync(join(root, 'build', 'tsc-'));
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib]);
rmSync(out, { recursive: true, force: true });
// DuckDB is native: src/registry/duckdb.ts imports it at run time (webpackIgnore), so dist/ holds no binary.
const ncc = (entry, dir) => run(bin('ncc'), ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], lib);
ncc('index.js', out);
ncc(join('cli', 'index.js'), join(out, 'cli'));
// ncc turns an import it cannot resolve into a stub that throws at run time; fail the build instead.
const unresolved = readdirSync(out, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .flatMap((f) => [...readFileSync(join(out, f), 'utf8').matchAll(/@@notfound\.js\?([^\s*]+)/g)].map((m) => `${f}: ${m[1]}`));
if (unresolved.length) {
  console.error(`build: ncc could not resolve:\n${[...new Set(unresolved)].join('\n')}`);
  process.exit(1);
}

// The schemas' URLs name this repository, written once in package.json.
const { schemasFor } = await import(pathToFileURL(join(lib, 'schemas.js')).href);
const { repositoryOf } = await import(pathToFileURL(join(lib, 'repository.js')).href);
const schemas = schemasFor(repositoryOf(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository));
for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(out, file), `${JSON.stringify(schema, null, 2)}\n`);
rmSync(lib, { recursive: true, force: true });
