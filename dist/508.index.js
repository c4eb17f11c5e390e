export const id = 508;
export const ids = [508];
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
/* harmony export */   Lq: () => (/* binding */ planRows),
/* harmony export */   R4: () => (/* binding */ planSync),
/* harmony export */   lM: () => (/* binding */ isEmptyPlan)
/* harmony export */ });
/* unused harmony exports diffRow, sameRow */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);
// The sync plan: what a MERGE must do to make the registry equal the manifest. Pure.

// Equal as Object.is says, except that 0 and -0 are the same value in every backend.
const same = (w, h) => w === h || (Number.isNaN(w) && Number.isNaN(h));
// One loop, and no allocation for a row that is the same (most rows of a big manifest).
const diffRow = (want, have) => {
    const out = [];
    for (const c of _registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_NAMES */ .aC) {
        const w = want[c];
        const h = have[c];
        if (!same(w, h))
            out.push({ field: c, old: h, new: w });
    }
    return out;
};
/**
 * diffRow(want, have) is empty, column by column written out: the loop's keyed reads (want[c] for 20 names) cost a
 * 10,000-row plan more than the rest of it, and nearly every row of a big manifest is the same (so `===` first, inline;
 * `same` only for a pair that differs). Every column of COLUMNS must be here (test/checks/plan.test.ts changes each
 * one alone).
 */
const sameRow = (w, h) => (w.model_id === h.model_id || same(w.model_id, h.model_id)) &&
    (w.family === h.family || same(w.family, h.family)) &&
    (w.model_version === h.model_version || same(w.model_version, h.model_version)) &&
    (w.file === h.file || same(w.file, h.file)) &&
    (w.gcs_path === h.gcs_path || same(w.gcs_path, h.gcs_path)) &&
    (w.feature_count === h.feature_count || same(w.feature_count, h.feature_count)) &&
    (w.training_start_date === h.training_start_date || same(w.training_start_date, h.training_start_date)) &&
    (w.training_end_date === h.training_end_date || same(w.training_end_date, h.training_end_date)) &&
    (w.eval_start_date === h.eval_start_date || same(w.eval_start_date, h.eval_start_date)) &&
    (w.eval_end_date === h.eval_end_date || same(w.eval_end_date, h.eval_end_date)) &&
    (w.status === h.status || same(w.status, h.status)) &&
    (w.is_production === h.is_production || same(w.is_production, h.is_production)) &&
    (w.sha256 === h.sha256 || same(w.sha256, h.sha256)) &&
    (w.hit_rate_edge_3plus === h.hit_rate_edge_3plus || same(w.hit_rate_edge_3plus, h.hit_rate_edge_3plus)) &&
    (w.evaluation_mae === h.evaluation_mae || same(w.evaluation_mae, h.evaluation_mae)) &&
    (w.graded_edge_3plus_n === h.graded_edge_3plus_n || same(w.graded_edge_3plus_n, h.graded_edge_3plus_n)) &&
    (w.created_at === h.created_at || same(w.created_at, h.created_at)) &&
    (w.promoted_at === h.promoted_at || same(w.promoted_at, h.promoted_at)) &&
    (w.notes === h.notes || same(w.notes, h.notes)) &&
    (w.metrics === h.metrics || same(w.metrics, h.metrics));
/** The rows in model_id order: as given when they already are (manifestRows sorts), else a sorted copy. */
const inIdOrder = (rows) => {
    for (let i = 1; i < rows.length; i++)
        if ((0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(rows[i - 1].model_id, rows[i].model_id) > 0)
            return [...rows].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
    return rows;
};
const planSync = (table, desired, current, prune) => {
    // Filled by loops, not from mapped arrays of pairs: 10,000 rows a side.
    const have = new Map();
    for (const r of current)
        have.set(r.model_id, r);
    const want = new Set();
    for (const r of desired)
        want.add(r.model_id);
    const plan = { table, insert: [], update: [], unchanged: [], extra: [], delete: [] };
    for (const row of inIdOrder(desired)) {
        const old = have.get(row.model_id);
        if (!old)
            plan.insert.push(row);
        else if (sameRow(row, old))
            plan.unchanged.push(row.model_id);
        else
            plan.update.push({ row, changes: diffRow(row, old) });
    }
    plan.extra = current.filter((r) => !want.has(r.model_id)).sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
    if (prune)
        plan.delete = plan.extra.map((r) => r.model_id);
    return plan;
};
/** The rows a sync writes, inserts then updates in plan order, without copying them into one more array. */
function* planRows(plan) {
    yield* plan.insert;
    for (const u of plan.update)
        yield u.row;
}
const isEmptyPlan = (p) => (p.migrate?.length ?? 0) === 0 && p.insert.length === 0 && p.update.length === 0 && p.delete.length === 0;
/** "1 column added, 0 inserted, …" for an applied plan; "1 column to add, 0 to insert, …" for a dry run's. */
const planCounts = (p, tense = 'applied') => {
    const verb = (done, todo) => (tense === 'applied' ? done : todo);
    return [
        ...(p.migrate?.length ? [`${p.migrate.length} column${p.migrate.length === 1 ? '' : 's'} ${verb('added', 'to add')}`] : []),
        `${p.insert.length} ${verb('inserted', 'to insert')}`,
        `${p.update.length} ${verb('updated', 'to update')}`,
        `${p.unchanged.length} unchanged`,
        ...(p.delete.length > 0 ? [`${p.delete.length} ${verb('deleted', 'to delete')}`] : []),
    ].join(', ');
};


/***/ }),

/***/ 89558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ staleModels)
/* harmony export */ });
/* harmony import */ var _util_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);

/**
 * One warning per model whose training ended more than `staleAfterDays` days before `asOf`.
 * `undefined` means the family set no limit: nothing is ever stale.
 */
const staleModels = (models, staleAfterDays, asOf) => staleAfterDays === undefined
    ? []
    : models.flatMap((m) => {
        const days = (0,_util_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(m.training_end_date, asOf);
        return days > staleAfterDays
            ? [
                {
                    code: 'model.stale',
                    severity: 'warning',
                    message: `production model ${m.model_id} is stale: its training ended ${m.training_end_date}, ${days} days before ${asOf} (stale-after-days: ${staleAfterDays})`,
                    model_id: m.model_id,
                    field: 'training_end_date',
                    expected: `>= ${(0,_util_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(asOf, -staleAfterDays)}`,
                    actual: m.training_end_date,
                },
            ]
            : [];
    });


/***/ }),

/***/ 67508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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

// EXTERNAL MODULE: ./manifest/rules.js + 2 modules
var rules = __webpack_require__(9419);
// EXTERNAL MODULE: ./registry/row.js
var registry_row = __webpack_require__(11174);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./util/shell-quote.js
var shell_quote = __webpack_require__(25730);
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
            message: `${row.model_id}: ${c.field} is ${(0,printable/* showValue */.v)(c.old)} in ${table} but ${(0,printable/* showValue */.v)(c.new)} in the manifest`,
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
// gcloud reads --update-env-vars as a comma-separated dict, so a comma in a value would set a second variable;
// `^D^` makes D the separator instead (`gcloud topic escaping`), with D a character the pair does not hold. A pair
// that itself starts with ^ would be read as such a prefix, so it gets one too.
const envPair = (name, value) => {
    const pair = `${name}=${value}`;
    if (!pair.includes(',') && !pair.startsWith('^'))
        return pair;
    const d = [',', '@', '|', '#', ';', '~', '%', '+'].find((c) => !pair.includes(c));
    return d ? `^${d}^${pair}` : undefined;
};
/**
 * The gcloud command that points the service at the production model, or undefined when no safe one exists.
 * Every value is shell-quoted (util/shell-quote); a value with a newline cannot be in a one-line hint at all,
 * and a service name starting with `-` goes after `--`, where gcloud cannot take it for a flag.
 */
const fixCommand = (d, gcsPath) => {
    const region = d.region ?? 'REGION';
    const values = [d.service, region, d.project ?? '', d.env, gcsPath];
    const pair = envPair(d.env, gcsPath);
    if (pair === undefined || values.some(shell_quote/* hasControl */.a))
        return undefined;
    const flags = [
        `--region=${(0,shell_quote/* shellQuote */.Z)(region)}`,
        ...(d.project ? [`--project=${(0,shell_quote/* shellQuote */.Z)(d.project)}`] : []),
        `--update-env-vars=${(0,shell_quote/* shellQuote */.Z)(pair)}`,
    ];
    const service = (0,shell_quote/* shellQuote */.Z)(d.service);
    return d.service.startsWith('-')
        ? `gcloud run services update ${flags.join(' ')} -- ${service}`
        : `gcloud run services update ${service} ${flags.join(' ')}`;
};
/** How to read the live service instead; the address is quoted like the fix command's values (a YAML names it). */
const liveHint = (d) => {
    const address = `run:projects/${d.project ?? 'P'}/locations/${d.region ?? 'R'}/services/${d.service}`;
    return (0,shell_quote/* hasControl */.a)(address) ? '' : ` Check it with --deployment ${(0,shell_quote/* shellQuote */.Z)(address)}`;
};
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
    if (d.trafficSeen === false)
        out.push({
            code: 'deployment.traffic-unknown',
            severity: 'notice',
            field: d.env,
            message: `${d.source} has no status.traffic (exported with --format export), so only the template was checked: which revision serves traffic could not be seen. Export with --format yaml, or read the live service (run:…), to check it`,
        });
    for (const s of d.served) {
        const where = `${d.service}${s.revision ? ` revision ${s.revision}` : ''} container ${s.container} (${s.percent}% of traffic)`;
        const base = { field: d.env, ...(s.location ? { location: s.location } : {}) };
        if (s.unseen) {
            out.push({
                ...base,
                code: 'deployment.revision-unseen',
                severity: 'error',
                message: `${d.service} revision ${s.revision} holds ${s.percent}% of traffic, but ${d.source} shows only the template revision, so the model it serves cannot be read (a rollback pinned to an old revision?).${liveHint(d)}`,
                actual: s.revision,
            });
            continue;
        }
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
        // A gs:// value names one object: it must be the production model's own (a same-named copy in a scratch bucket is
        // not). Anything else (a bare name, a path inside the image) can only be compared by its basename.
        const byPath = s.value.startsWith('gs://');
        const served = byPath ? s.value : (0,rules/* basename */.P)(s.value);
        // Shown quoted when it holds a control character (a stray newline).
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
        else if (served !== (byPath ? entry.gcs_path : entry.file)) {
            const expected = byPath ? entry.gcs_path : entry.file;
            const fix = fixCommand(d, entry.gcs_path);
            out.push({
                ...base,
                code: 'deployment.model',
                // A revision holding no traffic serves nothing yet: what it would serve is worth a warning, not an error.
                severity: s.percent > 0 ? 'error' : 'warning',
                model_id: prod,
                message: `${where} serves ${shown} but the manifest's production model is ${expected}.${fix === undefined ? '' : ` Fix: ${fix}`}`,
                expected,
                actual: served,
            });
        }
    }
    return out;
};

// EXTERNAL MODULE: ./checks/filenames.js
var filenames = __webpack_require__(78482);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./checks/mirror.js
// Two copies of one manifest (the repository's and the Cloud Storage one) compared as parsed JSON, not bytes:
// formatting may differ, values may not. Every differing field is named, with both values. Pure.


const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Leaf-level differences, in a stable order (keys in code-point order, array items by index). */
const valueDifferences = (here, there, path = []) => {
    if (isObject(here) && isObject(there))
        return [...new Set([...Object.keys(here), ...Object.keys(there)])]
            .sort(cmp)
            .flatMap((k) => valueDifferences(Object.hasOwn(here, k) ? here[k] : undefined, Object.hasOwn(there, k) ? there[k] : undefined, [...path, k]));
    if (Array.isArray(here) && Array.isArray(there))
        return Array.from({ length: Math.max(here.length, there.length) }, (_, i) => valueDifferences(here[i], there[i], [...path, i])).flat();
    // Numbers compare as numbers (1.0 and 1 are the same value); everything else by its JSON form.
    return Object.is(here, there) || JSON.stringify(here) === JSON.stringify(there) ? [] : [{ path, here, there }];
};
// Long values shortened in the message; expected and actual keep them whole.
const show = (v) => (v === undefined ? 'absent' : (0,printable/* showValue */.v)(JSON.stringify(v)));
const scalar = (v) => v === undefined
    ? null
    : v === null || ['string', 'number', 'boolean'].includes(typeof v)
        ? v
        : JSON.stringify(v);
/** `manifest.mirror` errors: `expected` is the value in the configured manifest, `actual` the mirror's. */
const mirrorDrift = (manifest, mirror) => valueDifferences(manifest.source.value, mirror.source.value).map((d) => ({
    code: 'manifest.mirror',
    severity: 'error',
    field: (0,json_source/* jsonPath */.U1)(d.path),
    message: `${(0,json_source/* jsonPath */.U1)(d.path)} is ${show(d.here)} in ${manifest.file} but ${show(d.there)} in ${mirror.file}`,
    expected: scalar(d.here),
    actual: scalar(d.there),
    location: d.here === undefined ? mirror.source.locate(d.path) : manifest.source.locate(d.path),
}));

// EXTERNAL MODULE: ./checks/staleness.js
var staleness = __webpack_require__(89558);
// EXTERNAL MODULE: ./docs/block.js + 2 modules
var block = __webpack_require__(15771);
// EXTERNAL MODULE: ./errors.js
var errors_0 = __webpack_require__(78645);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./util/calendar.js
var calendar = __webpack_require__(975);
// EXTERNAL MODULE: ./util/written.js
var written = __webpack_require__(60182);
// EXTERNAL MODULE: ./util/limit.js
var limit = __webpack_require__(73646);
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
    const stats = await (0,limit/* mapLimit */.s)(paths, STAT_CONCURRENCY, (path) => a.stat(path));
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
const hashArtifacts = (a, targets, log) => (0,limit/* mapLimit */.s)(targets, HASH_CONCURRENCY, async (t) => {
    const at = { model_id: t.model_id, gcsPath: t.gcsPath, generation: t.generation };
    if (t.claim)
        return { ...at, source: 'metadata', sha256: t.claim };
    log(`hashing ${t.gcsPath} generation ${t.generation} (${mib(t.size)}): no sha256 in its metadata, so streaming it`);
    return { ...at, source: 'content', sha256: await a.sha256(t.gcsPath, t.generation, progress(t, log)) };
});

// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
// EXTERNAL MODULE: ./modes/pattern.js
var pattern = __webpack_require__(24533);
// EXTERNAL MODULE: ./modes/render.js + 1 modules
var render = __webpack_require__(9009);
;// CONCATENATED MODULE: ./modes/drift.js
// drift: compare the manifest, field by field, with the registry, the deployment, CLAUDE.md and the filenames.














const drift = async (ctx) => {
    const { registry, deployment, doc, artifacts, mirror } = ctx.sources;
    const env = ctx.settings.modelEnv ?? '';
    const manifestRead = (0,context/* loadManifest */.eY)(ctx);
    // Object stats need the manifest's paths, so they start as soon as it is parsed, still inside the one wave.
    const statsRead = artifacts ? manifestRead.then((p) => statArtifacts(artifacts, p)) : Promise.resolve(undefined);
    // The deployment's two round trips go before the registry's one: both clients load after the manifest read is sent.
    const deployedRead = deployment ? afterOthersSend(() => deployment.read(env)) : Promise.resolve(undefined);
    const rowsRead = registry ? afterOthersSend(() => registry.read()) : Promise.resolve(undefined);
    const [parsed, mirrored, rows, deployed, docBytes, extraNames, stats] = await (0,context/* inParallel */.HN)([
        manifestRead,
        mirror ? (0,context/* loadMirror */.Yi)(mirror) : Promise.resolve(undefined),
        rowsRead,
        deployedRead,
        doc ? doc.read() : Promise.resolve(null),
        ctx.listFiles && ctx.settings.filenames.globs.length > 0 ? ctx.listFiles(ctx.settings.filenames.globs) : Promise.resolve([]),
        statsRead,
    ]);
    const checked = [];
    const findings = [...parsed.notices];
    if (mirror && mirrored) {
        checked.push(mirror.name);
        findings.push(...mirrorDrift(parsed, mirrored));
    }
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
            const state = (0,block/* blockState */.A)(doc.name, docBytes, ctx.settings.markers, await (0,render/* renderFor */.E)(ctx, parsed));
            if (state.stale)
                findings.push({
                    code: 'claude-md.stale',
                    severity: 'error',
                    message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
                    location: { file: doc.name, line: state.block.beginLine, column: 1 },
                    content: state.digest,
                });
        }
    }
    findings.push(...stale(ctx, parsed));
    checked.push('filenames');
    findings.push(...(0,filenames/* lintFilenames */.u)(parsed, { pattern: (0,pattern/* compilePatternOrFail */.R)(ctx), legacy: ctx.settings.filenames.legacy }, extraNames));
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
/**
 * Reading a live Cloud Run service first loads its client and builds its protobuf descriptors, and a BigQuery registry
 * first loads its client (backends.ts): the most CPU of a drift run, and JavaScript runs it on the one thread. Each
 * waits until the reads started before it have connected and written their requests, so their round trips (the
 * manifest's, first in the chain of three) run during that CPU work instead of after it.
 */
const afterOthersSend = (read) => (0,written/* requestsWritten */.i)().then(read);
/** The manifest's production model past stale-after-days; the clock is read only when the family sets the key. */
const stale = (ctx, parsed) => {
    const limit = ctx.settings.staleAfterDays;
    const id = parsed.manifest.production_model;
    const entry = id === null ? undefined : parsed.manifest.models[id];
    if (limit === undefined || id === null || !entry)
        return [];
    return (0,staleness/* staleModels */.Q)([{ model_id: id, training_end_date: entry.training_end_date }], limit, ctx.options.asOf ?? (0,calendar/* todayUtc */.O2)()).map((f) => ({
        ...f,
        location: parsed.source.locate(['models', id, 'training_end_date']),
    }));
};


/***/ }),

/***/ 24533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ compilePatternOrFail)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _filenames_grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4516);
// The configured filename pattern, shared by lint-filenames and drift. Its own file so lint-filenames does not load
// drift's imports (the CLAUDE.md parser and the diff library) just to compile one regex.


const compilePatternOrFail = (ctx) => {
    try {
        return (0,_filenames_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePattern */ .Eb)(ctx.settings.filenames.pattern);
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(ctx.settings.origin, `filenames.pattern: ${e.message}`);
    }
};


/***/ }),

/***/ 975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
// Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so the answer is the same on every machine.
const DAY_MS = 86_400_000;
const toUtc = (date) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date, days) => new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
/** Whole days from `from` to `to` (negative when `to` is earlier). */
const daysBetween = (from, to) => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
/** The one clock read: today's UTC date, used only when the user gave no --as-of. */
const todayUtc = () => new Date().toISOString().slice(0, 10);


/***/ }),

/***/ 60182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ requestsWritten)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
// When the HTTP requests the run has made so far are on the wire: a moment to spend CPU without holding them back.

/**
 * Requests made and not yet written to their sockets (or failed), each with the one promise every waiter shares:
 * listeners per waiter would put one on a request for every family waiting at once (Node warns past 16, a stray
 * line in the user's log, and each family's wait cost as many listeners as requests in flight).
 */
const unwritten = new Map();
// Every Google client here sends through node:http (node-fetch), which announces each request on this channel.
(0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)('http.client.request.start', (message) => {
    const request = message.request;
    unwritten.set(request, new Promise((ok) => {
        const written = () => {
            unwritten.delete(request);
            ok();
        };
        request.once('finish', written);
        request.once('close', written);
    }));
});
const turn = () => new Promise((ok) => setImmediate(ok));
/**
 * Resolves once the requests made before it (and in its first turn of the event loop) are written to their
 * sockets, or after `capMs`. A request's socket connects and writes in later turns of the event loop than the one
 * that made it, so a long stretch of CPU right after the reads are started would hold their requests back, and their
 * round trips would begin only after it; after this, they run during it. Requests made later are not waited for.
 */
const requestsWritten = async (capMs = 100) => {
    await turn();
    const waiting = [...unwritten.values()];
    if (waiting.length === 0)
        return;
    let timer;
    await Promise.race([
        Promise.all(waiting),
        new Promise((ok) => {
            timer = setTimeout(ok, capMs).unref();
        }),
    ]);
    clearTimeout(timer);
};


/***/ })

};
