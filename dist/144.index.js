export const id = 144;
export const ids = [144];
export const modules = {

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

/***/ 53144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sync: () => (/* binding */ sync)
/* harmony export */ });
/* harmony import */ var _checks_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38485);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11174);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22074);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46584);
// sync: plan the registry from the manifest, then apply it as one atomic statement.





const sync = async (ctx) => {
    const registry = ctx.sources.registry;
    if (!registry)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(ctx.settings.origin, 'sync needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
    const [parsed, all] = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .inParallel */ .HN)([(0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .loadManifest */ .eY)(ctx), registry.read()]);
    const family = parsed.manifest.family;
    const desired = (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestRows */ .$P)(parsed.manifest);
    const current = all.filter((r) => r.family === family);
    refuseForeignIds(parsed.file, desired, all, family);
    const plan = (0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planSync */ .R4)(registry.name, desired, current, ctx.options.prune);
    const findings = [
        ...parsed.notices,
        ...(ctx.options.prune
            ? []
            : plan.extra.map((r) => ({
                code: 'registry.extra',
                severity: 'warning',
                message: `${r.model_id} is in ${registry.name} but not in the manifest; kept (--prune deletes it)`,
                model_id: r.model_id,
            }))),
    ];
    const label = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .familyOf */ .Ap)(ctx, parsed);
    if (ctx.options.dryRun) {
        const counts = `${plan.insert.length} to insert, ${plan.update.length} to update, ${plan.unchanged.length} unchanged${plan.delete.length ? `, ${plan.delete.length} to delete` : ''}`;
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('sync', label, findings, `Plan for ${registry.name} (dry run, nothing written): ${counts}`, { plan });
    }
    if (!(0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmptyPlan */ .lM)(plan)) {
        ctx.log(`Applying plan to ${registry.name}: ${(0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(plan)}`);
        // The MERGE gets every manifest row, not only the planned changes: when another sync commits between our read
        // and our MERGE, the table still ends as one manifest whole (the one applied last), never a mix of two. Rows
        // that are already equal cost nothing: the MERGE updates only distinct rows.
        const same = new Set(plan.unchanged);
        const unchanged = desired.filter((r) => same.has(r.model_id)).map((row) => ({ row, changes: [] }));
        await registry.apply({ ...plan, update: [...plan.update, ...unchanged] }, family);
        const after = (0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planSync */ .R4)(registry.name, desired, (await registry.read()).filter((r) => r.family === family), ctx.options.prune);
        if (!(0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmptyPlan */ .lM)(after))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(registry.name, 'verify after sync', `read-back differs from the manifest: ${(0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(after)}`);
    }
    return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('sync', label, findings, `Synced ${desired.length} models to ${registry.name}: ${(0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(plan)}`, { plan });
};
// model_id is the table's key: a manifest must not take over another family's row.
const refuseForeignIds = (file, desired, all, family) => {
    const owner = new Map(all.map((r) => [r.model_id, r.family]));
    const clash = desired.find((r) => owner.has(r.model_id) && owner.get(r.model_id) !== family);
    if (clash)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `model ${clash.model_id} already belongs to family "${owner.get(clash.model_id)}" in the registry`);
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
