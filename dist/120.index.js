export const id = 120;
export const ids = [120];
export const modules = {

/***/ 65345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


let table;
exports.P = () => (table ??= __webpack_require__(29235));


/***/ }),

/***/ 23529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ info)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79835);
/* harmony import */ var _util_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62603);
// The action's only informational log line (core.info prints its text raw). Every line goes through logLine, so a
// value can neither break the line nor start a workflow command (see util/workflow-commands.ts).


const info = (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(line));


/***/ }),

/***/ 21968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ planMigration),
/* harmony export */   JA: () => (/* binding */ missingNames),
/* harmony export */   Kr: () => (/* binding */ unownedRows),
/* harmony export */   Q6: () => (/* binding */ missingColumns),
/* harmony export */   iC: () => (/* binding */ columnAddLine),
/* harmony export */   ob: () => (/* binding */ familyRows)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11174);
// Adopting an existing registry table: which of our columns it lacks (sync --migrate adds them), which columns have a
// type or mode the sync cannot write, and which columns are not ours (kept, never written). Pure: the adapters read
// the table's columns (type, mode, default) in their backend's terms; this decides.


/**
 * The names of `want` the table lacks. DuckDB and BigQuery both match column names case-insensitively, so `Status`
 * is our `status` (an ADD COLUMN status would be a no-op or an error, and SQL naming status reads it).
 */
const missingNames = (have, want) => {
    const lower = new Set([...have].map((n) => n.toLowerCase()));
    return want.filter((n) => !lower.has(n.toLowerCase()));
};
/**
 * What adopting `have` takes. Bad input (exit 2), decided before any ALTER: a column of ours with a type outside
 * `dialect.types` (--migrate never retypes a column, and writing our values into it would fail or change them); a column
 * of ours the sync cannot write as it is (REPEATED; or required where the manifest may have no value); a column not
 * ours that is required with no default (the sync inserts rows naming only our columns, so the insert would fail —
 * after BigQuery's ALTER had already committed). A required column with a default is fine: the backend fills it.
 */
const planMigration = (where, table, have, dialect) => {
    const byLower = new Map([...have].map(([n, c]) => [n.toLowerCase(), c]));
    const ours = _registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.flatMap(([name, type, required]) => {
        const c = byLower.get(name);
        return c ? [{ name, type, required, c }] : [];
    });
    const wrong = ours.filter((o) => !dialect.types[o.type].includes(o.c.type));
    if (wrong.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has ${wrong.map((o) => `column ${o.name} of type ${o.c.type} (expected ${dialect.types[o.type][0]})`).join(', ')}; --migrate only adds columns, it never changes a type`);
    const ourNames = new Set(_registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.map(([n]) => n));
    const foreign = [...have].filter(([n]) => !ourNames.has(n.toLowerCase()));
    const unwritable = [
        ...ours.filter((o) => o.c.mode === 'REPEATED').map((o) => `column ${o.name} REPEATED: the sync writes one value, not an array`),
        ...ours
            .filter((o) => o.c.mode === 'REQUIRED' && !o.required)
            .map((o) => `column ${o.name} ${dialect.required}: the sync writes NULL into it when the manifest has no value`),
        ...foreign
            .filter(([, c]) => c.mode === 'REQUIRED' && !c.hasDefault)
            .map(([n]) => `column ${n} ${dialect.required} with no default: the sync inserts rows without it`),
    ];
    if (unwritable.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has ${unwritable.join(', ')}; --migrate never changes an existing column: change ${unwritable.length === 1 ? 'it' : 'them'} first (nothing was written)`);
    return {
        add: _registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.filter(([n]) => !byLower.has(n)).map(([name, type]) => ({ name, type })),
        foreign: foreign.map(([n]) => n).sort(),
    };
};
/** The refusal without --migrate: one line naming the missing columns and the flag that adds them. */
const missingColumns = (where, table, add) => _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has no column ${add.map((c) => c.name).join(', ')}; sync --migrate adds ${add.length === 1 ? 'it' : 'them'} (ALTER TABLE ADD COLUMN, nothing dropped or changed)`);
/** How a plan line names one added column. */
const columnAddLine = (c) => `${c.name} ${c.type}`;
/**
 * The rows a family's sync plans against: its own, and the rows with no family (what --migrate leaves in an adopted
 * table) whose model_id its manifest lists: the sync adopts them (their family, file and gcs_path are filled from the
 * manifest). A row with no family that no manifest lists is nobody's: never planned, updated or pruned.
 */
const familyRows = (all, family, manifestIds) => all.filter((r) => r.family === family || (r.family === null && manifestIds.has(r.model_id)));
/** Rows with no family that this manifest does not list: kept as they are. */
const unownedRows = (all, manifestIds) => all.filter((r) => r.family === null && !manifestIds.has(r.model_id));


/***/ }),

/***/ 22055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ localPath),
/* harmony export */   Qf: () => (/* binding */ confineMatches),
/* harmony export */   xO: () => (/* binding */ confinePaths)
/* harmony export */ });
/* unused harmony export globBase */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_contain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79285);
/* harmony import */ var _util_fs_async_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62175);
// Paths named by the config file (and, in the action, by inputs) must stay inside the workspace. The config comes
// from the checkout, which a pull request controls: `template: /proc/self/environ` would render the environment,
// token included, into check-run and comment bodies, and a glob like `../../x/*` or `/etc/ssh/*` would list outside
// files into the summary. Every such path is resolved as the kernel resolves it (util/contain realTarget: symbolic
// links followed, `..` climbing from a link's target) and must land inside the root and outside its .git directory;
// otherwise exit 2 naming the key. Remote addresses (gs://, bigquery:, run:) are not paths. A path typed on the CLI's
// command line is the user's own choice and is not confined.




const MAGIC = /[*?[\]{}()!+@]/;
/** The literal directory a glob starts from (`models/v9/*.cbm` → `models/v9`), which must itself lie inside. */
const globBase = (pattern) => {
    const parts = pattern.split('/');
    const i = parts.findIndex((p) => MAGIC.test(p));
    const base = (i < 0 ? parts.slice(0, -1) : parts.slice(0, i)).join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
};
/** The local path inside an address, or undefined for a remote one. */
const localPath = (key, value) => {
    if (key === 'manifest')
        return value.startsWith('gs://') ? undefined : value;
    if (key === 'registry')
        return value.startsWith('duckdb:') ? value.slice('duckdb:'.length) : undefined;
    if (key === 'deployment')
        return value.startsWith('run:') ? undefined : value;
    return value;
};
const outside = (k, root, why) => _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(k.where.file, `${why}; paths from the config and inputs must stay inside the workspace ${root}`, {
    ...(k.where.line === undefined ? {} : { line: k.where.line, column: k.where.column }),
    ...(k.key.startsWith('$') ? { path: k.key } : {}),
});
/** Refuse (exit 2) the first key whose path resolves outside `root`. Relative paths are relative to `cwd`. */
const confinePaths = async (keys, root, cwd = process.cwd()) => {
    const realRoot = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .realTarget */ .aO)(root, cwd);
    for (const k of keys) {
        const path = k.glob ? globBase(k.value) : k.value;
        if (k.optional &&
            !(await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_3__/* .lstat */ .$1)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path)).then(() => true, () => false)))
            continue;
        const name = k.key.startsWith('$') ? `"${k.value}"` : `${k.key} "${k.value}"`;
        let real;
        try {
            real = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .realTarget */ .aO)(path, cwd);
        }
        catch (e) {
            // A dangling link, a loop of links, a NUL byte, an unreadable directory: the path cannot be judged, so it is refused.
            const code = e.code;
            throw outside(k, root, code === 'EDANGLING'
                ? `${name} is a symbolic link to a missing file`
                : `${name} cannot be resolved (${code ?? e.message})`);
        }
        if (!(0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .isInsideWorkspace */ .cm)(real, realRoot))
            throw outside(k, root, `${name} resolves outside the workspace`);
    }
};
/** Refuse a glob match that leads outside `root` (a symbolic link inside the checkout pointing out). */
const confineMatches = async (pattern, matches, root, cwd = process.cwd()) => {
    const realRoot = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .realTarget */ .aO)(root, cwd);
    for (const m of matches) {
        const real = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .realTarget */ .aO)(m, cwd).catch(() => undefined);
        if (real === undefined || !(0,_util_contain_js__WEBPACK_IMPORTED_MODULE_2__/* .isInsideWorkspace */ .cm)(real, realRoot))
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at('filenames.globs', 
            // The match's name is not printed: through a link it would list a name outside the workspace.
            `"${pattern}" matches a file through a symbolic link that leads outside the workspace; paths from the config and inputs must stay inside the workspace ${root}`);
    }
};


/***/ }),

/***/ 80492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   OY: () => (/* binding */ FamilyConfigSchema),
/* harmony export */   Sk: () => (/* binding */ ConfigSchema)
/* harmony export */ });
/* unused harmony export GateConfigSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17197);
/* harmony import */ var _manifest_zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.


const text = (min = 1) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(min));
const Markers = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ begin: text(8), end: text(8) });
// Gates a model must pass before it may become production (see src/checks/gates.ts). One kind per entry, so the
// published JSON Schema tells an editor exactly which keys go together.
const metric = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, { message: 'must be a metric name (letters, digits, _ . -)' }));
const bound = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB(Number.isFinite, { message: 'must be a finite number' }));
const GateConfigSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ 'duplicate-window': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true) }),
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ metric, min: bound }),
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ metric, max: bound }),
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ metric, 'abs-max': bound.check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0)) }),
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ metric, 'improves-on': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('production'), direction: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['lower', 'higher']) }),
], {
    error: 'must be one gate: { duplicate-window: true }, { metric, min }, { metric, max }, { metric, abs-max } or { metric, improves-on: production, direction: lower | higher }',
});
const FamilyConfigSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
    manifest: text(),
    // The other copy of the same manifest (the repository's, or the Cloud Storage one): drift compares the two.
    'manifest-mirror': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
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
    // What the MODEL block says beyond the facts every family has: its headline metrics and a warning line.
    block: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        metrics: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            label: text().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(200)),
            metric: text().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(128)),
            digits: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(10))),
            format: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(200))),
        }))),
        warning: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(1000))),
    })),
    filenames: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        pattern: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text()),
        globs: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text())),
        legacy: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text())),
    })),
    gates: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(GateConfigSchema)),
    'stale-after-days': zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(36_500))),
});
const ConfigSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ families: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FamilyConfigSchema).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)) }), FamilyConfigSchema]);
const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';


/***/ }),

/***/ 38934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fsDocFile),
/* harmony export */   i: () => (/* binding */ DOC_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _manifest_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99247);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44346);
/* harmony import */ var _util_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80073);
/* harmony import */ var _util_contain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79285);
/* harmony import */ var _util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70345);
// CLAUDE.md on the filesystem. Writes are atomic (util/atomic-write: exclusive temp in a private directory + rename)
// and refuse to overwrite a concurrent edit. Rules for the write, since the checkout may be hostile:
// - a CLAUDE.md that is a symbolic link is written through to its target when that lies inside the repository root,
//   and refused (exit 2) when it leads outside (util/contain resolveWriteTarget);
// - the file keeps its mode and, where the process may, its owner; other hard links keep the old bytes;
// - a full disk or read-only filesystem is exit 3 with the original intact (util/fs-failure).






// The marker search parses the document's block structure (docs/markers.ts): about 500 bytes of heap per byte
// at worst (a list item per line), so 256 KiB stays near 130 MB. A CLAUDE.md is read by a model on every session;
// a few KiB is usual.
const DOC_MAX_BYTES = 256 * 1024;
/** `root`: the repository root (the workspace in the action) that a symbolic link may lead into. */
const fsDocFile = (path, root) => ({
    name: path,
    async read() {
        try {
            return await (0,_util_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(path, DOC_MAX_BYTES);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_1__/* .fsProblem */ .X)(path, e);
        }
    },
    async write(bytes, previous) {
        const target = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWriteTarget */ .ZZ)(path, root);
        const current = await (0,_util_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(target, DOC_MAX_BYTES).catch((e) => {
            throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_1__/* .fsProblem */ .X)(path, e);
        });
        if (!Buffer.from(current).equals(Buffer.from(previous)))
            throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, 'changed while it was being updated; nothing written, run again');
        await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceKeeping */ .W)(target, bytes).catch((e) => {
            const env = (0,_util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentFailure */ .W)(path, 'write of', e, '; the file is unchanged');
            if (env)
                throw env;
            // The temp file is made beside the target, so the directory must be writable, not only the file.
            if (e.code === 'EACCES' || e.code === 'EPERM')
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, `cannot be replaced: its directory is not writable (${e.code}); nothing written`);
            throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_1__/* .fsProblem */ .X)(path, e);
        });
    },
});


/***/ }),

/***/ 79602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ENTITIES),
/* harmony export */   t: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var _report_mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2384);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92426);
// Inert text for markdown and HTML, in its own file so the reports that escape values (the summary, the listing, the
// drift issue) do not load the block template engine (mustache) with it.


const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Markdown- and HTML-inert text on one line, with no live mention or issue reference (report/mentions.ts). */
const inert = (value) => (0,_report_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .quietRefs */ .F)((0,_util_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(String(value).replace(/\s+/g, ' ')))
    .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);


/***/ }),

/***/ 4892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ BLOCK_MAX_CHARS),
/* harmony export */   o: () => (/* binding */ TEMPLATE_MAX_BYTES)
/* harmony export */ });
// How large a user template may be, and the block it renders (both far above any real block). Apart from the
// renderer, so the engine can bound the template read without loading mustache at start-up.
const TEMPLATE_MAX_BYTES = 64 * 1024;
const BLOCK_MAX_CHARS = 1024 * 1024;


/***/ }),

/***/ 97781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ DEFAULT_MARKERS)
/* harmony export */ });
// The marker lines around the generated block. Kept apart from markers.ts so that reading the config does not
// load the Markdown parser: only the modes that look for the block (claude-md, drift) load it.
const DEFAULT_MARKERS = {
    begin: '<!-- model-governance:begin -->',
    end: '<!-- model-governance:end -->',
};


/***/ }),

/***/ 5243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bv: () => (/* binding */ blocks),
  FO: () => (/* binding */ exitCodeOf),
  WR: () => (/* binding */ runFamilies)
});

// UNUSED EXPORTS: FAMILY_POOL, failedReport, familyPool

// EXTERNAL MODULE: ./docs/file.js
var file = __webpack_require__(38934);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./manifest/local.js
var local = __webpack_require__(99247);
// EXTERNAL MODULE: ./registry/bigquery-address.js
var bigquery_address = __webpack_require__(92103);
;// CONCATENATED MODULE: ./backends.js




const manifestSource = async (address) => {
    if (address.startsWith('gs://')) {
        const { gcsManifest } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(19), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(560), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 3779));
        return gcsManifest(address);
    }
    return (0,local/* localManifest */.h)(address);
};
const registryFor = async (s) => {
    const r = s.registry;
    if (r === undefined)
        return undefined;
    if (r.startsWith('duckdb:')) {
        const { duckdbRegistry } = await __webpack_require__.e(/* import() */ 124).then(__webpack_require__.bind(__webpack_require__, 16124));
        return duckdbRegistry(r.slice('duckdb:'.length));
    }
    if (r.startsWith('bigquery:')) {
        const address = r.slice('bigquery:'.length);
        const { tableId } = (0,bigquery_address/* parseBigQueryAddress */.I)(address);
        return onFirstCall(tableId, async () => {
            const { bigqueryRegistry } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(851), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 48950));
            return bigqueryRegistry(address, { location: s.location, createTable: s.createTable });
        });
    }
    throw errors/* InputError */.dz.at(s.origin, `registry "${r}" must start with duckdb: or bigquery:`);
};
/**
 * A registry whose adapter, and with it the client library, loads on its first call rather than when it is opened:
 * BigQuery's is a large load, and drift asks the registry after its Cloud Storage reads are on the wire, so the load
 * runs while their answers are on the way instead of before they are asked. The address is checked here, up front.
 */
const onFirstCall = (name, open) => {
    let opened;
    const registry = () => (opened ??= open());
    return {
        name,
        read: async (opts) => (await registry()).read(opts),
        migration: async () => (await registry()).migration(),
        apply: async (plan, family, audit) => (await registry()).apply(plan, family, audit),
        readHistory: async () => (await registry()).readHistory(),
        historyVersion: async () => (await registry()).historyVersion(),
    };
};
const deploymentFor = async (s) => {
    const d = s.deployment;
    if (d === undefined)
        return undefined;
    if (!s.modelEnv)
        throw errors/* InputError */.dz.at(s.origin, 'a deployment needs model-env: the variable that names the served model file');
    if (d.startsWith('run:')) {
        const { cloudRunDeployment } = await Promise.all(/* import() */[__webpack_require__.e(746), __webpack_require__.e(161), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 61998));
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
    const { gcsArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(19), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(560), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 7207));
    return gcsArtifacts();
};
const openSources = async (s, need) => {
    const [manifest, mirror, registry, deployment, artifacts] = await Promise.all([
        manifestSource(s.manifest),
        need.mirror && s.manifestMirror !== undefined ? manifestSource(s.manifestMirror) : undefined,
        need.registry ? registryFor(s) : undefined,
        need.deployment ? deploymentFor(s) : undefined,
        need.artifacts ? artifactsFor(s) : undefined,
    ]);
    return {
        family: s.name ?? '',
        manifest,
        ...(mirror ? { mirror } : {}),
        ...(registry ? { registry } : {}),
        ...(deployment ? { deployment } : {}),
        ...(need.doc ? { doc: (0,file/* fsDocFile */.C)(s.claudeMd, s.root) } : {}),
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
    let { registry, deployment, manifestMirror } = s;
    if (manifestMirror?.startsWith('gs://')) {
        skip('manifest mirror', manifestMirror);
        manifestMirror = undefined;
    }
    if (registry?.startsWith('bigquery:')) {
        skip('registry', registry);
        registry = undefined;
    }
    if (deployment?.startsWith('run:')) {
        skip('deployment', deployment);
        deployment = undefined;
    }
    return { settings: { ...s, manifestMirror, registry, deployment, verifyArtifacts: 'none' }, skipped };
};

// EXTERNAL MODULE: ./docs/limits.js
var docs_limits = __webpack_require__(4892);
// EXTERNAL MODULE: ./filenames/fs.js
var fs = __webpack_require__(89882);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./modes/index.js
// Each mode loads on demand, so a run pays start-up only for its own code (lint-filenames never parses
// the diff or template libraries).
const MODE_RUNNERS = {
    sync: async () => (await Promise.all(/* import() */[__webpack_require__.e(283), __webpack_require__.e(354)]).then(__webpack_require__.bind(__webpack_require__, 37354))).sync,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(751), __webpack_require__.e(516), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 67508))).drift,
    duplicate: async () => (await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 97994))).duplicate,
    'claude-md': async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(751), __webpack_require__.e(516), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 44074))).claudeMd,
    'lint-filenames': async () => (await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 19461))).lintFilenamesMode,
    gate: async () => (await __webpack_require__.e(/* import() */ 852).then(__webpack_require__.bind(__webpack_require__, 35852))).gate,
    list: async () => (await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 20477))).list,
    history: async () => (await Promise.all(/* import() */[__webpack_require__.e(283), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 48783))).history,
    promote: async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(550), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 24319))).promote,
};
/** Which ports a mode reads, so nothing else is opened (or loaded). */
const NEEDS = {
    sync: { registry: true },
    drift: { registry: true, deployment: true, doc: true, artifacts: true, mirror: true },
    duplicate: { registry: true },
    'claude-md': { doc: true },
    'lint-filenames': {},
    gate: { registry: true },
    list: { registry: true },
    history: { registry: true },
    promote: { registry: true },
};
/**
 * Whether a run of the mode writes (the registry, a manifest or CLAUDE.md). Declared for every mode, so a new mode
 * says so: the engine runs a writing mode's families one after another (see familyPool).
 */
const WRITES = {
    sync: () => true,
    drift: () => false,
    duplicate: () => false,
    'claude-md': (o) => o.claudeMdAction === 'write',
    'lint-filenames': () => false,
    gate: () => false,
    list: () => false,
    history: () => false,
    promote: () => true,
};

// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./util/limit.js
var limit = __webpack_require__(73646);
;// CONCATENATED MODULE: ./service-limits.js

/**
 * Calls in flight per service, across all families of one run. Why these numbers:
 * - gcs 32: Cloud Storage has no per-project request quota for reads (a bucket starts at about 5,000 object reads a
 *   second and scales up); the bound is open sockets. Object stats are many and tiny (16 per family at most already).
 * - gcsStream 4: hashing is bandwidth-bound; four streamed downloads fill the link, more only share it (and hold memory).
 * - bigquery 16: each read is a jobs.query, which counts against the project's concurrent interactive queries (100,
 *   shared with every other user of the project) and the 100 API requests per second per user; 32 is under a third,
 *   and as many as the family pool (engine.ts FAMILY_POOL), so no family of a full pool waits on another's query.
 * - run 32: the Cloud Run Admin API's read quota counts requests per minute and region; a run makes about two reads a
 *   family (GetService, then the revisions holding traffic) whatever the concurrency, so the bound only keeps a big
 *   config from arriving as one burst. As many services at once as the family pool: with 4, twenty families waited
 *   five rounds of two round trips on Cloud Run alone (seen in the bench's CPU profile as idle time).
 * - duckdb 1: a DuckDB file is opened by one instance at a time in this process (a second open of the same file in one
 *   process is not something DuckDB promises to allow); its reads are local and fast, so families queue.
 */
const SERVICE_LIMITS = { gcs: 32, gcsStream: 4, bigquery: 32, run: 32, duckdb: 1 };
const serviceLimits = (limits = SERVICE_LIMITS) => Object.fromEntries(Object.entries(limits).map(([k, n]) => [k, (0,limit/* limiter */.T)(n)]));
const serviceOfManifest = (address) => (address.startsWith('gs://') ? 'gcs' : undefined);
const serviceOfRegistry = (address) => address?.startsWith('bigquery:') ? 'bigquery' : address?.startsWith('duckdb:') ? 'duckdb' : undefined;
const serviceOfDeployment = (address) => (address?.startsWith('run:') ? 'run' : undefined);
const limitManifest = (m, l) => l
    ? {
        name: m.name,
        load: () => l(() => m.load()),
        ...(m.write ? { write: (bytes, read) => l(() => m.write(bytes, read)) } : {}),
    }
    : m;
const limitRegistry = (r, l) => l
    ? {
        name: r.name,
        read: (opts) => l(() => r.read(opts)),
        migration: () => l(() => r.migration()),
        apply: (plan, family, audit) => l(() => r.apply(plan, family, audit)),
        readHistory: () => l(() => r.readHistory()),
        historyVersion: () => l(() => r.historyVersion()),
        ...(r.close ? { close: () => r.close() } : {}),
    }
    : r;
const limitDeployment = (d, l) => l ? { name: d.name, read: (env) => l(() => d.read(env)) } : d;
const limitArtifacts = (a, stat, stream) => ({
    name: a.name,
    stat: (path) => stat(() => a.stat(path)),
    sha256: (path, generation, onProgress) => stream(() => a.sha256(path, generation, onProgress)),
});
/** The family's sources with each Google (and DuckDB) call waiting for its service's limiter. */
const limitSources = (s, settings, limits) => {
    const of = (service) => (service ? limits[service] : undefined);
    return {
        ...s,
        manifest: limitManifest(s.manifest, of(serviceOfManifest(settings.manifest))),
        ...(s.mirror && settings.manifestMirror !== undefined
            ? { mirror: limitManifest(s.mirror, of(serviceOfManifest(settings.manifestMirror))) }
            : {}),
        ...(s.registry ? { registry: limitRegistry(s.registry, of(serviceOfRegistry(settings.registry))) } : {}),
        ...(s.deployment ? { deployment: limitDeployment(s.deployment, of(serviceOfDeployment(settings.deployment))) } : {}),
        ...(s.artifacts ? { artifacts: limitArtifacts(s.artifacts, limits.gcs, limits.gcsStream) } : {}),
    };
};

// EXTERNAL MODULE: ./util/bounded-read.js
var bounded_read = __webpack_require__(80073);
;// CONCATENATED MODULE: ./util/ordered-log.js
const orderedLog = (count, sink) => {
    const held = Array.from({ length: count }, () => []);
    const finished = new Array(count).fill(false);
    let head = 0; // the first task not yet finished: its lines go straight to the sink
    return {
        of: (i) => (line) => {
            if (i === head)
                sink(line);
            else
                held[i]?.push(line);
        },
        done(i) {
            finished[i] = true;
            while (head < count && finished[head]) {
                head++;
                if (head < count) {
                    for (const line of held[head] ?? [])
                        sink(line);
                    held[head] = [];
                }
            }
        },
    };
};

;// CONCATENATED MODULE: ./engine.js
// The one engine both front ends call: settings in, reports out.













/**
 * Families that only read run this many at once: their waits on the network overlap, and the service limiters
 * (service-limits.ts) bound what each service sees. A family's drift is a chain of about four round trips (manifest
 * metadata → download → object stats, Cloud Run's service → revision beside them) around some 15 ms of CPU, so at
 * 50 ms a round trip the one thread idles unless a dozen or more families are on the way; with eight, twenty
 * families took three waves of that chain (the bench's "many families" row), and with sixteen two: the last four
 * started only as the first finished, a whole chain after the rest. Past about a dozen in flight the one thread's CPU
 * is the bound, so a larger pool costs no throughput; it only spares a config of up to 32 families a second wave.
 * Each family holds its parsed manifest while it waits: the usual few-KiB manifests cost nothing, but the pool does
 * not bound memory by manifest size, so many families at the 16 MiB limit would not fit a 512 MiB heap (README,
 * Input limits).
 */
const FAMILY_POOL = 32;
/**
 * Modes that write run their families one after another: families may share a registry table or a CLAUDE.md, and
 * each write is a compare-and-swap against what that family read (two at once on one table would make the second
 * fail, or on BigQuery wait on each other's DML).
 */
const familyPool = (options, io = {}) => WRITES[options.mode](options) ? 1 : Math.max(1, io.familyPool ?? FAMILY_POOL);
const runFamilies = async (families, options, log, io = {}) => {
    // promote rewrites a manifest: run over every family, one bad family would come after another's write.
    if (options.mode === 'promote' && families.length > 1)
        throw errors/* InputError */.dz.at(families[0]?.origin ?? 'arguments', `promote changes one manifest; name its family with --family (the config lists ${families.length})`);
    // Reports keep the config's order and each family's log lines print as if families ran one after another, so the
    // output is the same bytes whatever finished first.
    const logs = orderedLog(families.length, log);
    const limits = serviceLimits();
    return (0,limit/* mapLimit */.s)(families, familyPool(options, io), async (given, i) => {
        try {
            return await runFamily(given, options, logs.of(i), io, limits);
        }
        catch (e) {
            // One family's bad manifest or failed service is reported as that family's result, and the other families
            // still run; the exit code is the worst of them. A single family fails the run as before (one line, its code).
            if (families.length === 1)
                throw e;
            return failedReport(options.mode, given.name ?? given.manifest, e);
        }
        finally {
            logs.done(i);
        }
    });
};
const runFamily = async (given, options, log, io, limits) => {
    const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
    const opened = await openSources(settings, NEEDS[options.mode]);
    try {
        const limited = limitSources(opened, settings, limits);
        const sources = io.adapt ? await io.adapt(limited, settings) : limited;
        const run = await MODE_RUNNERS[options.mode]();
        const report = await run({
            settings,
            options,
            sources,
            listFiles: (globs) => (io.listFiles ?? fs/* listFiles */.C)(globs, settings.filenames.within),
            readTemplate: (p) => (0,bounded_read/* readBounded */.C)(p, docs_limits/* TEMPLATE_MAX_BYTES */.o).then((bytes) => (0,json_source/* decodeUtf8 */._6)(p, bytes), (e) => Promise.reject((0,local/* fsProblem */.X)(p, e, 'template'))),
            log,
        });
        return skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report;
    }
    finally {
        await opened.registry?.close?.();
    }
};
/** A family that could not be checked: its error as findings (located where the input says), and its exit code. */
const failedReport = (mode, family, e) => {
    const findings = e instanceof errors/* InputError */.dz
        ? e.problems.map((p) => ({
            code: 'input.invalid',
            severity: 'error',
            message: p.path ? `${p.path}: ${p.message}` : p.message,
            location: { file: p.file, ...(p.line === undefined ? {} : { line: p.line, column: p.column ?? 1 }) },
        }))
        : [{ code: 'service.failed', severity: 'error', message: (0,errors/* messageOf */.bD)(e) }];
    const why = e instanceof errors/* InputError */.dz ? 'bad input' : 'a service failed';
    return { ...(0,types/* makeReport */.dO)(mode, family, findings, `Not checked: ${why} (exit ${(0,errors/* exitCodeFor */.Rr)(e)})`), failure: (0,errors/* exitCodeFor */.Rr)(e) };
};
/** Whether a finding fails the run at this fail-on level. */
const blocks = (f, failOn) => failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';
/** The worst of the families: a family that could not be checked (2 or 3) outranks findings (1). */
const exitCodeOf = (reports, failOn) => Math.max(reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? errors/* EXIT */.dc.findings : errors/* EXIT */.dc.clean, ...reports.map((r) => r.failure ?? errors/* EXIT */.dc.clean));


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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _config_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22055);
/* harmony import */ var _util_fs_async_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62175);
// Filesystem listing for filename globs (adapter: the lint itself stays pure). Globs from the config or the action's
// inputs carry `within`: each match must resolve inside that root (config/confine.ts), so a link in the checkout
// cannot list files outside the workspace into the summary or a comment.



const listFiles = async (globs, within) => {
    const seen = new Set();
    for (const g of globs) {
        const matches = await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(g);
        if (within !== undefined)
            await (0,_config_confine_js__WEBPACK_IMPORTED_MODULE_1__/* .confineMatches */ .Qf)(g, matches, within);
        for (const p of matches)
            seen.add(p);
    }
    return [...seen].sort().map((p) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(p), location: { file: p } }));
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

/***/ 49284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ annotationOwners)
/* harmony export */ });
/* unused harmony export findingIdentity */
/**
 * What a finding says and where, without which mode said it: the place, the rule (code), the model and field it is
 * about, and the message. Severity is left out on purpose: a copy demoted elsewhere is still the same problem.
 */
const findingIdentity = (f) => JSON.stringify([
    f.location?.file ?? null,
    f.location?.line ?? null,
    f.location?.column ?? null,
    f.code,
    f.model_id ?? null,
    f.field ?? null,
    f.message,
]);
/**
 * Which copy of each problem is annotated, walking the reports in the run's order. `annotatable` says which findings
 * the channel can place (a check run only those in a file of the repository); only those are counted in `elsewhere`.
 */
const annotationOwners = (reports, annotatable = () => true) => {
    const first = new Map();
    const owned = new Set();
    const elsewhere = new Map();
    for (const r of reports)
        for (const f of r.findings) {
            const id = findingIdentity(f);
            const owner = first.get(id);
            if (owner === undefined) {
                first.set(id, r.mode);
                owned.add(f);
            }
            else if (owner !== r.mode && annotatable(f)) {
                const counts = elsewhere.get(r.mode) ?? new Map();
                counts.set(owner, (counts.get(owner) ?? 0) + 1);
                elsewhere.set(r.mode, counts);
            }
        }
    return { owned, elsewhere };
};


/***/ }),

/***/ 76328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   Pm: () => (/* binding */ emitWorkflowAnnotations),
/* harmony export */   lW: () => (/* binding */ annotationOf),
/* harmony export */   oq: () => (/* binding */ inBatches),
/* harmony export */   ro: () => (/* binding */ annotationKey)
/* harmony export */ });
/* unused harmony export MAX_ANNOTATIONS_PER_REQUEST */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79835);
/* harmony import */ var _report_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86154);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92426);
/* harmony import */ var _annotate_once_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49284);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4550);
// Findings as annotations: check-run annotations (batched, GitHub takes 50 per request), or, when the token cannot
// write check runs, workflow commands (`::error file=…,line=…,col=…::`) that the runner turns into annotations.






const MAX_ANNOTATIONS_PER_REQUEST = _report_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .BUDGET */ .o3.annotationsPerRequest;
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
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .qN)(file, root);
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
        message: (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(f.message).slice(0, 60_000),
        title: f.code,
        ...(raw ? { raw_details: raw } : {}),
    };
};
/** `owned`: when given, only these findings are annotated (the others are another mode's; see annotate-once.ts). */
const annotationsOf = (reports, root, owned) => reports.flatMap((r) => r.findings
    .filter((f) => owned === undefined || owned.has(f))
    .map((f) => annotationOf(f, root))
    .filter((a) => a !== undefined));
/** Identity of an annotation, to tell which ones a check run already carries. */
const annotationKey = (a) => JSON.stringify([a.path, a.start_line, a.start_column ?? null, a.annotation_level, a.title ?? null, a.message]);
const inBatches = (items, size = MAX_ANNOTATIONS_PER_REQUEST) => {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
};
/**
 * Report findings as workflow commands; the runner attaches those with a file to it. Each problem once, by the
 * first mode that reports it (annotate-once.ts). GitHub shows only the first BUDGET.commandAnnotationsPerSeverity of
 * each severity a step, so no more are sent. Returns how many were left out.
 */
const emitWorkflowAnnotations = (reports, root) => {
    const sent = { error: 0, warning: 0, notice: 0 };
    const { owned } = (0,_annotate_once_js__WEBPACK_IMPORTED_MODULE_5__/* .annotationOwners */ .s)(reports);
    let left = 0;
    for (const r of reports)
        for (const f of r.findings) {
            if (!owned.has(f))
                continue;
            if (sent[f.severity] >= _report_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .BUDGET */ .o3.commandAnnotationsPerSeverity) {
                left++;
                continue;
            }
            sent[f.severity]++;
            const a = annotationOf(f, root);
            const props = {
                title: `${r.mode}: ${f.code}`,
                ...(a ? { file: a.path, startLine: a.start_line, ...(a.start_column ? { startColumn: a.start_column } : {}) } : {}),
            };
            const emit = f.severity === 'error' ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3 : f.severity === 'warning' ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e : _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm;
            emit((0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(f.message), props);
        }
    return left;
};


/***/ }),

/***/ 4550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   wr: () => (/* binding */ relativize)
/* harmony export */ });
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
        ...(r.listing ? { listing: { ...r.listing, name: strip(r.listing.name) } } : {}),
    };
};


/***/ }),

/***/ 91120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./vendor/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(79835);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
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
const oneOf = (name, allowed, fallback) => {
    const raw = core/* getInput */.V4(name) || fallback;
    if (!allowed.includes(raw))
        throw errors/* InputError */.dz.at(`input ${name}`, `"${raw}" is not ${allowed.join(' | ')}`);
    return raw;
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
        migrate: bool('migrate', false),
        force: bool('force', false),
        claudeMd: claudeMdAction(reporters),
        adoptSection: optional('adopt-section'),
        trainStart: optional('train-start'),
        trainEnd: optional('train-end'),
        scope: oneOf('scope', ['family', 'all'], 'family'),
        ...asOf(),
        at: optional('at'),
        reporters,
        failOn: failOn,
        offline: bool('offline', false),
        model: optional('model'),
        token,
        date: optional('date'),
        reason: optional('reason'),
    };
    rejectConflicts(inputs);
    return inputs;
};
const asOf = () => {
    const v = optional('as-of');
    if (v !== undefined && !(0,schema/* isCalendarDate */.tf)(v))
        throw errors/* InputError */.dz.at('input as-of', `"${v}" is not a real date YYYY-MM-DD`);
    return v === undefined ? {} : { asOf: v };
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
    if (i.adoptSection !== undefined && !i.modes.includes('claude-md'))
        throw errors/* InputError */.dz.at('input adopt-section', 'adopts a CLAUDE.md section: add claude-md to mode');
    // sync's own switches: set for another mode they would be silently ignored (the CLI refuses them the same way).
    if (i.migrate && !i.modes.includes('sync'))
        throw errors/* InputError */.dz.at('input migrate', "adds the registry's missing columns in sync: add sync to mode");
    if (i.prune && !i.modes.includes('sync'))
        throw errors/* InputError */.dz.at('input prune', 'deletes registry rows in sync: add sync to mode');
    if (i.reporters.includes('issue') && !i.modes.includes('drift'))
        throw errors/* InputError */.dz.at('input report', 'includes issue, which tracks drift: add drift to mode');
    if (!i.token && i.reporters.some((r) => GITHUB_REPORTERS.includes(r)))
        throw errors/* InputError */.dz.at('input github-token', `is empty, but report includes ${i.reporters.filter((r) => GITHUB_REPORTERS.includes(r)).join(', ')}`);
};

// EXTERNAL MODULE: ./action/log.js
var action_log = __webpack_require__(23529);
;// CONCATENATED MODULE: ./action/promote.js

const refuseWorkspacePromotion = (i, families) => {
    if (!i.modes.includes('promote') || i.dryRun)
        return;
    const local = families.find((f) => !f.manifest.startsWith('gs://'));
    if (local)
        throw errors/* InputError */.dz.at('input mode', `promote writes the manifest, but ${local.manifest} is in the checkout, where the write would be lost; promote a repository manifest with the CLI and a pull request (dry-run: true shows the diff here)`);
};

// EXTERNAL MODULE: ./util/contain.js
var contain = __webpack_require__(79285);
// EXTERNAL MODULE: ./util/fs-async.js
var fs_async = __webpack_require__(62175);
// EXTERNAL MODULE: ./util/yaml-source.js
var yaml_source = __webpack_require__(52094);
// EXTERNAL MODULE: ./config/confine.js
var confine = __webpack_require__(22055);
// EXTERNAL MODULE: ./config/schema.js
var config_schema = __webpack_require__(80492);
// EXTERNAL MODULE: ./docs/marker-config.js
var marker_config = __webpack_require__(97781);
// EXTERNAL MODULE: ./filenames/grammar.js
var grammar = __webpack_require__(4516);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./config/settings.js
// One typed settings object for both front ends (CLI flags and action inputs) per model family.



const familySettings = (c, origin, where, root = process.cwd()) => ({
    origin,
    name: c.name,
    manifest: c.manifest,
    manifestMirror: c['manifest-mirror'],
    registry: c.registry,
    location: c.location,
    createTable: c['create-table'] ?? false,
    deployment: c.deployment,
    modelEnv: c['model-env'],
    verifyArtifacts: c['verify-artifacts'] ?? 'production',
    verifyArtifactsExplicit: c['verify-artifacts'] !== undefined,
    claudeMd: c['claude-md'] ?? 'CLAUDE.md',
    claudeMdExplicit: c['claude-md'] !== undefined,
    markers: c.markers ?? marker_config/* DEFAULT_MARKERS */.g,
    template: c.template,
    title: c.title,
    block: c.block,
    filenames: {
        pattern: c.filenames?.pattern ?? grammar/* DEFAULT_PATTERN */.Do,
        globs: c.filenames?.globs ?? [],
        legacy: c.filenames?.legacy ?? [],
    },
    gates: (c.gates ?? []).map((gate, i) => {
        const path = [...(where?.prefix ?? []), 'gates', i];
        return { gate, key: (0,json_source/* jsonPath */.U1)(path), at: where ? where.locate(path) : { file: origin } };
    }),
    staleAfterDays: c['stale-after-days'],
    root,
});

;// CONCATENATED MODULE: ./config/typos.js
/** Edit distance (insert, delete, substitute, swap of neighbours): `model_env` is 1 from `model-env`. */
const distance = (a, b) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const row = d[i];
            const prev = d[i - 1];
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
};
/** The closest candidate, when it is close enough to be what was meant. */
const nearest = (word, candidates) => {
    const norm = (s) => s.toLowerCase().replace(/[-_ ]/g, '');
    let best;
    for (const c of candidates) {
        const d = norm(word) === norm(c) ? 0 : distance(word.toLowerCase(), c.toLowerCase());
        if (best === undefined || d < best.d)
            best = { key: c, d };
    }
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.key : undefined;
};
/** The keys valid in the object at `path` of a schema, or undefined where the path leaves the known shape. */
const keysAt = (schema, path) => {
    let def = schema.def;
    for (const seg of [...path, null]) {
        while (def.innerType)
            def = def.innerType.def;
        if (seg === null)
            return def.shape ? Object.keys(def.shape) : undefined;
        const next = typeof seg === 'number' ? def.element : def.shape?.[seg];
        if (!next)
            return undefined;
        def = next.def;
    }
    return undefined;
};
/**
 * Rewrite zod issues: each unknown key becomes its own issue at the key, suggesting the nearest valid one; a
 * "required" issue for the key that a typo was meant to be is dropped, since the typo line already says it.
 */
const explainUnknownKeys = (issues, schemaAt) => {
    const plain = (p) => p.filter((s) => typeof s !== 'symbol');
    const suggested = new Set();
    const typos = [];
    for (const i of issues) {
        if (i.code !== 'unrecognized_keys')
            continue;
        const at = plain(i.path);
        const valid = schemaAt(at) ?? [];
        for (const key of i.keys ?? []) {
            const near = nearest(key, valid);
            if (near)
                suggested.add(JSON.stringify([...at, near]));
            typos.push({ path: [...at, key], key: true, message: `unknown key "${key}"${near ? `; did you mean "${near}"?` : ''}` });
        }
    }
    const rest = issues
        .filter((i) => i.code !== 'unrecognized_keys' && !suggested.has(JSON.stringify(plain(i.path))))
        .map((i) => ({ path: plain(i.path), message: i.message }));
    return [...typos, ...rest];
};

;// CONCATENATED MODULE: ./config/load.js
// Load the config file and merge front-end overrides into per-family settings.









const exists = (p) => (0,fs_async/* access */.T_)(p).then(() => true, () => false);
const loadConfigFile = async (path) => (await readConfigFile(path)).families;
/** The families of a config file, and where each sits in it (so settings can name a key's line:column). */
const readConfigFile = async (path) => {
    const src = await (0,yaml_source/* readYamlFile */.kv)(path);
    const r = config_schema/* ConfigSchema */.Sk.safeParse(src.value ?? {});
    if (!r.success) {
        // The config is either { families: [...] } or one family: report only the branch the file meant, so a typo
        // gives one line, not one per branch.
        const v = src.value;
        const branch = v !== null && typeof v === 'object' && 'families' in v ? 0 : 1;
        const issues = r.error.issues.flatMap((i) => i.code === 'invalid_union' && i.path.length === 0 ? (i.errors[branch] ?? i.errors.flat()) : [i]);
        const explained = explainUnknownKeys(issues, (path) => keysAt(branch === 0 ? config_schema/* ConfigSchema */.Sk.def.options[0] : config_schema/* FamilyConfigSchema */.OY, path));
        throw new errors/* InputError */.dz(explained.slice(0, 10).map((i) => ({ ...src.locate(i.path, i.key), path: configKey(i.path), message: i.message })));
    }
    const families = 'families' in r.data ? r.data.families : [r.data];
    const where = families.map((_, i) => ({ prefix: 'families' in r.data ? ['families', i] : [], locate: src.locate }));
    return { families, where };
};
/**
 * Settings for each selected family. With no config file, the overrides alone must name a manifest.
 * Flags override the file; with several families, source flags need --family to say which.
 */
const resolveSettings = async (opts) => {
    const found = opts.configPath === undefined && opts.walkUp ? await findConfig(process.cwd()) : undefined;
    const path = opts.configPath ?? found ?? config_schema/* DEFAULT_CONFIG_PATH */.Bi;
    const hasFile = opts.configPath !== undefined || (await exists(path));
    const root = opts.confine?.root ?? (await cliRoot(hasFile ? path : undefined));
    // The config is read only once it is known to lie inside: a link to /proc/self/environ is never parsed.
    if (hasFile && opts.confine && (opts.confine.inputs || opts.configPath === undefined))
        await (0,confine/* confinePaths */.xO)([
            {
                key: opts.configPath === undefined ? 'config' : 'input config',
                value: path,
                where: { file: opts.configPath === undefined ? path : 'input config' },
            },
        ], root);
    const loaded = hasFile ? await readConfigFile(path) : undefined;
    // A config found above the working directory names paths from its repository's root, where it was written for.
    const above = found === undefined ? undefined : (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(found)));
    const base = above === undefined || above === process.cwd() ? undefined : above;
    const fromFile = (loaded?.families ?? []).map((f) => (base === undefined ? f : rebase(f, base)));
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
        const only = familySettings({ ...(opts.family ? { name: opts.family } : {}), ...overrides }, 'arguments', undefined, root);
        if (opts.confine)
            await (0,confine/* confinePaths */.xO)(pathKeys(only, overrides, opts.confine, undefined), root);
        return [withGlobRoot(only, overrides, opts.confine, root)];
    }
    if (families.length > 1 && Object.keys(overrides).length > 0)
        throw errors/* InputError */.dz.at(path, `lists ${families.length} families; name one with --family to override its settings`);
    const out = [];
    for (const f of families) {
        const i = fromFile.indexOf(f);
        const where = loaded?.where[i];
        const made = familySettings(merge(f, overrides), path, where, root);
        // The default CLAUDE.md sits at the config's repository root too (and stays a default: absent is no error).
        const s = base !== undefined && f['claude-md'] === undefined && overrides['claude-md'] === undefined
            ? { ...made, claudeMd: (0,external_node_path_.join)(base, made.claudeMd) }
            : made;
        const at = (key) => where ? { at: where.locate([...where.prefix, ...key]), key: configKey([...where.prefix, ...key]), file: f } : undefined;
        if (opts.confine)
            await (0,confine/* confinePaths */.xO)(pathKeys(s, overrides, opts.confine, at), root);
        out.push(withGlobRoot(s, overrides, opts.confine, root));
    }
    return out;
};
/** The nearest .github/model-governance.yml from `dir` up to the repository root (the directory holding .git). */
const findConfig = async (dir) => {
    const start = (0,external_node_path_.resolve)(dir);
    // Outside a repository there is no root to stop at, so only the working directory counts: a config planted in a
    // shared parent (/tmp/.github/…) must never be picked up.
    const top = await (0,contain/* repositoryRoot */.Hn)(start, start);
    for (let at = start;; at = (0,external_node_path_.dirname)(at)) {
        const candidate = (0,external_node_path_.join)(at, config_schema/* DEFAULT_CONFIG_PATH */.Bi);
        // Named from the working directory, as a typed path would be: `.github/…` there, `../../.github/…` above it.
        if (await exists(candidate))
            return (0,external_node_path_.relative)(process.cwd(), candidate);
        if (at === top || (0,external_node_path_.dirname)(at) === at)
            return undefined;
    }
};
/** A family's relative local paths, made relative to `base` instead of the working directory. */
const rebase = (f, base) => {
    const local = (v) => ((0,external_node_path_.isAbsolute)(v) || /^[a-z]+:/.test(v) ? v : (0,external_node_path_.join)(base, v));
    const out = { ...f, manifest: local(f.manifest) };
    if (f['manifest-mirror'] !== undefined)
        out['manifest-mirror'] = local(f['manifest-mirror']);
    if (f.registry?.startsWith('duckdb:'))
        out.registry = `duckdb:${local(f.registry.slice('duckdb:'.length))}`;
    if (f.deployment !== undefined)
        out.deployment = local(f.deployment);
    if (f['claude-md'] !== undefined)
        out['claude-md'] = local(f['claude-md']);
    if (f.template !== undefined)
        out.template = local(f.template);
    if (f.filenames?.globs)
        out.filenames = { ...f.filenames, globs: f.filenames.globs.map(local) };
    return out;
};
// The CLI's root: the repository holding the config file (or the working directory, when no config is used).
// Judged by where the config's name sits, not where it leads: a config that is itself a link out of the checkout
// must not carry the root along with it.
const cliRoot = async (config) => {
    const cwd = process.cwd();
    if (config === undefined)
        return (0,contain/* repositoryRoot */.Hn)(cwd, cwd);
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, config));
    return (0,contain/* repositoryRoot */.Hn)(dir, (0,contain/* isWithin */.UO)(dir, (0,external_node_path_.resolve)(cwd)) ? cwd : dir);
};
// Every local path of the effective settings, named by where it came from: an override (confined only when inputs
// are), else the config file at its line, else a default (claude-md's CLAUDE.md, which the checkout may make a link).
const pathKeys = (s, o, c, at) => {
    const keys = [];
    const add = (name, value) => {
        if (value === undefined)
            return;
        const local = (0,confine/* localPath */.$S)(name === 'claude-md' || name === 'template' ? 'other' : name === 'manifest-mirror' ? 'manifest' : name, value);
        if (local === undefined)
            return;
        if (o[name] !== undefined) {
            if (c.inputs)
                keys.push({ key: `input ${name}`, value: local, where: { file: `input ${name}` } });
            return;
        }
        const found = at?.([name]);
        keys.push(found && found.file[name] !== undefined
            ? { key: found.key, value: local, where: found.at }
            : { key: `${name} (default)`, value: local, where: found?.at ?? { file: 'arguments' }, optional: true });
    };
    add('manifest', s.manifest);
    // The mirror is a second manifest: drift prints every value in which it differs, so it is confined the same way.
    add('manifest-mirror', s.manifestMirror);
    add('registry', s.registry);
    add('deployment', s.deployment);
    add('claude-md', s.claudeMd);
    add('template', s.template);
    if (o.filenames?.globs === undefined || c.inputs)
        s.filenames.globs.forEach((g, i) => {
            const found = at?.(['filenames', 'globs', i]);
            keys.push({ key: found?.key ?? `input glob`, value: g, where: found?.at ?? { file: 'input glob' }, glob: true });
        });
    return keys;
};
// Glob matches are checked as they are listed (a link inside the checkout may lead out), unless the globs were typed.
const withGlobRoot = (s, o, c, root) => c && (o.filenames?.globs === undefined || c.inputs) ? { ...s, filenames: { ...s.filenames, within: root } } : s;
/** A config key as errors name it: `$.families[1].claude-md` (config keys are plain words, hyphens included). */
const configKey = (path) => `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
// Flags replace single values; filename rules merge key by key so --glob keeps the file's legacy list.
const merge = (f, o) => ({
    ...f,
    ...o,
    ...(o.filenames ? { filenames: { ...f.filenames, ...defined(o.filenames) } } : {}),
});

// EXTERNAL MODULE: ./engine.js + 5 modules
var engine = __webpack_require__(5243);
// EXTERNAL MODULE: ./github/annotations.js
var annotations = __webpack_require__(76328);
// EXTERNAL MODULE: ./github/paths.js
var paths = __webpack_require__(4550);
// EXTERNAL MODULE: ./report/budget.js
var budget = __webpack_require__(86154);
// EXTERNAL MODULE: ./util/workflow-commands.js
var workflow_commands = __webpack_require__(62603);
;// CONCATENATED MODULE: ./report/json.js
// The JSON contract: one object per report (an array when several families ran, and always for duplicate). See
// README "JSON contract".


const toContract = (r) => ({
    mode: r.mode,
    family: r.family,
    ok: r.ok,
    summary: r.summary,
    findings: r.findings,
    plan: r.plan ?? null,
    ...(r.block ? { block: r.block.rendered, diff: r.block.diff } : {}),
    // Additive: only reports that run a checklist (gate) carry it, so other modes' JSON is unchanged.
    ...(r.checklist ? { checklist: r.checklist } : {}),
    ...(r.listing ? { listing: r.listing } : {}),
    ...(r.history ? { history: r.history } : {}),
});
/**
 * Modes whose JSON is always an array of per-family objects, even for one family: scripts call `duplicate --json`
 * before training and read it without guessing the shape (README "JSON contract"). Other modes keep one object for
 * one family; each array element is exactly that object.
 */
const ALWAYS_ARRAY = new Set(['duplicate']);
/** Whether the CLI prints this mode's JSON as an array whatever the number of families. */
const alwaysArray = (mode) => ALWAYS_ARRAY.has(mode);
// One report is one object unless its mode always prints an array; several are an array.
const shape = (reports, items) => items.length === 1 && !reports.every((r) => alwaysArray(r.mode)) ? items[0] : items;
/** JSON text; `##[` and line separators inside strings are JSON escapes (the same values, see workflow-commands). */
const renderJson = (reports) => `${(0,workflow_commands/* safeJson */.oi)(JSON.stringify(shape(reports, reports.map(toContract)), null, 2))}\n`;
/**
 * The JSON contract within `limit` UTF-8 bytes (a step output): when the whole does not fit, every report keeps its
 * first k findings (errors first), k as large as fits, and says what it lost in a `truncated` line naming `where` the
 * full JSON is; a plan too large even then is dropped the same way. Still valid JSON of the same shape.
 */
const renderJsonWithin = (reports, limit, where) => {
    const full = renderJson(reports).trim();
    if ((0,budget/* utf8Bytes */.dy)(full) <= limit)
        return full;
    const fullJson = `the full JSON is in ${where}`;
    const render = (k, plans) => {
        const cut = reports.map((r) => {
            const c = toContract(r);
            const lost = Math.max(0, r.findings.length - k);
            const dropPlan = !plans && c.plan !== null;
            const what = [...(lost ? [(0,budget/* truncatedLine */.hl)(lost, 'finding')] : []), ...(dropPlan ? ['the plan is left out'] : [])];
            return {
                ...c,
                findings: r.findings.slice(0, k),
                plan: dropPlan ? null : c.plan,
                ...(what.length ? { truncated: `${what.join('; ')}; ${fullJson}` } : {}),
            };
        });
        return (0,workflow_commands/* safeJson */.oi)(JSON.stringify(shape(reports, cut), null, 2));
    };
    const most = Math.max(0, ...reports.map((r) => r.findings.length));
    // A finding is at least 40 bytes of JSON, so no more than limit/40 can fit: each try stays small.
    const hi = Math.min(most, Math.floor(limit / 40));
    for (const plans of [true, false]) {
        const k = (0,budget/* largest */.nQ)(0, hi, (n) => (0,budget/* utf8Bytes */.dy)(render(n, plans)) <= limit);
        if (k !== undefined)
            return render(k, plans);
    }
    return JSON.stringify({ truncated: `${(0,budget/* truncatedLine */.hl)(reports.length, 'report')}; ${fullJson}` });
};
/** The sync plan as JSON within `limit` UTF-8 bytes; a larger one becomes its table and a "truncated, N more" line. */
const renderPlanWithin = (plan, limit, where) => {
    const json = (0,workflow_commands/* safeJson */.oi)(JSON.stringify(plan));
    if ((0,budget/* utf8Bytes */.dy)(json) <= limit)
        return json;
    const changes = plan.insert.length + plan.update.length + plan.delete.length;
    return (0,workflow_commands/* safeJson */.oi)(JSON.stringify({ table: plan.table, truncated: (0,budget/* truncatedLine */.hl)(changes, 'change', `the plan is in ${where}`) }));
};

// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./report/markdown.js + 3 modules
var markdown = __webpack_require__(38163);
// EXTERNAL MODULE: ./report/mentions.js
var mentions = __webpack_require__(2384);
;// CONCATENATED MODULE: ./report/summary.js
// The job summary: the step's report in markdown, within GitHub's 1 MiB (a larger summary is dropped whole).





/** The job summary within GitHub's 1 MiB: sections cut to the findings that fit, each cut with a "truncated, N more" line. */
const summaryText = (reports, notes, limit = budget/* BUDGET */.o3.summaryBytes) => {
    const safe = (s) => (0,workflow_commands/* safeLines */.Bv)((0,printable/* printable */.g)(s));
    const list = notes.length ? `\n${notes.map((n) => `- ${(0,mentions/* quietMarkdown */.Q)(n)}`).join('\n')}\n` : '';
    const head = safe(`## model-governance\n${list}`);
    if (!reports.length)
        return `${head}\n_No report: see the error above._\n`;
    const where = 'every finding is in the findings-file output';
    return (0,markdown/* fitSections */.WK)(head, reports.map((r) => (0,markdown/* sectionForms */.HO)(r, {}, `${where[0]?.toUpperCase()}${where.slice(1)}.`, safe)), '', limit, (n) => `_${(0,budget/* truncatedLine */.hl)(n, 'section', where)}._`, budget/* utf8Bytes */.dy);
};

;// CONCATENATED MODULE: ./main.js
// The action front end: inputs → engine → reporters. The only place that fails the run.

















const usesGitHub = (i) => i.reporters.some((r) => GITHUB_REPORTERS.includes(r));
const run = async () => {
    const reports = [];
    const notes = [];
    try {
        const inputs = readInputs();
        // Every path from the config or an input stays inside GITHUB_WORKSPACE (config/confine.ts).
        const families = await resolveSettings({
            configPath: inputs.config,
            family: inputs.family,
            overrides: inputs.overrides,
            confine: { root: (0,paths/* workspaceRoot */.oS)(), inputs: true },
        });
        refuseWorkspacePromotion(inputs, families);
        // Loaded only when used, so an offline run never parses Octokit.
        const session = usesGitHub(inputs) ? (await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(179), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 6407))).openSession(inputs) : undefined;
        const log = action_log/* info */.p;
        for (const mode of inputs.modes) {
            const options = {
                mode,
                dryRun: inputs.dryRun,
                prune: inputs.prune,
                migrate: inputs.migrate,
                force: inputs.force,
                trainStart: inputs.trainStart,
                trainEnd: inputs.trainEnd,
                scope: inputs.scope,
                claudeMdAction: 'check',
                failOn: inputs.failOn,
                offline: inputs.offline,
                ...(inputs.model === undefined ? {} : { model: inputs.model }),
                ...(inputs.asOf === undefined ? {} : { asOf: inputs.asOf }),
                reason: inputs.reason,
                at: inputs.at,
                ...(inputs.date === undefined ? {} : { date: inputs.date }),
                ...(inputs.adoptSection === undefined ? {} : { adoptSection: inputs.adoptSection }),
            };
            const r = session ? await session.runMode(families, options, log) : await (0,engine/* runFamilies */.WR)(families, options, log);
            reports.push(...r.map((x) => (0,paths/* relativize */.wr)(x)));
        }
        for (const r of reports)
            (0,action_log/* info */.p)(`${r.mode} · ${r.family}: ${r.summary}`);
        const published = session ? await session.publish(reports) : undefined;
        notes.push(...(published?.notes ?? []));
        const unannotated = published?.annotated ? 0 : (0,annotations/* emitWorkflowAnnotations */.Pm)(reports);
        if (unannotated)
            notes.push(`Annotations of this step: ${(0,budget/* truncatedLine */.hl)(unannotated, 'finding', `GitHub shows ${budget/* BUDGET */.o3.commandAnnotationsPerSeverity} of each severity a step; the tables below and the findings-file output list every finding`)}.`);
        await setOutputs(reports, published?.outputs ?? {});
        const failures = published?.failures ?? [];
        const code = (0,engine/* exitCodeOf */.FO)(reports, inputs.failOn);
        const problems = [
            ...(failures.length ? [`reporting to GitHub failed: ${failures.map(errors/* messageOf */.bD).join('; ')}`] : []),
            ...(code === errors/* EXIT */.dc.clean ? [] : [failing(reports, inputs.failOn)]),
        ];
        // A service failure outranks findings: the findings may be incomplete.
        if (problems.length)
            fail(failures.length ? errors/* EXIT */.dc.service : code, problems.join('; '));
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
    const unchecked = reports.filter((r) => r.failure !== undefined);
    const n = reports.filter((r) => r.failure === undefined && r.findings.some((f) => (0,engine/* blocks */.Bv)(f, failOn))).length;
    return [
        ...(unchecked.length ? [`${unchecked.map((r) => `${r.mode} · ${r.family}`).join(', ')} could not be checked`] : []),
        ...(n ? [`${n} ${n === 1 ? 'report has' : 'reports have'} findings that fail the run (fail-on: ${failOn})`] : []),
    ].join('; ');
};
const fail = (code, message) => {
    core/* setFailed */.C1(message);
    process.exitCode = code;
};
// Each output within GitHub's 1 MB; the whole JSON contract always goes to a file under RUNNER_TEMP (a private
// mkdtemp directory), whose path is the findings-file output.
const setOutputs = async (reports, extra) => {
    const findings = reports.flatMap((r) => r.findings);
    const dir = await (0,fs_async/* mkdtemp */.jV)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'model-governance-'));
    const file = (0,external_node_path_.join)(dir, 'findings.json');
    await (0,fs_async/* writeFile */._h)(file, renderJson(reports), { flag: 'wx' });
    core/* setOutput */.uH('findings-file', file);
    core/* setOutput */.uH('ok', String(reports.every((r) => r.ok)));
    core/* setOutput */.uH('findings', renderJsonWithin(reports, budget/* BUDGET */.o3.outputBytes, 'the findings-file output'));
    core/* setOutput */.uH('error-count', String(findings.filter((f) => f.severity === 'error').length));
    const plan = reports.find((r) => r.plan)?.plan;
    if (plan)
        core/* setOutput */.uH('plan', renderPlanWithin(plan, budget/* BUDGET */.o3.outputBytes, 'the findings-file output'));
    for (const [name, value] of Object.entries(extra))
        core/* setOutput */.uH(name, (0,workflow_commands/* safeLines */.Bv)(value));
};
// The summary is written whatever else failed, so a failed run still explains itself.
const writeSummary = async (reports, notes) => {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(summaryText(reports, notes)).write();
    }
    catch (e) {
        core/* warning */.$e(`could not write the job summary: ${(0,errors/* messageOf */.bD)(e)}`);
    }
};


/***/ }),

/***/ 87812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ escapeCodePoint),
/* harmony export */   U1: () => (/* binding */ jsonPath),
/* harmony export */   X0: () => (/* binding */ parseJsonSource),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, lineColumn */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92426);
// Strict JSON with source positions: every key keeps its line:column, duplicate keys are errors.
//
// Memory rule: a manifest may be 16 MiB, and it must parse under a 512 MiB heap. So no syntax tree: a quick scan
// over the text looks for duplicate keys, nesting and numbers out of range without building anything, the native
// JSON.parse checks the grammar and builds the value, a full scan (validate) names the first problem when either
// finds one, and positions are found only when a message asks for one (each container on the asked path is
// indexed once, lazily). A tree of a 16 MiB document took over 2 GB.



const MAX_DEPTH = 64;
// Invisible code points are shown escaped, so a path names the key that is there, not the one it looks like.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const quoteKey = (s) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(JSON.stringify(s)).replace(INVISIBLE, escapeCodePoint);
/** `\uXXXX`, or `\u{XXXXX}` beyond the BMP. */
const escapeCodePoint = (c) => {
    const n = c.codePointAt(0) ?? 0;
    return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, '0')}`;
};
const jsonPath = (path) => `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${quoteKey(s)}]`)).join('')}`;
/** Decode bytes as UTF-8 (BOM dropped), or fail naming the first bad byte's line:column. */
const decodeUtf8 = (file, bytes) => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = text.indexOf('\uFFFD');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([{ file, ...lineColumn(text, Math.max(bad, 0)), message: 'is not valid UTF-8' }]);
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
/**
 * Line starts, found as far as asked: line:column of any offset by binary search. Positions are asked for near the
 * top of a document (the first unknown fields, the first problem), so a 16 MiB manifest is not scanned to its end.
 */
const lineIndex = (text) => {
    const starts = [0];
    // Every line start at or before this offset is in `starts`.
    let scanned = 0;
    return (offset) => {
        while (scanned <= offset) {
            const nl = text.indexOf('\n', scanned);
            if (nl === -1)
                scanned = Number.POSITIVE_INFINITY;
            else {
                starts.push(nl + 1);
                scanned = nl + 1;
            }
        }
        let [lo, hi] = [0, starts.length - 1];
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
};
const WS = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const EXPONENT = /[eE]/;
const describeAt = (text, i) => {
    if (i >= text.length)
        return 'Unexpected end of input';
    const cp = text.codePointAt(i) ?? 0;
    const names = { ',': 'Comma', ':': 'Colon', '}': 'RBrace', ']': 'RBracket', '{': 'LBrace', '[': 'LBracket' };
    const ch = String.fromCodePoint(cp);
    return names[ch] ? `Unexpected token ${names[ch]}` : `Unexpected character ${(0,_util_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(JSON.stringify(ch))}`;
};
class Fail {
    offset;
    message;
    path;
    constructor(offset, message, path) {
        this.offset = offset;
        this.message = message;
        this.path = path;
    }
}
/**
 * One pass over the text: grammar, nesting depth, duplicate and reserved keys, numbers that overflow to
 * Infinity. Keeps only the open containers' key sets; throws a Fail at the first problem.
 */
const validate = (text, at) => {
    const path = [];
    let i = 0;
    const skipWs = () => {
        while (i < text.length && WS(text.charCodeAt(i)))
            i++;
    };
    const fail = (message = describeAt(text, i), at = i, where = undefined) => {
        throw new Fail(at, message, where);
    };
    // Moves past the string; true when it has escapes (a key must then be decoded to compare). Runs of plain
    // characters are skipped by one sticky regex, not a character at a time: most of a manifest is inside strings.
    const string = () => {
        i++;
        let escaped = false;
        for (;;) {
            PLAIN.lastIndex = i;
            PLAIN.test(text);
            i = PLAIN.lastIndex;
            if (i >= text.length)
                fail('Unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return escaped;
            }
            if (c === 0x5c) {
                ESCAPE.lastIndex = i;
                if (!ESCAPE.test(text))
                    fail('Invalid escape in string');
                i = ESCAPE.lastIndex;
                escaped = true;
            }
            else
                fail('Unescaped control character in string');
        }
    };
    const value = (depth) => {
        skipWs();
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            if (depth >= MAX_DEPTH)
                fail(`nesting deeper than ${MAX_DEPTH} levels`);
            const object = c === 0x7b;
            const close = object ? 0x7d : 0x5d;
            // Only the open objects' keys are held, and dropped when the object closes.
            const seen = new Map();
            i++;
            skipWs();
            if (text.charCodeAt(i) === close) {
                i++;
                return;
            }
            for (let n = 0;; n++) {
                if (object) {
                    skipWs();
                    if (text.charCodeAt(i) !== 0x22)
                        fail();
                    const start = i;
                    const key = string() ? JSON.parse(text.slice(start, i)) : text.slice(start + 1, i - 1);
                    const first = seen.get(key);
                    if (first !== undefined) {
                        const p = at(first);
                        fail(`duplicate key (first at ${p.line}:${p.column})`, start, [...path, key]);
                    }
                    if (key === '__proto__')
                        fail('reserved key "__proto__"', start, [...path, key]);
                    seen.set(key, start);
                    skipWs();
                    if (text.charCodeAt(i) !== 0x3a)
                        fail();
                    i++;
                    path.push(key);
                }
                else
                    path.push(n);
                value(depth + 1);
                path.pop();
                skipWs();
                const d = text.charCodeAt(i);
                if (d === close) {
                    i++;
                    return;
                }
                if (d !== 0x2c)
                    fail();
                i++;
            }
        }
        if (c === 0x22) {
            string();
            return;
        }
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            NUMBER.lastIndex = i;
            if (!NUMBER.test(text))
                fail();
            const end = NUMBER.lastIndex;
            // Only an exponent or over 300 digits can overflow a double: the common number needs no conversion here.
            if ((end - i > 300 || EXPONENT.test(text.slice(i, end))) && !Number.isFinite(Number(text.slice(i, end))))
                fail('number out of range (beyond ±1.8e308)', i, [...path]);
            i = end;
            return;
        }
        const lit = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
        if (lit !== undefined && text.startsWith(lit, i)) {
            i += lit.length;
            return;
        }
        fail();
    };
    value(0);
    skipWs();
    if (i < text.length)
        fail();
};
// Keys an object holds before the quick scan keeps them in a Set: below it they are compared in place in the text.
const SMALL = 16;
const sameText = (text, a, b, len) => {
    for (let k = 0; k < len; k++)
        if (text.charCodeAt(a + k) !== text.charCodeAt(b + k))
            return false;
    return true;
};
/**
 * The quick scan: what validate finds beyond the grammar (duplicate and reserved keys, nesting, numbers beyond a
 * double), looked for without checking the grammar, which JSON.parse checks natively. It only ever says "none of
 * those here" (true) or "look closer" (false); on false, and whenever JSON.parse refuses the text, validate runs and
 * names the first problem, so every message still comes from one place. It must never say true for a valid JSON text
 * that validate refuses. String bodies are skipped by indexOf (most of a manifest is inside strings), keys are compared
 * where they stand in the text while their object is small (no string per key), and a key with an escape is left to
 * validate. Only the open objects' keys are held, as in validate.
 */
const quickScan = (text) => {
    const n = text.length;
    // Per open container, by depth (1 = the root): an object or not, where its keys start on the key stack, and its
    // keys' Set once it has more than SMALL.
    const isObject = new Uint8Array(MAX_DEPTH + 1);
    const base = new Int32Array(MAX_DEPTH + 1);
    const large = [];
    // The small objects' keys: offset (just past the opening quote) and length. At most SMALL per open object.
    const keyAt = new Int32Array(SMALL * (MAX_DEPTH + 1));
    const keyLen = new Int32Array(SMALL * (MAX_DEPTH + 1));
    let keys = 0;
    let depth = 0;
    // The first backslash at or after the last string's start, found once per stretch: a string before it has no escape.
    let slash = -1;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        // Whitespace, commas and colons first: most of what lies outside strings.
        if (c === 0x20 || c === 0x0a || c === 0x2c || c === 0x3a || c === 0x0d || c === 0x09)
            i++;
        else if (c === 0x22) {
            const s = i + 1;
            let e = text.indexOf('"', s);
            if (e === -1)
                return false;
            if (slash < s) {
                slash = text.indexOf('\\', s);
                if (slash === -1)
                    slash = n;
            }
            const escaped = slash < e;
            // The closing quote is the first one after an even run of backslashes.
            if (escaped)
                for (;;) {
                    let b = e;
                    while (text.charCodeAt(b - 1) === 0x5c)
                        b--;
                    if ((e - b) % 2 === 0)
                        break;
                    e = text.indexOf('"', e + 1);
                    if (e === -1)
                        return false;
                }
            i = e + 1;
            if (isObject[depth] === 0)
                continue;
            let j = i;
            while (j < n && WS(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) !== 0x3a)
                continue; // a value, not a key
            if (escaped)
                return false;
            const len = e - s;
            if (len === 9 && text.startsWith('__proto__', s))
                return false;
            let set = large[depth];
            if (!set && keys - base[depth] >= SMALL) {
                set = new Set();
                for (let m = base[depth]; m < keys; m++)
                    set.add(text.slice(keyAt[m], keyAt[m] + keyLen[m]));
                keys = base[depth];
                large[depth] = set;
            }
            if (set) {
                const key = text.slice(s, e);
                if (set.has(key))
                    return false;
                set.add(key);
            }
            else {
                for (let m = base[depth]; m < keys; m++)
                    if (keyLen[m] === len && sameText(text, keyAt[m], s, len))
                        return false;
                keyAt[keys] = s;
                keyLen[keys] = len;
                keys++;
            }
            i = j + 1;
        }
        else if (c === 0x7b || c === 0x5b) {
            if (depth >= MAX_DEPTH)
                return false;
            depth++;
            isObject[depth] = c === 0x7b ? 1 : 0;
            base[depth] = keys;
            large[depth] = undefined;
            i++;
        }
        else if (c === 0x7d || c === 0x5d) {
            if (depth === 0)
                return false;
            keys = base[depth];
            large[depth] = undefined;
            depth--;
            i++;
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            // A number: only an exponent or over 300 characters can overflow a double (as in validate).
            let j = i + 1;
            let exponent = false;
            for (; j < n; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x65 || d === 0x45)
                    exponent = true;
                else if (!((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x2b || d === 0x2d))
                    break;
            }
            if ((exponent || j - i > 300) && !Number.isFinite(Number(text.slice(i, j))))
                return false;
            i = j;
        }
        else
            i++;
    }
    return true;
};
/** The value of a text validate accepts; validate runs when the quick scan doubts it or JSON.parse refuses it. */
const checkedParse = (text, at) => {
    if (!quickScan(text))
        validate(text, at);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        validate(text, at);
        throw e;
    }
};
/** Offset just past the JSON value starting at `i` (the text is already valid). */
const skipValue = (text, i) => {
    let depth = 0;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // To the closing quote, the first one after an even run of backslashes (found by indexOf, not char by char).
            for (;;) {
                i = text.indexOf('"', i + 1);
                let b = i;
                while (text.charCodeAt(b - 1) === 0x5c)
                    b--;
                if ((i - b) % 2 === 0)
                    break;
            }
            if (depth === 0)
                return i + 1;
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            if (--depth === 0)
                return i + 1;
        }
        else if (depth === 0 && !WS(c)) {
            let j = i;
            while (j < text.length && !/[\s,\]}]/.test(text[j]))
                j++;
            return j;
        }
    }
    return i;
};
const skipWsFrom = (text, i) => {
    while (i < text.length && WS(text.charCodeAt(i)))
        i++;
    return i;
};
/**
 * Members of the container at `start` (offset of `{` or `[`), scanned only as far as the asked member: the
 * notices ask for the first unknown keys of an object that may hold a million. A member's value is skipped only
 * when a later member is asked for: the last member of the root may be the whole document.
 */
const containerIndex = (text, start) => {
    const seen = new Map();
    const object = text.charCodeAt(start) === 0x7b;
    let i = skipWsFrom(text, start + 1);
    // The value of the last member read, not yet skipped.
    let unskipped;
    let n = 0;
    return (seg) => {
        for (let m = seen.get(seg); m === undefined; m = seen.get(seg)) {
            if (unskipped !== undefined) {
                i = skipWsFrom(text, skipValue(text, unskipped));
                if (text.charCodeAt(i) === 0x2c)
                    i = skipWsFrom(text, i + 1);
                unskipped = undefined;
            }
            if (text.charCodeAt(i) === (object ? 0x7d : 0x5d))
                return undefined;
            if (object) {
                const keyStart = i;
                i = skipValue(text, i);
                const raw = text.slice(keyStart, i);
                const key = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                i = skipWsFrom(text, skipWsFrom(text, i) + 1);
                seen.set(key, { key: keyStart, value: i });
            }
            else
                seen.set(n, { key: i, value: i });
            n++;
            unskipped = i;
        }
        return seen.get(seg);
    };
};
const parseJsonSource = (file, text) => {
    if (text.trim() === '')
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, 'is empty; expected a JSON object', { line: 1, column: 1 });
    const at = lineIndex(text);
    let value;
    try {
        value = checkedParse(text, at);
    }
    catch (e) {
        if (!(e instanceof Fail))
            throw e;
        const where = at(e.offset);
        if (e.path)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([{ file, ...where, path: jsonPath(e.path), message: e.message }]);
        const message = e.message.startsWith('nesting') ? e.message : `invalid JSON: ${e.message}`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, message, where);
    }
    const root = skipWsFrom(text, 0);
    const indexes = new Map();
    const locate = (path, key = false) => {
        let node = root;
        let keyAt;
        for (const seg of path) {
            const c = text.charCodeAt(node);
            if (c !== 0x7b && c !== 0x5b) {
                keyAt = undefined;
                break;
            }
            let index = indexes.get(node);
            if (!index) {
                index = containerIndex(text, node);
                indexes.set(node, index);
            }
            const m = (c === 0x7b) === (typeof seg === 'string') ? index(seg) : undefined;
            if (!m) {
                keyAt = undefined;
                break;
            }
            keyAt = c === 0x7b ? m.key : undefined;
            node = m.value;
        }
        return { file, ...at(key && keyAt !== undefined ? keyAt : node) };
    };
    return { value, locate };
};


/***/ }),

/***/ 99247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ fsProblem),
/* harmony export */   h: () => (/* binding */ localManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44346);
/* harmony import */ var _util_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80073);
/* harmony import */ var _util_contain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79285);
/* harmony import */ var _util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62175);
/* harmony import */ var _util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70345);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19799);
// Manifest from a local file. A promotion replaces it atomically (util/atomic-write), keeping its mode and owner,
// with the same rules as a CLAUDE.md write (docs/file.ts): links written through only inside the root, a full disk is
// exit 3 with the original intact.







const fsProblem = (file, e, what = 'file') => {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return e;
    const code = e.code;
    const reason = code === 'ENOENT'
        ? `${what} not found`
        : code === 'EACCES'
            ? `${what} is not readable (permission denied)`
            : code === 'EISDIR'
                ? 'is a directory'
                : e.message;
    return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, reason);
};
/** `root`: where a symbolic link may lead for a write (GITHUB_WORKSPACE in the action, else the working directory). */
const localManifest = (path, root = process.env.GITHUB_WORKSPACE || process.cwd()) => ({
    name: path,
    async load() {
        try {
            // Refuse a huge file before reading it; the bounded read also stops a device or a file that grows.
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .checkManifestSize */ .vs)(path, (await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .stat */ .dJ)(path)).size);
            return { bytes: await (0,_util_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .C)(path, _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_MAX_BYTES */ .V4) };
        }
        catch (e) {
            throw fsProblem(path, e, 'manifest');
        }
    },
    async write(bytes, read) {
        try {
            const target = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWriteTarget */ .ZZ)(path, root);
            if (!(await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .lstat */ .$1)(target)).isFile())
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, 'is not a regular file; nothing written');
            if (!Buffer.from(await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .readFile */ .TA)(target)).equals(Buffer.from(read.bytes)))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('manifest', `write of ${path}`, 'someone else wrote it since it was read; nothing written, run again');
            await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceKeeping */ .W)(target, bytes);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
                throw e;
            throw (0,_util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentFailure */ .W)(path, 'write of', e, '; the manifest is unchanged') ?? fsProblem(path, e, 'manifest');
        }
    },
});


/***/ }),

/***/ 19799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V4: () => (/* binding */ MANIFEST_MAX_BYTES),
  vs: () => (/* binding */ checkManifestSize),
  Ng: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: UNKNOWN_FIELD_NOTICES

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
;// CONCATENATED MODULE: ./manifest/quick-check.js
// A quick yes for a valid manifest: the schema's rules (schema.ts) written as plain code, with no issue objects, no
// result copies and no pass over unknown fields. zod spent about 13 µs a model, and a copy of every entry whose
// metrics hold an extra key; this spends about 2. It only ever says "valid": a manifest it does not accept goes to
// the zod schema, which decides and words every error, so messages come from one place. It must never accept what
// the schema refuses: test/manifest/quick-check.test.ts holds the two equal on generated and hostile manifests.

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v) => v === undefined || v === null;
// Printable ASCII passes every character rule (no control, bidi, surrogate, invisible or non-NFC character), so the
// common string needs one test here instead of three or five.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Whether a string holds at most `max` code points, as zod counts a maxLength: a pair of surrogates is one. A string
 * within `max` UTF-16 units is within it (most are); only a longer one is counted.
 */
const fits = (s, max) => {
    if (s.length <= max)
        return true;
    let n = s.length;
    for (let i = 0; i < s.length - 1 && n > max; i++)
        if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            n--;
            i++;
        }
    return n <= max;
};
const quick_check_text = (v, max, min = 0, multiline = false) => typeof v === 'string' && v.length >= min && fits(v, max) && (PRINTABLE_ASCII.test(v) || (v.isWellFormed() && (0,schema/* hasSafeChars */.tr)(v, multiline)));
const date = (v) => typeof v === 'string' && (0,schema/* isCalendarDate */.tf)(v);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const STATUS = new Set(schema/* STATUSES */.f);
// zod's own pattern for the timestamp; if a zod release stops exposing it as a plain pattern, nothing passes here
// and zod decides alone.
const pattern = schema/* Timestamp */.Dc._zod.def.pattern;
const TIMESTAMP = pattern && !pattern.global && !pattern.sticky ? pattern : undefined;
const metrics = (m) => isObject(m) &&
    (absent(m.hit_rate_edge_3plus) || (finite(m.hit_rate_edge_3plus) && m.hit_rate_edge_3plus >= 0 && m.hit_rate_edge_3plus <= 100)) &&
    (absent(m.mae) || (finite(m.mae) && m.mae >= 0)) &&
    (absent(m.graded_edge_3plus_n) || (Number.isSafeInteger(m.graded_edge_3plus_n) && m.graded_edge_3plus_n >= 0));
const promotion = (p) => isObject(p) &&
    quick_check_text(p.reason, schema/* TEXT_MAX */.DE.reason, 1) &&
    (absent(p.forced) || typeof p.forced === 'boolean') &&
    (absent(p.failed_gates) || (Array.isArray(p.failed_gates) && p.failed_gates.every((g) => quick_check_text(g, schema/* TEXT_MAX */.DE.failed_gate))));
const model = (e) => isObject(e) &&
    quick_check_text(e.file, schema/* TEXT_MAX */.DE.file, 1) &&
    quick_check_text(e.gcs_path, schema/* TEXT_MAX */.DE.gcs_path) &&
    schema/* GCS_PATH */.iX.test(e.gcs_path) &&
    (absent(e.model_version) || quick_check_text(e.model_version, schema/* TEXT_MAX */.DE.model_version)) &&
    (absent(e.feature_count) || (Number.isSafeInteger(e.feature_count) && e.feature_count > 0)) &&
    date(e.training_start_date) &&
    date(e.training_end_date) &&
    (absent(e.eval_start_date) || date(e.eval_start_date)) &&
    (absent(e.eval_end_date) || date(e.eval_end_date)) &&
    STATUS.has(e.status) &&
    typeof e.sha256 === 'string' &&
    schema/* SHA256_HEX */.Y5.test(e.sha256) &&
    (absent(e.metrics) || metrics(e.metrics)) &&
    typeof e.created_at === 'string' &&
    TIMESTAMP?.test(e.created_at) === true &&
    (absent(e.promoted_at) || date(e.promoted_at)) &&
    (absent(e.promotion) || promotion(e.promotion)) &&
    (absent(e.notes) || quick_check_text(e.notes, schema/* TEXT_MAX */.DE.notes, 0, true));
const modelId = (id) => id.length >= 1 &&
    fits(id, schema/* TEXT_MAX */.DE.model_id) &&
    (PRINTABLE_ASCII.test(id) || (id.isWellFormed() && (0,schema/* hasSafeChars */.tr)(id, false) && !(0,schema/* hasInvisible */.wy)(id) && id.normalize('NFC') === id));
/** True only when the schema accepts `doc` (a JSON.parse value); false means "ask the schema". */
const passesSchema = (doc) => {
    if (!isObject(doc) || doc.schema_version !== 1 || !quick_check_text(doc.family, schema/* TEXT_MAX */.DE.family, 1))
        return false;
    if (doc.production_model !== null && typeof doc.production_model !== 'string')
        return false;
    const models = doc.models;
    if (!isObject(models))
        return false;
    for (const id in models)
        if (id === '__proto__' || !modelId(id) || !model(models[id]))
            return false;
    return true;
};

// EXTERNAL MODULE: ./manifest/rules.js + 2 modules
var rules = __webpack_require__(9419);
;// CONCATENATED MODULE: ./manifest/parse.js






const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
const checkManifestSize = (file, size) => {
    if (size > MANIFEST_MAX_BYTES)
        throw errors/* InputError */.dz.at(file, `is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MANIFEST_MAX_BYTES / 1048576} MiB`);
};
/** `metrics`: extra metric names the config declares (its gates read them), so they are not unknown fields. */
const parseManifest = (file, bytes, declared = {}) => {
    checkManifestSize(file, bytes.byteLength);
    const source = (0,json_source/* parseJsonSource */.X0)(file, (0,json_source/* decodeUtf8 */._6)(file, bytes));
    // The quick check says yes to a valid manifest at a fraction of zod's cost; anything else is zod's to judge and word.
    if (!passesSchema(source.value)) {
        const result = schema/* ManifestSchema */.pL.safeParse(knownOnly(source.value));
        if (!result.success)
            throw new errors/* InputError */.dz(result.error.issues.map((i) => toProblem(file, source, i)));
    }
    // The schema transforms nothing, so the checked document is the manifest, unknown fields and all.
    const manifest = source.value;
    const problems = (0,rules/* checkRules */.M)(manifest).map(({ path, message, key }) => ({ ...source.locate(path, key), path: (0,json_source/* jsonPath */.U1)(path), message }));
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return { file, manifest, source, notices: unknownFields(manifest, source, declared.metrics) };
};
const parse_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const KNOWN = {
    manifest: new Set(schema/* KNOWN_KEYS */.B.manifest),
    model: new Set(schema/* KNOWN_KEYS */.B.model),
    metrics: new Set(schema/* KNOWN_KEYS */.B.metrics),
};
const onlyKnown = (v, keys) => {
    for (const k in v)
        if (!keys.has(k))
            return false;
    return true;
};
/** `v` itself when it holds only known keys (the common case: no copy); else a copy without the unknown ones. */
const pick = (v, keys, each) => {
    if (!parse_isObject(v))
        return v;
    if (!each && onlyKnown(v, keys))
        return v;
    return Object.fromEntries(Object.keys(v).flatMap((k) => (keys.has(k) ? [[k, each ? each(k, v[k]) : v[k]]] : [])));
};
const parse_model = (e) => {
    if (!parse_isObject(e))
        return e;
    const metrics = e.metrics;
    if (onlyKnown(e, KNOWN.model) && (!parse_isObject(metrics) || onlyKnown(metrics, KNOWN.metrics)))
        return e;
    return pick(e, KNOWN.model, (f, x) => (f === 'metrics' ? pick(x, KNOWN.metrics) : x));
};
/** The document with only the fields the schema knows: unknown fields are kept as they are, never validated, and
 * a million of them would otherwise cost the validator seconds and hundreds of MB. Objects that hold only known
 * fields are passed as they are, so a clean manifest is not copied. */
const knownOnly = (doc) => {
    if (!parse_isObject(doc))
        return doc;
    const models = doc.models;
    let same = onlyKnown(doc, KNOWN.manifest);
    let checked = models;
    if (parse_isObject(models)) {
        let copy;
        for (const id in models) {
            const e = models[id];
            const k = parse_model(e);
            if (k !== e && !copy)
                copy = { ...models };
            if (copy)
                copy[id] = k;
        }
        if (copy) {
            checked = copy;
            same = false;
        }
    }
    if (same)
        return doc;
    return pick(doc, KNOWN.manifest, (k, v) => (k === 'models' ? checked : v));
};
const describe = (value) => {
    const s = JSON.stringify(value);
    return s === undefined ? 'nothing' : (0,printable/* printable */.g)(s.length > 60 ? `${s.slice(0, 57)}...` : s);
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
    return { ...source.locate(path, issue.code === 'invalid_key'), path: (0,json_source/* jsonPath */.U1)(path), message, file };
};
const valueAt = (root, path) => path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), root);
/** Unknown fields are named one by one up to this many; the rest are counted in one notice (a 16 MiB manifest
 * can hold a million keys, and a finding per key would take more memory than the manifest). */
const UNKNOWN_FIELD_NOTICES = 50;
const unknownFields = (m, source, metrics = new Set()) => {
    const out = [];
    let more = 0;
    // `model_id` unset: the top level; `inMetrics`: the model's metrics, else the model itself.
    const report = (obj, known, model_id, inMetrics = false) => {
        // Clean objects (the common case) cost one pass over their keys and no path arrays; the path is built only for
        // a notice that is written (the first 50), not for each of 10,000 models whose metrics hold one more key.
        if (onlyKnown(obj, known))
            return;
        const path = () => (model_id === undefined ? [] : inMetrics ? ['models', model_id, 'metrics'] : ['models', model_id]);
        for (const key in obj) {
            if (known.has(key))
                continue;
            if (out.length >= UNKNOWN_FIELD_NOTICES) {
                more++;
                continue;
            }
            out.push({
                code: 'manifest.unknown-field',
                severity: 'notice',
                message: `${(0,json_source/* jsonPath */.U1)([...path(), key])} is not part of schema v1; it is kept as is`,
                field: key,
                ...(model_id === undefined ? {} : { model_id }),
                location: source.locate([...path(), key], true),
            });
        }
    };
    const knownMetrics = new Set([...schema/* KNOWN_KEYS */.B.metrics, ...metrics]);
    report(m, KNOWN.manifest);
    for (const id in m.models) {
        const model = m.models[id];
        report(model, KNOWN.model, id);
        if (model.metrics)
            report(model.metrics, knownMetrics, id, true);
    }
    if (more > 0)
        out.push({
            code: 'manifest.unknown-field',
            severity: 'notice',
            message: `${more} more fields are not part of schema v1; they are kept as is`,
        });
    return out;
};


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ basename),
  M: () => (/* binding */ checkRules)
});

// EXTERNAL MODULE: ./registry/metrics.js
var registry_metrics = __webpack_require__(40111);
// EXTERNAL MODULE: ./manifest/confusable-table.cjs
var confusable_table = __webpack_require__(65345);
;// CONCATENATED MODULE: ./manifest/confusable-table.js


;// CONCATENATED MODULE: ./manifest/confusable.js
// Unicode confusable skeletons (UTS #39, section 4): two strings that look alike, such as "catboost" with a
// Cyrillic а and the Latin one, or "model_1" and "model_l", have the same skeleton. The mapping is Unicode's
// confusables.txt as the unhomoglyph package ships it (confusable-table.ts).

/**
 * The table's entries for ASCII code points: every other ASCII character is its own prototype. Held here so an ASCII
 * id (the rule) never needs the whole table; test/manifest/confusable.test.ts derives it from data.json.
 */
const ASCII_PROTOTYPES = {
    '"': "''",
    '%': 'º/₀',
    '0': 'O',
    '1': 'l',
    I: 'l',
    '`': "'",
    m: 'rn',
    '|': 'l',
};
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
// ASCII ids are the rule, and for them NFD and the ignorable filter change nothing: their prototypes, one lookup
// per character in a table of 128, skip both Unicode passes over the input (a manifest may hold 10,000 ids).
let ascii;
const ASCII = /^[\x00-\x7f]*$/;
/** skeleton(X) = NFD(prototype of each code point of NFD(X) without default-ignorables). */
const skeleton = (s) => {
    if (ASCII.test(s)) {
        ascii ??= Array.from({ length: 128 }, (_, k) => {
            const c = String.fromCharCode(k);
            return ASCII_PROTOTYPES[c] ?? c;
        });
        const codes = ascii;
        let out = '';
        for (let k = 0; k < s.length; k++)
            out += codes[s.charCodeAt(k)];
        return ASCII.test(out) ? out : out.normalize('NFD');
    }
    // Looked up in the parsed JSON object itself: copying its 6,000 entries into a Map cost more than every lookup of a
    // run. Own properties only, so nothing inherited from Object.prototype is a prototype.
    const table = (0,confusable_table/* confusableTable */.P)();
    let out = '';
    for (const c of s.normalize('NFD').replace(INVISIBLE, ''))
        out += Object.hasOwn(table, c) ? table[c] : c;
    return out.normalize('NFD');
};

// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./manifest/rules.js
// Cross-field rules the schema alone cannot say. Pure: manifest in, problems out.



// Non-ASCII shown as escapes: two confusable ids would otherwise print identically in the message about them.
const visible = (id) => JSON.stringify(id).replace(/[^\x20-\x7e]/gu, json_source/* escapeCodePoint */.F$);
/** Ids that would look alike to a reader (same UTS #39 skeleton): each later one is reported, naming the first. */
const confusableIds = (ids) => {
    const first = new Map();
    const out = [];
    if (ids.length < 2)
        return out;
    for (const id of ids) {
        const k = skeleton(id);
        const other = first.get(k);
        if (other === undefined)
            first.set(k, id);
        else
            out.push({
                path: ['models', id],
                key: true,
                message: `model id ${visible(id)} looks like ${visible(other)} at ${(0,json_source/* jsonPath */.U1)(['models', other])} (same Unicode confusable skeleton, UTS #39); rename one`,
            });
    }
    return out;
};
/**
 * The first key or string with a lone surrogate in a metric value. The schema checks the manifest's own strings;
 * metrics are any JSON, and DuckDB's and BigQuery's JSON parsers refuse such text, which would fail every sync.
 */
const loneSurrogate = (v, path) => {
    if (typeof v === 'string')
        return v.isWellFormed() ? undefined : { path, message: LONE_SURROGATE };
    if (v === null || typeof v !== 'object')
        return undefined;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const p = loneSurrogate(v[i], [...path, i]);
            if (p)
                return p;
        }
        return undefined;
    }
    for (const k of Object.keys(v)) {
        if (!k.isWellFormed())
            return { path: [...path, k], key: true, message: LONE_SURROGATE };
        const p = loneSurrogate(v[k], [...path, k]);
        if (p)
            return p;
    }
    return undefined;
};
const LONE_SURROGATE = 'contains a lone surrogate (not valid Unicode)';
/**
 * One pass for the common case, building no path: an upper bound of `v`'s UTF-8 bytes as JSON (a UTF-16 unit is at
 * most 6 bytes, as a \u escape; a number at most 24 characters), or -1 when a key or string holds a lone surrogate.
 * Only metrics whose bound is over the cap pay for their canonical text here.
 */
const scan = (v) => {
    if (typeof v === 'string')
        return v.isWellFormed() ? 6 * v.length + 2 : -1;
    if (v === null || typeof v !== 'object')
        return 24;
    let n = 2;
    if (Array.isArray(v)) {
        for (const x of v) {
            const m = scan(x);
            if (m < 0)
                return -1;
            n += m + 1;
        }
        return n;
    }
    for (const k in v) {
        const m = k.isWellFormed() ? scan(v[k]) : -1;
        if (m < 0)
            return -1;
        n += 6 * k.length + 4 + m;
    }
    return n;
};
const size = (bytes) => bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
/** A model's metrics as the registry's `metrics` column will hold them: valid Unicode, within METRICS_MAX_BYTES. */
const metricsProblem = (id, metrics) => {
    if (!metrics)
        return undefined;
    const at = ['models', id, 'metrics'];
    const bound = scan(metrics);
    if (bound < 0)
        return loneSurrogate(metrics, at);
    if (bound <= registry_metrics/* METRICS_MAX_BYTES */.rE)
        return undefined;
    const text = (0,registry_metrics/* extraMetrics */.kM)(metrics);
    const bytes = text === null ? 0 : Buffer.byteLength(text, 'utf8');
    if (bytes > registry_metrics/* METRICS_MAX_BYTES */.rE)
        return {
            path: at,
            message: `its metrics beyond hit_rate_edge_3plus, mae and graded_edge_3plus_n are ${size(bytes)} as canonical JSON; the limit is ${registry_metrics/* METRICS_MAX_BYTES */.rE / 1024} KiB`,
        };
    return undefined;
};
const basename = (gcsPath) => gcsPath.slice(gcsPath.lastIndexOf('/') + 1);
const checkRules = (m) => {
    const out = confusableIds(Object.keys(m.models));
    const prod = m.production_model;
    if (prod !== null && !Object.hasOwn(m.models, prod))
        out.push({ path: ['production_model'], message: `names "${prod}", which is not in models` });
    for (const id of Object.keys(m.models)) {
        const e = m.models[id];
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
        const metrics = metricsProblem(id, e.metrics);
        if (metrics)
            out.push(metrics);
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
/* harmony export */   DE: () => (/* binding */ TEXT_MAX),
/* harmony export */   DY: () => (/* binding */ FAILED_GATE_MAX),
/* harmony export */   Dc: () => (/* binding */ Timestamp),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   bp: () => (/* binding */ PromotionReasonSchema),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   iX: () => (/* binding */ GCS_PATH),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   tf: () => (/* binding */ isCalendarDate),
/* harmony export */   tr: () => (/* binding */ hasSafeChars),
/* harmony export */   wy: () => (/* binding */ hasInvisible)
/* harmony export */ });
/* unused harmony exports PromotionSchema, MetricsSchema, ModelSchema, MODEL_ID_MAX, codePointLabel */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17197);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
// The manifest schema, v1. zod is the single source: types, validation and the published JSON Schema.
// zod/mini: the same validator and messages, but tree-shakable, so start-up parses a fraction of the code.


const STATUSES = ['production', 'candidate', 'untested', 'deprecated'];
/**
 * True when `YYYY-MM-DD` names a day that exists (rejects 2026-02-30), in BigQuery's DATE range 0001-01-01 to
 * 9999-12-31. Not Date.UTC(y, …): it maps years 0–99 to 1900–1999, so 0050-01-01 came back as 1950.
 */
const isCalendarDate = (s) => {
    if (!CALENDAR_DATE.test(s))
        return false;
    // Digits by char code: this runs four times per model, and a manifest may hold 10,000 (no Date, no match array).
    const n = (i) => s.charCodeAt(i) - 48;
    const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
    const mo = n(5) * 10 + n(6);
    const d = n(8) * 10 + n(9);
    if (y < 1 || mo < 1 || mo > 12 || d < 1)
        return false;
    // Proleptic Gregorian, as Date.setUTCFullYear counts.
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (mo === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[mo - 1] ?? 0));
};
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Control characters, bidi overrides and lone surrogates make text that renders differently from what it is.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\t]/;
/** No control or bidi-override character (and, unless multiline, no newline or tab). Shared with quick-check.ts. */
const hasSafeChars = (s, multiline) => !UNSAFE_TEXT.test(s) && (multiline || !LINE_BREAK.test(s));
const safeText = (max, multiline = false, min = 0) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(...(min > 0 ? [zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(min)] : []), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(max, { message: `must be at most ${max} characters` }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => s.isWellFormed(), { message: 'contains a lone surrogate (not valid Unicode)' }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => hasSafeChars(s, multiline), {
    message: multiline ? 'contains a control or bidi-override character' : 'contains a control character, newline or bidi override',
}));
/**
 * The longest text each field may hold, in code points (zod's maxLength counts those). Shared with quick-check.ts,
 * which compares String length (UTF-16 units, never fewer): an astral text near a limit goes on to zod, which decides.
 */
const TEXT_MAX = {
    family: 128,
    file: 255,
    gcs_path: 1024,
    model_version: 128,
    notes: 10_000,
    reason: 1000,
    failed_gate: 500,
    model_id: 1024,
};
const GCS_PATH = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]\/.+/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const date = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' }));
const opt = (t) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(t);
/** The reason a promotion carries (`promote --reason`): one line of safe text. */
const PromotionReasonSchema = safeText(TEXT_MAX.reason, false, 1);
const FAILED_GATE_MAX = TEXT_MAX.failed_gate;
/** Written by `promote` when a reason is given; the history reads `reason` into its audit trail. */
const PromotionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    reason: PromotionReasonSchema,
    forced: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()),
    failed_gates: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(safeText(FAILED_GATE_MAX))),
});
const MetricsSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    hit_rate_edge_3plus: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(100))),
    mae: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
    graded_edge_3plus_n: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
/** zod's own ISO 8601 check; quick-check.ts tests its pattern. */
const Timestamp = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone' });
const ModelSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: safeText(TEXT_MAX.file, false, 1),
    gcs_path: safeText(TEXT_MAX.gcs_path).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(GCS_PATH, { message: 'must be gs://BUCKET/OBJECT' })),
    model_version: opt(safeText(TEXT_MAX.model_version)),
    feature_count: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gt */ .Tx(0))),
    training_start_date: date,
    training_end_date: date,
    eval_start_date: opt(date),
    eval_end_date: opt(date),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(STATUSES),
    sha256: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(SHA256_HEX, { message: 'must be 64 lowercase hex characters' })),
    metrics: opt(MetricsSchema),
    created_at: Timestamp,
    promoted_at: opt(date),
    promotion: opt(PromotionSchema),
    notes: opt(safeText(TEXT_MAX.notes, true)),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
const MODEL_ID_MAX = TEXT_MAX.model_id;
/** U+XXXX for a code point, as Unicode writes it. */
const codePointLabel = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
// Ids must read as what they are: two ids that differ only by a zero-width space, a soft hyphen, a direction mark
// (Default_Ignorable_Code_Point) or by normalization (é vs e + U+0301) print identically. Look-alike ids of
// different letters (Cyrillic а vs Latin a) are caught across ids by the confusable rule in rules.ts.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Holds a default-ignorable (invisible) code point. Shared with quick-check.ts. */
const hasInvisible = (s) => INVISIBLE.test(s);
const modelId = safeText(MODEL_ID_MAX, false, 1).check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => !hasInvisible(s), {
    error: (issue) => {
        const c = String(issue.input).match(INVISIBLE)?.[0] ?? '';
        return `contains the invisible code point ${codePointLabel(c)} (default-ignorable); ids must not`;
    },
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => s.normalize('NFC') === s, {
    message: 'is not in Unicode normalization form NFC; write it composed (NFC)',
}));
const ManifestSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema_version: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    family: safeText(TEXT_MAX.family, false, 1),
    production_model: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    models: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(modelId, ModelSchema),
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

/***/ 92103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseBigQueryAddress)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
// A bigquery: registry address, checked without loading the client library (backends.ts opens the adapter lazily).

/** Project (optionally domain-scoped), dataset, table: validated, because identifiers cannot be parameters. */
const ADDRESS = /^((?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([A-Za-z0-9_-]{1,1024})$/;
/** `PROJECT.DATASET.TABLE` (what follows `bigquery:`), or bad input. */
const parseBigQueryAddress = (address) => {
    const m = ADDRESS.exec(address);
    if (!m)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(`bigquery:${address}`, 'must be bigquery:PROJECT.DATASET.TABLE');
    const [, project, dataset, tableId] = m;
    return { project, dataset, tableId };
};


/***/ }),

/***/ 40111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ canonicalFromStore),
/* harmony export */   kM: () => (/* binding */ extraMetrics),
/* harmony export */   rE: () => (/* binding */ METRICS_MAX_BYTES)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92426);
// The registry's `metrics` JSON column: every metric of a manifest entry beyond the three that have their own columns.
// Held as canonical JSON text (object keys in code-point order at every depth, no whitespace), so the same metrics
// always make the same bytes: a second sync compares equal and writes nothing, and drift compares text.


/**
 * The most a model's `metrics` column may hold, in UTF-8 bytes of its canonical text: the value is printed whole in
 * drift findings, plans and the history, so a manifest over it is bad input (checked when the manifest is parsed).
 */
const METRICS_MAX_BYTES = 64 * 1024;
/** The metrics with their own registry columns (hit_rate_edge_3plus, mae, graded_edge_3plus_n): never repeated in `metrics`. */
const OWN_COLUMNS = new Set(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_KEYS */ .B.metrics);
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// Metric values are not checked like the manifest's other strings (any JSON may be there), and this text reaches
// findings, logs and markdown: characters that render other than they are (C1 controls, line and paragraph
// separators, bidi overrides) are written as \u escapes by printable, which is the same JSON value inside a string.
const str = (s) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(JSON.stringify(s));
/** JSON text with sorted keys; built by hand so a `__proto__` key is data, never a prototype. */
const canonicalJson = (v) => {
    if (typeof v === 'string')
        return str(v);
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort(byCodePoint);
    return `{${keys.map((k) => `${str(k)}:${canonicalJson(v[k])}`).join(',')}}`;
};
/** The `metrics` column of an entry: its extra metrics as canonical JSON, or null when it has none. */
const extraMetrics = (metrics) => {
    if (!metrics)
        return null;
    // canonicalJson of the object of these keys, written out without building that object (it runs once per model).
    const extra = Object.keys(metrics).filter((k) => !OWN_COLUMNS.has(k) && metrics[k] !== undefined);
    if (extra.length === 0)
        return null;
    extra.sort(byCodePoint);
    let out = '{';
    for (let i = 0; i < extra.length; i++) {
        const k = extra[i];
        out += `${i === 0 ? '' : ','}${str(k)}:${canonicalJson(metrics[k])}`;
    }
    return `${out}}`;
};
/**
 * A `metrics` value as a backend returns it (text in any key order and spacing, or an already parsed value), in the
 * canonical form, so what was written reads back equal. JSON `null` is no metrics (BigQuery's TO_JSON_STRING spells
 * a NULL so). Text that is not JSON is returned as it is (it then differs, and sync rewrites it).
 */
const canonicalFromStore = (v) => {
    if (v === null || v === undefined)
        return null;
    let parsed = v;
    if (typeof v === 'string')
        try {
            parsed = JSON.parse(v);
        }
        catch {
            return v;
        }
    return parsed === null ? null : canonicalJson(parsed);
};


/***/ }),

/***/ 11174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ byId),
/* harmony export */   $P: () => (/* binding */ manifestRows),
/* harmony export */   aC: () => (/* binding */ COLUMN_NAMES),
/* harmony export */   cZ: () => (/* binding */ COLUMNS),
/* harmony export */   ji: () => (/* binding */ manifestPath)
/* harmony export */ });
/* unused harmony exports canonicalTimestamp, toRow */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40111);
// The model_registry row: one pure mapping from a manifest entry, the same columns in every backend.


const COLUMNS = [
    ['model_id', 'STRING', true],
    ['family', 'STRING', true],
    ['model_version', 'STRING', false],
    ['file', 'STRING', true],
    ['gcs_path', 'STRING', true],
    ['feature_count', 'INT64', false],
    ['training_start_date', 'DATE', true],
    ['training_end_date', 'DATE', true],
    ['eval_start_date', 'DATE', false],
    ['eval_end_date', 'DATE', false],
    ['status', 'STRING', true],
    ['is_production', 'BOOL', true],
    ['sha256', 'STRING', true],
    ['hit_rate_edge_3plus', 'FLOAT64', false],
    ['evaluation_mae', 'FLOAT64', false],
    ['graded_edge_3plus_n', 'INT64', false],
    ['created_at', 'TIMESTAMP', true],
    ['promoted_at', 'DATE', false],
    ['notes', 'STRING', false],
    // The manifest's metrics beyond the three columns above, as canonical JSON text (see metrics.ts).
    ['metrics', 'JSON', false],
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name);
/** Timestamps compare as instants: one canonical form whatever zone the manifest wrote. */
const canonicalTimestamp = (s) => {
    // The usual form, UTC to the second (YYYY-MM-DDTHH:MM:SSZ) with every field in range, is its own instant: only the
    // milliseconds are added, without a Date (one per model). Anything else goes through Date, as it always did.
    if (s.length === 20 && UTC_SECONDS.test(s) && (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(s.slice(0, 10))) {
        const h = Number(s.slice(11, 13));
        if (h < 24 && Number(s.slice(14, 16)) < 60 && Number(s.slice(17, 19)) < 60)
            return `${s.slice(0, 19)}.000Z`;
    }
    return new Date(s).toISOString();
};
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const toRow = (family, productionModel, id, e) => ({
    model_id: id,
    family,
    model_version: e.model_version ?? null,
    file: e.file,
    gcs_path: e.gcs_path,
    feature_count: e.feature_count ?? null,
    training_start_date: e.training_start_date,
    training_end_date: e.training_end_date,
    eval_start_date: e.eval_start_date ?? null,
    eval_end_date: e.eval_end_date ?? null,
    status: e.status,
    is_production: id === productionModel,
    sha256: e.sha256,
    hit_rate_edge_3plus: e.metrics?.hit_rate_edge_3plus ?? null,
    evaluation_mae: e.metrics?.mae ?? null,
    graded_edge_3plus_n: e.metrics?.graded_edge_3plus_n ?? null,
    created_at: canonicalTimestamp(e.created_at),
    promoted_at: e.promoted_at ?? null,
    notes: e.notes ?? null,
    metrics: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .extraMetrics */ .kM)(e.metrics),
});
const manifestRows = (m) => {
    // A loop over the ids, not Object.entries: a manifest may hold 10,000 models, and each pair was an array.
    const rows = [];
    for (const id of Object.keys(m.models))
        rows.push(toRow(m.family, m.production_model, id, m.models[id]));
    return rows.sort((a, b) => byId(a.model_id, b.model_id));
};
/** Code-point order, the same on every machine and locale. */
const byId = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The manifest field a registry column comes from, for pointing findings at the manifest source. */
const manifestPath = (column) => {
    switch (column) {
        case 'hit_rate_edge_3plus':
            return ['metrics', 'hit_rate_edge_3plus'];
        case 'evaluation_mae':
            return ['metrics', 'mae'];
        case 'graded_edge_3plus_n':
            return ['metrics', 'graded_edge_3plus_n'];
        case 'is_production':
            return ['status'];
        default:
            return [column];
    }
};


/***/ }),

/***/ 86154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wn: () => (/* binding */ chars),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   hl: () => (/* binding */ truncatedLine),
/* harmony export */   nQ: () => (/* binding */ largest),
/* harmony export */   o3: () => (/* binding */ BUDGET),
/* harmony export */   yd: () => (/* binding */ cutTo)
/* harmony export */ });
// GitHub's size limits, one budget per channel. THE RULE: every text the action hands GitHub fits its channel's budget,
// and whatever is left out is announced by a visible "truncated, N more" line (never a silent cut); every truncated
// form keeps its marker (the marker is in the head, which is kept). The full JSON always goes to the findings-file.
// GitHub drops a step summary over 1 MiB, keeps an output up to 1 MB, a check-run summary/text up to 65,535
// characters, a comment/issue/PR body up to 65,536, takes 50 annotations a request and shows 10 error and 10 warning
// annotations a step from workflow commands.
const BUDGET = {
    /** Job summary, in UTF-8 bytes (the runner measures the file). */
    summaryBytes: 1024 * 1024,
    /** Each step output, in UTF-8 bytes. */
    outputBytes: 1_000_000,
    /** Check-run output.summary / output.text, in characters. */
    checkText: 65_535,
    /** Comment, issue and pull-request bodies, in characters. */
    body: 65_536,
    annotationsPerRequest: 50,
    /** Check-run annotations per run: 20 requests; the job summary and the findings-file list every finding. */
    annotationsPerRun: 1_000,
    /** Workflow-command annotations per severity: what GitHub shows of a step. */
    commandAnnotationsPerSeverity: 10,
};
const chars = (s) => s.length;
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The longest prefix of `text` within `limit` by `measure`, never splitting a surrogate pair. */
const cutTo = (text, limit, measure = chars) => {
    if (measure(text) <= limit)
        return text;
    let lo = 0;
    let hi = Math.min(text.length, limit);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const code = text.charCodeAt(lo - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? lo - 1 : lo);
};
/** The largest n in [lo, hi] with ok(n), or undefined when not even ok(lo); ok must be monotone (true then false). */
const largest = (lo, hi, ok) => {
    if (hi < lo || !ok(lo))
        return undefined;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
};
/** "truncated, 1,234 more findings: where" (`where` optional). */
const truncatedLine = (n, what, where = '') => `truncated, ${n.toLocaleString('en-US')} more ${what}${n === 1 ? '' : 's'}${where ? `: ${where}` : ''}`;


/***/ }),

/***/ 38163:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r$: () => (/* binding */ compactSection),
  QK: () => (/* binding */ countLine),
  WK: () => (/* binding */ fitSections),
  iZ: () => (/* binding */ reportSection),
  HO: () => (/* binding */ sectionForms)
});

// UNUSED EXPORTS: checklistList, findingsTable, planTable, renderMarkdown

// EXTERNAL MODULE: ./checks/migration.js
var migration = __webpack_require__(21968);
// EXTERNAL MODULE: ./docs/inert.js
var inert = __webpack_require__(79602);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
;// CONCATENATED MODULE: ./list/gantt.js
// The Mermaid `gantt` chart of training windows and production periods. Pure and deterministic.
//
// Every label comes from data, so it is reduced to characters Mermaid's gantt grammar treats as plain text:
// the lexer ends a task's text at `:` and a line at a newline, treats `#…;` as an entity, `%` as the start of a
// comment, and reads a line that begins with a keyword (section, title, click, excludes, a date…, in any case)
// as that statement. So a label keeps only ASCII letters, digits and `_ . - + / = , ( )` and spaces (anything
// else becomes `?`, which also stops `@mentions` and `#references`), is cut to a bounded length, and starts with
// `›`, a character no gantt statement begins with. The exact ids are in the table above the chart.

const LABEL_MAX = 60;
/** GitHub refuses diagrams above ~50,000 characters; this many models keeps well below it. */
const CHART_MAX_MODELS = 50;
const PLAIN = /^[A-Za-z0-9_.\-+/=,() ]$/u;
/** Text that Mermaid's gantt lexer reads as plain text, on one line, at most `max` characters. */
const ganttText = (value, max = LABEL_MAX) => {
    const chars = [...value.replace(/\s+/g, ' ').trim()].map((c) => (PLAIN.test(c) ? c : '?'));
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};
const ganttLabel = (id) => `› ${ganttText(id) || '(blank)'}`;
const trainingTag = (m) => (m.is_production ? 'active, ' : m.status === 'deprecated' ? 'done, ' : '');
/** The models the chart draws: all of them, or the CHART_MAX_MODELS whose training ended last. */
const chartModels = (listing) => {
    // A registry is data too: a row whose dates are not real dates cannot be drawn (and must not reach the source).
    const drawable = listing.models.filter((m) => m.training_start_date !== null &&
        m.training_end_date !== null &&
        (0,schema/* isCalendarDate */.tf)(m.training_start_date) &&
        (0,schema/* isCalendarDate */.tf)(m.training_end_date));
    if (drawable.length <= CHART_MAX_MODELS)
        return drawable;
    const keep = new Set([...drawable]
        .sort((a, b) => (a.training_end_date < b.training_end_date ? 1 : a.training_end_date > b.training_end_date ? -1 : 0))
        .slice(0, CHART_MAX_MODELS));
    return drawable.filter((m) => keep.has(m));
};
/**
 * The chart's source, without the code fence. Dates are inclusive (`inclusiveEndDates`), so every date in the
 * source is a date from the data (or the as-of day). Task ids are generated (t0…, p0…), never taken from data.
 */
const ganttChart = (listing, family) => {
    const models = chartModels(listing);
    const ids = new Set(models.map((m) => m.model_id));
    const periods = listing.production_periods.filter((p) => ids.has(p.model_id) && (0,schema/* isCalendarDate */.tf)(p.from) && (0,schema/* isCalendarDate */.tf)(p.to));
    return [
        'gantt',
        `  title ${ganttText(`${family} training windows and production (as of ${listing.as_of})`, 200)}`,
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        // The chart is as of one day; a marker at the viewer's today would contradict an earlier --as-of.
        '  todayMarker off',
        '  section Training',
        ...models.map((m, i) => `  ${ganttLabel(m.model_id)} :${trainingTag(m)}t${i}, ${m.training_start_date}, ${m.training_end_date}`),
        ...(periods.length
            ? [
                '  section Production',
                ...periods.map((p, i) => `  ${ganttLabel(p.model_id)} :${p.current ? 'active' : 'done'}, p${i}, ${p.from}, ${p.to}`),
            ]
            : []),
    ].join('\n');
};

;// CONCATENATED MODULE: ./list/render.js
// The listing as text (terminal, log) and markdown (job summary, PR comment, check run). Pure.


/** Rows a markdown table shows before it says how many more there are (every row is in the JSON). */
const TABLE_MAX_ROWS = 200;
const num = (n, digits, suffix = '') => (n === null ? 'n/a' : `${Number(n.toFixed(digits))}${suffix}`);
const columns = (m) => [
    m.model_id,
    m.model_version ?? 'n/a',
    `${m.training_start_date ?? 'n/a'}..${m.training_end_date ?? 'n/a'}`,
    m.is_production ? 'yes' : 'no',
    m.status ?? 'n/a',
    m.sha256_prefix ?? 'n/a',
    num(m.hit_rate_edge_3plus, 1, '%'),
    num(m.evaluation_mae, 2),
    m.promoted_at ?? 'n/a',
];
const HEAD = ['model', 'version', 'training', 'production', 'status', 'sha256', 'hit rate 3+', 'MAE', 'promoted_at'];
const from = (l) => (l.source === 'registry' ? l.name : `${l.name} (the manifest: no registry read)`);
// One line per value: a registry value may hold a newline, which must never start a log line of its own.
const oneLine = (s) => s.replace(/\s+/g, ' ');
/**
 * Aligned columns. Every row starts with a fixed mark (`*` production, `-` otherwise), so no value from the
 * registry can begin a line (a runner reads a line starting with `::` as a workflow command).
 */
const listingText = (l) => {
    const rows = [HEAD.map((h) => h.toUpperCase()), ...l.models.map((m) => columns(m).map(oneLine))];
    const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
    const pad = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
        .join('  ')
        .trimEnd();
    const [head, ...body] = rows;
    return [
        `  ${oneLine(from(l))}, as of ${l.as_of}: ${l.models.length} model${l.models.length === 1 ? '' : 's'}`,
        ...(l.models.length ? [`    ${pad(head ?? [])}`, ...body.map((r, i) => `  ${l.models[i]?.is_production ? '*' : '-'} ${pad(r)}`)] : []),
    ];
};
const listingMarkdown = (l, family) => {
    if (l.models.length === 0)
        return `_No models of this family in ${(0,inert/* inert */.t)(from(l))}._\n`;
    const shown = l.models.slice(0, TABLE_MAX_ROWS);
    const drawn = chartModels(l).length;
    return [
        `Rows of ${(0,inert/* inert */.t)(from(l))}, as of ${(0,inert/* inert */.t)(l.as_of)}:`,
        '',
        `| ${HEAD.map(inert/* inert */.t).join(' | ')} |`,
        `|${HEAD.map(() => '---').join('|')}|`,
        ...shown.map((m) => `| ${columns(m)
            .map((c, i) => (i === 0 && m.is_production ? `**${(0,inert/* inert */.t)(c)}**` : (0,inert/* inert */.t)(c)))
            .join(' | ')} |`),
        ...(l.models.length > shown.length ? ['', `_${l.models.length - shown.length} more rows are in the JSON output._`] : []),
        '',
        '```mermaid',
        ganttChart(l, family),
        '```',
        ...(drawn < l.models.length
            ? ['', `_The chart draws ${drawn} of ${l.models.length} models (at most ${CHART_MAX_MODELS}, latest training end first)._`]
            : []),
        '',
    ].join('\n');
};

// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./report/budget.js
var budget = __webpack_require__(86154);
;// CONCATENATED MODULE: ./report/history.js

const manifestOf = (e) => e.manifest_generation === null ? `sha256 ${e.manifest_sha256.slice(0, 12)}` : `generation ${e.manifest_generation}`;
/** A one-line account of why and how, for both renderings. */
const why = (e) => [
    e.reason === null ? '' : `reason: ${JSON.stringify(e.reason)}`,
    e.forced ? `forced${e.failed_gates?.length ? ` past failed gates: ${e.failed_gates.join(', ')}` : ''}` : '',
]
    .filter(Boolean)
    .join('; ');
/** Updates list their fields; baseline/insert/delete rows carry the whole row, summarised by its state. */
const changedFields = (e) => e.change === 'update'
    ? e.fields.map((f) => `${f.field}: ${(0,printable/* showValue */.v)(f.old)} → ${(0,printable/* showValue */.v)(f.new)}`)
    : [`status: ${(0,printable/* showValue */.v)(e.status)}, is_production: ${e.is_production} (${e.fields.length} fields)`];
// History rows come from a table anyone with write access can fill: a value must never break a line (a line that
// starts with `::` is a workflow command). Control characters are left to printable(), as for the rest of the text.
const history_oneLine = (l) => l.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
const historyText = (h) => [
    ...(h.production?.model_id
        ? [
            `Production at ${h.production.at}: ${h.production.model_id} (since ${h.production.since}${h.production.since_baseline ? ', the start of the history' : ''})`,
        ]
        : []),
    `History (newest first${h.at ? `, up to ${h.at}` : ''}):`,
    ...h.entries.flatMap((e) => [
        `  ${e.changed_at}  ${e.change.padEnd(8)}  ${e.model_id}  by ${e.actor}, manifest ${manifestOf(e)}${why(e) ? `; ${why(e)}` : ''}`,
        ...changedFields(e).map((l) => `      ${l}`),
    ]),
].map(history_oneLine);
const historyMarkdown = (h, cell) => `${[
    '| Time (UTC) | Change | Model | Fields | By | Manifest | Reason |',
    '|---|---|---|---|---|---|---|',
    ...h.entries.map((e) => `| ${cell(e.changed_at)} | ${cell(e.change)} | ${cell(e.model_id)} | ${changedFields(e).map(cell).join('<br>')} | ${cell(e.actor)} | ${cell(manifestOf(e))} | ${cell(why(e))} |`),
].join('\n')}\n`;

;// CONCATENATED MODULE: ./report/markdown.js
// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.






const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (v) => (v === undefined ? '' : v === null ? 'NULL' : (0,inert/* inert */.t)(typeof v === 'string' ? v : JSON.stringify(v)));
/** A value (expected, actual, a plan's old and new): long ones by their head and length; the JSON keeps them whole. */
const valueCell = (v) => (v === undefined ? '' : (0,inert/* inert */.t)((0,printable/* showValue */.v)(v)));
const where = (f) => f.location ? (0,inert/* inert */.t)(`${f.location.file}${f.location.line === undefined ? '' : `:${f.location.line}:${f.location.column ?? 1}`}`) : '';
/**
 * What `expected` and `actual` mean, by mode: in drift the manifest's value against another source's, in duplicate
 * the window asked about against one already trained, in a gate the bound against the model's value.
 */
const VALUE_HEADS = {
    duplicate: ['Requested window', 'Trained window'],
    gate: ['Bound', 'Value'],
    promote: ['Bound', 'Value'],
};
const DEFAULT_HEADS = ['Expected (manifest)', 'Actual'];
/** The findings as a table; with `maxRows` below their number, the first rows and a visible "truncated, N more" line. */
const findingsTable = (findings, maxRows = findings.length, mode) => findings.length === 0
    ? '_No findings._\n'
    : `${[
        `| | Finding | Where | ${((mode && VALUE_HEADS[mode]) || DEFAULT_HEADS).join(' | ')} |`,
        '|---|---|---|---|---|',
        ...findings
            .slice(0, Math.max(0, maxRows))
            .map((f) => `| ${ICON[f.severity]} | ${cell(f.message)} \`${f.code}\` | ${where(f)} | ${valueCell(f.expected)} | ${valueCell(f.actual)} |`),
    ].join('\n')}\n${maxRows < findings.length ? `\n_${(0,budget/* truncatedLine */.hl)(findings.length - maxRows, 'finding', 'not shown here')}._\n` : ''}`;
const checklistList = (items) => `${items.map((i) => `- ${i.passed ? '✅ passed' : '❌ failed'}: ${cell(i.label)}`).join('\n')}\n`;
const planTable = (p) => `${[
    `| Action | Model | Changes |`,
    '|---|---|---|',
    ...(p.migrate ?? []).map((c) => `| add column | | ${cell((0,migration/* columnAddLine */.iC)(c))} |`),
    ...p.insert.map((r) => `| insert | ${cell(r.model_id)} | |`),
    ...p.update.map((u) => `| update | ${cell(u.row.model_id)} | ${u.changes.map((c) => `${cell(c.field)}: ${valueCell(c.old)} → ${valueCell(c.new)}`).join('<br>')} |`),
    ...p.extra.map((r) => `| ${p.delete.includes(r.model_id) ? 'delete' : 'extra (kept)'} | ${cell(r.model_id)} | |`),
    `| unchanged | ${p.unchanged.length} model(s) | |`,
].join('\n')}\n`;
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** "2 errors, 1 warning, 0 notices" for a list of findings. */
const countLine = (findings) => ['error', 'warning', 'notice'].map((s) => plural(findings.filter((f) => f.severity === s).length, s)).join(', ');
const sectionHead = (r) => `### ${r.ok ? '✅' : '❌'} ${r.mode} · ${cell(r.family)}`;
const table = (r, o) => o.collapseOver !== undefined && r.findings.length > o.collapseOver
    ? `<details><summary>${countLine(r.findings)}</summary>\n\n${findingsTable(r.findings, o.maxRows, r.mode)}\n</details>\n`
    : findingsTable(r.findings, o.maxRows, r.mode);
/** A section without its tables: what is left when the full one does not fit. */
const compactSection = (r, more) => [sectionHead(r), '', cell(r.summary), '', `${countLine(r.findings)}. ${more}`, ''].join('\n');
const reportSection = (r, o = {}) => [
    sectionHead(r),
    '',
    cell(r.summary),
    '',
    table(r, o),
    ...(r.plan ? [planTable(r.plan)] : []),
    ...(r.checklist?.length ? [checklistList(r.checklist)] : []),
    ...(r.listing ? [listingMarkdown(r.listing, r.family)] : []),
    ...(r.history ? [historyMarkdown(r.history, cell)] : []),
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
/** A report's section in its three forms: full, cut to n findings, compact (counts and `more`). */
const sectionForms = (r, o, more, wrap = (s) => s) => ({
    full: wrap(reportSection(r, o)),
    compact: wrap(compactSection(r, more)),
    cut: (n) => wrap(reportSection(r, { ...o, maxRows: n })),
    rows: r.findings.length,
});
/**
 * Join head, sections and tail within `limit` by `measure` (characters by default: GitHub counts UTF-16 units at most
 * as we do; the job summary measures UTF-8 bytes). The largest sections give way first: cut to as many findings as
 * fit (with a "truncated, N more" line), else compact; then trailing sections are dropped with a note, and a last
 * resort cuts the text. The head comes first and is kept, so a marker at its start survives every form.
 */
const fitSections = (head, sections, tail, limit, omitted, measure = budget/* chars */.Wn) => {
    const parts = sections.map((s) => s.full);
    const join = (ps) => [head, ...ps, tail].join('\n');
    const fits = (ps) => measure(join(ps)) <= limit;
    if (fits(parts))
        return join(parts);
    const bySize = [...parts.keys()].sort((a, b) => measure(parts[b] ?? '') - measure(parts[a] ?? ''));
    for (const i of bySize) {
        const s = sections[i];
        const cut = s?.cut;
        const rows = s?.rows ?? 0;
        // A table row is at least 20 characters (bytes), so no more rows than limit/20 can fit: each try stays small.
        const n = cut && rows > 1 ? (0,budget/* largest */.nQ)(1, Math.min(rows - 1, Math.floor(limit / 20)), (k) => fits(parts.with(i, cut(k)))) : undefined;
        parts[i] = n !== undefined && cut ? cut(n) : (s?.compact ?? '');
        if (fits(parts))
            return join(parts);
    }
    for (let keep = parts.length - 1; keep >= 0; keep--) {
        const text = join([...parts.slice(0, keep), omitted(parts.length - keep)]);
        if (measure(text) <= limit)
            return text;
    }
    const note = `\n\n${omitted(parts.length)}`;
    return (0,budget/* cutTo */.yd)(`${(0,budget/* cutTo */.yd)(head, Math.max(0, limit - measure(note)), measure)}${note}`, limit, measure);
};


/***/ }),

/***/ 2384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ quietRefs),
/* harmony export */   Q: () => (/* binding */ quietMarkdown)
/* harmony export */ });
// Text from data must not ping people or touch issues when GitHub renders it. `&#64;` does not stop a mention (GitHub
// decodes the entity first), and `#1`, `owner/repo#1` and `GH-1` make cross-reference events on those issues.
// THE RULE: in every text GitHub renders that carries data, a zero-width joiner (U+200D) goes right after an `@` that
// would start a mention (as dependency bots do) and right after the `#` or `GH-` of a reference, between it and the
// number: GitHub wants the digits right there, so this holds whatever it thinks of the character before the `#` (a
// joiner before the `#` would rely on that). Outside code spans (GitHub links nothing there). Left alone, so they stay usable: e-mail addresses (`a@b.com`, `@` after a word character is
// not a mention), URLs (a `#fragment` inside a URL is no reference; a URL to a GitHub issue is a link the data's author
// chose and may still show up on that issue), and `#` not followed by a digit. Idempotent.
const ZWJ = '\u200d';
const URL = /\bhttps?:\/\/[^\s<>"'`|]+/g;
// GitHub's mention filter: `@name` or `@org/team` after the start or a non-word character.
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;
// `#123`, `repo#123`, `owner/repo#123`, and `GH-123`.
const ISSUE_REF = /(#|\bGH-)(?=\d)/gi;
const quietPlain = (s) => s.replace(MENTION, `$1@${ZWJ}`).replace(ISSUE_REF, `$1${ZWJ}`);
/** `fn` applied to the text between the matches of `pattern` (a global regex); the matches themselves kept. */
const between = (text, pattern, fn) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(pattern)) {
        out += fn(text.slice(at, m.index)) + m[0];
        at = m.index + m[0].length;
    }
    return out + fn(text.slice(at));
};
/** Plain text (no code spans): every mention and reference neutralised, URLs kept. */
const quietRefs = (text) => between(text, URL, quietPlain);
// An inline code span or a fence: a backtick run, anything, the same run again.
const CODE = /(`+)[\s\S]*?[^`]\1(?!`)/g;
/** Markdown: like quietRefs, but code spans and fences are left as they are. */
const quietMarkdown = (md) => between(md, CODE, quietRefs);


/***/ }),

/***/ 22074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Tr: () => (/* binding */ countBy),
/* harmony export */   dO: () => (/* binding */ makeReport)
/* harmony export */ });
const MODES = ['sync', 'drift', 'duplicate', 'claude-md', 'lint-filenames', 'gate', 'promote', 'list', 'history'];
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

/***/ 44346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ replaceKeeping)
/* harmony export */ });
/* unused harmony export replaceFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Atomic file replacement that a hostile checkout cannot redirect. The new bytes go to a file created exclusively
// inside a private directory (mkdtemp: unpredictable name, mode 0700) beside the target, so a link planted at any
// predictable name is never followed; then one rename puts them in place. The directory is removed on every path.
// The rename gives the target a new inode: mode and owner are copied by the caller's request, and other hard links to
// the old file keep the old bytes. Callers resolve symbolic links first (util/contain resolveWriteTarget).

// node:fs/promises (its FileHandle machinery, streams, readline) is loaded by the first write, not at every start-up.
const fsp = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
/** Replace `path` with `bytes` in one rename. `path` itself is replaced, not followed: resolve links before calling. */
const replaceFile = async (path, bytes, opts = {}) => {
    const { mkdtemp, open, rename, rm } = await fsp();
    const dir = await mkdtemp((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path), '.model-governance-'));
    try {
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'next');
        // 'wx': O_CREAT | O_EXCL, which also refuses to follow a symbolic link at that name.
        const fh = await open(tmp, 'wx', opts.mode ?? 0o644);
        try {
            await fh.writeFile(bytes);
            if (opts.uid !== undefined && opts.gid !== undefined)
                await fh.chown(opts.uid, opts.gid).catch((e) => {
                    if (e.code !== 'EPERM')
                        throw e;
                });
            // After chown (which clears set-id bits), and because the umask may have narrowed the mode given to open().
            if (opts.mode !== undefined)
                await fh.chmod(opts.mode);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await rename(tmp, path);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
};
/** Replace an existing file in place of itself: the new bytes keep its permission bits and (where allowed) owner. */
const replaceKeeping = async (path, bytes) => {
    const { mode, uid, gid } = await (await fsp()).stat(path);
    await replaceFile(path, bytes, { mode: mode & 0o7777, uid, gid });
};


/***/ }),

/***/ 80073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded),
/* harmony export */   T: () => (/* binding */ sizeName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62175);
// Read a user's file, but never more than its limit. A size from stat() is no bound: /dev/zero, a FIFO or a
// /proc file reports 0 and then streams forever, and a file can grow between stat() and read(). So the read itself
// stops one byte past the limit, and that byte means "too large" (bad input, exit 2), never an out-of-memory abort.


/**
 * The first read's buffer; it doubles while the file fills it, up to the limit. Most files read here (a CLAUDE.md, a
 * config, a template) are a few KiB: a fixed 1 MiB buffer per read cost each of them a 1 MiB allocation (and, counted
 * as external memory, garbage-collector work), once per family in a many-family run.
 */
const FIRST = 64 * 1024;
/** The file's bytes, or an InputError when it holds more than `max` bytes. Other fs errors are thrown as they are. */
const readBounded = async (path, max) => {
    const fd = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .openForReading */ .sb)(path);
    try {
        let buf = Buffer.allocUnsafe(Math.min(FIRST, max + 1));
        let total = 0;
        for (;;) {
            if (total === buf.length) {
                const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, max + 1));
                buf.copy(grown, 0, 0, total);
                buf = grown;
            }
            const bytesRead = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .readInto */ .Pq)(fd, buf, total, buf.length - total);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > max)
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, `is larger than ${sizeName(max)}, the limit for this file`);
        }
        // A copy of exactly the bytes, so the caller does not hold the buffer's unused end.
        return Buffer.from(buf.subarray(0, total));
    }
    finally {
        await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .close */ .VN)(fd);
    }
};
const sizeName = (bytes) => (bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`);


/***/ }),

/***/ 79285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   ZZ: () => (/* binding */ resolveWriteTarget),
/* harmony export */   aO: () => (/* binding */ realTarget),
/* harmony export */   cm: () => (/* binding */ isInsideWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62175);
// Where a path really leads. A checkout is attacker-controlled: any name in it may be a symbolic link, and `..` after a
// link climbs from the link's target, not from where the name sits. So a path is judged by what the kernel resolves
// (realpath), never by its spelling, and the path that was judged is the path that is then opened.



/** Whether `child` is `parent` or lies below it (both absolute and already resolved). */
const isWithin = (child, parent) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(parent, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
};
/**
 * Whether a resolved path lies inside the resolved workspace `root` and outside its `.git` directory, which holds
 * what the checkout must never reach: hooks, and with actions/checkout's default the token in `.git/config`.
 */
const isInsideWorkspace = (real, realRoot) => isWithin(real, realRoot) && !isWithin(real, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(realRoot, '.git'));
const isMissing = (e) => {
    const code = e.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
};
/**
 * The absolute path the kernel reaches for `path` (relative to `cwd`), following every link. A name that does not exist
 * yet resolves through its deepest existing ancestor, so a file about to be created is judged by the directory it will
 * land in. The string is never normalised first: `link/../x` must climb from the link's target, as open() does.
 */
const realTarget = async (path, cwd = process.cwd()) => {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : `${cwd}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}${path}`;
    const tail = [];
    let at = abs;
    for (;;) {
        try {
            const real = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .realpath */ .Kz)(at);
            return tail.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(real, ...tail.reverse()) : real;
        }
        catch (e) {
            if (!isMissing(e))
                throw e;
            // A dangling link is a name that exists: it leads where its target would be, which realpath cannot say.
            if (await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1)(at).then((s) => s.isSymbolicLink(), () => false))
                throw Object.assign(new Error(`${at} is a symbolic link to a missing file`), { code: 'EDANGLING' });
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at);
            if (up === at)
                return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(abs);
            tail.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(at));
            at = up;
        }
    }
};
/**
 * The repository root the CLI confines config paths to: the nearest ancestor of `from` holding `.git` (a directory, or a
 * file in a worktree); without one, `fallback`. In the action the root is GITHUB_WORKSPACE instead.
 */
const repositoryRoot = async (from, fallback) => {
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(from);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at)) {
        if (await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .access */ .T_)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(at, '.git')).then(() => true, () => false))
            return at;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at) === at)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(fallback);
    }
};
/**
 * Where a write to `path` must go. A plain file is replaced where it is named. A name that passes through a symbolic
 * link (`CLAUDE.md -> AGENTS.md`, the common layout) is written through to its target when that target lies inside
 * `root`, so the real file is updated and the link stays a link; a link leading outside `root` is refused (exit 2),
 * since a cloned repository must never turn a doc refresh into a write elsewhere (e.g. ~/.bashrc or .git/hooks of
 * another checkout). Hard links cannot be told apart from the file: the rename in replaceFile gives `path` a new inode
 * and the other names keep the old bytes.
 */
const resolveWriteTarget = async (path, root, cwd = process.cwd()) => {
    let real;
    try {
        real = await realTarget(path, cwd);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EDANGLING')
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, 'is a symbolic link to a missing file; nothing written');
        if (code === 'ELOOP' || code === 'EACCES' || code === 'ERR_INVALID_ARG_VALUE' || code === 'ENAMETOOLONG')
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `cannot be resolved (${code}); nothing written`);
        throw e;
    }
    if (real === (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path))
        return path;
    if (isInsideWorkspace(real, await realTarget(root, cwd)))
        return real;
    throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `is a symbolic link that leads outside ${root}; refusing to write through it`);
};


/***/ }),

/***/ 62175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Kz: () => (/* binding */ realpath),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   TI: () => (/* binding */ glob),
/* harmony export */   T_: () => (/* binding */ access),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   jV: () => (/* binding */ mkdtemp),
/* harmony export */   sb: () => (/* binding */ openForReading)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// The few filesystem calls of an offline start-up, as promises over node:fs's callback API. node:fs is loaded before
// any of our code runs; node:fs/promises is not, and importing it loads its FileHandle machinery with node's streams
// and readline (a few milliseconds of every command's start-up). Each call here is the one fs/promises makes: the
// same libuv request, result and error (code, syscall, path, message); realpath is the native one, as in fs/promises.

const call = (start) => new Promise((resolve, reject) => start((e, value) => (e ? reject(e) : resolve(value))));
const access = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.access(path, (e) => done(e, undefined)));
const lstat = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.lstat(path, done));
const stat = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.stat(path, done));
const readFile = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile(path, done));
const realpath = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath.native(path, done));
/** Every match, in the order fs/promises' glob yields them (both walk node's same Glob). */
const glob = (pattern) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.glob(pattern, done));
/** A file opened for reading by descriptor: read into a buffer at an offset (null position: the file's), close. */
const openForReading = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.open(path, 'r', done));
const readInto = (fd, buf, offset, length) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.read(fd, buf, offset, length, null, done));
const close = (fd) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.close(fd, (e) => done(e, undefined)));
/** The action's findings file: a private directory, and a file created there (flag 'wx' refuses an existing one). */
const mkdtemp = (prefix) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(prefix, done));
const writeFile = (path, data, options) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFile(path, data, options, (e) => done(e, undefined)));


/***/ }),

/***/ 70345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ environmentFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
// Which filesystem failures are the environment rather than the user's files. A full disk, a quota, a read-only mount
// or an I/O error says nothing about the input, so it is exit 3 (ServiceError) like any other failed service, never
// exit 2 ("fix your file"). Writers map their errors through here before the generic "bad file" mapping.

const ENVIRONMENT = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exhausted',
    EROFS: 'the filesystem is read-only',
    EIO: 'an I/O error on the device',
    EMFILE: 'too many open files in this process',
    ENFILE: 'too many open files on the system',
};
/** A ServiceError naming the filesystem when `e` is an environment failure; undefined for anything else. */
const environmentFailure = (path, operation, e, after = '') => {
    const code = e?.code;
    const why = code === undefined ? undefined : ENVIRONMENT[code];
    return why === undefined
        ? undefined
        : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('The filesystem', `${operation} ${path}`, `${why} (${code})${after}`, { cause: e });
};


/***/ }),

/***/ 73646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Map with at most `limit` calls in flight, keeping input order: many small reads at once, never hundreds.
const mapLimit = async (items, limit, fn) => {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (e) {
                failed = true; // start nothing new once the result is an error anyway
                throw e;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
};
/** At most `limit` calls of the returned function in flight at once, across every caller that shares it. */
const limiter = (limit) => {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= limit)
            await new Promise((go) => waiting.push(go));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            // Hand the slot straight to the next waiter (running stays the same), or free it.
            const go = waiting.shift();
            if (go)
                go();
            else
                running--;
        }
    };
};


/***/ }),

/***/ 92426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   v: () => (/* binding */ showValue)
/* harmony export */ });
// Text that reaches a terminal, a log or a PR must not carry control characters (ANSI/OSC escapes) or bidi
// overrides: they would make it display as something it is not. Such code points are shown as \uXXXX. U+2028/U+2029
// too: some readers end a line there, so they would carry data onto a line of its own.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const printable = (s) => s.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
/** Values longer than this are shown by their head and length in messages and text lines; the JSON keeps them whole. */
const VALUE_SHOWN_MAX = 200;
/**
 * A value as a message or plan line shows it: NULL, a string as it is, anything else as JSON. A longer one (a
 * metrics text may be up to 64 KiB) is its first `max` characters, never half a surrogate pair, and its length.
 */
const showValue = (v, max = VALUE_SHOWN_MAX) => {
    const s = v === null ? 'NULL' : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    if (s.length <= max)
        return s;
    const last = s.charCodeAt(max - 1);
    return `${s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)}… (${s.length.toLocaleString('en-US')} characters)`;
};


/***/ }),

/***/ 62603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   Bv: () => (/* binding */ safeLines),
/* harmony export */   oi: () => (/* binding */ safeJson)
/* harmony export */ });
/* unused harmony exports neutraliseLine, indentContinuation */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92426);
// Printed text must never become a workflow command. The Actions runner (actions/runner: ProcessInvoker reads a step's
// output with .NET StreamReader.ReadLine, so LF, CR and CRLF each end a line; ActionCommand.TryParseV2 trims leading
// white space with String.TrimStart, then takes a line that starts with `::NAME` as a command; TryParse also takes
// `##[NAME` ANYWHERE in a line) would run `::stop-commands::T` (silencing every later annotation), `::add-mask::`,
// `::warning` ... carried in by a file name, a service name or a manifest value.
// THE RULE: no line the program prints may start with `::` (after white space) or contain `##[` unless the program
// composed that command, and only @actions/core composes them (with their data escaped: %0A, %0D). Every other text
// (core.info lines, CLI stdout/stderr, the job summary, outputs) passes through `safeLines` (or `logLine` for a line
// built from values, `safeJson` for JSON) on its way out; test/util/workflow-commands.test.ts fails the suite when a
// source file prints by any other route.

/** Where the runner ends a line. */
const BREAK = /\r\n|\r|\n/;
// JS `\s` plus U+0085: a superset of .NET's Char.IsWhiteSpace, which TrimStart strips before looking for `::`.
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/** One line made inert: a leading `::` and any `##[` are shown with the first character as a \uXXXX escape. */
const neutraliseLine = (line) => line.replace(COMMAND_START, '$1\\u003a').replace(LEGACY_COMMAND, '\\u0023#[');
// Without a CR, a `::` or a `##[`, no line can change: such text (a 10,000-row plan's JSON is 37,000 lines) is
// returned as it is rather than split, checked and joined.
const MAY_CHANGE = /\r|::|##\[/;
/** Multi-line text made inert line by line; line ends are normalised to LF, nothing else changes. */
const safeLines = (text) => (MAY_CHANGE.test(text) ? text.split(BREAK).map(neutraliseLine).join('\n') : text);
/** A log line built from values: a LF inside it is shown as \\n (printable shows CR and the rest as \\uXXXX). */
const logLine = (line) => neutraliseLine((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(line).replaceAll('\n', '\\n'));
/** Continuation lines of a multi-line value, indented under the line that holds it (the guard still applies). */
const indentContinuation = (text, indent) => text.replace(/\r\n|\r|\n/g, `\n${indent}`);
/**
 * JSON text with `##[` and U+2028/U+2029 written as JSON escapes: the same value for every JSON reader (lossless), and
 * no legacy command or line separator for a log reader. JSON never starts a line with `::` (strings keep \n escaped).
 */
const safeJson = (json) => json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16)}`);


/***/ }),

/***/ 52094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony exports YAML_MAX_BYTES, parseYamlSource */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _manifest_json_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87812);
/* harmony import */ var _manifest_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99247);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80073);
// YAML with positions: parse once, then point any path at its line:column.





// A YAML document tree costs ~400 bytes of heap per byte of flow-style source: 1 MiB of `[{},{},…]` peaked at
// 510 MB, so the limit is what parses well inside a 512 MB heap. A Cloud Run export or a config is a few KiB.
const YAML_MAX_BYTES = 256 * 1024;
const parseYamlSource = (file, text) => {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = lc.linePos(err.pos[0]);
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `invalid YAML: ${err.message.split('\n')[0]}`, { line: pos.line, column: pos.col });
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
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `invalid YAML: ${e.message.split('\n')[0]}`, { line: 1, column: 1 });
    }
    return {
        file,
        doc,
        value,
        locate(path, key = false) {
            let node = doc.contents;
            let last = doc.contents;
            for (const [i, seg] of path.entries()) {
                if (key && i === path.length - 1 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                    const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === seg);
                    if (pair)
                        return at(pair.key);
                }
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
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
        bytes = await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readBounded */ .C)(file, YAML_MAX_BYTES);
    }
    catch (e) {
        throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_3__/* .fsProblem */ .X)(file, e);
    }
    return parseYamlSource(file, (0,_manifest_json_source_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(file, bytes));
};


/***/ }),

/***/ 79835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Vt: () => (/* binding */ getBooleanInput),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
const randomUUID = () => {
    let fd;
    try {
        fd = external_fs_.openSync('/dev/urandom', 'r');
        const b = Buffer.alloc(16);
        if (external_fs_.readSync(fd, b, 0, 16, null) === 16) {
            b[6] = (b[6] & 0x0f) | 0x40; // version 4
            b[8] = (b[8] & 0x3f) | 0x80; // RFC 9562 variant
            const h = b.toString('hex');
            return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        }
    }
    catch { }
    finally {
        if (fd !== undefined) external_fs_.closeSync(fd);
    }
    return process.getBuiltinModule('crypto').randomUUID();
};



function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const promised = (call) => (...args) => new Promise((resolve, reject) => call(...args, (e) => (e ? reject(e) : resolve())));
const access = promised(external_fs_.access);
const appendFile = promised(external_fs_.appendFile);
const writeFile = promised(external_fs_.writeFile);
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield (yield __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 13032))).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield (yield __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 13032))).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield (yield __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 13032))).getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield (yield __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 13032))).getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./vendor/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        const { OidcClient } = yield Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 40770));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

};
