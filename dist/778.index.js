export const id = 778;
export const ids = [778];
export const modules = {

/***/ 80492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Sk: () => (/* binding */ ConfigSchema)
/* harmony export */ });
/* unused harmony export FamilyConfigSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17197);
/* harmony import */ var _manifest_zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.


const text = (min = 1) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(min));
const Markers = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ begin: text(8), end: text(8) });
const FamilyConfigSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    manifest: text(),
    registry: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    location: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    'create-table': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()),
    deployment: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    'model-env': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' }))),
    'verify-artifacts': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['production', 'all', 'none'])),
    'claude-md': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    markers: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(Markers),
    template: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    title: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(200))),
    filenames: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        pattern: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
        globs: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text())),
        legacy: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text())),
    })),
});
const ConfigSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ families: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FamilyConfigSchema).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)) }), FamilyConfigSchema]);
const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';


/***/ }),

/***/ 81209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ findBlock),
/* harmony export */   dK: () => (/* binding */ blockText),
/* harmony export */   g6: () => (/* binding */ DEFAULT_MARKERS),
/* harmony export */   sB: () => (/* binding */ replaceBlock)
/* harmony export */ });
// Find and rewrite the generated block between marker lines. Pure, and byte-exact: everything outside the
// markers is sliced from the original bytes, never decoded and re-encoded.
const DEFAULT_MARKERS = {
    begin: '<!-- model-governance:begin -->',
    end: '<!-- model-governance:end -->',
};
// latin1 maps every byte to one char, so offsets in the string are offsets in the bytes.
function* lines(bytes) {
    const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    let start = s.charCodeAt(0) === 0xef && s.startsWith('\xef\xbb\xbf') ? 3 : 0;
    for (let number = 1; start < s.length || (start === s.length && number === 1); number++) {
        const nl = s.indexOf('\n', start);
        const stop = nl === -1 ? s.length : nl;
        const cr = stop > start && s.charCodeAt(stop - 1) === 13;
        const text = s.slice(start, cr ? stop - 1 : stop);
        yield { text, start, next: nl === -1 ? s.length : nl + 1, eol: nl === -1 ? '' : cr ? '\r\n' : '\n', number };
        if (nl === -1)
            break;
        start = nl + 1;
    }
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const findBlock = (bytes, markers) => {
    const begins = [];
    const ends = [];
    let fence = null;
    for (const line of lines(bytes)) {
        const f = FENCE.exec(line.text)?.[1];
        if (f && (fence === null || (f[0] === fence[0] && f.length >= fence.length && line.text.trim() === f))) {
            fence = fence === null ? f : null;
            continue;
        }
        if (fence !== null)
            continue;
        const t = line.text.trim();
        if (t === markers.begin)
            begins.push(line);
        else if (t === markers.end)
            ends.push(line);
    }
    const [b, e] = [begins[0], ends[0]];
    if (begins.length > 1 && begins[1])
        return {
            ok: false,
            message: `begin marker appears ${begins.length} times (lines ${begins.map((l) => l.number).join(', ')})`,
            line: begins[1].number,
        };
    if (ends.length > 1 && ends[1])
        return {
            ok: false,
            message: `end marker appears ${ends.length} times (lines ${ends.map((l) => l.number).join(', ')})`,
            line: ends[1].number,
        };
    if (!b && !e)
        return {
            ok: false,
            message: `has no marker lines; add "${markers.begin}" and "${markers.end}" on lines of their own where the block belongs`,
            line: 1,
        };
    if (!b || !e) {
        const [missing, present] = b ? [markers.end, b] : [markers.begin, e];
        return { ok: false, message: `is missing the marker "${missing}"`, line: present.number };
    }
    if (e.number < b.number)
        return { ok: false, message: `end marker (line ${e.number}) comes before begin marker (line ${b.number})`, line: e.number };
    if (b.eol === '')
        return { ok: false, message: 'begin marker is the last line; the end marker must follow it', line: b.number };
    return { ok: true, block: { start: b.next, end: e.start, beginLine: b.number, endLine: e.number, eol: b.eol } };
};
/** The block's current content with line endings normalised to \n, for comparison and diffs. */
const blockText = (bytes, block) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(block.start, block.end).toString('utf8').replaceAll('\r\n', '\n');
/** Replace the block's content; `content` uses \n and is written with the file's own line ending. */
const replaceBlock = (bytes, block, content) => {
    const body = block.eol === '\r\n' ? content.replaceAll('\n', '\r\n') : content;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Buffer.concat([buf.subarray(0, block.start), Buffer.from(body, 'utf8'), buf.subarray(block.end)]);
};


/***/ }),

/***/ 85396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ renderBlock),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony exports DEFAULT_TEMPLATE, blockView */
/* harmony import */ var mustache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5030);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92426);
// Render the MODEL block from the manifest. Pure and deterministic: no clock, values escaped to inert text
// (the block steers coding agents, so a manifest string must never become markup, a marker or a mention).


const DEFAULT_TEMPLATE = `## ML Model - {{title}} [Keyword: MODEL]

| Property | Value |
|----------|-------|
| System ID | {{{system_id_code}}} |
| Production Model | {{{production_model_code}}} |
| Model File | {{{file_code}}} |
| Training | {{training_start}} to {{training_end}} |
{{#has_eval}}
| Evaluation | {{eval_start}} to {{eval_end}} |
{{/has_eval}}
| **Medium Quality (3+ edge)** | **{{hit_rate}} hit rate**{{#graded_n}} (n={{graded_n}}){{/graded_n}} |
| MAE | {{mae}} |
| SHA256 (prefix) | {{{sha_prefix_code}}} |
| Status | {{status_upper}}{{#since}} (since {{since}}){{/since}} |

**CRITICAL:** Use edge >= 3 filter. Lower edge predictions have worse performance.
{{#notes}}

**Notes:** {{notes}}
{{/notes}}

_Generated by model-governance from {{manifest_name}}. Edit the manifest, not this block._
`;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '@': '&#64;' };
/** Markdown- and HTML-inert text on one line. */
const inert = (value) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(String(value).replace(/\s+/g, ' '))
    .replace(/[&<>"@]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
const SAFE_CODE = /^[A-Za-z0-9._:/-]+$/;
/** A code span only for values that cannot break out of one; anything else is escaped text. */
const code = (value) => value == null || value === '' ? 'n/a' : SAFE_CODE.test(value) ? `\`${value}\`` : inert(value);
const fixed = (n, digits, suffix = '') => n == null ? 'n/a' : `${Number(n.toFixed(digits))}${suffix}`;
const blockView = (m, opts) => {
    const id = m.production_model;
    const e = id === null ? undefined : m.models[id];
    return {
        title: opts.title ?? m.family,
        system_id_code: code(m.family),
        production_model_code: code(id ?? 'none'),
        production_model: id ?? 'none',
        file_code: code(e?.file),
        training_start: e?.training_start_date ?? 'n/a',
        training_end: e?.training_end_date ?? 'n/a',
        has_eval: Boolean(e?.eval_start_date && e.eval_end_date),
        eval_start: e?.eval_start_date ?? '',
        eval_end: e?.eval_end_date ?? '',
        hit_rate: fixed(e?.metrics?.hit_rate_edge_3plus, 1, '%'),
        graded_n: e?.metrics?.graded_edge_3plus_n ?? null,
        mae: fixed(e?.metrics?.mae, 2),
        sha_prefix_code: code(e?.sha256.slice(0, 12)),
        status_upper: e ? e.status.toUpperCase() : 'NO PRODUCTION MODEL',
        since: e?.promoted_at ?? null,
        notes: e?.notes ?? null,
        manifest_name: opts.manifestName,
    };
};
/** Render the block; the result never contains a marker or an HTML comment opener outside escapes. */
const renderBlock = (m, markers, opts) => {
    const template = opts.template ?? DEFAULT_TEMPLATE;
    let out = mustache__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.render(template, blockView(m, opts), {}, { escape: inert });
    if (!out.endsWith('\n'))
        out += '\n';
    for (const marker of [markers.begin, markers.end])
        if (out.split('\n').some((l) => l.trim() === marker))
            throw new Error('the template renders a marker line');
    return out;
};


/***/ }),

/***/ 35112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bv: () => (/* binding */ blocks),
  FO: () => (/* binding */ exitCodeOf),
  WR: () => (/* binding */ runFamilies)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./manifest/local.js
var local = __webpack_require__(99247);
;// CONCATENATED MODULE: ./docs/file.js
// CLAUDE.md on the filesystem. Writes are atomic (temp file + rename) and refuse to overwrite a concurrent edit.




// Unique per process and write; the rename makes the write atomic, so the name needs no randomness.
let seq = 0;
const DOC_MAX_BYTES = 8 * 1024 * 1024;
const fsDocFile = (path) => ({
    name: path,
    async read() {
        try {
            if ((await (0,promises_.stat)(path)).size > DOC_MAX_BYTES)
                throw errors/* InputError */.dz.at(path, `is larger than ${DOC_MAX_BYTES / 1048576} MiB`);
            return await (0,promises_.readFile)(path);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw (0,local/* fsProblem */.X)(path, e);
        }
    },
    async write(bytes, previous) {
        const current = await (0,promises_.readFile)(path).catch((e) => {
            throw (0,local/* fsProblem */.X)(path, e);
        });
        if (!Buffer.from(current).equals(Buffer.from(previous)))
            throw errors/* InputError */.dz.at(path, 'changed while it was being updated; nothing written, run again');
        const { mode } = await (0,promises_.stat)(path);
        seq += 1;
        const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${seq}.tmp`);
        try {
            await (0,promises_.writeFile)(tmp, bytes, { mode });
            await (0,promises_.rename)(tmp, path);
        }
        catch (e) {
            await (0,promises_.unlink)(tmp).catch(() => { });
            throw (0,local/* fsProblem */.X)(path, e);
        }
    },
});

;// CONCATENATED MODULE: ./backends.js



const manifestSource = async (s) => {
    if (s.manifest.startsWith('gs://')) {
        const { gcsManifest } = await Promise.all(/* import() */[__webpack_require__.e(316), __webpack_require__.e(129), __webpack_require__.e(650), __webpack_require__.e(386), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 3779));
        return gcsManifest(s.manifest);
    }
    return (0,local/* localManifest */.h)(s.manifest);
};
const registryFor = async (s) => {
    const r = s.registry;
    if (r === undefined)
        return undefined;
    if (r.startsWith('duckdb:')) {
        const { duckdbRegistry } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 18375));
        return duckdbRegistry(r.slice('duckdb:'.length));
    }
    if (r.startsWith('bigquery:')) {
        const { bigqueryRegistry } = await Promise.all(/* import() */[__webpack_require__.e(316), __webpack_require__.e(129), __webpack_require__.e(650), __webpack_require__.e(851), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 48950));
        return bigqueryRegistry(r.slice('bigquery:'.length), { location: s.location, createTable: s.createTable });
    }
    throw errors/* InputError */.dz.at(s.origin, `registry "${r}" must start with duckdb: or bigquery:`);
};
const deploymentFor = async (s) => {
    const d = s.deployment;
    if (d === undefined)
        return undefined;
    if (!s.modelEnv)
        throw errors/* InputError */.dz.at(s.origin, 'a deployment needs model-env: the variable that names the served model file');
    if (d.startsWith('run:')) {
        const { cloudRunDeployment } = await Promise.all(/* import() */[__webpack_require__.e(316), __webpack_require__.e(31), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 6574));
        return cloudRunDeployment(d.slice('run:'.length));
    }
    const { serviceYamlDeployment } = await __webpack_require__.e(/* import() */ 105).then(__webpack_require__.bind(__webpack_require__, 91105));
    return serviceYamlDeployment(d);
};
/**
 * Model objects are checked when the manifest is on gs:// (Cloud Storage access is there already), or when
 * verify-artifacts is set explicitly; a local manifest alone (say, a fork PR's check) never needs GCS.
 */
const artifactsFor = async (s) => {
    if (s.verifyArtifacts === 'none' || !(s.manifest.startsWith('gs://') || s.verifyArtifactsExplicit))
        return undefined;
    const { gcsArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(316), __webpack_require__.e(129), __webpack_require__.e(650), __webpack_require__.e(386), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 7207));
    return gcsArtifacts();
};
const openSources = async (s, need) => {
    const [manifest, registry, deployment, artifacts] = await Promise.all([
        manifestSource(s),
        need.registry ? registryFor(s) : undefined,
        need.deployment ? deploymentFor(s) : undefined,
        need.artifacts ? artifactsFor(s) : undefined,
    ]);
    return {
        family: s.name ?? '',
        manifest,
        ...(registry ? { registry } : {}),
        ...(deployment ? { deployment } : {}),
        ...(need.doc ? { doc: fsDocFile(s.claudeMd) } : {}),
        ...(artifacts ? { artifacts } : {}),
    };
};

;// CONCATENATED MODULE: ./config/offline.js
// Offline runs (a PR check has no cloud credentials, and fork PRs never will): cloud sources are dropped
// with a notice instead of failing the run. Pure.

const offlineSettings = (s) => {
    if (s.manifest.startsWith('gs://'))
        throw errors/* InputError */.dz.at(s.origin, `offline: the manifest ${s.manifest} is in Cloud Storage; point manifest at the repository copy for PR checks`);
    const skipped = [];
    const skip = (what, address) => skipped.push({
        code: 'source.skipped',
        severity: 'notice',
        message: `offline: ${what} ${address} not read (needs Google Cloud credentials)`,
    });
    let { registry, deployment } = s;
    if (registry?.startsWith('bigquery:')) {
        skip('registry', registry);
        registry = undefined;
    }
    if (deployment?.startsWith('run:')) {
        skip('deployment', deployment);
        deployment = undefined;
    }
    return { settings: { ...s, registry, deployment, verifyArtifacts: 'none' }, skipped };
};

// EXTERNAL MODULE: ./filenames/fs.js
var fs = __webpack_require__(89882);
;// CONCATENATED MODULE: ./modes/index.js
// Each mode loads on demand, so a run pays start-up only for its own code (lint-filenames never parses
// the diff or template libraries).
const MODE_RUNNERS = {
    sync: async () => (await __webpack_require__.e(/* import() */ 144).then(__webpack_require__.bind(__webpack_require__, 53144))).sync,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(782)]).then(__webpack_require__.bind(__webpack_require__, 17782))).drift,
    duplicate: async () => (await __webpack_require__.e(/* import() */ 725).then(__webpack_require__.bind(__webpack_require__, 59725))).duplicate,
    'claude-md': async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 2171))).claudeMd,
    'lint-filenames': async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(461)]).then(__webpack_require__.bind(__webpack_require__, 19461))).lintFilenamesMode,
};
/** Which ports a mode reads, so nothing else is opened (or loaded). */
const NEEDS = {
    sync: { registry: true },
    drift: { registry: true, deployment: true, doc: true, artifacts: true },
    duplicate: { registry: true },
    'claude-md': { doc: true },
    'lint-filenames': {},
};

;// CONCATENATED MODULE: ./engine.js
// The one engine both front ends call: settings in, reports out.







const runFamilies = async (families, options, log, io = {}) => {
    const reports = [];
    for (const given of families) {
        const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
        const opened = await openSources(settings, NEEDS[options.mode]);
        try {
            const sources = io.adapt ? await io.adapt(opened, settings) : opened;
            const run = await MODE_RUNNERS[options.mode]();
            const report = await run({
                settings,
                options,
                sources,
                listFiles: io.listFiles ?? fs/* listFiles */.C,
                readTemplate: (p) => (0,promises_.readFile)(p, 'utf8').catch((e) => Promise.reject((0,local/* fsProblem */.X)(p, e, 'template'))),
                log,
            });
            reports.push(skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report);
        }
        finally {
            await opened.registry?.close?.();
        }
    }
    return reports;
};
/** Whether a finding fails the run at this fail-on level. */
const blocks = (f, failOn) => failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';
const exitCodeOf = (reports, failOn) => reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? errors/* EXIT */.dc.findings : errors/* EXIT */.dc.clean;


/***/ }),

/***/ 78645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92426);
// Typed failures. Only the entry points turn these into exit codes.

const formatProblem = (p) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
    return (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`);
};
/** Bad input or usage: exit 2, nothing written. */
class InputError extends Error {
    problems;
    name = 'InputError';
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
    }
    static at(file, message, where = {}) {
        return new InputError([{ file, message, ...where }]);
    }
}
/** A service failed after its retries: exit 3. */
class ServiceError extends Error {
    service;
    operation;
    name = 'ServiceError';
    constructor(service, operation, detail, options) {
        super(`${service} ${operation} failed: ${detail}`, options);
        this.service = service;
        this.operation = operation;
    }
}
const EXIT = { clean: 0, findings: 1, input: 2, service: 3 };
const exitCodeFor = (error) => error instanceof InputError ? EXIT.input : error instanceof ServiceError ? EXIT.service : EXIT.service;
const messageOf = (error) => error instanceof Error ? error.message : typeof error === 'string' ? error : `unexpected failure: ${String(error)}`;


/***/ }),

/***/ 89882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Filesystem listing for filename globs (adapter: the lint itself stays pure).


const listFiles = async (globs) => {
    const seen = new Set();
    for (const g of globs)
        for await (const p of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(g))
            seen.add(p);
    return [...seen].sort().map((p) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p), location: { file: p } }));
};


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ parseName),
/* harmony export */   Do: () => (/* binding */ DEFAULT_PATTERN),
/* harmony export */   Eb: () => (/* binding */ compilePattern)
/* harmony export */ });
/* unused harmony export formatName */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
// The model filename convention. Pure: parse and format, with the window the name encodes.

const DEFAULT_PATTERN = '^(?<family>[a-z0-9]+(?:_[a-z0-9]+)*?)_(?<features>\\d+)f_train(?<start>\\d{8})-(?<end>\\d{8})_(?<created>\\d{8}[T_]\\d{6})\\.cbm$';
/** Compile a user pattern; it must name the groups `start` and `end`. */
const compilePattern = (source) => {
    const re = new RegExp(source, 'u');
    const probe = new RegExp(`${source}|`, 'u').exec('');
    const groups = Object.keys(probe?.groups ?? {});
    for (const g of ['start', 'end'])
        if (!groups.includes(g))
            throw new Error(`pattern must have a named group (?<${g}>…)`);
    return re;
};
const isoDate = (compact) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
const parseName = (pattern, filename) => {
    const m = pattern.exec(filename);
    if (!m?.groups)
        return { ok: false, reason: 'does not match the naming convention' };
    const g = m.groups;
    const start = isoDate(g.start ?? '');
    const end = isoDate(g.end ?? '');
    for (const [label, d] of [
        ['start', start],
        ['end', end],
    ])
        if (!(0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(d))
            return { ok: false, reason: `encodes a training ${label} ${d} that is not a real date` };
    if (g.created !== undefined) {
        const c = g.created.replace('_', 'T');
        if (!(0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(isoDate(c.slice(0, 8))) || !/T([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(c))
            return { ok: false, reason: `encodes a creation time ${g.created} that is not a real time` };
    }
    if (start > end)
        return { ok: false, reason: `encodes a training window that ends (${end}) before it starts (${start})` };
    return {
        ok: true,
        name: {
            start,
            end,
            ...(g.family === undefined ? {} : { family: g.family }),
            ...(g.features === undefined ? {} : { features: Number(g.features) }),
            ...(g.created === undefined ? {} : { created: g.created }),
        },
    };
};
const compact = (iso) => iso.replaceAll('-', '');
const formatName = (p) => {
    const c = p.createdAt.toISOString();
    const stamp = `${compact(c.slice(0, 10))}T${c.slice(11, 19).replaceAll(':', '')}`;
    return `${p.family}_${p.features}f_train${compact(p.start)}-${compact(p.end)}_${stamp}.cbm`;
};


/***/ }),

/***/ 76328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   Pm: () => (/* binding */ emitWorkflowAnnotations),
/* harmony export */   oq: () => (/* binding */ inBatches),
/* harmony export */   ro: () => (/* binding */ annotationKey)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS_PER_REQUEST, annotationOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22825);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92426);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4550);
// Findings as annotations: check-run annotations (batched, GitHub takes 50 per request), or, when the token cannot
// write check runs, workflow commands (`::error file=…,line=…,col=…::`) that the runner turns into annotations.




const MAX_ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
const show = (v) => (v === null ? 'NULL' : typeof v === 'string' ? v : JSON.stringify(v));
const details = (f) => f.expected === undefined && f.actual === undefined
    ? undefined
    : [
        f.expected === undefined ? '' : `expected (manifest): ${show(f.expected)}`,
        f.actual === undefined ? '' : `actual: ${show(f.actual)}`,
    ]
        .filter(Boolean)
        .join('\n')
        .slice(0, 60_000);
// Reports reach the reporters relativized (main.ts): a relative location is already a repository path.
const pathOf = (file, root) => {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file))
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPath */ .qN)(file, root);
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(file.replaceAll('\\', '/'));
    return /^[a-z][a-z0-9+.-]+:/i.test(p) || p.startsWith('../') || p === '..' ? undefined : p;
};
/** The annotation for a finding, or undefined when it has no position in a file of this repository. */
const annotationOf = (f, root) => {
    const path = f.location && pathOf(f.location.file, root);
    if (!path || !f.location)
        return undefined;
    const line = f.location.line ?? 1;
    const raw = details(f);
    return {
        path,
        start_line: line,
        end_line: line,
        // GitHub accepts columns only on single-line annotations, which these are.
        ...(f.location.column === undefined ? {} : { start_column: f.location.column, end_column: f.location.column }),
        annotation_level: LEVEL[f.severity],
        message: (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(f.message).slice(0, 60_000),
        title: f.code,
        ...(raw ? { raw_details: raw } : {}),
    };
};
const annotationsOf = (reports, root) => reports.flatMap((r) => r.findings.map((f) => annotationOf(f, root)).filter((a) => a !== undefined));
/** Identity of an annotation, to tell which ones a check run already carries. */
const annotationKey = (a) => JSON.stringify([a.path, a.start_line, a.start_column ?? null, a.annotation_level, a.title ?? null, a.message]);
const inBatches = (items, size = MAX_ANNOTATIONS_PER_REQUEST) => {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
};
/** Report every finding as a workflow command; the runner attaches those with a file to it. Returns how many. */
const emitWorkflowAnnotations = (reports, root) => {
    let n = 0;
    for (const r of reports)
        for (const f of r.findings) {
            const a = annotationOf(f, root);
            const props = {
                title: `${r.mode}: ${f.code}`,
                ...(a ? { file: a.path, startLine: a.start_line, ...(a.start_column ? { startColumn: a.start_column } : {}) } : {}),
            };
            const emit = f.severity === 'error' ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3 : f.severity === 'warning' ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e : _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm;
            emit((0,_util_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(f.message), props);
            n++;
        }
    return n;
};


/***/ }),

/***/ 4550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   wr: () => (/* binding */ relativize)
/* harmony export */ });
/* unused harmony export workspaceRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Config paths are relative to the working directory; GitHub wants paths relative to the repository root.

/** The repository root: the runner's checkout, else the working directory. */
const workspaceRoot = () => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
/** `file` as a repository path (posix separators), or undefined when it is remote (gs://, run:…) or outside the checkout. */
const repoPath = (file, root = workspaceRoot()) => {
    if (/^[a-z][a-z0-9+.-]+:/i.test(file))
        return undefined;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), file));
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return undefined;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
};
/** Show files under the checkout by their repository path (a config may name them absolutely). */
const relativize = (r, root = workspaceRoot()) => {
    const prefix = `${root}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`;
    const strip = (s) => s.replaceAll(prefix, '');
    return {
        ...r,
        summary: strip(r.summary),
        findings: r.findings.map((f) => ({
            ...f,
            message: strip(f.message),
            ...(f.location ? { location: { ...f.location, file: repoPath(f.location.file, root) ?? f.location.file } } : {}),
        })),
        ...(r.detail === undefined ? {} : { detail: strip(r.detail) }),
    };
};


/***/ }),

/***/ 24778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(22825);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
;// CONCATENATED MODULE: ./action/inputs.js
// Action inputs → the same typed settings and options the CLI builds. Conflicts are rejected here, up front.



const REPORTERS = ['checks', 'comment', 'summary', 'pr', 'issue'];
/** Reporters that write to GitHub and so need the token. */
const GITHUB_REPORTERS = ['checks', 'comment', 'pr', 'issue'];
const optional = (name) => core/* getInput */.V4(name) || undefined;
// The runner always passes action.yml's default, so an empty value only happens outside a runner: use the default.
// Anything else must be a YAML 1.2 boolean, so a typo such as `ture` is an error rather than false.
const bool = (name, fallback) => {
    if (core/* getInput */.V4(name) === '')
        return fallback;
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw errors/* InputError */.dz.at(`input ${name}`, `"${core/* getInput */.V4(name)}" is not a boolean (true | false)`);
    }
};
const list = (name, allowed, fallback) => {
    const raw = core/* getInput */.V4(name);
    if (!raw)
        return fallback;
    const items = raw.split(/[,\s]+/).filter(Boolean);
    const bad = items.filter((i) => !allowed.includes(i));
    if (bad.length)
        throw errors/* InputError */.dz.at(`input ${name}`, `unknown value ${bad.map((b) => `"${b}"`).join(', ')}; expected ${allowed.join(' | ')}`);
    return [...new Set(items)];
};
const readInputs = () => {
    const failOn = core/* getInput */.V4('fail-on') || 'error';
    if (!['error', 'warning', 'never'].includes(failOn))
        throw errors/* InputError */.dz.at('input fail-on', `"${failOn}" is not error | warning | never`);
    const modes = list('mode', types/* MODES */.FN, []);
    if (modes.length === 0)
        throw errors/* InputError */.dz.at('input mode', `is required: ${types/* MODES */.FN.join(' | ')} (or a comma list)`);
    const reporters = list('report', REPORTERS, ['summary']);
    const token = core/* getInput */.V4('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    const inputs = {
        modes,
        config: optional('config'),
        family: optional('family'),
        overrides: {
            manifest: optional('manifest'),
            registry: optional('registry'),
            location: optional('location'),
            deployment: optional('deployment'),
            'model-env': optional('model-env'),
            'claude-md': optional('claude-md'),
        },
        dryRun: bool('dry-run', false),
        prune: bool('prune', false),
        force: bool('force', false),
        claudeMd: claudeMdAction(reporters),
        trainStart: optional('train-start'),
        trainEnd: optional('train-end'),
        reporters,
        failOn: failOn,
        offline: bool('offline', false),
        token,
    };
    rejectConflicts(inputs);
    return inputs;
};
// `check` defaults to the opposite of `report: pr`; saying both `check: true` and `pr` asks for two different things.
const claudeMdAction = (reporters) => {
    const pr = reporters.includes('pr');
    const check = bool('check', !pr);
    if (check && pr)
        throw errors/* InputError */.dz.at('input check', 'is true but report includes pr; set check: false to refresh CLAUDE.md through a PR');
    if (!check && !pr)
        throw errors/* InputError */.dz.at('input check', 'is false but report lacks pr; the action never rewrites CLAUDE.md in the workspace, add pr to report');
    return pr ? 'pr' : 'check';
};
const rejectConflicts = (i) => {
    if (i.reporters.includes('pr') && !i.modes.includes('claude-md'))
        throw errors/* InputError */.dz.at('input report', 'includes pr, which refreshes CLAUDE.md: add claude-md to mode');
    if (i.reporters.includes('issue') && !i.modes.includes('drift'))
        throw errors/* InputError */.dz.at('input report', 'includes issue, which tracks drift: add drift to mode');
    if (!i.token && i.reporters.some((r) => GITHUB_REPORTERS.includes(r)))
        throw errors/* InputError */.dz.at('input github-token', `is empty, but report includes ${i.reporters.filter((r) => GITHUB_REPORTERS.includes(r)).join(', ')}`);
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./util/yaml-source.js
var yaml_source = __webpack_require__(52094);
// EXTERNAL MODULE: ./config/schema.js
var schema = __webpack_require__(80492);
// EXTERNAL MODULE: ./docs/markers.js
var markers = __webpack_require__(81209);
// EXTERNAL MODULE: ./filenames/grammar.js
var grammar = __webpack_require__(4516);
;// CONCATENATED MODULE: ./config/settings.js
// One typed settings object for both front ends (CLI flags and action inputs) per model family.


const familySettings = (c, origin) => ({
    origin,
    name: c.name,
    manifest: c.manifest,
    registry: c.registry,
    location: c.location,
    createTable: c['create-table'] ?? false,
    deployment: c.deployment,
    modelEnv: c['model-env'],
    verifyArtifacts: c['verify-artifacts'] ?? 'production',
    verifyArtifactsExplicit: c['verify-artifacts'] !== undefined,
    claudeMd: c['claude-md'] ?? 'CLAUDE.md',
    claudeMdExplicit: c['claude-md'] !== undefined,
    markers: c.markers ?? markers/* DEFAULT_MARKERS */.g6,
    template: c.template,
    title: c.title,
    filenames: {
        pattern: c.filenames?.pattern ?? grammar/* DEFAULT_PATTERN */.Do,
        globs: c.filenames?.globs ?? [],
        legacy: c.filenames?.legacy ?? [],
    },
});

;// CONCATENATED MODULE: ./config/load.js
// Load the config file and merge front-end overrides into per-family settings.





const exists = (p) => (0,promises_.access)(p).then(() => true, () => false);
const loadConfigFile = async (path) => {
    const src = await (0,yaml_source/* readYamlFile */.kv)(path);
    const r = schema/* ConfigSchema */.Sk.safeParse(src.value ?? {});
    if (!r.success) {
        // A union reports its branches' issues; the most specific one is the deepest.
        const issues = r.error.issues.flatMap((i) => ('errors' in i && Array.isArray(i.errors) ? i.errors.flat() : [i]));
        throw new errors/* InputError */.dz(issues.slice(0, 10).map((i) => {
            const path = i.path.filter((p) => typeof p !== 'symbol');
            return {
                ...src.locate(path),
                path: `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`,
                message: i.message,
            };
        }));
    }
    return 'families' in r.data ? r.data.families : [r.data];
};
/**
 * Settings for each selected family. With no config file, the overrides alone must name a manifest.
 * Flags override the file; with several families, source flags need --family to say which.
 */
const resolveSettings = async (opts) => {
    const path = opts.configPath ?? schema/* DEFAULT_CONFIG_PATH */.Bi;
    const fromFile = opts.configPath !== undefined || (await exists(path)) ? await loadConfigFile(path) : [];
    let families = fromFile;
    if (opts.family !== undefined) {
        families = fromFile.filter((f) => f.name === opts.family);
        if (families.length === 0 && fromFile.length > 0)
            throw errors/* InputError */.dz.at(path, `has no family named "${opts.family}"`);
    }
    const overrides = defined(opts.overrides);
    if (families.length === 0) {
        if (!overrides.manifest)
            throw errors/* InputError */.dz.at(path, 'no config file and no --manifest: nothing to check');
        return [familySettings({ ...(opts.family ? { name: opts.family } : {}), ...overrides }, 'arguments')];
    }
    if (families.length > 1 && Object.keys(overrides).length > 0)
        throw errors/* InputError */.dz.at(path, `lists ${families.length} families; name one with --family to override its settings`);
    return families.map((f) => familySettings(merge(f, overrides), path));
};
const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
// Flags replace single values; filename rules merge key by key so --glob keeps the file's legacy list.
const merge = (f, o) => ({
    ...f,
    ...o,
    ...(o.filenames ? { filenames: { ...f.filenames, ...defined(o.filenames) } } : {}),
});

// EXTERNAL MODULE: ./engine.js + 4 modules
var engine = __webpack_require__(35112);
// EXTERNAL MODULE: ./github/annotations.js
var annotations = __webpack_require__(76328);
// EXTERNAL MODULE: ./github/paths.js
var paths = __webpack_require__(4550);
;// CONCATENATED MODULE: ./report/json.js
const toContract = (r) => ({
    mode: r.mode,
    family: r.family,
    ok: r.ok,
    summary: r.summary,
    findings: r.findings,
    plan: r.plan ?? null,
});
const renderJson = (reports) => `${JSON.stringify(reports.length === 1 ? toContract(reports[0]) : reports.map(toContract), null, 2)}\n`;

// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(68186);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
;// CONCATENATED MODULE: ./main.js
// The action front end: inputs → engine → reporters. The only place that fails the run.










const usesGitHub = (i) => i.reporters.some((r) => GITHUB_REPORTERS.includes(r));
const run = async () => {
    const reports = [];
    const notes = [];
    try {
        const inputs = readInputs();
        const families = await resolveSettings({ configPath: inputs.config, family: inputs.family, overrides: inputs.overrides });
        // Loaded only when used, so an offline run never parses Octokit.
        const session = usesGitHub(inputs) ? (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 50197))).openSession(inputs) : undefined;
        const log = (l) => core/* info */.pq(l);
        for (const mode of inputs.modes) {
            const options = {
                mode,
                dryRun: inputs.dryRun,
                prune: inputs.prune,
                force: inputs.force,
                trainStart: inputs.trainStart,
                trainEnd: inputs.trainEnd,
                claudeMdAction: 'check',
                failOn: inputs.failOn,
                offline: inputs.offline,
            };
            const r = session ? await session.runMode(families, options, log) : await (0,engine/* runFamilies */.WR)(families, options, log);
            reports.push(...r.map((x) => (0,paths/* relativize */.wr)(x)));
        }
        for (const r of reports)
            core/* info */.pq(`${r.mode} · ${r.family}: ${r.summary}`);
        const published = session ? await session.publish(reports) : undefined;
        notes.push(...(published?.notes ?? []));
        if (!published?.annotated)
            (0,annotations/* emitWorkflowAnnotations */.Pm)(reports);
        setOutputs(reports, published?.outputs ?? {});
        const failures = published?.failures ?? [];
        const problems = [
            ...(failures.length ? [`reporting to GitHub failed: ${failures.map(errors/* messageOf */.bD).join('; ')}`] : []),
            ...((0,engine/* exitCodeOf */.FO)(reports, inputs.failOn) === errors/* EXIT */.dc.clean ? [] : [failing(reports, inputs.failOn)]),
        ];
        // A service failure outranks findings: the findings may be incomplete.
        if (problems.length)
            fail(failures.length ? errors/* EXIT */.dc.service : errors/* EXIT */.dc.findings, problems.join('; '));
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            for (const p of e.problems)
                core/* error */.z3((0,printable/* printable */.g)(p.message), { file: p.file, startLine: p.line, startColumn: p.column });
        fail((0,errors/* exitCodeFor */.Rr)(e), (0,errors/* messageOf */.bD)(e));
    }
    finally {
        await writeSummary(reports, notes);
    }
};
const failing = (reports, failOn) => {
    const n = reports.filter((r) => r.findings.some((f) => (0,engine/* blocks */.Bv)(f, failOn))).length;
    return `${n} ${n === 1 ? 'report has' : 'reports have'} findings that fail the run (fail-on: ${failOn})`;
};
const fail = (code, message) => {
    core/* setFailed */.C1(message);
    process.exitCode = code;
};
const setOutputs = (reports, extra) => {
    const findings = reports.flatMap((r) => r.findings);
    core/* setOutput */.uH('ok', String(reports.every((r) => r.ok)));
    core/* setOutput */.uH('findings', renderJson(reports).trim());
    core/* setOutput */.uH('error-count', String(findings.filter((f) => f.severity === 'error').length));
    const plan = reports.find((r) => r.plan)?.plan;
    if (plan)
        core/* setOutput */.uH('plan', JSON.stringify(plan));
    for (const [name, value] of Object.entries(extra))
        core/* setOutput */.uH(name, value);
};
// The summary is written whatever else failed, so a failed run still explains itself.
const writeSummary = async (reports, notes) => {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        const body = reports.length ? (0,printable/* printable */.g)((0,markdown/* renderMarkdown */.Gc)(reports)) : '_No report: see the error above._\n';
        const list = notes.length ? `${notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
        await core/* summary */.z.addRaw(`## model-governance\n\n${list}${body}`).write();
    }
    catch (e) {
        core/* warning */.$e(`could not write the job summary: ${(0,errors/* messageOf */.bD)(e)}`);
    }
};


/***/ }),

/***/ 87812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U1: () => (/* binding */ jsonPath),
/* harmony export */   X0: () => (/* binding */ parseJsonSource),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, lineColumn */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _humanwhocodes_momoa__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93550);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92426);
// Strict JSON with source positions: every key keeps its line:column, duplicate keys are errors.




const MAX_DEPTH = 64;
const jsonPath = (path) => `$${path
    .map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${(0,_util_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(JSON.stringify(s))}]`))
    .join('')}`;
/** Decode bytes as UTF-8 (BOM dropped), or fail naming the first bad byte's line:column. */
const decodeUtf8 = (file, bytes) => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = text.indexOf('\uFFFD');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz([{ file, ...lineColumn(text, Math.max(bad, 0)), message: 'is not valid UTF-8' }]);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
const lineColumn = (text, offset) => {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
};
// The parser recurses; refuse a nesting bomb before it can exhaust the stack.
const checkDepth = (file, text) => {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > MAX_DEPTH)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz([{ file, ...lineColumn(text, i), message: `nesting deeper than ${MAX_DEPTH} levels` }]);
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
};
const parseJsonSource = (file, text) => {
    if (text.trim() === '')
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(file, 'is empty; expected a JSON object', { line: 1, column: 1 });
    checkDepth(file, text);
    let root;
    try {
        root = (0,_humanwhocodes_momoa__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { mode: 'json' }).body;
    }
    catch (e) {
        const err = e;
        const message = err.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(file, `invalid JSON: ${message}`, { line: err.line ?? 1, column: err.column ?? 1 });
    }
    const problems = [];
    const value = toValue(file, root, [], problems);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problems);
    return { value, locate: (path, key = false) => locate(file, root, path, key) };
};
const toValue = (file, node, path, problems) => {
    switch (node.type) {
        case 'Object': {
            const out = {};
            const seen = new Map();
            for (const m of node.members) {
                const key = m.name.type === 'String' ? m.name.value : m.name.name;
                const at = { file, line: m.name.loc.start.line, column: m.name.loc.start.column };
                const here = jsonPath([...path, key]);
                const first = seen.get(key);
                if (first)
                    problems.push({ ...at, path: here, message: `duplicate key (first at ${first.line}:${first.column})` });
                else if (key === '__proto__')
                    problems.push({ ...at, path: here, message: 'reserved key "__proto__"' });
                else {
                    seen.set(key, at);
                    out[key] = toValue(file, m.value, [...path, key], problems);
                }
            }
            return out;
        }
        case 'Array':
            return node.elements.map((e, i) => toValue(file, e.value, [...path, i], problems));
        case 'String':
        case 'Number':
        case 'Boolean':
            return node.value;
        case 'Null':
            return null;
        default:
            problems.push({
                file,
                line: node.loc.start.line,
                column: node.loc.start.column,
                path: jsonPath(path),
                message: `unexpected ${node.type}`,
            });
            return null;
    }
};
const memberIndex = new WeakMap();
const membersOf = (node) => {
    let index = memberIndex.get(node);
    if (!index) {
        index = new Map();
        for (const m of node.members) {
            const k = m.name.type === 'String' ? m.name.value : m.name.name;
            if (!index.has(k))
                index.set(k, m);
        }
        memberIndex.set(node, index);
    }
    return index;
};
const locate = (file, root, path, key) => {
    let node = root;
    let keyNode;
    for (const seg of path) {
        let next;
        if (node.type === 'Object' && typeof seg === 'string') {
            const m = membersOf(node).get(seg);
            keyNode = m?.name;
            next = m?.value;
        }
        else if (node.type === 'Array' && typeof seg === 'number') {
            keyNode = undefined;
            next = node.elements[seg]?.value;
        }
        if (!next) {
            keyNode = undefined;
            break;
        }
        node = next;
    }
    const at = key && keyNode ? keyNode : node;
    return { file, line: at.loc.start.line, column: at.loc.start.column };
};


/***/ }),

/***/ 99247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ fsProblem),
/* harmony export */   h: () => (/* binding */ localManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40347);
// Manifest from a local file.



const fsProblem = (file, e, what = 'file') => {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
        return e;
    const code = e.code;
    const reason = code === 'ENOENT'
        ? `${what} not found`
        : code === 'EACCES'
            ? `${what} is not readable (permission denied)`
            : code === 'EISDIR'
                ? 'is a directory'
                : e.message;
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, reason);
};
const localManifest = (path) => ({
    name: path,
    async load() {
        try {
            // Refuse a huge file before reading it.
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .checkManifestSize */ .vs)(path, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size);
            return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path) };
        }
        catch (e) {
            throw fsProblem(path, e, 'manifest');
        }
    },
});


/***/ }),

/***/ 40347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   vs: () => (/* binding */ checkManifestSize)
/* harmony export */ });
/* unused harmony export MANIFEST_MAX_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92426);
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87812);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54823);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8185);





const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
const checkManifestSize = (file, size) => {
    if (size > MANIFEST_MAX_BYTES)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, `is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MANIFEST_MAX_BYTES / 1048576} MiB`);
};
const parseManifest = (file, bytes) => {
    checkManifestSize(file, bytes.byteLength);
    const source = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonSource */ .X0)(file, (0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(file, bytes));
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL.safeParse(source.value);
    if (!result.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(result.error.issues.map((i) => toProblem(file, source, i)));
    const manifest = result.data;
    const problems = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRules */ .M)(manifest).map(({ path, message }) => ({ ...source.locate(path), path: (0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPath */ .U1)(path), message }));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return { file, manifest, source, notices: unknownFields(manifest, source) };
};
const describe = (value) => {
    const s = JSON.stringify(value);
    return s === undefined ? 'nothing' : (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};
const toProblem = (file, source, issue) => {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    const value = valueAt(source.value, path);
    const missing = value === undefined && issue.code === 'invalid_type';
    // A bad record key: say what is wrong with the key itself, not with its value.
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    const message = missing
        ? 'is required'
        : inner
            ? `model id ${inner.message}`
            : `${issue.message.replace(/^Invalid input: /, '')} (got ${describe(value)})`;
    return { ...source.locate(path, issue.code === 'invalid_key'), path: (0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPath */ .U1)(path), message, file };
};
const valueAt = (root, path) => path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), root);
const unknownFields = (m, source) => {
    const out = [];
    const report = (obj, known, path, model_id) => {
        for (const key of Object.keys(obj)) {
            if (known.includes(key))
                continue;
            out.push({
                code: 'manifest.unknown-field',
                severity: 'notice',
                message: `${(0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPath */ .U1)([...path, key])} is not part of schema v1; it is kept as is`,
                field: key,
                ...(model_id === undefined ? {} : { model_id }),
                location: source.locate([...path, key], true),
            });
        }
    };
    report(m, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B.manifest, []);
    for (const [id, model] of Object.entries(m.models)) {
        report(model, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B.model, ['models', id], id);
        if (model.metrics)
            report(model.metrics, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B.metrics, ['models', id, 'metrics'], id);
    }
    return out;
};


/***/ }),

/***/ 54823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ checkRules),
/* harmony export */   P: () => (/* binding */ basename)
/* harmony export */ });
const basename = (gcsPath) => gcsPath.slice(gcsPath.lastIndexOf('/') + 1);
const checkRules = (m) => {
    const out = [];
    const prod = m.production_model;
    if (prod !== null && !Object.hasOwn(m.models, prod))
        out.push({ path: ['production_model'], message: `names "${prod}", which is not in models` });
    for (const [id, e] of Object.entries(m.models)) {
        const at = (...p) => ['models', id, ...p];
        if (id === prod && e.status !== 'production')
            out.push({ path: at('status'), message: `is "${e.status}" but production_model names this model; expected "production"` });
        if (id !== prod && e.status === 'production')
            out.push({
                path: at('status'),
                message: prod === null ? 'is "production" but production_model is null' : `is "production" but production_model is "${prod}"`,
            });
        if (e.training_start_date > e.training_end_date)
            out.push({ path: at('training_start_date'), message: `${e.training_start_date} is after training_end_date ${e.training_end_date}` });
        if (e.eval_start_date && e.eval_end_date && e.eval_start_date > e.eval_end_date)
            out.push({ path: at('eval_start_date'), message: `${e.eval_start_date} is after eval_end_date ${e.eval_end_date}` });
        if (e.eval_start_date && e.eval_start_date <= e.training_end_date)
            out.push({
                path: at('eval_start_date'),
                message: `${e.eval_start_date} is not after training_end_date ${e.training_end_date}: evaluation overlaps training (leakage)`,
            });
        const base = basename(e.gcs_path);
        if (e.file !== base || base === '.' || base === '..')
            out.push({ path: at('file'), message: `"${e.file}" is not the basename of gcs_path ("${base}")` });
    }
    return out;
};


/***/ }),

/***/ 8185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/* unused harmony exports STATUSES, MetricsSchema, ModelSchema, MODEL_ID_MAX */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17197);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
// The manifest schema, v1. zod is the single source: types, validation and the published JSON Schema.
// zod/mini: the same validator and messages, but tree-shakable, so start-up parses a fraction of the code.


const STATUSES = ['production', 'candidate', 'untested', 'deprecated'];
/** True when `YYYY-MM-DD` names a day that exists (rejects 2026-02-30). */
const isCalendarDate = (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
};
// Control characters, bidi overrides and lone surrogates make text that renders differently from what it is.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const safeText = (max, multiline = false, min = 0) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(...(min > 0 ? [zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(min)] : []), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(max, { message: `must be at most ${max} characters` }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => s.isWellFormed(), { message: 'contains a lone surrogate (not valid Unicode)' }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => !UNSAFE_TEXT.test(s) && (multiline || !/[\r\n\t]/.test(s)), {
    message: multiline ? 'contains a control or bidi-override character' : 'contains a control character, newline or bidi override',
}));
const date = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' }));
const opt = (t) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(t);
const MetricsSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    hit_rate_edge_3plus: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(100))),
    mae: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
    graded_edge_3plus_n: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
const ModelSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: safeText(255, false, 1),
    gcs_path: safeText(1024).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]\/.+/, { message: 'must be gs://BUCKET/OBJECT' })),
    model_version: opt(safeText(128)),
    feature_count: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gt */ .Tx(0))),
    training_start_date: date,
    training_end_date: date,
    eval_start_date: opt(date),
    eval_end_date: opt(date),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(STATUSES),
    sha256: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex characters' })),
    metrics: opt(MetricsSchema),
    created_at: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone' }),
    promoted_at: opt(date),
    notes: opt(safeText(10_000, true)),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
const MODEL_ID_MAX = 1024;
const ManifestSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema_version: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    family: safeText(128, false, 1),
    production_model: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    models: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(safeText(MODEL_ID_MAX, false, 1), ModelSchema),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
/** Keys the schema knows, so unknown ones can be reported (kept, never dropped). */
const KNOWN_KEYS = {
    manifest: Object.keys(ManifestSchema.shape),
    model: Object.keys(ModelSchema.shape),
    metrics: Object.keys(MetricsSchema.shape),
};


/***/ }),

/***/ 81704:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46416);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39376);
// zod/mini ships without messages; load the English ones once, before any schema is used.

zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A());


/***/ }),

/***/ 68186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   WK: () => (/* binding */ fitSections),
/* harmony export */   iZ: () => (/* binding */ reportSection),
/* harmony export */   r$: () => (/* binding */ compactSection)
/* harmony export */ });
/* unused harmony exports findingsTable, planTable */
/* harmony import */ var _docs_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85396);
// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (v) => (v === undefined ? '' : v === null ? 'NULL' : (0,_docs_render_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(typeof v === 'string' ? v : JSON.stringify(v)));
const where = (f) => f.location ? (0,_docs_render_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(`${f.location.file}${f.location.line === undefined ? '' : `:${f.location.line}:${f.location.column ?? 1}`}`) : '';
const findingsTable = (findings) => findings.length === 0
    ? '_No findings._\n'
    : `${[
        '| | Finding | Where | Expected (manifest) | Actual |',
        '|---|---|---|---|---|',
        ...findings.map((f) => `| ${ICON[f.severity]} | ${cell(f.message)} \`${f.code}\` | ${where(f)} | ${cell(f.expected)} | ${cell(f.actual)} |`),
    ].join('\n')}\n`;
const planTable = (p) => `${[
    `| Action | Model | Changes |`,
    '|---|---|---|',
    ...p.insert.map((r) => `| insert | ${cell(r.model_id)} | |`),
    ...p.update.map((u) => `| update | ${cell(u.row.model_id)} | ${u.changes.map((c) => `${cell(c.field)}: ${cell(c.old)} → ${cell(c.new)}`).join('<br>')} |`),
    ...p.extra.map((r) => `| ${p.delete.includes(r.model_id) ? 'delete' : 'extra (kept)'} | ${cell(r.model_id)} | |`),
    `| unchanged | ${p.unchanged.length} model(s) | |`,
].join('\n')}\n`;
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** "2 errors, 1 warning, 0 notices" for a list of findings. */
const countLine = (findings) => ['error', 'warning', 'notice'].map((s) => plural(findings.filter((f) => f.severity === s).length, s)).join(', ');
const sectionHead = (r) => `### ${r.ok ? '✅' : '❌'} ${r.mode} · ${cell(r.family)}`;
const table = (r, o) => o.collapseOver !== undefined && r.findings.length > o.collapseOver
    ? `<details><summary>${countLine(r.findings)}</summary>\n\n${findingsTable(r.findings)}\n</details>\n`
    : findingsTable(r.findings);
/** A section without its tables: what is left when the full one does not fit. */
const compactSection = (r, more) => [sectionHead(r), '', cell(r.summary), '', `${countLine(r.findings)}. ${more}`, ''].join('\n');
const reportSection = (r, o = {}) => [
    sectionHead(r),
    '',
    cell(r.summary),
    '',
    table(r, o),
    ...(r.plan ? [planTable(r.plan)] : []),
    ...(r.detail
        ? [
            '<details><summary>Details</summary>',
            '',
            '```diff',
            r.detail.replaceAll('```', '`\u200b``').replace(/\n$/, ''),
            '```',
            '',
            '</details>',
            '',
        ]
        : []),
].join('\n');
const renderMarkdown = (reports) => `${reports.map((r) => reportSection(r)).join('\n')}`;
/**
 * Join head, sections and tail within `limit` characters (GitHub counts UTF-16 units at most as we do). The largest
 * sections fall back to their compact form first, then trailing sections are dropped with a note, and a last resort
 * cuts the text. The head comes first and is kept, so a marker at its start survives every form.
 */
const fitSections = (head, sections, tail, limit, omitted) => {
    const parts = sections.map((s) => s.full);
    const join = (ps) => [head, ...ps, tail].join('\n');
    if (join(parts).length <= limit)
        return join(parts);
    const bySize = [...parts.keys()].sort((a, b) => (parts[b]?.length ?? 0) - (parts[a]?.length ?? 0));
    for (const i of bySize) {
        parts[i] = sections[i]?.compact ?? '';
        if (join(parts).length <= limit)
            return join(parts);
    }
    for (let keep = parts.length - 1; keep >= 0; keep--) {
        const text = join([...parts.slice(0, keep), omitted(parts.length - keep)]);
        if (text.length <= limit)
            return text;
    }
    const note = `\n\n${omitted(parts.length)}`;
    return `${head.slice(0, Math.max(0, limit - note.length))}${note}`.slice(0, limit);
};


/***/ }),

/***/ 22074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Tr: () => (/* binding */ countBy),
/* harmony export */   dO: () => (/* binding */ makeReport)
/* harmony export */ });
const MODES = ['sync', 'drift', 'duplicate', 'claude-md', 'lint-filenames'];
const rank = { error: 0, warning: 1, notice: 2 };
/** Deterministic order so the same inputs always render the same bytes. */
const sortFindings = (findings) => [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] ||
    cmp(a.location?.file, b.location?.file) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    cmp(a.model_id, b.model_id) ||
    cmp(a.code, b.code) ||
    cmp(a.field, b.field) ||
    cmp(a.message, b.message));
const cmp = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
const countBy = (findings, severity) => findings.filter((f) => f.severity === severity).length;
const makeReport = (mode, family, findings, summary, extra = {}) => ({
    mode,
    family,
    ok: countBy(findings, 'error') === 0,
    summary,
    findings: sortFindings(findings),
    ...extra,
});


/***/ }),

/***/ 92426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
// Text that reaches a terminal, a log or a PR must not carry control characters (ANSI/OSC escapes) or bidi
// overrides: they would make it display as something it is not. Such code points are shown as \uXXXX.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const printable = (s) => s.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);


/***/ }),

/***/ 52094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony exports YAML_MAX_BYTES, parseYamlSource */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
/* harmony import */ var _manifest_json_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87812);
/* harmony import */ var _manifest_local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99247);
// YAML with positions: parse once, then point any path at its line:column.





const YAML_MAX_BYTES = 1024 * 1024;
const parseYamlSource = (file, text) => {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = lc.linePos(err.pos[0]);
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(file, `invalid YAML: ${err.message.split('\n')[0]}`, { line: pos.line, column: pos.col });
    }
    const at = (node) => {
        const p = lc.linePos(node?.range?.[0] ?? 0);
        return { file, line: p.line, column: p.col };
    };
    let value;
    try {
        // Aliases resolve here: an unresolved one or an alias bomb ("billion laughs") is bad input, not a crash.
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(file, `invalid YAML: ${e.message.split('\n')[0]}`, { line: 1, column: 1 });
    }
    return {
        file,
        doc,
        value,
        locate(path) {
            let node = doc.contents;
            let last = doc.contents;
            for (const seg of path) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                    const next = node.get(seg, true);
                    if (!next)
                        break;
                    node = next;
                    last = next;
                }
                else
                    break;
            }
            return at(last);
        },
    };
};
const readYamlFile = async (file) => {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (e) {
        throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_4__/* .fsProblem */ .X)(file, e);
    }
    if (bytes.byteLength > YAML_MAX_BYTES)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(file, `is larger than ${YAML_MAX_BYTES / 1024} KiB`);
    return parseYamlSource(file, (0,_manifest_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(file, bytes));
};


/***/ })

};
