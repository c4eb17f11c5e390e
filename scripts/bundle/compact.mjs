// The bundle's files with the code ncc leaves dead removed, and minified, for a run that finds no code cache.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { minify } from 'terser';

/**
 * Mostly removal: unused declarations, dead branches, and the statements webpack reduced to `null && (…)` (unused
 * exports of zod/mini and the like, whose pure initialisers it kept in place). evaluate, booleans and conditionals
 * fold constant expressions so those branches can go; the mangler renames locals, never function or class names.
 * side_effects drops an unused call a library marked `/*#__PURE__*\/`, so a wrong mark there would lose a call.
 */
const COMPRESS = {
  defaults: false,
  unused: true,
  dead_code: true,
  side_effects: true,
  evaluate: true,
  booleans: true,
  conditionals: true,
  passes: 3,
  keep_fnames: true,
  keep_classnames: true,
};

// What code-cache.ts's chunk loader expects a chunk to open with, as ncc writes it.
const HEAD = /^export const id=(\d+);export const ids=\[([\d,]*)\];export const modules=/;
const nccHead = (_, id, ids) => `export const id = ${id};\nexport const ids = [${ids.split(',').join(', ')}];\nexport const modules = `;

/**
 * V8 compiles a parenthesised function expression with the script that holds it, where it would otherwise pre-parse it
 * and then parse it again when called. ncc writes each module's function in parentheses, and each runs as soon as its
 * module is required; terser drops them, so they are put back: a chunk's `modules` and an entry's
 * `__webpack_modules__`, whose name mangling leaves alone.
 */
const MODULE_TABLES = new Set(['modules', '__webpack_modules__']);
const parenthesiseModules = (code) => {
  const edits = [];
  for (const statement of parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const { id, init } of declaration.declarations)
      if (MODULE_TABLES.has(id.name) && init?.type === 'ObjectExpression')
        for (const { value } of init.properties)
          if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') edits.push(value);
  }
  let out = '';
  let at = 0;
  for (const f of edits.sort((a, b) => a.start - b.start)) {
    out += `${code.slice(at, f.start)}(${code.slice(f.start, f.end)})`;
    at = f.end;
  }
  return { code: out + code.slice(at), modules: edits.length };
};

/** Every .js file under `dir`, compacted in place; `fail` is called with a message when one is not as expected. */
export const compactBundle = async (dir, fail) => {
  for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    const isChunk = source.startsWith('export const id = ');
    const result = await minify(source, {
      module: true,
      compress: COMPRESS,
      mangle: { keep_fnames: true, keep_classnames: true, reserved: [...MODULE_TABLES] },
      // License comments stay (terser's default), as does a file's non-ASCII text.
      format: { comments: 'some' },
    });
    const { code, modules } = parenthesiseModules(result.code);
    if (isChunk && !HEAD.test(code)) fail(`${file}: terser's output no longer opens as ncc's chunks do; update compact.mjs`);
    if (modules === 0) fail(`${file}: no module functions found to parenthesise; update compact.mjs`);
    writeFileSync(path, `${isChunk ? code.replace(HEAD, nccHead) : code}\n`);
  }
};
