export const id = 461;
export const ids = [461];
export const modules = {

/***/ 3665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ fromRegistry),
/* harmony export */   Q8: () => (/* binding */ mergeKnown),
/* harmony export */   UG: () => (/* binding */ matchWindow),
/* harmony export */   Vy: () => (/* binding */ describeModel),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   l: () => (/* binding */ otherFamily),
/* harmony export */   uu: () => (/* binding */ fromManifest),
/* harmony export */   xY: () => (/* binding */ sharedWindows)
/* harmony export */ });
/* unused harmony exports sameWindow, overlaps */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);

const fromManifest = (m) => Object.entries(m.models).map(([id, e]) => ({
    model_id: id,
    family: m.family,
    status: e.status,
    sha256: e.sha256,
    created_at: new Date(e.created_at).toISOString(),
    window: { start: e.training_start_date, end: e.training_end_date },
    source: 'manifest',
}));
/** A row with no training window (a legacy row may hold NULL there) cannot share or overlap one: left out. */
const fromRegistry = (rows) => rows.flatMap((r) => r.training_start_date === null || r.training_end_date === null
    ? []
    : [
        {
            model_id: r.model_id,
            family: r.family,
            status: r.status,
            sha256: r.sha256,
            created_at: r.created_at,
            window: { start: r.training_start_date, end: r.training_end_date },
            source: 'registry',
        },
    ]);
/** One entry per model id; the manifest wins over the registry. */
const mergeKnown = (manifest, registry) => {
    const ids = new Set(manifest.map((k) => k.model_id));
    return [...manifest, ...registry.filter((k) => !ids.has(k.model_id))].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
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
        .sort(([a], [b]) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a, b))
        .map(([, g]) => g);
};
/** "no family" or "family X" when it is not `family`; nothing when it is (or no family is given). */
const otherFamily = (k, family) => family === undefined || k.family === family ? [] : [k.family === null ? 'no family' : `family ${k.family}`];
/** A model's status, or what a row without one shows. */
const statusOf = (k) => k.status ?? 'no status';
const describeModel = (k, family) => `${k.model_id} (${[
    ...otherFamily(k, family),
    statusOf(k),
    k.sha256 === null ? 'no sha256' : `sha256 ${k.sha256.slice(0, 12)}`,
    ...(k.created_at === null ? [] : [`created ${k.created_at}`]),
    `from ${k.source}`,
].join(', ')})`;


/***/ }),

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

/***/ 91240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ gateFindings),
/* harmony export */   PE: () => (/* binding */ gateMetrics),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* unused harmony exports describeGate, gateProblems */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _manifest_json_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87812);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8185);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92426);
/* harmony import */ var _duplicate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3665);





const isMetricGate = (g) => 'metric' in g;
/** The gate in words, as written in the config. */
const describeGate = (g) => {
    if (!isMetricGate(g))
        return 'duplicate-window';
    if ('min' in g)
        return `${g.metric} >= ${g.min}`;
    if ('max' in g)
        return `${g.metric} <= ${g.max}`;
    if ('abs-max' in g)
        return `abs(${g.metric}) <= ${g['abs-max']}`;
    return `${g.metric} ${g.direction} than production`;
};
/** Metric names the gates read: declared by the config, so the manifest's copy of them is not an unknown field. */
const gateMetrics = (sites) => new Set(sites.flatMap((s) => (isMetricGate(s.gate) ? [s.gate.metric] : [])));
const metricsOf = (e) => (e?.metrics ?? {});
const metricPath = (id, metric) => ['models', id, 'metrics', metric];
const notANumber = (v) => v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v));
/** Bad input the gates reveal: an unknown metric name (at the config key), a value that is not a number (at the value). */
const gateProblems = (input) => {
    const { sites, manifest, modelId } = input;
    const carried = new Set(Object.values(manifest.models).flatMap((e) => Object.keys(metricsOf(e))));
    const production = productionOf(input);
    const problems = [];
    for (const s of sites) {
        if (!isMetricGate(s.gate))
            continue;
        const m = s.gate.metric;
        if (!_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B.metrics.includes(m) && !carried.has(m)) {
            problems.push({
                ...s.at,
                path: `${s.key}.metric`,
                message: `unknown metric "${m}": not a schema metric, and no model of ${manifest.family} in ${input.file} has it`,
            });
            continue;
        }
        const check = (id, e, file, locate) => {
            const v = metricsOf(e)[m];
            if (notANumber(v))
                problems.push({
                    ...locate(metricPath(id, m)),
                    file,
                    path: (0,_manifest_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPath */ .U1)(metricPath(id, m)),
                    message: `is ${(0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .v)(JSON.stringify(v) ?? String(v))}, not a number; the gate ${s.key} (${describeGate(s.gate)}) in ${s.at.file} needs a number`,
                });
        };
        check(modelId, manifest.models[modelId], input.file, input.locate);
        if ('improves-on' in s.gate && production && production.id !== modelId)
            check(production.id, production.entry, production.file, production.locate);
    }
    return problems;
};
const productionOf = (input) => {
    if (input.production !== undefined)
        return input.production;
    const id = input.manifest.production_model;
    const entry = id === null ? undefined : input.manifest.models[id];
    return id !== null && entry ? { id, entry, file: input.file, locate: input.locate } : null;
};
const show = (n) => String(n);
/**
 * Evaluate every gate for `modelId`, in config order. Throws InputError on bad input (see gateProblems); the model
 * must be in the manifest (the mode says which flag named it).
 */
const evaluateGates = (input) => {
    const problems = gateProblems(input);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    const { modelId, manifest } = input;
    const entry = manifest.models[modelId];
    if (!entry)
        throw new Error(`evaluateGates: ${modelId} is not in the manifest`);
    const production = productionOf(input);
    const known = input.known ?? (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .fromManifest */ .uu)(manifest);
    const at = (path, key = false) => input.anchor ?? input.locate(path, key);
    return input.sites.map((s) => {
        const g = s.gate;
        const name = describeGate(g);
        const pass = (label, findings = []) => ({ key: s.key, label, passed: true, findings });
        const fail = (label, f) => ({
            key: s.key,
            label,
            passed: false,
            findings: [{ model_id: modelId, severity: 'error', ...f }],
        });
        if (!isMetricGate(g)) {
            const w = { start: entry.training_start_date, end: entry.training_end_date };
            const window = `${w.start}..${w.end}`;
            const { equal, overlapping } = (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .matchWindow */ .UG)(known.filter((k) => k.model_id !== modelId), w);
            const live = equal.filter((k) => k.status !== 'deprecated');
            const where = at(['models', modelId, 'training_start_date']);
            const field = 'training window';
            if (live.length > 0)
                return fail(`${name}: ${window} is already trained by ${live.map((k) => k.model_id).join(', ')}`, {
                    code: 'gate.failed',
                    message: `gate ${name} failed: ${modelId}'s training window ${window} is already trained: ${live.map((k) => (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)).join('; ')}`,
                    field,
                    expected: 'a window no other live model has',
                    actual: window,
                    location: where,
                });
            const warnings = [];
            if (equal.length > 0)
                warnings.push({
                    model_id: modelId,
                    code: 'duplicate.shared-window',
                    severity: 'warning',
                    message: `${modelId}'s training window ${window} is also that of deprecated ${equal.map((k) => (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)).join('; ')}`,
                    field,
                    actual: window,
                    location: where,
                });
            if (overlapping.length > 0)
                warnings.push({
                    model_id: modelId,
                    code: 'duplicate.overlap',
                    severity: 'warning',
                    message: `${modelId}'s training window ${window} overlaps ${overlapping.map((k) => `${k.window.start}..${k.window.end} of ${(0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)}`).join('; ')}`,
                    field,
                    actual: window,
                    location: where,
                });
            return pass(`${name}: no other live model has ${window}${overlapping.length ? ` (${overlapping.length} overlapping)` : ''}`, warnings);
        }
        const m = g.metric;
        const field = `metrics.${m}`;
        const value = metricsOf(entry)[m];
        const valueAt = at(metricPath(modelId, m), value === undefined);
        if (value === undefined || value === null)
            return fail(`${name}: ${modelId} has no ${m}`, {
                code: 'gate.missing',
                message: `gate ${name}: ${modelId} has no ${m} (${value === null ? 'null' : 'absent'} in metrics)`,
                field,
                actual: null,
                location: valueAt,
            });
        if ('improves-on' in g) {
            if (production === null)
                return pass(`${name}: no production model to compare with`);
            if (production.id === modelId)
                return pass(`${name}: ${modelId} is the production model`);
            const theirs = metricsOf(production.entry)[m];
            if (theirs === undefined || theirs === null)
                return fail(`${name}: the production model ${production.id} has no ${m}`, {
                    code: 'gate.missing',
                    message: `gate ${name}: the production model ${production.id} has no ${m} to compare with`,
                    field,
                    actual: value,
                    location: valueAt,
                });
            const better = g.direction === 'lower' ? value < theirs : value > theirs;
            const label = `${name}: ${show(value)} vs ${show(theirs)} of ${production.id}`;
            if (better)
                return pass(label);
            return fail(label, {
                code: 'gate.failed',
                message: `gate ${name} failed: ${m} is ${show(value)}, not ${g.direction} than ${show(theirs)} of the production model ${production.id}`,
                field,
                expected: `${g.direction === 'lower' ? '<' : '>'} ${show(theirs)}`,
                actual: value,
                location: valueAt,
            });
        }
        const [ok, bound, why] = 'min' in g
            ? [value >= g.min, `>= ${g.min}`, `below the minimum ${g.min}`]
            : 'max' in g
                ? [value <= g.max, `<= ${g.max}`, `above the maximum ${g.max}`]
                : [Math.abs(value) <= g['abs-max'], `within \u00b1${g['abs-max']}`, `outside \u00b1${g['abs-max']}`];
        const label = `${name}: ${show(value)}`;
        if (ok)
            return pass(label);
        return fail(label, {
            code: 'gate.failed',
            message: `gate ${name} failed: ${m} is ${show(value)}, ${why}`,
            field,
            expected: bound,
            actual: value,
            location: valueAt,
        });
    });
};
/** Every finding of the results, for a report. */
const gateFindings = (results) => results.flatMap((r) => r.findings);


/***/ }),

/***/ 46584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   HN: () => (/* binding */ inParallel),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Yi: () => (/* binding */ loadMirror),
/* harmony export */   eY: () => (/* binding */ loadManifest)
/* harmony export */ });
/* harmony import */ var _checks_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91240);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19799);



const loadManifest = async (ctx) => (await readManifest(ctx)).parsed;
/** The parsed manifest and the read it came from (bytes and generation), for a mode that writes it back (promote). */
const readManifest = async (ctx) => {
    const read = await ctx.sources.manifest.load();
    const { bytes, generation } = read;
    if (generation !== undefined)
        ctx.log(`read ${ctx.sources.manifest.name} generation ${generation}`);
    const metrics = (0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .gateMetrics */ .PE)(ctx.settings.gates);
    const parsed = {
        ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(ctx.sources.manifest.name, bytes, { metrics }),
        ...(generation === undefined ? {} : { generation }),
    };
    const want = ctx.settings.name;
    if (want !== undefined && want !== parsed.manifest.family)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(parsed.file, `family is "${parsed.manifest.family}" but the config names "${want}"`, {
            ...parsed.source.locate(['family']),
            path: '$.family',
        });
    return { parsed, read };
};
/** The other copy of the manifest, parsed by the same rules (a bad copy is bad input, named by its own address). */
const loadMirror = async (mirror) => {
    const { bytes, generation } = await mirror.load();
    return { ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(mirror.name, bytes), ...(generation === undefined ? {} : { generation }) };
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

/***/ 19461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintFilenamesMode: () => (/* binding */ lintFilenamesMode)
/* harmony export */ });
/* harmony import */ var _checks_filenames_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78482);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22074);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46584);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24533);
// lint-filenames: every model file follows the naming convention and encodes its own training window.




const lintFilenamesMode = async (ctx) => {
    const pattern = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .compilePatternOrFail */ .R)(ctx);
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


/***/ })

};
