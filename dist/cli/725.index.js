export const id = 725;
export const ids = [725];
export const modules = {

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

/***/ 59725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duplicate: () => (/* binding */ duplicate)
});

// EXTERNAL MODULE: ./registry/row.js
var row = __webpack_require__(11174);
;// CONCATENATED MODULE: ./checks/duplicate.js

const fromManifest = (m) => Object.entries(m.models).map(([id, e]) => ({
    model_id: id,
    status: e.status,
    sha256: e.sha256,
    created_at: new Date(e.created_at).toISOString(),
    window: { start: e.training_start_date, end: e.training_end_date },
    source: 'manifest',
}));
const fromRegistry = (rows) => rows.map((r) => ({
    model_id: r.model_id,
    status: r.status,
    sha256: r.sha256,
    created_at: r.created_at,
    window: { start: r.training_start_date, end: r.training_end_date },
    source: 'registry',
}));
/** One entry per model id; the manifest wins over the registry. */
const mergeKnown = (manifest, registry) => {
    const ids = new Set(manifest.map((k) => k.model_id));
    return [...manifest, ...registry.filter((k) => !ids.has(k.model_id))].sort((a, b) => (0,row/* byId */.$H)(a.model_id, b.model_id));
};
const sameWindow = (a, b) => a.start === b.start && a.end === b.end;
const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
const matchWindow = (known, w) => ({
    equal: known.filter((k) => sameWindow(k.window, w)),
    overlapping: known.filter((k) => !sameWindow(k.window, w) && overlaps(k.window, w)),
});
/** Groups of two or more models that share one window exactly. */
const sharedWindows = (known) => {
    const groups = new Map();
    for (const k of known) {
        const key = `${k.window.start}..${k.window.end}`;
        groups.set(key, [...(groups.get(key) ?? []), k]);
    }
    return [...groups.entries()]
        .filter(([, g]) => g.length > 1)
        .sort(([a], [b]) => (0,row/* byId */.$H)(a, b))
        .map(([, g]) => g);
};
const describeModel = (k) => `${k.model_id} (${k.status}, sha256 ${k.sha256.slice(0, 12)}, created ${k.created_at}, from ${k.source})`;

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
;// CONCATENATED MODULE: ./modes/duplicate.js
// duplicate: before training, is this window already trained? Without dates: windows shared inside the manifest.





const at = (k) => ({ model_id: k.model_id });
const duplicate = async (ctx) => {
    const { trainStart, trainEnd, force } = ctx.options;
    if ((trainStart === undefined) !== (trainEnd === undefined))
        throw errors/* InputError */.dz.at('arguments', '--train-start and --train-end go together');
    for (const [flag, v] of [
        ['--train-start', trainStart],
        ['--train-end', trainEnd],
    ])
        if (v !== undefined && !(0,schema/* isCalendarDate */.tf)(v))
            throw errors/* InputError */.dz.at('arguments', `${flag} ${v} is not a real date YYYY-MM-DD`);
    if (trainStart && trainEnd && trainStart > trainEnd)
        throw errors/* InputError */.dz.at('arguments', `--train-start ${trainStart} is after --train-end ${trainEnd}`);
    const registry = ctx.sources.registry;
    const [parsed, rows] = await (0,context/* inParallel */.HN)([(0,context/* loadManifest */.eY)(ctx), registry ? registry.read() : Promise.resolve([])]);
    const family = parsed.manifest.family;
    const known = mergeKnown(fromManifest(parsed.manifest), fromRegistry(rows.filter((r) => r.family === family)));
    const locate = (k) => (k.source === 'manifest' ? { location: parsed.source.locate(['models', k.model_id], true) } : {});
    if (trainStart && trainEnd) {
        const window = `${trainStart}..${trainEnd}`;
        const { equal, overlapping } = matchWindow(known, { start: trainStart, end: trainEnd });
        const findings = [
            ...equal.map((k) => ({
                ...at(k),
                ...locate(k),
                code: 'duplicate.window',
                severity: force ? 'warning' : 'error',
                message: `training window ${window} is already trained: ${describeModel(k)}`,
                expected: window,
                actual: `${k.window.start}..${k.window.end}`,
            })),
            ...overlapping.map((k) => ({
                ...at(k),
                ...locate(k),
                code: 'duplicate.overlap',
                severity: 'warning',
                message: `training window ${window} overlaps ${k.window.start}..${k.window.end} of ${describeModel(k)}`,
                expected: window,
                actual: `${k.window.start}..${k.window.end}`,
            })),
        ];
        if (force && equal.length > 0)
            findings.push({
                code: 'duplicate.forced',
                severity: 'warning',
                message: `--force used: training ${window} again despite ${equal.length} existing model(s)`,
            });
        const summary = equal.length === 0
            ? `No model is trained on ${window}${overlapping.length ? ` (${overlapping.length} overlapping)` : ''}`
            : `${equal.length} model(s) already trained on ${window}${force ? '; proceeding because --force was given' : '; use --force to train anyway'}`;
        return (0,types/* makeReport */.dO)('duplicate', (0,context/* familyOf */.Ap)(ctx, parsed), findings, summary);
    }
    const groups = sharedWindows(known);
    const findings = groups.flatMap((g) => {
        const live = g.filter((k) => k.status !== 'deprecated');
        const window = `${g[0]?.window.start}..${g[0]?.window.end}`;
        return g.map((k) => ({
            ...at(k),
            ...locate(k),
            code: 'duplicate.shared-window',
            severity: live.length > 1 ? 'error' : 'warning',
            message: `${k.model_id} (${k.status}) shares training window ${window} with ${g
                .filter((o) => o !== k)
                .map((o) => `${o.model_id} (${o.status})`)
                .join(', ')}`,
            actual: window,
        }));
    });
    const summary = groups.length === 0
        ? `No two models share a training window (${known.length} checked)`
        : `${groups.length} training window(s) shared by more than one model`;
    return (0,types/* makeReport */.dO)('duplicate', (0,context/* familyOf */.Ap)(ctx, parsed), findings, summary);
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
