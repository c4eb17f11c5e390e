// Build: tsc → build/tsc-*, then ncc bundles the action and the CLI, then the JSON Schemas.
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares that with dist/).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactBundle } from './bundle/compact.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
mkdirSync(join(root, 'build'), { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * @actions/core imports its OIDC client at load, and with it @actions/http-client, undici, tunnel and node's https/tls:
 * about a fifth of the action's start-up, for getIDToken, which this action never calls; and @actions/exec (with
 * child_process) for platform.getDetails, which it never calls either. The bundle gets a copy of @actions/core whose
 * getIDToken and getDetails import those when called, so they become chunks an ordinary run never reads; every other
 * line is the package's own. A tsconfig `paths` entry beside the tsc output, which ncc's resolver honours, points the
 * bundle's '@actions/core' at the copy (type checks and tests keep the package itself).
 */
// From the copy's lib/ folder, vendor/@actions/core/lib, to the tsc output's util/uuid.js.
const URANDOM_UUID = "import { randomUuidSync as randomUUID } from '../../../../util/uuid.js';\n";
// The same, to util/stdout.js.
const STDOUT = "import { writeStdout } from '../../../../util/stdout.js';\n";
const lazyActionsCore = (dir) => {
  hoistedOnly('@actions/core');
  // [file, text, replacement, how many times the text must occur]
  patchedCopy(dir, '@actions/core', [
    ['lib/core.js', "import { OidcClient } from './oidc-utils.js';\n", '', 1],
    [
      'lib/core.js',
      'return yield OidcClient.getIDToken(aud);',
      "const { OidcClient } = yield import('./oidc-utils.js');\n        return yield OidcClient.getIDToken(aud);",
      1,
    ],
    ['lib/platform.js', "import * as exec from '@actions/exec';\n", '', 1],
    ['lib/platform.js', 'yield exec.getExecOutput(', "yield (yield import('@actions/exec')).getExecOutput(", 4],
    // setOutput's heredoc delimiter takes a random UUID from node:crypto, whose load (ciphers, keys, streams) is about
    // a tenth of an offline run's start-up. The copy reads the same kind of randomness, 16 bytes of the kernel's
    // CSPRNG, from /dev/urandom (src/util/uuid.ts), and loads node:crypto only where there is none (Windows).
    ['lib/file-command.js', "import * as crypto from 'crypto';\n", URANDOM_UUID, 1],
    ['lib/file-command.js', 'crypto.randomUUID()', 'randomUUID()', 1],
    // Standard output through src/util/stdout.ts, which writes it as node's stdout would on Linux without building
    // node's stream for it (a few ms of every start-up); `process.stdout.write` everywhere else.
    ['lib/command.js', "import * as os from 'os';\n", `import * as os from 'os';\n${STDOUT}`, 1],
    ['lib/command.js', 'process.stdout.write(', 'writeStdout(', 1],
    ['lib/core.js', "import * as os from 'os';\n", `import * as os from 'os';\n${STDOUT}`, 1],
    ['lib/core.js', 'process.stdout.write(', 'writeStdout(', 2],
  ]);
  return { '@actions/core': ['./vendor/@actions/core/lib/core.js'] };
};

/**
 * The Cloud Run clients run on google-gax's REST transport (src/deployment/cloud-run.ts), which is google-gax's
 * `fallback` module; but their modules `require('google-gax')` at load for two helpers, and that index loads the gRPC
 * transport too: @grpc/grpc-js, its HTTP/2 stack and proto-loader, evaluated on every drift and never used. The
 * clients' own docs pass the fallback module in for this reason (`new ServicesClient({fallback: true}, gax)`), which
 * cannot reach their top-level require; so in the bundle 'google-gax' is a module holding exactly what the clients
 * take from it: `fallback`, and the two helpers, from their own files.
 */
const restOnlyGax = (dir, gax = join(root, 'node_modules', 'google-gax')) => {
  const util = join(gax, 'build', 'src', 'util.js');
  const fallback = join(gax, 'build', 'src', 'fallback.js');
  for (const f of [util, fallback]) if (!existsSync(f)) fail(`google-gax changed: ${f} is gone; update restOnlyGax`);
  const file = join(dir, 'vendor', 'gax-rest.cjs');
  mkdirSync(join(dir, 'vendor'), { recursive: true });
  writeFileSync(
    file,
    [
      "'use strict';",
      `exports.fallback = require(${JSON.stringify(fallback)});`,
      "exports.loggingUtils = require('google-logging-utils');",
      `exports.decodeAnyProtosInArray = require(${JSON.stringify(util)}).decodeAnyProtosInArray;`,
      '',
    ].join('\n'),
  );
  return { 'google-gax': ['./vendor/gax-rest.cjs'] };
};

/**
 * google-gax's REST transport module evaluates, at load, three static protobufjs modules (IAM, locations and
 * long-running operations: 2 MB of the 3 MB chunk drift loads for Cloud Run, read and compiled on every drift
 * against a live service), only to re-export them, and its long-running calls keep one for cancelling and polling an
 * operation. The clients drift uses build their types from JSON descriptors and never read these (only the
 * operation-polling methods of clients that create resources do), so the bundle's copy of google-gax leaves them
 * out: each export becomes a getter that says so, and the bundled chunk holds none of the three.
 */
const gaxWithoutStaticProtos = (dir) => {
  const absent = (what) =>
    `{ throw new Error('google-gax ${what}: not in this bundle (model-governance never polls or cancels operations)'); }`;
  const exportOf = (name, file) => [
    'build/src/fallback.js',
    `const ${name} = __importStar(require("../protos/${file}"));\nexports.${name} = ${name};\n`,
    `Object.defineProperty(exports, "${name}", { enumerable: true, get() ${absent(name)} });\n`,
    1,
  ];
  hoistedOnly('google-gax');
  return patchedCopy(dir, 'google-gax', [
    exportOf('IamProtos', 'iam_service'),
    exportOf('LocationProtos', 'locations'),
    exportOf('operationsProtos', 'operations'),
    [
      'build/src/longRunningCalls/longrunning.js',
      'const operationProtos = __importStar(require("../../protos/operations"));\n',
      `const operationProtos = { get google() ${absent('operation protos')} };\n`,
      1,
    ],
  ]);
};

/**
 * Node's global Headers and FormData are undici's, and the first touch of either (even `typeof Headers`) loads Node's
 * built-in undici with HTTP/2 and web streams: about 20 ms before the first request of every run against Google,
 * spent only on the header objects of libraries that send through node-fetch, which copies any Headers into its own.
 * In the bundle, every file of the Google HTTP libraries that names either one binds both, at its top, to
 * bundle/fetch-globals.ts's: node-fetch's Headers (values trimmed as the standard's are; `instanceof` true for Node's
 * too) and Node's own FormData, loaded when one is made or may be one. A binding at the top shadows every use in the
 * file, `globalThis.Headers` is rewritten to the bare name, and a file that declares either name itself fails the
 * build (ncc reports the redeclaration). Packages not listed (gcp-metadata's gaxios, storage's gaxios 7) keep Node's:
 * they build their own Headers from whatever they are given, as before.
 */
const FETCH_GLOBAL = /(?<![\w$.#'"`-])(Headers|FormData)(?![\w$])/;
const fetchGlobalsOfNodeFetch = (dir, copy) => {
  const module = join(dir, 'bundle', 'fetch-globals.js');
  if (!existsSync(module)) fail(`${module} is missing; update fetchGlobalsOfNodeFetch`);
  let patched = 0;
  for (const f of readdirSync(copy, { recursive: true })) {
    const file = join(copy, f);
    if (!f.endsWith('.js') || /(^|\/)(test|system-test|samples)\//.test(f)) continue;
    let text = readFileSync(file, 'utf8');
    if (!FETCH_GLOBAL.test(text) && !/globalThis\.(Headers|FormData)\b/.test(text)) continue;
    text = text.replaceAll(/\bglobalThis\.(Headers|FormData)\b/g, '$1');
    const esm = /^\s*(import|export)\s/m.test(text) && !/^\s*"use strict";/.test(text);
    if (esm) text = `import { Headers, FormData } from ${JSON.stringify(module)};\n${text}`;
    else {
      // After the directive prologue, so a strict file stays strict.
      const m = /^(#![^\n]*\n)?(\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*)(["']use strict["'];?\n)?/.exec(text);
      const head = m ? m[0] : '';
      text = `${head}const { Headers, FormData } = require(${JSON.stringify(module)});\n${text.slice(head.length)}`;
    }
    writeFileSync(file, text);
    patched++;
  }
  if (patched === 0) fail(`no file of ${copy} names Headers or FormData; update fetchGlobalsOfNodeFetch`);
  return copy;
};

/**
 * The Google HTTP libraries whose copies get fetchGlobalsOfNodeFetch: the ones that build the headers of the requests
 * drift, sync and promote send (Cloud Storage and BigQuery through teeny-request, Cloud Run through google-gax's REST
 * transport and google-auth-library's gaxios). google-auth-library's copy keeps its nested node_modules (its gaxios 8).
 */
/**
 * google-auth-library imports node:child_process (with net, dgram and streams) at load, to run `gcloud` when it looks
 * for a project id and to run a pluggable credential's executable: neither happens on a run given a token or an
 * emulator, and either finds the module loaded then. Each use (one call each) requires it when called.
 */
const CHILD_PROCESS_WHEN_CALLED = [
  [
    'build/src/auth/googleauth.js',
    'const child_process_1 = require("child_process");\n',
    'const child_process_1 = { exec: (...args) => require("child_process").exec(...args) };\n',
    1,
  ],
  ['build/src/auth/googleauth.js', 'child_process_1.', 'child_process_1.', 1],
  [
    'build/src/auth/pluggable-auth-handler.js',
    'const childProcess = require("child_process");\n',
    'const childProcess = { spawn: (...args) => require("child_process").spawn(...args) };\n',
    1,
  ],
  ['build/src/auth/pluggable-auth-handler.js', 'childProcess.', 'childProcess.', 1],
];
const googleHttpWithoutUndici = (dir, gaxCopy) => {
  fetchGlobalsOfNodeFetch(dir, gaxCopy);
  const copies = {
    '@google-cloud/storage': 'build/esm/src/index.js',
    'teeny-request': 'build/src/index.js',
    'google-auth-library': 'build/src/index.js',
  };
  const paths = {};
  for (const [name, entry] of Object.entries(copies)) {
    if (name !== 'google-auth-library') hoistedOnly(name);
    fetchGlobalsOfNodeFetch(dir, patchedCopy(dir, name, name === 'google-auth-library' ? CHILD_PROCESS_WHEN_CALLED : []));
    paths[name] = [`./vendor/${name}/${entry}`];
  }
  return paths;
};

/**
 * Three loads of Node built-ins that ran before the first request of every run against Google, for code no run
 * calls: node-fetch's fetch-blob takes `fs.promises.stat` at load (Node's FileHandle machinery, readline) for its
 * file-backed Blobs, and asks `globalThis.ReadableStream` (Node's web streams) only to polyfill it where it is
 * missing; google-logging-utils spreads node:util into a namespace, which reads every lazy export of it (parseArgs,
 * diff, worker_threads' messaging…) to call two functions. The bundle's copies read `stat` when called, test for
 * the global with `in` (which does not load it), and use node:util itself: the same functions, loaded when used.
 */
const leanHttpLoads = (dir) => {
  for (const name of ['fetch-blob', 'google-logging-utils']) hoistedOnly(name);
  patchedCopy(dir, 'fetch-blob', [
    ['from.js', 'const { stat } = fs\n', 'const stat = (...args) => fs.stat(...args)\n', 1],
    ['streams.cjs', 'if (!globalThis.ReadableStream) {', "if (!('ReadableStream' in globalThis)) {", 1],
  ]);
  // The namespace held node:util's own values, plus a `default` (node:util itself) that the file never reads.
  patchedCopy(dir, 'google-logging-utils', [
    ['build/src/logging-utils.js', 'const util = __importStar(require("util"));\n', 'const util = require("util");\n', 1],
    ['build/src/logging-utils.js', 'util.default', '', 0],
    ['build/src/logging-utils.js', 'util[', '', 0],
  ]);
  return {
    'fetch-blob': ['./vendor/fetch-blob/index.js'],
    'fetch-blob/file.js': ['./vendor/fetch-blob/file.js'],
    'fetch-blob/from.js': ['./vendor/fetch-blob/from.js'],
    'google-logging-utils': ['./vendor/google-logging-utils/build/src/index.js'],
  };
};

/** A patched copy resolves its own imports from the hoisted node_modules: true only while the package has no nested ones. */
const hoistedOnly = (name) => {
  if (existsSync(join(root, 'node_modules', name, 'node_modules')))
    fail(`${name} has nested node_modules; the copy would resolve other versions`);
};

/** A copy of a package beside the tsc output, with each [file, text, replacement, times] applied and checked. */
const patchedCopy = (dir, name, patches) => {
  const copy = join(dir, 'vendor', name);
  cpSync(join(root, 'node_modules', name), copy, { recursive: true, filter: (f) => !/\.(map|d\.ts)$/.test(f) });
  for (const [file, from, to, times] of patches) {
    const text = readFileSync(join(copy, file), 'utf8');
    if (text.split(from).length !== times + 1)
      fail(`${name} changed: "${from.trim()}" is not in ${file} ${times} time(s); update its patch`);
    writeFileSync(join(copy, file), text.replaceAll(from, to));
  }
  return copy;
};

/**
 * commonmark imports decodeHTMLStrict from the `entities` package's index, which also loads its encoder and builds
 * the encoder's trie and regular expressions over 2,000 entities at load: a few milliseconds of every CLAUDE.md
 * parse's start-up for code the parser never calls. The bundle's copy imports the decoder the index re-exports.
 * Its nested node_modules (its own entities version) is copied with it, so it resolves what it resolved before.
 */
const commonmarkDecoderOnly = (dir) => {
  const from = 'import { decodeHTMLStrict } from "entities";';
  const to = 'import { decodeHTMLStrict } from "entities/lib/decode.js";';
  patchedCopy(dir, 'commonmark', [
    ['lib/common.js', from, to, 1],
    ['lib/inlines.js', from, to, 1],
  ]);
  return { commonmark: ['./vendor/commonmark/lib/index.js'] };
};

/**
 * unhomoglyph's data.json (Unicode's 6,300 confusables) is one JSON.parse of 100 KB as its module loads: about 3 ms of
 * every start, for a table only a non-ASCII model id reads (ASCII ids use src/manifest/confusable.ts's own entries).
 * In the bundle, manifest/confusable-table.js re-exports a CommonJS twin whose `require` sits inside the function, so
 * ncc leaves the JSON's module to be run, and parsed, on the first call: the same object, the same lookups.
 */
const lazyConfusableTable = (dir) => {
  const file = join(dir, 'manifest', 'confusable-table.js');
  const text = readFileSync(file, 'utf8');
  const from = "import prototypes from 'unhomoglyph/data.json' with { type: 'json' };";
  const use = 'export const confusableTable = () => prototypes;';
  if (!text.includes(from) || !text.includes(use)) fail(`${file} changed; update lazyConfusableTable`);
  writeFileSync(
    join(dir, 'manifest', 'confusable-table.cjs'),
    "'use strict';\nlet table;\nexports.confusableTable = () => (table ??= require('unhomoglyph/data.json'));\n",
  );
  writeFileSync(file, "export { confusableTable } from './confusable-table.cjs';\n");
};

/**
 * @actions/core's summary takes access, appendFile and writeFile from node:fs/promises at load, and that import loads
 * node's FileHandle machinery with readline and streams: a few ms of every action start-up (the action's own files
 * use src/util/fs-async.ts instead). In the bundle's copy (lazyActionsCore made it) they are node:fs's callback
 * calls behind a promise: the same requests, results and errors.
 */
const coreSummaryWithoutFsPromises = (dir) => {
  const file = join(dir, 'vendor', '@actions', 'core', 'lib', 'summary.js');
  const from = "import { constants, promises } from 'fs';\nconst { access, appendFile, writeFile } = promises;\n";
  const to = [
    "import { constants, access as accessCallback, appendFile as appendFileCallback, writeFile as writeFileCallback } from 'fs';",
    'const promised = (call) => (...args) => new Promise((resolve, reject) => call(...args, (e) => (e ? reject(e) : resolve())));',
    'const access = promised(accessCallback);',
    'const appendFile = promised(appendFileCallback);',
    'const writeFile = promised(writeFileCallback);',
    '',
  ].join('\n');
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2)
    fail(`@actions/core changed: its summary no longer imports fs promises as expected; update coreSummaryWithoutFsPromises`);
  // Each use: access(path, mode), and appendFile or writeFile(path, data, options); a resolved value is never read.
  if (
    text.split('yield access(pathFromEnv, constants.R_OK | constants.W_OK);').length !== 2 ||
    text.split("yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });").length !== 2
  )
    fail('@actions/core changed: its summary calls access or write differently; update coreSummaryWithoutFsPromises');
  writeFileSync(file, text.replace(from, to));
};

/**
 * commander imports node:child_process (and with it net, stream, dgram…) at load, for executable subcommands, which
 * this CLI has none of: about a tenth of an offline command's start-up. The bundle's copy fetches it when it spawns.
 */
const lazyCommander = (dir) => {
  // `process` is commander's own import of node:process; getBuiltinModule is in every Node commander supports.
  patchedCopy(dir, 'commander', [
    [
      'lib/command.js',
      "import childProcess from 'node:child_process';\n",
      "const childProcess = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };\n",
      1,
    ],
    // Every use of the module is a spawn (three of three): anything else would be undefined on the stand-in above.
    ['lib/command.js', 'childProcess.', 'childProcess.', 3],
    ['lib/command.js', 'childProcess.spawn(', 'childProcess.spawn(', 3],
  ]);
  return { commander: ['./vendor/commander/index.js'] };
};
/**
 * @duckdb/node-bindings' entry picks the addon for the platform, and on Linux asks detect-libc for the libc first,
 * whose load imports node:child_process: about 8-10 ms of a cold `sync --dry-run` on DuckDB. In the bundle,
 * '@duckdb/node-bindings' is src/registry/duckdb-addon.ts's loadAddon, which reads what detect-libc's first check
 * reads (the running node's ELF interpreter) and requires the same addon from the package's directory, or the
 * package's entry where that check does not decide. It resolves from the bundle's file (the __filename that
 * bundle/entry.ts sets), as the external it replaces did. The build checks that the entry still picks the addons
 * loadAddon names.
 */
const duckdbAddonLoader = (dir) => {
  const entry = readFileSync(join(root, 'node_modules', '@duckdb', 'node-bindings', 'duckdb.js'), 'utf8');
  for (const arch of ['x64', 'arm64'])
    for (const [libc, suffix] of [
      ['musl', '-musl'],
      ['glibc', ''],
    ]) {
      const file = `@duckdb/node-bindings-linux-${arch}${suffix}/duckdb.node`;
      if (!entry.includes(`require('${file}')`))
        fail(`@duckdb/node-bindings changed: its entry no longer requires ${file} (${libc}); update loadAddon`);
    }
  if (!entry.includes('familySync() === MUSL'))
    fail('@duckdb/node-bindings changed: its entry no longer asks detect-libc; update loadAddon');
  mkdirSync(join(dir, 'vendor'), { recursive: true });
  writeFileSync(
    join(dir, 'vendor', 'duckdb-bindings.cjs'),
    "'use strict';\nmodule.exports = require('../registry/duckdb-addon.js').loadAddon(__filename);\n",
  );
  return { '@duckdb/node-bindings': ['./vendor/duckdb-bindings.cjs'] };
};
const fail = (message) => {
  console.error(`build: ${message}`);
  process.exit(1);
};

// A private tsc output per build, so concurrent builds never share files. ncc runs from inside it:
// its chunk ids derive from paths relative to the working directory, which are then the same every time.
const lib = mkdtempSync(join(root, 'build', 'tsc-'));
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib]);
const paths = {
  ...lazyActionsCore(lib),
  ...restOnlyGax(lib, gaxWithoutStaticProtos(lib)),
  ...googleHttpWithoutUndici(lib, join(lib, 'vendor', 'google-gax')),
  ...leanHttpLoads(lib),
  ...lazyCommander(lib),
  ...commonmarkDecoderOnly(lib),
  ...duckdbAddonLoader(lib),
};
writeFileSync(join(lib, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: { baseUrl: '.', paths } }, null, 2)}\n`);
lazyConfusableTable(lib);
coreSummaryWithoutFsPromises(lib);
rmSync(out, { recursive: true, force: true });
// DuckDB is native: the bundle holds @duckdb/node-api's JavaScript in the DuckDB adapter's chunk and loads the
// native addon from node_modules at run time (duckdbAddonLoader), so dist/ holds no binary and nothing is external.
// --no-cache: ncc keys its cache (~/.cache/ncc) by the working directory, here a fresh directory per build, so a
// cache would never be read again; it would only pile up, about 150 MB per build.
const ncc = (entry, dir) => run(bin('ncc'), ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet', '--no-cache'], lib);
ncc('index.js', out);
ncc(join('cli', 'index.js'), join(out, 'cli'));

/**
 * The chunk-loading runtime of each entry first asks the loader src/bundle/code-cache.ts installs (which runs a chunk
 * as a script with a V8 code cache taken at exit), and imports the chunk as before when there is none or it declines.
 */
const cachedChunkLoading = (file) => {
  const from = 'var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk,';
  const to =
    'var promise = Promise.resolve(globalThis[Symbol.for("model-governance.load-chunk")]?.("./" + __nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId))).then(installChunk,';
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2) fail(`ncc's chunk loading changed: "${from}" is not in ${file} once; update cachedChunkLoading`);
  writeFileSync(file, text.replace(from, to));
};
cachedChunkLoading(join(out, 'index.js'));
cachedChunkLoading(join(out, 'cli', 'index.js'));

/**
 * ncc's ES module output loads each node builtin it uses as `createRequire(import.meta.url)("fs")`, building a require
 * function for every builtin: about half a millisecond of an offline start-up in all. process.getBuiltinModule gives
 * what that require returns; a Node without it (before 20.16 and 22.3) still takes ncc's way, so the CLI can tell
 * its user that Node is too old.
 */
const builtinsDirect = (file) => {
  const call = /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\)/g;
  const text = readFileSync(file, 'utf8');
  const uses = text.split('__WEBPACK_EXTERNAL_createRequire').length - 1;
  if (uses !== 1 + [...text.matchAll(call)].length) fail(`${file} uses createRequire otherwise than ncc did; update builtinsDirect`);
  const direct = (_, name) => {
    if (!isBuiltin(name)) fail(`${file} requires ${name}, not a builtin`);
    const id = JSON.stringify(name);
    return `(process.getBuiltinModule?.(${id}) ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)(${id}))`;
  };
  writeFileSync(file, text.replace(call, direct));
};
builtinsDirect(join(out, 'index.js'));
builtinsDirect(join(out, 'cli', 'index.js'));
// ncc turns an import it cannot resolve into a stub that throws at run time; fail the build instead.
const unresolved = readdirSync(out, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .flatMap((f) => [...readFileSync(join(out, f), 'utf8').matchAll(/@@notfound\.js\?([^\s*]+)/g)].map((m) => `${f}: ${m[1]}`));
if (unresolved.length) {
  console.error(`build: ncc could not resolve:\n${[...new Set(unresolved)].join('\n')}`);
  process.exit(1);
}
// Dead code out and the rest minified (scripts/bundle/compact.mjs): V8 parses every byte of a chunk a run opens, and
// a run that finds no code cache (every run on a GitHub-hosted runner) compiles them all.
await compactBundle(out, fail);
for (const entry of [join(out, 'index.js'), join(out, 'cli', 'index.js')])
  if (!readFileSync(entry, 'utf8').includes('Symbol.for("model-governance.load-chunk")')) fail(`${entry} lost its chunk loader hook`);

// The schemas' URLs name this repository, written once in package.json.
const { schemasFor } = await import(pathToFileURL(join(lib, 'schemas.js')).href);
const { repositoryOf } = await import(pathToFileURL(join(lib, 'repository.js')).href);
const schemas = schemasFor(repositoryOf(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository));
for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(out, file), `${JSON.stringify(schema, null, 2)}\n`);
rmSync(lib, { recursive: true, force: true });
