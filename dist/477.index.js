export const id = 477;
export const ids = [477];
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

/***/ 20477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  list: () => (/* binding */ list)
});

// EXTERNAL MODULE: ./checks/staleness.js
var staleness = __webpack_require__(89558);
// EXTERNAL MODULE: ./util/calendar.js
var calendar = __webpack_require__(975);
;// CONCATENATED MODULE: ./list/listing.js

const SHA_PREFIX = 12;
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A missing date sorts after every date. */
const cmpDate = (a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));
/** Chronological by training window (no window last), then id (code-point order), so the same rows give the same bytes. */
const byWindow = (a, b) => cmpDate(a.training_start_date, b.training_start_date) || cmpDate(a.training_end_date, b.training_end_date) || cmp(a.model_id, b.model_id);
const listedModel = (r) => ({
    model_id: r.model_id,
    model_version: r.model_version,
    training_start_date: r.training_start_date,
    training_end_date: r.training_end_date,
    // NULL in an adopted table's row: it is not the production model (as the history's baseline reads it).
    is_production: r.is_production === true,
    status: r.status,
    sha256_prefix: r.sha256 === null ? null : r.sha256.slice(0, SHA_PREFIX),
    hit_rate_edge_3plus: r.hit_rate_edge_3plus,
    evaluation_mae: r.evaluation_mae,
    promoted_at: r.promoted_at,
});
/**
 * Production periods from `promoted_at`: a promoted model is production from its promoted_at until the day
 * before the next (later-dated) promotion; the model production on the as-of day runs to that day (`current`).
 * A model promoted last that is no longer production has no known end and gets no period; neither does a
 * production model without promoted_at (its start is unknown). Promotions after the as-of day are not drawn, so
 * an earlier --as-of shows the past.
 */
const productionPeriods = (models, asOf) => {
    const promoted = models
        .filter((m) => m.promoted_at !== null)
        .sort((a, b) => cmp(a.promoted_at, b.promoted_at) || cmp(a.model_id, b.model_id));
    return promoted.flatMap((m, i) => {
        if (m.promoted_at > asOf)
            return [];
        const next = promoted.slice(i + 1).find((n) => n.promoted_at > m.promoted_at);
        // Still production on the as-of day: the next promotion came later, or there is none and it is production now.
        const current = next ? next.promoted_at > asOf : m.is_production;
        const to = current ? asOf : next ? (0,calendar/* addDays */.fi)(next.promoted_at, -1) : undefined;
        if (to === undefined || to < m.promoted_at)
            return [];
        return [{ model_id: m.model_id, from: m.promoted_at, to, current }];
    });
};
const buildListing = (rows, source, name, asOf) => {
    const models = rows.map(listedModel).sort(byWindow);
    return { source, name, as_of: asOf, models, production_periods: productionPeriods(models, asOf) };
};

// EXTERNAL MODULE: ./registry/row.js
var row = __webpack_require__(11174);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
;// CONCATENATED MODULE: ./modes/list.js
// list: the registry's rows for the family (the seeds' `model-registry.sh list`), with production periods and
// the staleness of the production model. Without a registry it lists the manifest's rows and says so.






const list = async (ctx) => {
    const registry = ctx.sources.registry;
    const [parsed, all] = await (0,context/* inParallel */.HN)([(0,context/* loadManifest */.eY)(ctx), registry ? registry.read() : Promise.resolve(undefined)]);
    const family = parsed.manifest.family;
    const asOf = ctx.options.asOf ?? (0,calendar/* todayUtc */.O2)();
    const listing = registry && all
        ? buildListing(all.filter((r) => r.family === family), 'registry', registry.name, asOf)
        : buildListing((0,row/* manifestRows */.$P)(parsed.manifest), 'manifest', parsed.file, asOf);
    const production = listing.models.filter((m) => m.is_production);
    const findings = [
        ...parsed.notices,
        ...(registry
            ? []
            : [
                {
                    code: 'list.no-registry',
                    severity: 'notice',
                    message: `no registry read (none configured, or skipped offline): listing the manifest's rows instead`,
                },
            ]),
        // A row with no training end (one this tool did not write) cannot be judged stale.
        ...(0,staleness/* staleModels */.Q)(production.filter((m) => m.training_end_date !== null), ctx.settings.staleAfterDays, asOf),
    ];
    const n = listing.models.length;
    const current = production.length === 0 ? 'no production model' : `production: ${production.map((m) => m.model_id.replace(/\s+/g, ' ')).join(', ')}`;
    const where = listing.name.replace(/\s+/g, ' ');
    const summary = n === 0 ? `No models of ${family.replace(/\s+/g, ' ')} in ${where}` : `${n} model${n === 1 ? '' : 's'} in ${where} (${current})`;
    return (0,types/* makeReport */.dO)('list', (0,context/* familyOf */.Ap)(ctx, parsed), findings, summary, { listing });
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


/***/ })

};
