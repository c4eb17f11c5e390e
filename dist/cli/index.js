#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 47790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ prepareBundle)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./bundle/code-cache.js
// Bundle chunks run as classic scripts with a V8 code cache taken when the process exits, so the next start finds
// every function this run called already compiled. Node's own compile cache (module.enableCompileCache) serialises a
// module right after compiling it, before it runs: it holds little more than each chunk's top level, and every
// function a run calls (the YAML parser, zod, commander, the checks) is compiled again on every start.




// ncc's ESM chunks open with exactly these three declarations, then hold only the module table. Anything else that
// only a module may contain (another export, import.meta, top-level await) fails to compile as a script, and the
// chunk is imported instead.
const HEAD = /^export const id = (\d+);\nexport const ids = (\[[\d, ]*\]);\nexport const modules = /;
/**
 * One cache file per chunk version and run profile. The chunk's device, inode, size and modification time name its
 * version, so a rebuilt or edited chunk never meets the cache of another (V8 itself checks only the source's length).
 * The profile (the CLI's command, the action's mode) keeps each kind of run's cache to the functions it calls.
 */
const cacheName = (path, profile) => {
    const s = (0,external_node_fs_.statSync)(path, { bigint: true });
    return `${versionsPrefix(path, profile)}${s.dev}-${s.ino}-${s.size}-${s.mtimeNs}.v8cache`;
};
const versionsPrefix = (path, profile) => `${profile}.${(0,external_node_path_.basename)(path)}.`;
/**
 * How many versions of one chunk's cache a profile keeps. A self-hosted runner unpacks the action afresh for every
 * job, so every job's chunks are new files with new names here: without a bound, each job would leave its caches
 * behind (over 1 MB a mode). A few are kept, not one, so that installs used in turn (two versions of the action on
 * one runner) do not evict each other on every run.
 */
const CACHE_VERSIONS_KEPT = 4;
/**
 * A cache V8 accepted is never written again, so its file's age says when it was made, not when it was last used:
 * at exit, a cache this run used gets a fresh modification time (at most once an hour), and the install in daily use
 * stays among the newest. Not a link: the time of whatever a link points to is never touched.
 */
const AN_HOUR_MS = 3_600_000;
const touchUsed = (file) => {
    const s = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
    if (!s?.isFile() || Date.now() - s.mtimeMs < AN_HOUR_MS)
        return;
    const now = new Date();
    (0,external_node_fs_.lutimesSync)(file, now, now);
};
/** Deletes the oldest of the caches named `prefix` + a chunk version beyond CACHE_VERSIONS_KEPT (regular files only). */
const pruneVersions = (dir, prefix, kept) => {
    const versions = [];
    for (const f of (0,external_node_fs_.readdirSync)(dir)) {
        if (!f.startsWith(prefix))
            continue;
        // A run killed between writing its temp file and renaming it leaves the temp file behind.
        if (TEMP.test(f.slice(prefix.length))) {
            const t = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, f), { throwIfNoEntry: false });
            if (t?.isFile() && Date.now() - t.mtimeMs > AN_HOUR_MS)
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f), { force: true });
            continue;
        }
        if (!VERSION.test(f.slice(prefix.length)))
            continue;
        const s = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, f), { throwIfNoEntry: false });
        if (s?.isFile())
            versions.push({ file: f, mtimeMs: s.mtimeMs });
    }
    // The one just written first, then newest first.
    const first = (0,external_node_path_.basename)(kept);
    versions.sort((a, b) => Number(b.file === first) - Number(a.file === first) || b.mtimeMs - a.mtimeMs || a.file.localeCompare(b.file));
    for (const v of versions.slice(CACHE_VERSIONS_KEPT))
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, v.file), { force: true });
};
const VERSION = /^\d+-\d+-\d+-\d+\.v8cache$/;
const TEMP = /^\d+-\d+-\d+-\d+\.v8cache\.\d+\.tmp$/;
/** A profile name safe in a file name: lower-case letters, digits and dashes, at most 40 characters. */
const cacheProfile = (name) => (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '_')
    .slice(0, 40) || 'default';
/**
 * A code cache is code: V8 runs what it holds once its few checks pass. So it is read from and written to a directory
 * only when that directory, and the one holding it, are real directories of this user that no one else may write to
 * (node's compile cache directory sits in the shared temporary directory). Where there are no users (Windows), yes.
 */
const privateDir = (path) => {
    try {
        const s = (0,external_node_fs_.lstatSync)(path);
        const uid = process.getuid?.();
        return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0));
    }
    catch {
        return false;
    }
};
/** `base`: the URL of the bundle file the chunks sit beside; `dir`: node's compile cache directory. */
const chunkLoader = (base, dir, profile) => {
    const mine = (0,external_node_path_.join)(dir, 'model-governance');
    const trusted = () => privateDir(dir) && privateDir(mine);
    let readable;
    const unsaved = [];
    const used = [];
    return {
        load: (file) => {
            try {
                const path = (0,external_node_url_.fileURLToPath)(new URL(file, base));
                const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
                const head = HEAD.exec(text);
                if (!head)
                    return undefined;
                const cacheFile = (0,external_node_path_.join)(mine, cacheName(path, profile));
                let cachedData;
                readable ??= trusted();
                try {
                    if (readable)
                        cachedData = (0,external_node_fs_.readFileSync)(cacheFile);
                }
                catch {
                    // No cache yet: compiled from source, cached at exit.
                }
                // Strict, as the module was; every line keeps its number, so stack traces point where they did.
                const source = `(function () { "use strict"; const id = ${head[1]};\nconst ids = ${head[2]};\nconst modules = ${text.slice(head[0].length)}\nreturn { id, ids, modules }; })`;
                const script = new external_node_vm_namespaceObject.Script(source, {
                    filename: new URL(file, base).href,
                    ...(cachedData ? { cachedData } : {}),
                    importModuleDynamically: external_node_vm_namespaceObject.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
                });
                if (!cachedData || script.cachedDataRejected)
                    unsaved.push({ script, file: cacheFile, prefix: versionsPrefix(path, profile) });
                else
                    used.push(cacheFile);
                return script.runInThisContext()();
            }
            catch {
                return undefined;
            }
        },
        save: () => {
            const written = [];
            for (const file of used.splice(0)) {
                try {
                    if (trusted())
                        touchUsed(file);
                }
                catch {
                    // Only an optimisation, as below.
                }
            }
            for (const { script, file, prefix } of unsaved.splice(0)) {
                // Written beside its final name, then renamed, so a concurrent run reads a whole cache or none.
                const temp = `${file}.${process.pid}.tmp`;
                try {
                    (0,external_node_fs_.mkdirSync)(mine, { recursive: true, mode: 0o700 });
                    if (!trusted())
                        break;
                    (0,external_node_fs_.writeFileSync)(temp, script.createCachedData(), { flag: 'wx', mode: 0o600 });
                    (0,external_node_fs_.renameSync)(temp, file);
                    written.push(file);
                    pruneVersions(mine, prefix, file);
                }
                catch {
                    // A cache is only ever an optimisation: a full disk or a read-only directory costs the next run time only.
                    (0,external_node_fs_.rmSync)(temp, { force: true });
                }
            }
            return written;
        },
    };
};
/** The key under which the bundle's chunk-loading runtime (patched by scripts/build.mjs) finds the loader. */
const LOADER_KEY = Symbol.for('model-governance.load-chunk');
/**
 * Installs the loader when node's compile cache is on (off, as with NODE_DISABLE_COMPILE_CACHE, chunks are imported
 * as before); the caches are written when the process exits. Only a run that got through (exit 0, or 1 for
 * findings) writes them: one stopped by bad input (2) or a failing service (3) has called few of its mode's
 * functions, and a cache of those would stay, as a cache is never rewritten once V8 accepts it.
 */
const installChunkLoader = (base, dir, profile) => {
    if (dir === undefined)
        return;
    const loader = chunkLoader(base, dir, profile);
    Object.assign(globalThis, { [LOADER_KEY]: loader.load });
    process.once('exit', (code) => {
        if (code === 0 || code === 1)
            loader.save();
    });
};

;// CONCATENATED MODULE: ./bundle/entry.js
// What both bundle entries (the action's src/index.ts, the CLI's src/cli/index.ts) do before loading the program.




/**
 * Node's on-disk compile cache on (a no-op where unsupported), and the chunks run with a code cache of the functions
 * this kind of run calls (code-cache.ts), unless `profile` is undefined; then the bundle's own __filename and
 * __dirname, which CommonJS code bundled from the Cloud Run client reads as it loads (the bundle is an ES module).
 */
const prepareBundle = (entryUrl, profile) => {
    external_node_module_.enableCompileCache?.();
    if (profile !== undefined)
        installChunkLoader(entryUrl, external_node_module_.getCompileCacheDir?.(), cacheProfile(profile));
    const file = (0,external_node_url_.fileURLToPath)(entryUrl);
    Object.assign(globalThis, { __filename: file, __dirname: (0,external_node_path_.dirname)(file) });
};


/***/ }),

/***/ 83445:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _bundle_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47790);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(85244);
// The CLI's entry: the bundle prepared (bundle/entry.ts: compile and code caches) before the program is loaded;
// the program itself sits in its own chunk behind the import below.


// Checked here, before the program loads: on an older Node it would fail on a missing API (fs.glob) with exit 3.
const NODE_NEEDED = 22;
const major = Number(process.versions.node.split('.')[0]);
if (major < NODE_NEEDED) {
    process.stderr.write(`model-governance: Node.js ${process.versions.node} found; ${NODE_NEEDED} or newer is needed\n`);
    process.exitCode = 2;
}
else {
    // A code cache of this command's functions (bundle/code-cache.ts).
    (0,_bundle_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareBundle */ .A)(import.meta.url, `cli-${process.argv[2] ?? ''}`);
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(783), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46918));
    process.exitCode = await main(process.argv.slice(2), (0,_stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .stdio */ .i)());
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 85244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ stdio)
/* harmony export */ });
/* unused harmony export fdWriter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
// The CLI's stdout and stderr, written to their file descriptors. Node makes process.stdout a stream on first use,
// and for a pipe (how CI and scripts read the CLI) a net.Socket: that loads node's net and stream modules, about 4 ms
// of every command's start-up, for writes node itself makes synchronously on Linux and macOS pipes, files and
// terminals. A write that does not go through here (a full non-blocking pipe, a closed one, any other error) goes,
// with every later one, to the stream as before: the same bytes in the same order, and the stream's errors.

/** Writes each string's UTF-8 bytes to `fd`; from the first failure on, to `stream()` instead. */
const fdWriter = (fd, stream) => {
    let fallback;
    return (s) => {
        if (fallback) {
            fallback.write(s);
            return;
        }
        const bytes = Buffer.from(s, 'utf8');
        let done = 0;
        try {
            while (done < bytes.length)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        }
        catch {
            fallback = stream();
            if (done < bytes.length)
                fallback.write(bytes.subarray(done));
        }
    };
};
/**
 * The CLI's two writers. On Windows, where node writes pipes asynchronously and their descriptors are not what
 * writeSync expects, the streams themselves.
 */
const stdio = () => process.platform === 'win32'
    ? { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }
    : { out: fdWriter(1, () => process.stdout), err: fdWriter(2, () => process.stderr) };


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = Promise.resolve(globalThis[Symbol.for("model-governance.load-chunk")]?.("./" + __nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId))).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(83445);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
