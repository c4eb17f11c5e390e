export const id = 461;
export const ids = [461,782];
export const modules = {

/***/ 78482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ lintFilenames)
/* harmony export */ });
/* harmony import */ var _filenames_grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4516);

const lintFilenames = (p, rules, extra = []) => {
    const out = [];
    const byFile = new Map();
    for (const [id, e] of Object.entries(p.manifest.models)) {
        byFile.set(e.file, id);
        out.push(...lintOne(e.file, p.source.locate(['models', id, 'file']), rules, { id, p }));
    }
    for (const x of extra) {
        const id = byFile.get(x.name);
        if (id === undefined)
            out.push(...lintOne(x.name, x.location, rules));
    }
    return out;
};
const lintOne = (name, location, rules, entry) => {
    const base = { field: 'file', location, ...(entry ? { model_id: entry.id } : {}) };
    const r = (0,_filenames_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .parseName */ .$q)(rules.pattern, name);
    if (!r.ok) {
        const legacy = rules.legacy.includes(name);
        return [
            {
                ...base,
                code: legacy ? 'filename.legacy' : 'filename.convention',
                severity: legacy ? 'warning' : 'error',
                message: `${name} ${r.reason}${legacy ? ' (listed as legacy)' : ''}`,
                actual: name,
            },
        ];
    }
    if (!entry)
        return [];
    const e = entry.p.manifest.models[entry.id];
    if (!e)
        return [];
    return compare(name, r.name, base, {
        window: `${e.training_start_date}..${e.training_end_date}`,
        family: entry.p.manifest.family,
        features: e.feature_count ?? undefined,
    });
};
const compare = (name, n, base, want) => {
    const out = [];
    const got = `${n.start}..${n.end}`;
    if (got !== want.window)
        out.push({
            ...base,
            code: 'filename.window',
            severity: 'error',
            message: `${name} encodes training window ${got} but the entry says ${want.window}`,
            expected: want.window,
            actual: got,
        });
    if (n.family !== undefined && n.family !== want.family)
        out.push({
            ...base,
            code: 'filename.family',
            severity: 'error',
            message: `${name} encodes family ${n.family} but the manifest family is ${want.family}`,
            expected: want.family,
            actual: n.family,
        });
    if (n.features !== undefined && want.features !== undefined && n.features !== want.features)
        out.push({
            ...base,
            code: 'filename.features',
            severity: 'error',
            message: `${name} encodes ${n.features} features but the entry says ${want.features}`,
            expected: want.features,
            actual: n.features,
        });
    return out;
};


/***/ }),

/***/ 38485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ planCounts),
/* harmony export */   R4: () => (/* binding */ planSync),
/* harmony export */   lM: () => (/* binding */ isEmptyPlan)
/* harmony export */ });
/* unused harmony export diffRow */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);
// The sync plan: what a MERGE must do to make the registry equal the manifest. Pure.

const diffRow = (want, have) => _registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_NAMES */ .aC.filter((c) => !Object.is(want[c], have[c]) && !(want[c] === 0 && have[c] === 0)).map((c) => ({
    field: c,
    old: have[c],
    new: want[c],
}));
const planSync = (table, desired, current, prune) => {
    const have = new Map(current.map((r) => [r.model_id, r]));
    const want = new Set(desired.map((r) => r.model_id));
    const plan = { table, insert: [], update: [], unchanged: [], extra: [], delete: [] };
    for (const row of [...desired].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id))) {
        const old = have.get(row.model_id);
        if (!old)
            plan.insert.push(row);
        else {
            const changes = diffRow(row, old);
            if (changes.length > 0)
                plan.update.push({ row, changes });
            else
                plan.unchanged.push(row.model_id);
        }
    }
    plan.extra = current.filter((r) => !want.has(r.model_id)).sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
    if (prune)
        plan.delete = plan.extra.map((r) => r.model_id);
    return plan;
};
const isEmptyPlan = (p) => p.insert.length === 0 && p.update.length === 0 && p.delete.length === 0;
const planCounts = (p) => [
    `${p.insert.length} inserted`,
    `${p.update.length} updated`,
    `${p.unchanged.length} unchanged`,
    ...(p.delete.length > 0 ? [`${p.delete.length} deleted`] : []),
].join(', ');


/***/ }),

/***/ 43211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ blockState)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35415);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81209);
// The CLAUDE.md block compared with what the manifest renders. Pure.



const blockState = (file, bytes, markers, rendered) => {
    const r = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlock */ .P_)(bytes, markers);
    if (!r.ok)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, r.message, { line: r.line, column: 1 });
    const current = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .blockText */ .dK)(bytes, r.block);
    const stale = current !== rendered;
    const diff = stale ? (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, current, rendered, '', '', { context: 3 }) : '';
    return { block: r.block, current, stale, diff };
};


/***/ }),

/***/ 46584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   HN: () => (/* binding */ inParallel),
/* harmony export */   eY: () => (/* binding */ loadManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40347);


const loadManifest = async (ctx) => {
    const { bytes, generation } = await ctx.sources.manifest.load();
    if (generation !== undefined)
        ctx.log(`read ${ctx.sources.manifest.name} generation ${generation}`);
    const parsed = { ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(ctx.sources.manifest.name, bytes), ...(generation === undefined ? {} : { generation }) };
    const want = ctx.settings.name;
    if (want !== undefined && want !== parsed.manifest.family)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(parsed.file, `family is "${parsed.manifest.family}" but the config names "${want}"`, {
            ...parsed.source.locate(['family']),
            path: '$.family',
        });
    return parsed;
};
/**
 * Run independent reads at once (drift is one wave of reads). When several fail,
 * the earliest-listed failure wins, so a bad manifest is reported before a service error.
 */
const inParallel = async (tasks) => {
    const settled = await Promise.allSettled(tasks);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
};
const familyOf = (ctx, parsed) => ctx.settings.name ?? parsed.manifest.family;


/***/ }),

/***/ 17782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compilePatternOrFail: () => (/* binding */ compilePatternOrFail),
  drift: () => (/* binding */ drift)
});

;// CONCATENATED MODULE: ./checks/artifacts.js
const SOURCE_TEXT = {
    metadata: 'custom metadata sha256 (a claim, not a proof)',
    content: 'streamed content (a proof)',
};
/** Distinct object paths of the manifest, so each is read once. */
const artifactPaths = (p) => [...new Set(Object.values(p.manifest.models).map((m) => m.gcs_path))];
/** The models whose hash is verified, among those whose object exists. */
const hashTargets = (p, stats, which) => {
    const ids = which === 'all'
        ? Object.keys(p.manifest.models)
        : which === 'production' && p.manifest.production_model !== null
            ? [p.manifest.production_model]
            : [];
    return ids.flatMap((id) => {
        const gcsPath = p.manifest.models[id]?.gcs_path;
        const s = gcsPath === undefined ? undefined : stats.get(gcsPath);
        if (gcsPath === undefined || !s?.exists || s.generation === undefined)
            return [];
        return [
            { model_id: id, gcsPath, generation: s.generation, size: s.size ?? 0, ...(s.metadataSha256 ? { claim: s.metadataSha256 } : {}) },
        ];
    });
};
const artifactDrift = (p, stats, hashes, store) => {
    const at = (id, field) => p.source.locate(['models', id, field]);
    const missing = Object.entries(p.manifest.models).flatMap(([id, m]) => stats.get(m.gcs_path)?.exists === false
        ? [
            {
                code: 'artifact.missing',
                severity: 'error',
                message: `${id}: ${m.gcs_path} does not exist in ${store}`,
                model_id: id,
                field: 'gcs_path',
                expected: m.gcs_path,
                actual: null,
                location: at(id, 'gcs_path'),
            },
        ]
        : []);
    const hashed = hashes.map((h) => {
        const expected = p.manifest.models[h.model_id]?.sha256 ?? '';
        const what = `${h.gcsPath} generation ${h.generation}, checked by its ${SOURCE_TEXT[h.source]}`;
        const base = { model_id: h.model_id, field: 'sha256', expected, actual: h.sha256, location: at(h.model_id, 'sha256') };
        return h.sha256 === expected
            ? { ...base, code: 'artifact.verified', severity: 'notice', message: `${h.model_id}: SHA-256 matches the manifest (${what})` }
            : {
                ...base,
                code: 'artifact.sha256',
                severity: 'error',
                message: `${h.model_id}: SHA-256 is ${h.sha256} but the manifest says ${expected} (${what})`,
            };
    });
    return [...missing, ...hashed];
};

// EXTERNAL MODULE: ./manifest/rules.js
var rules = __webpack_require__(54823);
// EXTERNAL MODULE: ./registry/row.js
var registry_row = __webpack_require__(11174);
// EXTERNAL MODULE: ./checks/plan.js
var checks_plan = __webpack_require__(38485);
;// CONCATENATED MODULE: ./checks/drift.js



const modelAt = (p, id, ...rest) => p.source.locate(['models', id, ...rest], rest.length === 0);
const registryDrift = (p, rows, table) => {
    const plan = (0,checks_plan/* planSync */.R4)(table, (0,registry_row/* manifestRows */.$P)(p.manifest), rows, false);
    return [
        ...plan.insert.map((r) => ({
            code: 'registry.missing',
            severity: 'error',
            message: `${r.model_id} is in the manifest but not in ${table}`,
            model_id: r.model_id,
            location: modelAt(p, r.model_id),
        })),
        ...plan.update.flatMap(({ row, changes }) => changes.map((c) => ({
            code: 'registry.field',
            severity: 'error',
            message: `${row.model_id}: ${c.field} is ${show(c.old)} in ${table} but ${show(c.new)} in the manifest`,
            model_id: row.model_id,
            field: c.field,
            expected: c.new,
            actual: c.old,
            location: modelAt(p, row.model_id, ...(0,registry_row/* manifestPath */.ji)(c.field)),
        }))),
        ...plan.extra.map((r) => ({
            code: 'registry.extra',
            severity: 'warning',
            message: `${r.model_id} is in ${table} but not in the manifest (sync --prune deletes it)`,
            model_id: r.model_id,
            actual: r.model_id,
        })),
    ];
};
const show = (v) => (v === null ? 'NULL' : typeof v === 'string' ? v : JSON.stringify(v));
const fixCommand = (d, gcsPath) => `gcloud run services update ${d.service} --region=${d.region ?? 'REGION'}${d.project ? ` --project=${d.project}` : ''} --update-env-vars=${d.env}=${gcsPath}`;
const deploymentDrift = (p, d) => {
    const prod = p.manifest.production_model;
    const entry = prod === null ? undefined : p.manifest.models[prod];
    const out = [];
    if (d.reconciling)
        out.push({
            code: 'deployment.reconciling',
            severity: 'notice',
            field: d.env,
            message: `${d.service} is mid-rollout (reconciling): the traffic split below may still move, so run drift again once it settles`,
        });
    for (const s of d.served) {
        const where = `${d.service}${s.revision ? ` revision ${s.revision}` : ''} container ${s.container} (${s.percent}% of traffic)`;
        const base = { field: d.env, ...(s.location ? { location: s.location } : {}) };
        if (s.fromSecret) {
            out.push({
                ...base,
                code: 'deployment.not-comparable',
                severity: 'warning',
                message: `${where}: ${d.env} comes from a secret, so the served model cannot be compared`,
            });
            continue;
        }
        if (s.value === null) {
            out.push({
                ...base,
                code: 'deployment.env-missing',
                severity: 'error',
                message: `${where} does not set ${d.env}`,
                ...(entry ? { expected: entry.file } : {}),
                actual: null,
            });
            continue;
        }
        const served = (0,rules/* basename */.P)(s.value);
        // Only the basename is ever shown, and quoted when it holds a control character (a stray newline).
        const shown = /[\u0000-\u001f\u007f]/.test(served) ? JSON.stringify(served) : served;
        if (!entry) {
            out.push({
                ...base,
                code: 'deployment.no-production',
                severity: 'error',
                message: `${where} serves ${shown} but the manifest names no production model`,
                actual: served,
            });
        }
        else if (served !== entry.file) {
            out.push({
                ...base,
                code: 'deployment.model',
                severity: 'error',
                model_id: prod,
                message: `${where} serves ${shown} but the manifest's production model is ${entry.file}. Fix: ${fixCommand(d, entry.gcs_path)}`,
                expected: entry.file,
                actual: served,
            });
        }
    }
    return out;
};

// EXTERNAL MODULE: ./checks/filenames.js
var filenames = __webpack_require__(78482);
// EXTERNAL MODULE: ./docs/block.js
var block = __webpack_require__(43211);
// EXTERNAL MODULE: ./errors.js
var errors_0 = __webpack_require__(78645);
// EXTERNAL MODULE: ./filenames/grammar.js
var grammar = __webpack_require__(4516);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
;// CONCATENATED MODULE: ./util/limit.js
// Map with at most `limit` calls in flight, keeping input order: many small reads at once, never hundreds.
const mapLimit = async (items, limit, fn) => {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i]);
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

;// CONCATENATED MODULE: ./modes/artifacts.js
// Artifact reads for drift: stats join the first wave of reads; hashing follows, a few objects at a time.


const STAT_CONCURRENCY = 16;
// Hashing is bandwidth-bound; two streams keep the link busy without many open downloads.
const HASH_CONCURRENCY = 2;
/** Objects at least this large log their hashing progress every 10%. */
const PROGRESS_FROM_BYTES = 32 * 1024 * 1024;
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const statArtifacts = async (a, p) => {
    const paths = artifactPaths(p);
    const stats = await mapLimit(paths, STAT_CONCURRENCY, (path) => a.stat(path));
    return new Map(paths.map((path, i) => [path, stats[i]]));
};
const progress = (t, log) => {
    if (t.size < PROGRESS_FROM_BYTES)
        return undefined;
    let shown = 0;
    return (bytes) => {
        const tenth = Math.floor((bytes * 10) / t.size);
        if (tenth < shown)
            shown = 0; // a retried download starts over
        if (tenth > shown) {
            shown = tenth;
            log(`sha256 ${t.gcsPath}: ${tenth * 10}% (${mib(bytes)} of ${mib(t.size)})`);
        }
    };
};
/** The metadata claim when the object carries one, else the streamed content's hash. */
const hashArtifacts = (a, targets, log) => mapLimit(targets, HASH_CONCURRENCY, async (t) => {
    const at = { model_id: t.model_id, gcsPath: t.gcsPath, generation: t.generation };
    if (t.claim)
        return { ...at, source: 'metadata', sha256: t.claim };
    log(`hashing ${t.gcsPath} generation ${t.generation} (${mib(t.size)}): no sha256 in its metadata, so streaming it`);
    return { ...at, source: 'content', sha256: await a.sha256(t.gcsPath, t.generation, progress(t, log)) };
});

// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
// EXTERNAL MODULE: ./modes/render.js
var render = __webpack_require__(40687);
;// CONCATENATED MODULE: ./modes/drift.js
// drift: compare the manifest, field by field, with the registry, the deployment, CLAUDE.md and the filenames.










const drift = async (ctx) => {
    const { registry, deployment, doc, artifacts } = ctx.sources;
    const env = ctx.settings.modelEnv ?? '';
    const manifestRead = (0,context/* loadManifest */.eY)(ctx);
    // Object stats need the manifest's paths, so they start as soon as it is parsed, still inside the one wave.
    const statsRead = artifacts ? manifestRead.then((p) => statArtifacts(artifacts, p)) : Promise.resolve(undefined);
    const [parsed, rows, deployed, docBytes, extraNames, stats] = await (0,context/* inParallel */.HN)([
        manifestRead,
        registry ? registry.read() : Promise.resolve(undefined),
        deployment ? deployment.read(env) : Promise.resolve(undefined),
        doc ? doc.read() : Promise.resolve(null),
        ctx.listFiles && ctx.settings.filenames.globs.length > 0 ? ctx.listFiles(ctx.settings.filenames.globs) : Promise.resolve([]),
        statsRead,
    ]);
    const checked = [];
    const findings = [...parsed.notices];
    if (registry && rows) {
        checked.push(registry.name);
        findings.push(...registryDrift(parsed, rows.filter((r) => r.family === parsed.manifest.family), registry.name));
    }
    if (deployed) {
        checked.push(deployed.service);
        findings.push(...deploymentDrift(parsed, deployed));
    }
    if (artifacts && stats) {
        checked.push(`${artifacts.name} objects`);
        const hashes = await hashArtifacts(artifacts, hashTargets(parsed, stats, ctx.settings.verifyArtifacts), ctx.log);
        findings.push(...artifactDrift(parsed, stats, hashes, artifacts.name));
    }
    if (doc) {
        if (docBytes === null) {
            if (ctx.settings.claudeMdExplicit)
                throw errors_0/* InputError */.dz.at(doc.name, 'file not found');
        }
        else {
            checked.push(doc.name);
            const state = (0,block/* blockState */.h)(doc.name, docBytes, ctx.settings.markers, await (0,render/* renderFor */.E)(ctx, parsed));
            if (state.stale)
                findings.push({
                    code: 'claude-md.stale',
                    severity: 'error',
                    message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
                    location: { file: doc.name, line: state.block.beginLine, column: 1 },
                });
        }
    }
    checked.push('filenames');
    findings.push(...(0,filenames/* lintFilenames */.u)(parsed, { pattern: compilePatternOrFail(ctx), legacy: ctx.settings.filenames.legacy }, extraNames));
    const errors = (0,types/* countBy */.Tr)(findings, 'error');
    const warnings = (0,types/* countBy */.Tr)(findings, 'warning');
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const manifest = parsed.generation === undefined ? 'the manifest' : `the manifest (generation ${parsed.generation})`;
    const generation = parsed.generation === undefined ? '' : `; manifest generation ${parsed.generation}`;
    const summary = errors === 0
        ? `No drift: ${manifest} agrees with ${checked.join(', ')}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`
        : `Drift: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (checked ${checked.join(', ')}${generation})`;
    return (0,types/* makeReport */.dO)('drift', (0,context/* familyOf */.Ap)(ctx, parsed), findings, summary);
};
const compilePatternOrFail = (ctx) => {
    try {
        return (0,grammar/* compilePattern */.Eb)(ctx.settings.filenames.pattern);
    }
    catch (e) {
        throw errors_0/* InputError */.dz.at(ctx.settings.origin, `filenames.pattern: ${e.message}`);
    }
};


/***/ }),

/***/ 19461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintFilenamesMode: () => (/* binding */ lintFilenamesMode)
/* harmony export */ });
/* harmony import */ var _checks_filenames_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78482);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22074);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46584);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17782);
// lint-filenames: every model file follows the naming convention and encodes its own training window.




const lintFilenamesMode = async (ctx) => {
    const pattern = (0,_drift_js__WEBPACK_IMPORTED_MODULE_3__.compilePatternOrFail)(ctx);
    const globs = ctx.settings.filenames.globs;
    const [parsed, extra] = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .inParallel */ .HN)([
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifest */ .eY)(ctx),
        ctx.listFiles && globs.length ? ctx.listFiles(globs) : Promise.resolve([]),
    ]);
    const findings = [...parsed.notices, ...(0,_checks_filenames_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFilenames */ .u)(parsed, { pattern, legacy: ctx.settings.filenames.legacy }, extra)];
    const n = Object.keys(parsed.manifest.models).length + extra.length;
    const bad = (0,_report_types_js__WEBPACK_IMPORTED_MODULE_1__/* .countBy */ .Tr)(findings, 'error');
    const legacy = findings.filter((f) => f.code === 'filename.legacy').length;
    return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_1__/* .makeReport */ .dO)('lint-filenames', (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(ctx, parsed), findings, `${n} filename(s) checked: ${bad} error(s)${legacy ? `, ${legacy} legacy` : ''}`);
};


/***/ }),

/***/ 40687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _docs_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
// Render the block for a family, with its user template when one is configured.



const renderFor = async (ctx, parsed) => {
    const { template, markers, title } = ctx.settings;
    const text = template && ctx.readTemplate ? await ctx.readTemplate(template) : undefined;
    try {
        return (0,_docs_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderBlock */ .g8)(parsed.manifest, markers, {
            manifestName: stableName(parsed.file),
            ...(title ? { title } : {}),
            ...(text === undefined ? {} : { template: text }),
        });
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(template ?? 'template', `cannot render the block: ${e.message}`);
    }
};
// The block is committed, so it must not carry a machine's absolute path: repo-relative, else the basename.
const stableName = (file) => {
    if (file.startsWith('gs://') || !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file))
        return file;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), file);
    return rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file) : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
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
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name);
/** Timestamps compare as instants: one canonical form whatever zone the manifest wrote. */
const canonicalTimestamp = (s) => new Date(s).toISOString();
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
});
const manifestRows = (m) => Object.entries(m.models)
    .map(([id, e]) => toRow(m.family, m.production_model, id, e))
    .sort((a, b) => byId(a.model_id, b.model_id));
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


/***/ })

};
